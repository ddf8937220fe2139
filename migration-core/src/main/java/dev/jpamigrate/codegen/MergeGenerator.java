package dev.jpamigrate.codegen;

import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.diff.MigrationsReplay;
import dev.jpamigrate.graph.Plans;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.Guards;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code merge}: joins the heads that two branches left with a revision whose parents are those
 * heads and whose {@code upgrade()} and {@code downgrade()} are empty, and writes its snapshot: the
 * schema the merged migrations produce, their operations replayed in graph order (one branch's after
 * the other's). The committed snapshot is not read: after a git merge it holds conflict markers.
 * Needs no database.
 */
public final class MergeGenerator {
    private final Path sourceDirectory;
    private final Path resourceDirectory;
    private final Clock clock;
    private final Log log;

    public MergeGenerator(Path sourceDirectory, Path resourceDirectory, Clock clock, Log log) {
        this.sourceDirectory = sourceDirectory;
        this.resourceDirectory = resourceDirectory;
        this.clock = clock;
        this.log = log;
    }

    public GenerateResult merge(CompiledProject project, String message) {
        String migrationPackage = project.migrationPackage();
        List<LoadedRevision> revisions = project.revisions();
        RevisionGraph graph = RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
        List<String> heads = graph.heads();
        if (heads.size() < 2) {
            throw new MigrationException(heads.isEmpty() ? "There are no migrations in " + migrationPackage
                    + ", so there is nothing to merge." : "The migrations have one head, " + heads.get(0)
                    + ", so there is nothing to merge: mvn migration:heads lists the heads.");
        }
        MigrationsReplay replay = replay(graph, revisions);
        Set<String> taken = new HashSet<>(revisions.size() * 2);
        revisions.forEach(r -> taken.add(r.id()));
        String id = RevisionIds.next(clock, taken);
        String text = message == null || message.isBlank() ? defaultMessage(heads) : message.trim();
        JavaFile migration = MigrationWriter.write(migrationPackage, id, heads, text, null, List.of(), List.of());
        Path file;
        try {
            file = migration.writeToPath(sourceDirectory, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot write to " + sourceDirectory + ": " + e.getMessage(), e);
        }
        Path snapshotFile = resourceDirectory.resolve(IndexFiles.migrationsSnapshot(migrationPackage));
        MigrationsSnapshotFile.write(snapshotFile, migrationPackage, SchemaFile.ofMigrations(replay.schema(),
                List.of(id)));
        log.info("Wrote " + MigrationsSnapshotFile.relative(file) + ", merging " + Plans.describe(graph, heads)
                + ", and " + MigrationsSnapshotFile.relative(snapshotFile) + "; review them before you commit.");
        if (!replay.opaqueRevisions().isEmpty()) {
            log.warn("The snapshot leaves out what the raw SQL or JDBC steps of revision(s) "
                    + replay.opaqueRevisions() + " do: compare it with the branches' snapshots before you commit.");
        }
        return new GenerateResult(List.of(file), List.of(id), List.of(), List.of());
    }

    /** {@code merge 20261201 and 20261202}. */
    static String defaultMessage(List<String> heads) {
        return "merge " + String.join(", ", heads.subList(0, heads.size() - 1)) + " and " + heads.get(heads.size() - 1);
    }

    /**
     * The replayed schema; when the branches conflict (both add column {@code phone}), an error that
     * names the revision of each branch.
     */
    private static MigrationsReplay replay(RevisionGraph graph, List<LoadedRevision> revisions) {
        try {
            return MigrationsReplay.of(graph, revisions);
        } catch (MigrationException e) {
            throw conflict(graph, revisions, e);
        }
    }

    /**
     * Finds the two sides of a conflict: replaying first the line of the revision that failed, then the
     * others, fails at the other side's revision. Only on the error path.
     */
    private static MigrationException conflict(RevisionGraph graph, List<LoadedRevision> revisions,
            MigrationException original) {
        Map<String, LoadedRevision> byId = new HashMap<>();
        revisions.forEach(r -> byId.put(r.id(), r));
        String failed = null;
        Schema schema = Schema.EMPTY;
        for (RevisionNode node : graph.inOrder()) {
            try {
                schema = apply(schema, byId.get(node.id()));
            } catch (RuntimeException e) {
                failed = node.id();
                break;
            }
        }
        if (failed == null) {
            return original;
        }
        Set<String> line = graph.ancestorsOf(List.of(failed));
        List<String> lineFirst = new ArrayList<>(graph.sorted(line));
        graph.inOrder().stream().map(RevisionNode::id).filter(id -> !line.contains(id)).forEach(lineFirst::add);
        schema = Schema.EMPTY;
        for (String id : lineFirst) {
            try {
                schema = apply(schema, byId.get(id));
            } catch (RuntimeException e) {
                if (line.contains(id)) {
                    return original;
                }
                return new MigrationException("The branches do not merge: revisions " + Plans.describe(graph,
                        graph.sorted(List.of(failed, id))) + " conflict (" + e.getMessage() + "): change one of"
                        + " them on its branch, then run mvn migration:merge again.", original);
            }
        }
        return original;
    }

    private static Schema apply(Schema schema, LoadedRevision revision) {
        for (Operation op : revision.upgrade()) {
            boolean opaque = op instanceof Operation.Sql sql && !Guards.isGuard(sql.sql())
                    || op instanceof Operation.JdbcStep;
            if (!opaque) {
                schema = op.applyTo(schema);
            }
        }
        return schema;
    }
}
