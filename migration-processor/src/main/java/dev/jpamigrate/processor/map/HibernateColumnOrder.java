package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.map.MappedTable.MappedGeneratorTable;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.HibernateColumnSizes;
import dev.jpamigrate.schema.SqlTypes;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order in which Hibernate (6.2 and later, {@code ColumnOrderingStrategyStandard}) writes
 * the columns of every table it creates (entity, secondary, join, collection and generator
 * tables alike, key columns included) and of a primary key of several columns: by the column's
 * size in bytes (at least 4), then whether it is larger than 2048 bytes, then by its name as
 * Hibernate spells it, case-sensitively. PostgreSQL keeps that order, so a collection table's
 * key is {@code (position, product_id)}, and an entity's id is not always its first column.
 *
 * <p>Hibernate sizes a column by its JDBC type and length, not by its DDL: a {@code
 * columnDefinition} counts as the type the Java type would get, a {@code byte[]} with a length
 * as that many bytes ({@link ColumnSizes}).
 */
public final class HibernateColumnOrder {
    private static final int SMALLEST = 4;
    private static final int LARGE = 2048;

    /** A column of a key, with its name as Hibernate spells it (the sort key). */
    public record KeyColumn(Column column, String physical) {
        public String stored() {
            return column.name();
        }
    }

    private HibernateColumnOrder() {
    }

    /** The stored names of {@code columns} in Hibernate's order. */
    public static List<String> sorted(List<KeyColumn> columns) {
        List<KeyColumn> sorted = new ArrayList<>(columns);
        sort(sorted, c -> keySizingType(c.column().type()), KeyColumn::physical);
        return sorted.stream().map(KeyColumn::stored).toList();
    }

    /**
     * The type a key column is sized by: the columns of a collection's key are sized before Hibernate resolves
     * their types, by their default JDBC type, which makes a double a DOUBLE of 8 bytes (as the conformance suite
     * shows; see {@link ColumnSizes}).
     */
    public static String keySizingType(String type) {
        return SqlTypes.canonical(type).equals("double precision") ? "bigint" : type;
    }

    /** Every table of {@code mapped}, and its generator tables, with its columns in Hibernate's order. */
    public static List<MappedTable> ordered(List<MappedTable> mapped, Naming naming, ColumnSizes sizes) {
        return mapped.stream().map(m -> new MappedTable(m.entity(), ordered(m.table(), naming, sizes), m.sequences(),
                m.generatorTables().stream()
                        .map(g -> new MappedGeneratorTable(ordered(g.table(), naming, sizes), g.origin())).toList(),
                m.collection())).toList();
    }

    /**
     * {@code table} with its columns in Hibernate's order, and so its unnamed checks and unique constraints numbered as
     * PostgreSQL numbers them when their names collide.
     */
    public static Table ordered(Table table, Naming naming, ColumnSizes sizes) {
        String local = table.localName();
        return ImplicitConstraintNames.renumbered(table.withColumns(columns -> {
            sort(columns, c -> sizes.sizingType(local, c), c -> naming.columnSpelling(local, c.name()));
            return columns;
        }));
    }

    /**
     * Sorts {@code items} in place by Hibernate's key; each item's size and spelling are computed once, not at
     * every comparison (a size parses the SQL type).
     */
    private static <T> void sort(List<T> items, Function<T, String> type, Function<T, String> spelling) {
        List<SortKey<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            int bytes = bytes(type.apply(item));
            keyed.add(new SortKey<>(item, Math.max(bytes, SMALLEST), bytes > LARGE, spelling.apply(item)));
        }
        keyed.sort(Comparator.<SortKey<T>>comparingInt(SortKey::size).thenComparing(SortKey::large)
                .thenComparing(SortKey::spelling));
        items.clear();
        keyed.forEach(k -> items.add(k.item()));
    }

    private record SortKey<T>(T item, int size, boolean large, String spelling) {
    }

    /** What Hibernate takes as the size of a column of {@code sqlType} ({@code physicalSizeInBytes}). */
    public static int bytes(String sqlType) {
        return HibernateColumnSizes.bytes(sqlType);
    }
}
