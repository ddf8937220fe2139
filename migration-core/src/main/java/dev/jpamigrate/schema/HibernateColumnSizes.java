package dev.jpamigrate.schema;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size in bytes that Hibernate (6.2 and later, {@code ColumnOrderingStrategyStandard}) orders a new table's
 * columns by, from the column's type: the processor orders the columns it maps, the engine places the column of a
 * UserType once it knows the column's type.
 */
public final class HibernateColumnSizes {
    /** PostgreSQL's longest varchar, which is what Hibernate counts for a varchar of the default length 255. */
    private static final int DEFAULT_VARCHAR_BYTES = 10_485_760;
    private static final int DEFAULT_LENGTH = 255;
    private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;
    private static final Pattern SIZED = Pattern.compile("(varchar|char|numeric|varbinary)\\((\\d+)(,\\d+)?\\)");

    private static final int SMALLEST = 4;
    private static final int LARGE = 2048;

    private HibernateColumnSizes() {
    }

    /**
     * Hibernate's order of two columns of a new table: by size (at least 4 bytes), then whether larger than 2048
     * bytes, then by name (here the stored name, which is Hibernate's spelling unless the name is quoted).
     */
    public static int compare(Column a, Column b) {
        int sizeA = bytes(a.type());
        int sizeB = bytes(b.type());
        int bySize = Integer.compare(Math.max(sizeA, SMALLEST), Math.max(sizeB, SMALLEST));
        if (bySize != 0) {
            return bySize;
        }
        int byLarge = Boolean.compare(sizeA > LARGE, sizeB > LARGE);
        return byLarge != 0 ? byLarge : a.name().compareTo(b.name());
    }

    /**
     * What Hibernate takes as the size of a column of {@code sqlType} ({@code physicalSizeInBytes}):
     * unknown types (bytea, oid, json, xml, arrays) count as the largest.
     */
    public static int bytes(String sqlType) {
        String type = SqlTypes.canonical(sqlType).toLowerCase(Locale.ROOT);
        if (type.endsWith("]")) {
            // An array of any element, a timestamp(6)[] as well (the mailings fixture's Notification.retriedAt).
            return Integer.MAX_VALUE;
        }
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
