package dev.jpamigrate.postgres;

/**
 * Where the sequence of a column that has just become an identity starts: after the highest
 * value the rows hold, at 1 for an empty table.
 *
 * <pre>{@code
 * IdentityStart.afterHighestValue("sales.customer", "id");
 * // select setval(pg_get_serial_sequence('sales.customer', 'id'), coalesce(max(id), 0) + 1, false) from sales.customer
 * }</pre>
 */
final class IdentityStart {
    private IdentityStart() {
    }

    /**
     * {@code pg_get_serial_sequence} parses its first argument as a qualified SQL name (so it
     * gets the quoted form) and takes the second as the column's exact name.
     */
    static String afterHighestValue(String table, String column) {
        String quotedTable = Identifiers.quoteQualified(table);
        return "select setval(pg_get_serial_sequence(" + PostgresDialect.literal(quotedTable) + ", "
                + PostgresDialect.literal(column) + "), coalesce(max(" + Identifiers.quote(column) + "), 0) + 1, false)"
                + " from " + quotedTable;
    }
}
