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
    /** Where a guard's message says how many rows stop it. */
    public static final String ROWS = "{rows}";

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
     * Fails with {@code message} when rows of {@code table} satisfy {@code condition}, with their
     * number in place of {@code {rows}} in the message, or after it when it has none:
     * {@code failIfAnyRow("customer", "length(email) > 80", "{rows} e-mails are too long")} raises
     * "3 e-mails are too long". {@code table} is written as the SQL names it (quoted, qualified).
     */
    public static String failIfAnyRow(String table, String condition, String message) {
        if (table.contains("$guard$") || condition.contains("$guard$") || message.contains("$guard$")) {
            throw new IllegalArgumentException("a guard's query and message cannot contain $guard$");
        }
        return "do $guard$ declare found bigint; begin select count(*) into found from " + table + " where "
                + condition + "; if found > 0 then raise exception using message = replace("
                + PostgresDialect.literal(message.contains(ROWS) ? message : message + " (" + ROWS + " rows)") + ", '"
                + ROWS + "', found::text); end if; end $guard$";
    }

    /** Whether {@code sql} is a guard, which changes nothing and so is no obstacle to replaying a migration. */
    public static boolean isGuard(String sql) {
        return sql.startsWith("do $guard$ ") && sql.endsWith(" end $guard$");
    }
}
