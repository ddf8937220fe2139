package dev.jpamigrate.lint;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rules of the PostgreSQL lock-safety lint, after squawk and strong_migrations: what
 * each finds, why it hurts, and what to write instead. A rule about a lock or a rewrite
 * applies to a table that exists before the revision (it may hold rows and serve traffic);
 * a table the same revision creates is empty and exempt ({@link #exemptOnNewTable()}).
 *
 * <p>Severities: {@link Severity#ERROR} for a statement that blocks the application for a time
 * that grows with the table, or that fails at run time (measured on 10M rows: a plain
 * {@code create index} stalls writers 9.3 s, {@code alter column type} 10.1 s, the safe forms
 * stay under 0.3 s); {@link Severity#WARNING} for a lock that is short (and bounded by
 * {@code lock_timeout}), a change the running application version may not survive but that
 * the author asked for (a rename, a drop), or a type that will hurt later;
 * {@link Severity#HINT} for a choice that Hibernate makes on purpose.
 */
public enum LintRule {
    CREATE_INDEX_NOT_CONCURRENTLY("create-index-not-concurrently", Severity.ERROR, true,
            "blocks writes to the table while the index builds",
            "use create index concurrently in a revision with transactional = false"),
    DROP_INDEX_NOT_CONCURRENTLY("drop-index-not-concurrently", Severity.WARNING, true,
            "takes an ACCESS EXCLUSIVE lock on the table, queued behind every running query",
            "use drop index concurrently in a revision with transactional = false"),
    CONCURRENTLY_IN_TRANSACTION("concurrently-in-transaction", Severity.ERROR, false,
            "fails at run time: PostgreSQL runs concurrently only outside a transaction block",
            "mark the revision @Revision(transactional = false)"),
    ADD_FOREIGN_KEY_VALIDATING("add-foreign-key-validating", Severity.ERROR, true,
            "checks every row while it locks both tables against writes",
            "add the constraint with not valid, then validate constraint in a later transaction"),
    ADD_CHECK_VALIDATING("add-check-validating", Severity.ERROR, true,
            "scans the table under an ACCESS EXCLUSIVE lock",
            "add the check with not valid, then validate constraint in a later transaction"),
    VALIDATE_IN_SAME_TRANSACTION("validate-in-same-transaction", Severity.ERROR, true,
            "validates a constraint added not valid in the same transaction, which still holds the add's lock",
            "validate in a later revision, or mark this one @Revision(transactional = false)"),
    ADD_UNIQUE_CONSTRAINT("add-unique-constraint", Severity.ERROR, true,
            "builds the unique index under an ACCESS EXCLUSIVE lock",
            "create unique index concurrently, then add constraint ... unique using index"),
    ADD_PRIMARY_KEY("add-primary-key", Severity.ERROR, true,
            "builds the primary key's index under an ACCESS EXCLUSIVE lock",
            "create unique index concurrently, then add constraint ... primary key using index"),
    SET_NOT_NULL("set-not-null", Severity.ERROR, true,
            "scans the table under an ACCESS EXCLUSIVE lock",
            "add check (column is not null) not valid, validate it, then set not null (no scan) and drop the check"),
    ALTER_COLUMN_TYPE("alter-column-type", Severity.ERROR, true,
            "rewrites the table (or scans it) under an ACCESS EXCLUSIVE lock",
            "add a new column, backfill it in batches and switch to it; or acknowledge a planned window"),
    ADD_COLUMN_NOT_NULL_WITHOUT_DEFAULT("add-column-not-null-without-default", Severity.ERROR, true,
            "fails on a table that holds rows",
            "add the column with a default, or nullable, backfill it, then set not null"),
    ADD_COLUMN_VOLATILE_DEFAULT("add-column-volatile-default", Severity.ERROR, true,
            "rewrites the table under an ACCESS EXCLUSIVE lock to store a value per row",
            "add the column without default, set the default, then backfill the rows in batches"),
    ADD_COLUMN_REWRITES_TABLE("add-column-rewrites-table", Severity.ERROR, true,
            "a serial, identity or stored generated column rewrites the table under an ACCESS EXCLUSIVE lock",
            "add a plain column, backfill it in batches, then attach the sequence or identity"),
    RENAME_TABLE("rename-table", Severity.WARNING, true,
            "the running application version still uses the old name",
            "expand and contract: add the new, copy, switch the application, drop the old in a later release"),
    RENAME_COLUMN("rename-column", Severity.WARNING, true,
            "the running application version still uses the old name",
            "expand and contract: add the new column, copy, switch the application, drop the old later"),
    DROP_TABLE("drop-table", Severity.WARNING, true,
            "loses the rows, and the running application version may still use the table",
            "stop using it in one release, drop it in the next"),
    DROP_COLUMN("drop-column", Severity.WARNING, true,
            "loses the values, and the running application version may still read the column",
            "stop using it in one release (@Transient or removed), drop it in the next"),
    JSON_COLUMN("json-column", Severity.WARNING, false,
            "json has no equality operator, which breaks distinct, group by and union",
            "use jsonb"),
    INTEGER_PRIMARY_KEY("integer-primary-key", Severity.WARNING, false,
            "an integer key runs out at 2^31 rows, and widening it later rewrites the table and its references",
            "use bigint (a Long id)"),
    TIMESTAMP_WITHOUT_TIME_ZONE("timestamp-without-time-zone", Severity.HINT, false,
            "a timestamp without time zone does not say which instant it is",
            "use timestamp with time zone (Instant or OffsetDateTime) where the value is an instant"),
    LOCK_TIMEOUT_DISABLED("lock-timeout-disabled", Severity.ERROR, false,
            "without lock_timeout a statement that waits for a lock queues every query behind it",
            "keep migration.lockTimeout (default " + LockTimeouts.DEFAULT + "); raise it instead of disabling it"),
    NO_LOCK_TIMEOUT("no-lock-timeout", Severity.WARNING, false,
            "migration.lockTimeout is 0: a statement that waits for a lock queues every query behind it",
            "leave migration.lockTimeout at its default (" + LockTimeouts.DEFAULT + ") or set a duration"),
    INVALID_ACKNOWLEDGEMENT("invalid-acknowledgement", Severity.ERROR, false,
            "an @Acknowledge must name a rule of the lint and give a reason",
            "write @Acknowledge(rule = \"<rule id>\", reason = \"<why it is safe here>\")"),
    UNUSED_ACKNOWLEDGEMENT("unused-acknowledgement", Severity.HINT, false,
            "this revision has no finding of the acknowledged rule",
            "remove the @Acknowledge");

    private final String id;
    private final Severity severity;
    private final boolean exemptOnNewTable;
    private final String hazard;
    private final String safePattern;

    LintRule(String id, Severity severity, boolean exemptOnNewTable, String hazard, String safePattern) {
        this.id = id;
        this.severity = severity;
        this.exemptOnNewTable = exemptOnNewTable;
        this.hazard = hazard;
        this.safePattern = safePattern;
    }

    /** The id a finding names and {@code @Acknowledge(rule = ...)} takes: {@code create-index-not-concurrently}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** Whether a table created in the same revision is exempt: it is empty and no one uses it yet. */
    public boolean exemptOnNewTable() {
        return exemptOnNewTable;
    }

    /** Why the statement hurts. */
    public String hazard() {
        return hazard;
    }

    /** What to write instead. */
    public String safePattern() {
        return safePattern;
    }

    /** Whether a migration may acknowledge this rule: not the acknowledgement rules, nor a setting. */
    public boolean acknowledgeable() {
        return this != INVALID_ACKNOWLEDGEMENT && this != UNUSED_ACKNOWLEDGEMENT && this != NO_LOCK_TIMEOUT;
    }

    public static Optional<LintRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
