package dev.jpamigrate.lint;

/**
 * One hazard the lint found: which rule, in which revision, on which statement, and the
 * reason a migration gave when it acknowledged it.
 *
 * @param revision the revision id; null for a finding on the settings (no lock timeout)
 * @param statement the SQL as the dialect renders it, or as the migration wrote it
 * @param detail what this statement adds to the rule's hazard ({@code integer to bigint}); null for none
 * @param acknowledged the reason of the migration's {@code @Acknowledge}; null when not acknowledged
 */
public record Finding(LintRule rule, String revision, String statement, String detail, String acknowledged) {

    public Finding(LintRule rule, String revision, String statement, String detail) {
        this(rule, revision, statement, detail, null);
    }

    public Severity severity() {
        return rule.severity();
    }

    public boolean isAcknowledged() {
        return acknowledged != null;
    }

    /** An error that no acknowledgement accepts fails {@code migration:lint}. */
    public boolean failsBuild() {
        return severity() == Severity.ERROR && !isAcknowledged();
    }

    /** The hazard, with what this statement adds to it. */
    public String hazard() {
        return detail == null ? rule.hazard() : rule.hazard() + " (" + detail + ")";
    }

    Finding acknowledge(String reason) {
        return new Finding(rule, revision, statement, detail, reason);
    }

    /**
     * The finding in one line:
     * {@code error: 20261206120000: create index idx_x on t (c): blocks writes while the index builds;
     * use create index concurrently in a revision with transactional = false [create-index-not-concurrently]}.
     */
    public String line() {
        String where = (revision == null ? "" : revision + ": ") + (statement == null ? "" : statement + ": ");
        String head = isAcknowledged() ? "acknowledged (" + acknowledged + ")" : severity().label();
        return head + ": " + where + hazard() + "; " + rule.safePattern() + " [" + rule.id() + "]";
    }

    @Override
    public String toString() {
        return line();
    }
}
