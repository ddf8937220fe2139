package dev.jpamigrate.runner;

import java.util.List;

/**
 * What an upgrade or downgrade did.
 *
 * @param runs the revisions that ran, in order
 * @param applied the applied revisions afterwards, oldest first
 */
public record RunResult(List<RevisionRun> runs, List<AppliedRevision> applied) {
}
