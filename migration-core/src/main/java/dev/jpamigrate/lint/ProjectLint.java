package dev.jpamigrate.lint;

import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lints every revision of a project, oldest first. The schema before each revision comes
 * from replaying the operations of those before it, so that a type change is judged against
 * the column's real type; raw SQL is not replayed (the model does not see its effect), and a
 * replay that fails leaves the schema unknown from there on.
 */
public final class ProjectLint {
    private final Linter linter = new Linter();

    /**
     * @param lockTimeout {@code migration.lockTimeout} as configured; null for the default
     */
    public LintReport lint(List<LoadedRevision> revisions, String lockTimeout) {
        Map<String, LoadedRevision> byId = revisions.stream()
                .collect(Collectors.toMap(LoadedRevision::id, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        linter.lockTimeout(lockTimeout).ifPresent(findings::add);
        Schema schema = Schema.EMPTY;
        for (RevisionNode node : RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList()).inOrder()) {
            LoadedRevision revision = byId.get(node.id());
            List<Operation> upgrade = revision.upgrade();
            findings.addAll(linter.lint(new LintedRevision(revision.id(), revision.transactional(), upgrade,
                    Acknowledgement.of(revision.type()), schema)));
            schema = replay(schema, upgrade);
        }
        return new LintReport(revisions.size(), findings);
    }

    private static Schema replay(Schema schema, List<Operation> upgrade) {
        if (schema == null) {
            return null;
        }
        Schema after = schema;
        for (Operation op : upgrade) {
            try {
                after = op.applyTo(after);
            } catch (RuntimeException e) {
                return null; // edited by hand beyond what the model follows: judge the rest without it
            }
        }
        return after;
    }
}
