package dev.jpamigrate.processor.map;

import dev.jpamigrate.schema.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order in which Hibernate (6.2 and later, {@code ColumnOrderingStrategyStandard}) lists
 * the columns of a primary key it writes (not of a unique constraint): by the column's size in bytes
 * (at least 4), then by its name as Hibernate spells it, case-sensitively. PostgreSQL keeps
 * that order in the key, so a collection table's key is {@code (position, product_id)}, not
 * {@code (product_id, position)}.
 */
public final class HibernateColumnOrder {
    /** PostgreSQL's longest varchar, which is what Hibernate counts for a varchar of the default length 255. */
    private static final int DEFAULT_VARCHAR_BYTES = ColumnTypes.MAX_VARCHAR_LENGTH;
    private static final int LARGE = 2048;
    private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;
    private static final Pattern SIZED = Pattern.compile("(varchar|char|numeric)\\((\\d+)(,\\d+)?\\)");

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
        sorted.sort(Comparator.<KeyColumn>comparingInt(c -> Math.max(bytes(c.column().type()), 4))
                .thenComparing(c -> bytes(c.column().type()) > LARGE)
                .thenComparing(KeyColumn::physical));
        return sorted.stream().map(KeyColumn::stored).toList();
    }

    /** What Hibernate takes as the size of a column of {@code sqlType} ({@code physicalSizeInBytes}). */
    public static int bytes(String sqlType) {
        String type = sqlType.toLowerCase(Locale.ROOT);
        Matcher sized = SIZED.matcher(type);
        if (sized.matches()) {
            int size = Integer.parseInt(sized.group(2));
            return switch (sized.group(1)) {
                case "numeric" -> (int) Math.ceil(size / DECIMAL_DIGITS_PER_BYTE);
                default -> size == 255 ? DEFAULT_VARCHAR_BYTES : size;
            };
        }
        if (type.startsWith("timestamp")) {
            return 8;
        }
        if (type.startsWith("time")) {
            return 4;
        }
        return switch (type) {
            case "boolean" -> 1;
            case "smallint" -> 2;
            case "integer", "real", "date" -> 4;
            case "bigint", "double precision" -> 8;
            case "uuid" -> 16;
            default -> Integer.MAX_VALUE;
        };
    }
}
