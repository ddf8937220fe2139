package dev.jpamigrate.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The PostgreSQL lock-safety lint: reads a revision's statements, as the dialect renders its
 * operations and as its raw SQL is written, and finds those that lock a table in use for a
 * long time, rewrite it, fail on rows, or break the running application (see
 * {@link LintRule} for every rule, its hazard and its safe pattern). Needs no database.
 *
 * <pre>{@code
 * List<Finding> findings = new Linter().lint(new LintedRevision("20261206120000", true,
 *         List.of(new Operation.Sql("create index idx_order_customer on purchase_order (customer_id)")),
 *         List.of(), null));
 * // error: 20261206120000: create index idx_order_customer on purchase_order (customer_id): blocks writes
 * //   to the table while the index builds; use create index concurrently in a revision with
 * //   transactional = false [create-index-not-concurrently]
 * }</pre>
 *
 * <p>A finding whose rule the migration acknowledges ({@code @Acknowledge(rule, reason)}) is
 * returned with the reason and no longer fails the build; an acknowledgement without a
 * reason or naming no rule is itself an error.
 */
public final class Linter {

    /** The findings of one revision, acknowledged where the revision says so, in statement order. */
    public List<Finding> lint(LintedRevision revision) {
        List<Finding> findings = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (Finding finding : RevisionLint.findings(revision)) {
            found.add(finding.rule().id());
            findings.add(acknowledged(finding, revision.acknowledgements()));
        }
        for (Acknowledgement ack : revision.acknowledgements()) {
            Optional<LintRule> rule = LintRule.byId(ack.rule());
            if (rule.isEmpty() || !rule.get().acknowledgeable()) {
                findings.add(new Finding(LintRule.INVALID_ACKNOWLEDGEMENT, revision.id(), "@Acknowledge(rule = \""
                        + ack.rule() + "\")", "no rule of the lint is called " + ack.rule()
                        + "; the rules: " + acknowledgeableIds()));
            } else if (ack.reason().isEmpty()) {
                findings.add(new Finding(LintRule.INVALID_ACKNOWLEDGEMENT, revision.id(), "@Acknowledge(rule = \""
                        + ack.rule() + "\")", "the reason is empty"));
            } else if (!found.contains(ack.rule())) {
                findings.add(new Finding(LintRule.UNUSED_ACKNOWLEDGEMENT, revision.id(), "@Acknowledge(rule = \""
                        + ack.rule() + "\")", null));
            }
        }
        return findings;
    }

    /**
     * The finding on the runner's lock timeout, when it is off ({@code 0}); null or blank is
     * the default, {@value dev.jpamigrate.runner.DatabaseSettings#DEFAULT_LOCK_TIMEOUT}.
     */
    public Optional<Finding> lockTimeout(String configured) {
        if (configured == null || configured.isBlank() || !LockTimeouts.disables(configured)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(LintRule.NO_LOCK_TIMEOUT, null, null, null));
    }

    private static Finding acknowledged(Finding finding, List<Acknowledgement> acknowledgements) {
        for (Acknowledgement ack : acknowledgements) {
            if (ack.rule().equals(finding.rule().id()) && !ack.reason().isEmpty()) {
                return finding.acknowledge(ack.reason());
            }
        }
        return finding;
    }

    private static String acknowledgeableIds() {
        List<String> ids = new ArrayList<>();
        for (LintRule rule : LintRule.values()) {
            if (rule.acknowledgeable()) {
                ids.add(rule.id());
            }
        }
        return String.join(", ", ids);
    }
}
