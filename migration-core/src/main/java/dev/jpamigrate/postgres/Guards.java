package dev.jpamigrate.postgres;

/**
 * A statement that stops a revision before a change that the rows in the database would
 * make fail or lose data, with a message that says what to do. The revision is one
 * transaction, so the exception rolls back what ran before it: nothing is applied.
 *
 * <pre>{@code
 * Guards.failIfAny("select from customer where loyalty is null",
 *         "customer.loyalty becomes NOT NULL, but rows hold NULL: add @Backfill(\"...\") to the field");
 * // do $guard$ begin if exists (select from customer where loyalty is null) then
 * //   raise exception using message = 'customer.loyalty becomes ...'; end if; end $guard$
 * }</pre>
 */
public final class Guards {
    private Guards() {
    }

    /** Fails with {@code message} when {@code query} returns a row. */
    public static String failIfAny(String query, String message) {
        if (query.contains("$guard$") || message.contains("$guard$")) {
            throw new IllegalArgumentException("a guard's query and message cannot contain $guard$");
        }
        return "do $guard$ begin if exists (" + query + ") then raise exception using message = "
                + PostgresDialect.literal(message) + "; end if; end $guard$";
    }

    /**
     * Fails with {@code message} and the number of rows of {@code table} where {@code condition}
     * holds, when there are any: {@code failIfAnyRow("customer", "length(email) > 80", "...")}
     * raises "... (3 rows)". {@code table} is written as the SQL names it (quoted, qualified).
     */
    public static String failIfAnyRow(String table, String condition, String message) {
        if (table.contains("$guard$") || condition.contains("$guard$") || message.contains("$guard$")) {
            throw new IllegalArgumentException("a guard's query and message cannot contain $guard$");
        }
        return "do $guard$ declare found bigint; begin select count(*) into found from " + table + " where "
                + condition + "; if found > 0 then raise exception using message = "
                + PostgresDialect.literal(message + " (") + " || found || ' rows)'; end if; end $guard$";
    }

    /** Whether {@code sql} is a guard, which changes nothing and so is no obstacle to replaying a migration. */
    public static boolean isGuard(String sql) {
        return sql.startsWith("do $guard$ ") && sql.endsWith(" end $guard$");
    }
}
