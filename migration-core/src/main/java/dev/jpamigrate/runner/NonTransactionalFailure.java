package dev.jpamigrate.runner;

import java.util.Locale;

/**
 * What a user does after a revision with {@code transactional = false} failed part-way: the
 * statements before the failure stay applied, and the revision runs again from its first
 * statement. The statements that {@code generate} writes for such a revision are written to run
 * again ({@code if not exists}, {@code if exists}, {@code validate}), so running it again after
 * fixing the cause finishes it.
 */
final class NonTransactionalFailure {
    private NonTransactionalFailure() {
    }

    /** The advice for a failure in {@code statement} (null when no SQL statement failed). */
    static String advice(String statement) {
        String lower = statement == null ? "" : statement.toLowerCase(Locale.ROOT);
        String left = lower.contains("index concurrently") && lower.startsWith("create")
                ? "PostgreSQL leaves the index it was building INVALID (unused by queries, but updated by every"
                        + " write); running the revision again drops it and builds it again. "
                : lower.contains("validate constraint")
                        ? "The constraint stays NOT VALID: new rows are checked, existing ones are not yet. "
                        : "";
        return left + "Fix the cause (rows that break the constraint, a lock timeout) and run the upgrade again:"
                + " the statements that generate writes for such a revision can run again after those that were"
                + " applied; a statement written by hand may need undoing first.";
    }
}
