package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.map.MappedTable.MappedGeneratorTable;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.SqlTypes;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** PostgreSQL's longest varchar, which is what Hibernate counts for a varchar of the default length 255. */
    private static final int DEFAULT_VARCHAR_BYTES = ColumnTypes.MAX_VARCHAR_LENGTH;
    private static final int DEFAULT_LENGTH = 255;
    private static final int SMALLEST = 4;
    private static final int LARGE = 2048;
    private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;
    private static final Pattern SIZED = Pattern.compile("(varchar|char|numeric|varbinary)\\((\\d+)(,\\d+)?\\)");

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

    private static Table ordered(Table table, Naming naming, ColumnSizes sizes) {
        String local = table.localName();
        return table.withColumns(columns -> {
            sort(columns, c -> sizes.sizingType(local, c), c -> naming.columnSpelling(local, c.name()));
            return columns;
        });
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

    /**
     * What Hibernate takes as the size of a column of {@code sqlType} ({@code physicalSizeInBytes}):
     * unknown types (bytea, oid, json, xml, arrays) count as the largest.
     */
    public static int bytes(String sqlType) {
        String type = SqlTypes.canonical(sqlType).toLowerCase(Locale.ROOT);
        Matcher sized = SIZED.matcher(type);
        if (sized.matches()) {
            int size = Integer.parseInt(sized.group(2));
            return switch (sized.group(1)) {
                case "numeric" -> (int) Math.ceil(size / DECIMAL_DIGITS_PER_BYTE);
                case "varbinary" -> size == DEFAULT_LENGTH ? Integer.MAX_VALUE : size;
                default -> size == DEFAULT_LENGTH ? DEFAULT_VARCHAR_BYTES : size;
            };
        }
        if (type.startsWith("timestamp") || type.startsWith("interval")) {
            return 8;
        }
        if (type.startsWith("time")) {
            return 4;
        }
        return switch (type) {
            case "boolean" -> 1;
            case "smallint" -> 2;
            case "integer", "real", "date" -> 4;
            // A double is FLOAT(53) to Hibernate: 53 binary digits, 3 bytes.
            case "double precision" -> 3;
            case "bigint" -> 8;
            // A LONG32VARCHAR of the default length, the text a String longer than a varchar gets aside (ColumnSizes).
            case "text" -> DEFAULT_VARCHAR_BYTES;
            case "uuid" -> 16;
            case "inet" -> 19;
            default -> Integer.MAX_VALUE;
        };
    }
}
