package dev.jpamigrate.schema;

import java.util.List;

/** A primary key constraint. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        Names.require(name, "a primary key");
        columns = Names.requireColumns(columns, () -> "primary key " + name);
    }
}
