package dev.jpamigrate.diff;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.Guards;
import dev.jpamigrate.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The schema that the migrations produce: every revision's {@code upgrade()} operations replayed in
 * graph order on an empty model, in memory. It is what the migrations snapshot holds when no one
 * edited either, and what a merge revision's snapshot is: the branches' operations applied one after
 * the other.
 *
 * <p>Raw SQL (other than the guards that {@code generate} writes) and JDBC steps change the database
 * in ways the model does not see; they are passed over, and their revisions listed in
 * {@link #opaqueRevisions()}, so that each caller decides what that means for it.
 *
 * @param schema the replayed schema
 * @param opaqueRevisions the revisions, in graph order, whose raw SQL or JDBC steps were passed over
 */
public record MigrationsReplay(Schema schema, List<String> opaqueRevisions) {
    public MigrationsReplay {
        opaqueRevisions = List.copyOf(opaqueRevisions);
    }

    /**
     * @throws MigrationException when an operation does not apply to the schema before it (a hand edit or a
     *     bad merge: a column added twice, a table dropped that no revision created), naming the revision
     */
    public static MigrationsReplay of(List<LoadedRevision> revisions) {
        return of(RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList()), revisions);
    }

    /** As {@link #of(List)}, with the graph that the caller already built of the same revisions. */
    public static MigrationsReplay of(RevisionGraph graph, List<LoadedRevision> revisions) {
        Map<String, LoadedRevision> byId = revisions.stream()
                .collect(Collectors.toMap(LoadedRevision::id, Function.identity()));
        Schema schema = Schema.EMPTY;
        List<String> opaque = new ArrayList<>();
        for (RevisionNode node : graph.inOrder()) {
            boolean passedOver = false;
            for (Operation op : byId.get(node.id()).upgrade()) {
                if (isOpaque(op)) {
                    passedOver = true;
                    continue;
                }
                try {
                    schema = op.applyTo(schema);
                } catch (IllegalStateException | IllegalArgumentException e) {
                    throw new MigrationException("The migrations do not replay: revision " + node.id()
                            + (node.message().isEmpty() ? "" : " (" + node.message() + ")") + ": " + e.getMessage(), e);
                }
            }
            if (passedOver) {
                opaque.add(node.id());
            }
        }
        return new MigrationsReplay(schema, opaque);
    }

    /** Whether the model cannot replay {@code op}: raw SQL other than a guard, or a JDBC step. */
    public static boolean isOpaque(Operation op) {
        return op instanceof Operation.Sql sql && !Guards.isGuard(sql.sql()) || op instanceof Operation.JdbcStep;
    }
}
