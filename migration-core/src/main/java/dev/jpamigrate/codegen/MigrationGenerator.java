package dev.jpamigrate.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.MigrationsSnapshot;
import dev.jpamigrate.Schema;
import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.index.LoadedRevision;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code generate}: diffs the entities against the migrations snapshot and writes a new
 * migration class and the new snapshot into the source tree. Needs no database.
 */
public final class MigrationGenerator {
    private static final String GENERATOR = "dev.jpamigrate migration:generate";

    private final Path sourceDirectory;
    private final Clock clock;
    private final Log log;

    public MigrationGenerator(Path sourceDirectory, Clock clock, Log log) {
        this.sourceDirectory = sourceDirectory;
        this.clock = clock;
        this.log = log;
    }

    public GenerateResult generate(CompiledProject project, String message) {
        Schema entities = project.entitySchema();
        List<LoadedRevision> revisions = project.revisions();
        RevisionGraph graph = RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
        Optional<MigrationsSnapshot> snapshot = project.migrationsSnapshot();
        List<String> heads = graph.heads();
        requireSnapshotAtHead(project, snapshot, heads);
        if (heads.size() > 1) {
            throw new MigrationException("The migrations have " + heads.size() + " heads " + heads
                    + ": write a revision that merges them (@Revision(parents = {...})) before generating another.");
        }
        Schema previous = snapshot.map(MigrationGenerator::schemaOf).orElse(Schema.EMPTY);
        SchemaDiff diff = SchemaDiff.between(previous, entities);
        if (diff.isEmpty()) {
            log.info("No changes: the entities match the migrations"
                    + (heads.isEmpty() ? "." : " at revision " + heads.get(0) + "."));
            return new GenerateResult(Optional.empty(), null, List.of(), List.of());
        }
        String id = RevisionIds.next(clock, new HashSet<>(graph.inOrder().stream().map(RevisionNode::id).toList()));
        JavaFile migration = MigrationWriter.write(project.migrationPackage(), id, heads, message, previous,
                diff.upgrade(), diff.downgrade());
        JavaFile newSnapshot = SnapshotWriter.migrationsSnapshot(
                ClassName.get(project.migrationPackage(), "SchemaSnapshot"), entities, List.of(id), GENERATOR);
        Path written;
        try {
            written = migration.writeToPath(sourceDirectory);
            newSnapshot.writeToPath(sourceDirectory);
        } catch (IOException e) {
            throw new MigrationException("Cannot write to " + sourceDirectory + ": " + e.getMessage(), e);
        }
        log.info("Wrote " + relative(written) + " (" + diff.upgrade().size()
                + " operations); review it before you commit.");
        List<String> dataLoss = diff.dataLoss();
        dataLoss.forEach(loss -> log.warn("Data loss: " + loss + "."));
        return new GenerateResult(Optional.of(written), id, diff.upgrade(), dataLoss);
    }

    private static Schema schemaOf(MigrationsSnapshot snapshot) {
        try {
            return snapshot.schema();
        } catch (RuntimeException e) {
            throw new MigrationException("The SchemaSnapshot beside the migrations is not a valid schema ("
                    + e.getMessage() + "): restore it from version control.", e);
        }
    }

    /** Relative to the working directory when inside it: {@code src/main/java/db/migration/R...java}. */
    private static Path relative(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    private static void requireSnapshotAtHead(CompiledProject project, Optional<MigrationsSnapshot> snapshot,
            List<String> heads) {
        if (snapshot.isEmpty()) {
            if (!heads.isEmpty()) {
                throw new MigrationException("There are migrations in " + project.migrationPackage()
                        + " but no SchemaSnapshot class beside them: restore it from version control.");
            }
            return;
        }
        List<String> snapshotHeads = snapshot.get().heads().stream().sorted().toList();
        if (!snapshotHeads.equals(heads)) {
            throw new MigrationException("The SchemaSnapshot in " + project.migrationPackage() + " is at revision(s) "
                    + snapshotHeads + " but the migrations' head is " + heads
                    + ": a migration was added or removed by hand; restore SchemaSnapshot from version control,"
                    + " or bring it to the head.");
        }
    }
}
