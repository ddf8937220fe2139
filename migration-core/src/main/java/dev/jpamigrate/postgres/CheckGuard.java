package dev.jpamigrate.postgres;

import dev.jpamigrate.schema.CheckConstraint;

/**
 * The guard before a check is added to a table that exists: the rows the check would refuse
 * stop the revision with a message that says which check, how many rows and how to find them,
 * instead of PostgreSQL's "is violated by some row" after earlier statements ran.
 *
 * <p>It is the dialect's, not only the generator's: a check is added to a table that holds rows
 * in an upgrade that narrows an enum and in the downgrade that undoes a new constant alike, and
 * a hand-written migration gets the same message. A row passes a check whose expression is
 * NULL, so the guard counts the rows where it is false. The cost is one read of the table, before
 * {@code alter table} takes its lock, beside the scan that adding the check does anyway.
 */
final class CheckGuard {
    private CheckGuard() {
    }

    static String of(String table, CheckConstraint check) {
        String quoted = Identifiers.quoteQualified(table);
        String refused = "not (" + check.expression() + ")";
        return Guards.failIfAnyRow(quoted, refused, Guards.ROWS + " rows of " + table + " hold values that check "
                + check.name() + " does not allow (an enum constant that was removed?): update or delete them first;"
                + " find them with: select * from " + quoted + " where " + refused);
    }
}
