package dev.jpamigrate.core;

import dev.jpamigrate.runner.AppliedRevision;
import java.util.List;

/**
 * Where a database stands.
 *
 * @param applied the applied revisions, oldest first
 * @param current the applied revisions that no applied revision follows; empty at base
 * @param heads the heads of the revision graph
 */
public record Status(List<AppliedRevision> applied, List<String> current, List<String> heads) {
    public boolean isUpToDate() {
        return current.equals(heads);
    }
}
