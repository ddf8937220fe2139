package dev.jpamigrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value that the rows already in the table get, once, when this attribute's column is added
 * NOT NULL or becomes NOT NULL: an SQL expression such as {@code "0"}, {@code "'unknown'"} or
 * {@code "now()"}. {@code migration:generate} writes it into the migration
 * ({@code op.addColumn(...).notNull().backfill("'n/a'")}, {@code op.setNotNull(...).backfill(...)}),
 * and the column keeps no default: new rows get what the application writes.
 *
 * <pre>{@code
 * @Column(nullable = false, length = 20)
 * @Backfill("'n/a'")
 * private String code;
 * }</pre>
 *
 * <p>Without it, a NOT NULL column without {@code @ColumnDefault} that is added to a table with rows
 * (or becomes NOT NULL while rows hold NULL in it) stops the migration before it changes anything;
 * {@code generate} warns about it. A primitive field ({@code int}, {@code boolean}) needs no
 * annotation: its rows get its Java default, {@code 0} or {@code false}. The annotation is harmless
 * once applied and can stay in the code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Backfill {
    /** The SQL expression, as PostgreSQL reads it: {@code "0"}, {@code "'unknown'"}, {@code "now()"}. */
    String value();
}
