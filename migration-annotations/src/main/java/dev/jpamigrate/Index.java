package dev.jpamigrate;

import java.util.List;

/**
 * An index. A column entry may carry an order ({@code "created_at desc"}), as in
 * {@code @Index(columnList = ...)}.
 */
public record Index(String name, List<String> columns, boolean unique) {
    public Index {
        Names.require(name, "an index");
        columns = Names.requireColumns(columns, "index " + name);
    }
}
