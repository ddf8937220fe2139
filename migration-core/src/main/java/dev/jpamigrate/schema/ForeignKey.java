package dev.jpamigrate.schema;

import dev.jpamigrate.ForeignKeyAction;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint.
 *
 * @param referencedTable the referenced table, qualified by its schema when it has one
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
    public ForeignKey {
        Names.require(name, "a foreign key");
        columns = Names.requireColumns(columns, () -> "foreign key " + name);
        Names.require(referencedTable, "the table referenced by foreign key " + name);
        referencedColumns = Names.requireColumns(referencedColumns, () -> "foreign key " + name + " (referenced)");
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
        onDelete = Objects.requireNonNullElse(onDelete, ForeignKeyAction.NO_ACTION);
        onUpdate = Objects.requireNonNullElse(onUpdate, ForeignKeyAction.NO_ACTION);
    }
}
