package dev.jpamigrate.runner;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user does after a revision with {@code transactional = false} failed part-way: the
 * statements before the failure stay applied, and the revision runs again from its first
 * statement. The statements that {@code generate} writes for such a revision are written to run
 * again ({@code if not exists}, {@code if exists}, {@code validate}, an INVALID index dropped
 * before it is built again), so running it again after fixing the cause finishes it.
 */
final class NonTransactionalFailure {
    /** {@code create [unique] index concurrently [if not exists] name}: the index that a failure may leave INVALID. */
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "create\\s+(?:unique\\s+)?index\\s+concurrently\\s+(if\\s+not\\s+exists\\s+)?(\\S+)");

    private NonTransactionalFailure() {
    }

    /** The advice for a failure in {@code statement} (null when no SQL statement failed). */
    static String advice(String statement) {
        String lower = statement == null ? "" : statement.toLowerCase(Locale.ROOT).strip();
        Matcher index = CREATE_INDEX.matcher(lower);
        String left = "";
        if (index.lookingAt() && index.group(1) != null) {
            left = "A failed concurrent build leaves its index INVALID (unused by queries, but updated by every"
                    + " write); running the revision again drops it and builds it again. ";
        } else if (index.lookingAt()) {
            left = "A failed concurrent build may leave its index INVALID, and running this statement again would"
                    + " fail on it: drop it first (drop index concurrently if exists " + index.group(2) + "). ";
        } else if (lower.contains("validate constraint")) {
            left = "The constraint stays NOT VALID: new rows are checked, existing ones are not yet. ";
        }
        return left + "Fix the cause (rows that break the constraint, a lock timeout) and run the upgrade again:"
                + " the statements that generate writes for such a revision can run again after those that were"
                + " applied; one written by hand may need undoing first.";
    }
}
