package dev.jpamigrate.codegen;

import dev.jpamigrate.ops.Operation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code generate} did: the migrations it wrote, if the entities changed, and the
 * operations that lose data, for the reviewer. A change set too large for one transaction
 * is written as several revisions, in the order they apply.
 *
 * @param migrations the written migration sources, in order; empty when there was no change
 * @param revisions the new revision ids, in order; empty when there was no change
 * @param upgrade the operations of all of them, in order
 */
public record GenerateResult(List<Path> migrations, List<String> revisions, List<Operation> upgrade,
        List<String> dataLoss) {
    public boolean hasChanges() {
        return !migrations.isEmpty();
    }

    /** The last migration written, the new head; empty when there was no change. */
    public Optional<Path> migration() {
        return migrations.isEmpty() ? Optional.empty() : Optional.of(migrations.get(migrations.size() - 1));
    }

    /** The new head revision, or null when there was no change. */
    public String revision() {
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    }
}
