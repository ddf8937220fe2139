package dev.jpamigrate.lint;

import dev.jpamigrate.schema.SqlTypes;

/**
 * Which {@code alter column ... type} changes PostgreSQL makes without touching the rows:
 * a longer or unbounded varchar, varchar to text (and back to unbounded varchar), a
 * numeric with more precision and the same scale. Every other change rewrites the table,
 * or (a shorter varchar) reads every row to check it, under an ACCESS EXCLUSIVE lock.
 * Unlike {@link SqlTypes#isWidening}, integer to bigint counts here: it keeps the values
 * but rewrites every row.
 */
final class TypeChanges {
    private TypeChanges() {
    }

    /** Null when the change touches no row; otherwise what it does, for the finding. */
    static String cost(String fromType, String toType) {
        String from = SqlTypes.canonical(fromType);
        String to = SqlTypes.canonical(toType);
        if (from.equals(to)) {
            return null;
        }
        boolean fromVarchar = from.equals("varchar") || from.startsWith("varchar(");
        if ((fromVarchar || from.equals("text")) && (to.equals("text") || to.equals("varchar"))) {
            return null;
        }
        if (from.startsWith("varchar(") && to.startsWith("varchar(")) {
            return length(to) >= length(from) ? null
                    : from + " to " + to + ": a shorter length reads every row to check it";
        }
        if (from.startsWith("numeric(") && to.equals("numeric")) {
            return null;
        }
        if (from.startsWith("numeric(") && to.startsWith("numeric(")) {
            int[] a = precisionScale(from);
            int[] b = precisionScale(to);
            if (b[1] == a[1] && b[0] >= a[0]) {
                return null;
            }
        }
        return from + " to " + to + " rewrites every row";
    }

    private static int length(String type) {
        return Integer.parseInt(type.substring(type.indexOf('(') + 1, type.indexOf(')')).strip());
    }

    private static int[] precisionScale(String type) {
        String[] parts = type.substring(type.indexOf('(') + 1, type.indexOf(')')).split(",");
        return new int[] {Integer.parseInt(parts[0].strip()), parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 0};
    }
}
