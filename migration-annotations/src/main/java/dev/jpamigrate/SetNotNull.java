package dev.jpamigrate;

/** The option of {@link Operations#setNotNull}: {@code op.setNotNull("customer", "code").backfill("'n/a'")}. */
public interface SetNotNull {
    /**
     * The SQL expression that the rows holding NULL in the column get before it becomes NOT NULL
     * ({@code update customer set code = 'n/a' where code is null}).
     */
    SetNotNull backfill(String expression);
}
