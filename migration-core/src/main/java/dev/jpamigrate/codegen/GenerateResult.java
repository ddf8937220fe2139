package dev.jpamigrate.codegen;

import dev.jpamigrate.ops.Operation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code generate} did: the migration it wrote, if the entities changed, and the
 * operations that lose data, for the reviewer.
 *
 * @param migration the written migration source, empty when there was no change
 * @param revision the new revision id, or null when there was no change
 */
public record GenerateResult(Optional<Path> migration, String revision, List<Operation> upgrade, List<String> dataLoss) {
    public boolean hasChanges() {
        return migration.isPresent();
    }
}
