package dev.jpamigrate.codegen;

import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code generate}: diffs the entities against the migrations snapshot and writes a new
 * migration class into the source tree and the new snapshot beside it, in the resource
 * tree ({@code src/main/resources/db/migration/schema.snapshot}), where a reviewer sees
 * the schema change next to the migration. Needs no database.
 */
public final class MigrationGenerator {
    private static final String OLD_SNAPSHOT = "SchemaSnapshot.java";

    private final Path sourceDirectory;
    private final Path resourceDirectory;
    private final Clock clock;
    private final Log log;

    public MigrationGenerator(Path sourceDirectory, Path resourceDirectory, Clock clock, Log log) {
        this.sourceDirectory = sourceDirectory;
        this.resourceDirectory = resourceDirectory;
        this.clock = clock;
        this.log = log;
    }

    public GenerateResult generate(CompiledProject project, String message) {
        String migrationPackage = project.migrationPackage();
        requireNoOldSnapshot(migrationPackage);
        Schema entities = project.entitySchema();
        SettingsSummary.of(project.entitySettings()).ifPresent(log::info);
        List<LoadedRevision> revisions = project.revisions();
        RevisionGraph graph = RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
        List<String> heads = graph.heads();
        Path snapshotFile = resourceDirectory.resolve(IndexFiles.migrationsSnapshot(migrationPackage));
        Optional<SchemaFile> snapshot = readSnapshot(snapshotFile);
        Schema previous;
        boolean rebuilt = false;
        if (snapshot.isPresent()) {
            requireSnapshotAtHead(snapshotFile, snapshot.get(), heads);
            previous = snapshot.get().schema();
        } else if (heads.isEmpty()) {
            previous = Schema.EMPTY;
        } else {
            previous = replay(snapshotFile, graph, revisions);
            rebuilt = true;
        }
        if (heads.size() > 1) {
            throw new MigrationException("The migrations have " + heads.size() + " heads " + heads
                    + ": write a revision that merges them (@Revision(parents = {...})) before generating another.");
        }
        SchemaDiff diff = SchemaDiff.between(previous, entities);
        if (diff.isEmpty()) {
            if (rebuilt) {
                writeSnapshot(snapshotFile, migrationPackage, SchemaFile.ofMigrations(previous, heads));
                log.info("Wrote " + relative(snapshotFile) + ", rebuilt from the operations of the "
                        + revisions.size() + " migrations; review it before you commit.");
            }
            log.info("No changes: the entities match the migrations"
                    + (heads.isEmpty() ? "." : " at revision " + heads.get(0) + "."));
            return new GenerateResult(Optional.empty(), null, List.of(), List.of());
        }
        String id = RevisionIds.next(clock, new HashSet<>(graph.inOrder().stream().map(RevisionNode::id).toList()));
        JavaFile migration = MigrationWriter.write(migrationPackage, id, heads, message, previous,
                diff.upgrade(), diff.downgrade());
        Path written;
        try {
            written = migration.writeToPath(sourceDirectory, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot write to " + sourceDirectory + ": " + e.getMessage(), e);
        }
        writeSnapshot(snapshotFile, migrationPackage, SchemaFile.ofMigrations(entities, List.of(id)));
        log.info("Wrote " + relative(written) + " (" + diff.upgrade().size() + " operations) and "
                + relative(snapshotFile) + "; review them before you commit.");
        List<String> dataLoss = diff.dataLoss();
        dataLoss.forEach(loss -> log.warn("Data loss: " + loss + "."));
        return new GenerateResult(Optional.of(written), id, diff.upgrade(), dataLoss);
    }

    /** The Java class that older versions wrote would not compile, and is not read: it must go. */
    private void requireNoOldSnapshot(String migrationPackage) {
        Path old = sourceDirectory.resolve(migrationPackage.replace('.', '/')).resolve(OLD_SNAPSHOT);
        if (Files.exists(old)) {
            throw new MigrationException(relative(old) + " is the migrations snapshot of an older JPA Migrate: delete"
                    + " it; " + relative(resourceDirectory.resolve(IndexFiles.migrationsSnapshot(migrationPackage)))
                    + " replaces it, and the next mvn migration:generate writes it from the migrations.");
        }
    }

    private static Optional<SchemaFile> readSnapshot(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SchemaFile.read(Files.readString(file, StandardCharsets.UTF_8), relative(file).toString()));
        } catch (SchemaFile.FormatException e) {
            throw new MigrationException("The migrations snapshot " + e.getMessage() + ": restore it from version"
                    + " control, or delete it and run mvn migration:generate again, which rebuilds it from the"
                    + " migrations.", e);
        } catch (IOException e) {
            throw new MigrationException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The schema the migrations produce, from their operations replayed in order on an empty
     * model: what the snapshot holds when no one has edited it. Raw SQL and JDBC steps change
     * the database in ways the model does not see, so migrations with them are not replayed.
     */
    private static Schema replay(Path snapshotFile, RevisionGraph graph, List<LoadedRevision> revisions) {
        Map<String, LoadedRevision> byId = revisions.stream()
                .collect(Collectors.toMap(LoadedRevision::id, Function.identity()));
        String restore = "There are migrations but no " + relative(snapshotFile) + " beside them, and ";
        Schema schema = Schema.EMPTY;
        for (RevisionNode node : graph.inOrder()) {
            for (Operation op : byId.get(node.id()).upgrade()) {
                if (op instanceof Operation.Sql || op instanceof Operation.JdbcStep) {
                    throw new MigrationException(restore + "revision " + node.id() + " runs code that the schema model"
                            + " cannot replay: restore the snapshot from version control.");
                }
                try {
                    schema = op.applyTo(schema);
                } catch (IllegalStateException | IllegalArgumentException e) {
                    throw new MigrationException(restore + "the migrations do not replay (revision " + node.id() + ": "
                            + e.getMessage() + "): restore the snapshot from version control.", e);
                }
            }
        }
        return schema;
    }

    private static void writeSnapshot(Path file, String migrationPackage, SchemaFile snapshot) {
        String comment = "The schema that the migrations in " + migrationPackage + " produce; mvn migration:generate"
                + " rewrites it.\nIt is what the next migration is generated against: commit it with the migrations.";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, snapshot.write(comment), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Relative to the working directory when inside it: {@code src/main/java/db/migration/R...java}. */
    private static Path relative(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    private static void requireSnapshotAtHead(Path file, SchemaFile snapshot, List<String> heads) {
        if (!snapshot.heads().equals(heads)) {
            throw new MigrationException("The migrations snapshot " + relative(file) + " is at revision(s) "
                    + snapshot.heads() + " but the migrations' head is " + heads
                    + ": a migration was added or removed by hand; restore the snapshot from version control,"
                    + " or bring it to the head.");
        }
    }
}
