package dev.jpamigrate.codegen;

import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.diff.MigrationsReplay;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code revision}: an empty migration class after the head, for work the diff does not write (data
 * migrations, raw SQL); the snapshot's {@code head} line moves to it and its schema stays, because the
 * new revision changes nothing yet. Needs no database.
 */
public final class EmptyRevisionGenerator {
    private final Path sourceDirectory;
    private final Path resourceDirectory;
    private final Clock clock;
    private final Log log;

    public EmptyRevisionGenerator(Path sourceDirectory, Path resourceDirectory, Clock clock, Log log) {
        this.sourceDirectory = sourceDirectory;
        this.resourceDirectory = resourceDirectory;
        this.clock = clock;
        this.log = log;
    }

    public GenerateResult revision(CompiledProject project, String message) {
        String migrationPackage = project.migrationPackage();
        List<LoadedRevision> revisions = project.revisions();
        RevisionGraph graph = RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            throw new MigrationException("The migrations have " + heads.size() + " heads " + heads
                    + ": run mvn migration:merge to join them before adding a revision.");
        }
        Path snapshotFile = resourceDirectory.resolve(IndexFiles.migrationsSnapshot(migrationPackage));
        Schema schema = schema(snapshotFile, heads, graph, revisions);
        Set<String> taken = new HashSet<>(revisions.size() * 2);
        revisions.forEach(r -> taken.add(r.id()));
        String id = RevisionIds.next(clock, taken);
        JavaFile migration = MigrationWriter.write(migrationPackage, id, heads, message, null, List.of(), List.of());
        Path file;
        try {
            file = migration.writeToPath(sourceDirectory, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot write to " + sourceDirectory + ": " + e.getMessage(), e);
        }
        MigrationsSnapshotFile.write(snapshotFile, migrationPackage, SchemaFile.ofMigrations(schema, List.of(id)));
        log.info("Wrote " + MigrationsSnapshotFile.relative(file) + " (empty: write its upgrade() and downgrade())"
                + " and moved the head of " + MigrationsSnapshotFile.relative(snapshotFile) + " to " + id + ".");
        return new GenerateResult(List.of(file), List.of(id), List.of(), List.of());
    }

    /** The schema at the head: the snapshot's, or, without one, what the migrations replay to. */
    private static Schema schema(Path snapshotFile, List<String> heads, RevisionGraph graph,
            List<LoadedRevision> revisions) {
        Optional<SchemaFile> snapshot = MigrationsSnapshotFile.read(snapshotFile);
        if (snapshot.isPresent()) {
            if (!snapshot.get().heads().equals(heads)) {
                throw new MigrationException("The migrations snapshot " + MigrationsSnapshotFile.relative(snapshotFile)
                        + " is at revision(s) " + snapshot.get().heads() + " but the migrations' head is " + heads
                        + ": restore the snapshot from version control, or bring it to the head.");
            }
            return snapshot.get().schema();
        }
        if (heads.isEmpty()) {
            return Schema.EMPTY;
        }
        MigrationsReplay replay = MigrationsReplay.of(graph, revisions);
        if (!replay.opaqueRevisions().isEmpty()) {
            throw new MigrationException("There is no " + MigrationsSnapshotFile.relative(snapshotFile) + " and revision "
                    + replay.opaqueRevisions().get(0) + " runs code that the schema model cannot replay: restore the"
                    + " snapshot from version control.");
        }
        return replay.schema();
    }
}
