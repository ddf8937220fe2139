package dev.jpamigrate.index;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.ops.OperationRecorder;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A migration class found through the revision index, with what its {@code @Revision} says.
 *
 * <p>The operations each method records are kept after the first call: the runner reads a revision's
 * upgrade for its checksum and again to run it, and instantiating every migration twice was a cost per
 * revision of every {@code upgrade}. A migration's methods only record, so one recording is as good as
 * another; the first to finish is kept when threads race.
 */
public final class LoadedRevision {
    private final RevisionNode node;
    private final boolean transactional;
    private final Class<? extends Migration> type;
    private volatile List<Operation> upgrade;
    private volatile List<Operation> downgrade;

    public LoadedRevision(RevisionNode node, boolean transactional, Class<? extends Migration> type) {
        this.node = Objects.requireNonNull(node, "node");
        this.transactional = transactional;
        this.type = Objects.requireNonNull(type, "type");
    }

    public RevisionNode node() {
        return node;
    }

    public boolean transactional() {
        return transactional;
    }

    public Class<? extends Migration> type() {
        return type;
    }

    public String id() {
        return node.id();
    }

    /** The operations {@code upgrade()} records. */
    public List<Operation> upgrade() {
        List<Operation> ops = upgrade;
        if (ops == null) {
            ops = record("upgrade", Migration::upgrade);
            upgrade = ops;
        }
        return ops;
    }

    /** The operations {@code downgrade()} records. */
    public List<Operation> downgrade() {
        List<Operation> ops = downgrade;
        if (ops == null) {
            ops = record("downgrade", Migration::downgrade);
            downgrade = ops;
        }
        return ops;
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
            return List.copyOf(operations.recorded());
        } catch (RuntimeException e) {
            throw new MigrationException("Revision " + id() + ": " + type.getSimpleName() + "." + method + "() failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoadedRevision other && node.equals(other.node) && transactional == other.transactional
                && type.equals(other.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(node, transactional, type);
    }

    @Override
    public String toString() {
        return "LoadedRevision[" + node + ", transactional=" + transactional + ", " + type.getName() + "]";
    }
}
