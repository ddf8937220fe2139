package dev.jpamigrate;

/**
 * What the foreign key of {@link Operations#addForeignKey} references, and its actions:
 * {@code .references("customer", "id").onDelete(ForeignKeyAction.CASCADE)}.
 */
public interface AddForeignKey {
    AddForeignKey references(String table, String... columns);

    AddForeignKey onDelete(ForeignKeyAction action);

    AddForeignKey onUpdate(ForeignKeyAction action);
}
