package dev.jpamigrate.schema;

import java.util.List;

/** A UNIQUE constraint. */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        Names.require(name, "a unique constraint");
        columns = Names.requireColumns(columns, () -> "unique constraint " + name);
    }
}
