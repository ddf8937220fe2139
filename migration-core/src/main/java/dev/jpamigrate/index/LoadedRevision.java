package dev.jpamigrate.index;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.ops.OperationRecorder;
import java.util.List;
import java.util.function.BiConsumer;

/** A migration class found through the revision index, with what its {@code @Revision} says. */
public record LoadedRevision(RevisionNode node, boolean transactional, Class<? extends Migration> type) {

    public String id() {
        return node.id();
    }

    /** The operations {@code upgrade()} records. */
    public List<Operation> upgrade() {
        return record("upgrade", Migration::upgrade);
    }

    /** The operations {@code downgrade()} records. */
    public List<Operation> downgrade() {
        return record("downgrade", Migration::downgrade);
    }

    private List<Operation> record(String method, BiConsumer<Migration, Operations> body) {
        Migration migration;
        try {
            migration = type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new MigrationException("Cannot create migration " + type.getName() + " (revision " + id()
                    + "): it needs a public no-argument constructor. " + e, e);
        }
        OperationRecorder operations = new OperationRecorder();
        try {
            body.accept(migration, operations);
            return operations.recorded();
        } catch (RuntimeException e) {
            throw new MigrationException("Revision " + id() + ": " + type.getSimpleName() + "." + method + "() failed: "
                    + e.getMessage(), e);
        }
    }
}
