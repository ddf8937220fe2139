package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.schema.SqlTypes;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of a primary key of several columns, as Hibernate's standard column ordering
 * strategy sorts it ({@code ColumnOrderingStrategyStandard}): by the column's size in bytes,
 * at least 4, then whether it is larger than 2048 bytes, then by physical name. Foreign keys
 * to the key follow the same order.
 */
public final class KeyColumnOrder {
    private static final int SMALLEST = 4;
    private static final int LARGE = 2048;
    /** Hibernate counts a column of the default length 255 at PostgreSQL's largest varchar. */
    private static final int DEFAULT_LENGTH = 255;
    private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;
    private static final Pattern SIZED = Pattern.compile("(varchar|char|numeric)\\((\\d+)(,\\d+)?\\)");

    private KeyColumnOrder() {
    }

    /** Compares key columns by their canonical SQL type and their name after the physical naming strategy. */
    public static Comparator<KeyColumns.KeyColumn> comparator(Naming naming) {
        Comparator<KeyColumns.KeyColumn> bySize = Comparator.comparingInt(k -> Math.max(bytes(k.type()), SMALLEST));
        return bySize.thenComparing(k -> bytes(k.type()) > LARGE)
                .thenComparing(k -> Naming.text(naming.physicalColumn(k.logicalName())));
    }

    /** The size Hibernate estimates for a column of {@code type}; unknown types count as the largest. */
    public static int bytes(String written) {
        String type = SqlTypes.canonical(written);
        Matcher sized = SIZED.matcher(type);
        if (sized.matches()) {
            int size = Integer.parseInt(sized.group(2));
            return switch (sized.group(1)) {
                case "numeric" -> (int) Math.ceil(size / DECIMAL_DIGITS_PER_BYTE);
                default -> size == DEFAULT_LENGTH ? ColumnTypes.MAX_VARCHAR_LENGTH : size;
            };
        }
        return switch (type.replaceAll("\\(\\d+\\)", "")) {
            case "boolean" -> 1;
            case "smallint" -> 2;
            case "integer", "real", "date", "time" -> 4;
            case "bigint", "double precision", "timestamp", "timestamp with time zone" -> 8;
            case "uuid" -> 16;
            default -> Integer.MAX_VALUE;
        };
    }
}
