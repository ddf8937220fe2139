package dev.jpamigrate.codegen;

import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.core.Plural;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.AdoptedExpressions;
import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.runner.AppliedRevision;
import dev.jpamigrate.runner.HistoryStamp;
import dev.jpamigrate.runner.HistoryTable;
import dev.jpamigrate.runner.OperationChecksum;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code baseline}: adopts a database that JPA Migrate did not build (Hibernate's {@code ddl-auto},
 * another tool, hand-written DDL). It reads the database's schema through the catalog, writes it as
 * the first revision (whose {@code upgrade()} creates that schema, so that a new database is still
 * built from the migrations, and whose {@code downgrade()} drops it) and as the migrations snapshot
 * at that revision, and records the revision as applied without running it. The next
 * {@code generate} then writes exactly what brings that database to the entities.
 *
 * <p>It reads the target schema and the other schemas the entities name (the history tables left
 * out). Defaults and checks that mean what the entities' mean are written in the entities' words
 * ({@link AdoptedExpressions}), so that PostgreSQL's rewriting of them is not a change; the order
 * of a table's columns stays the database's, which {@code generate} does not compare. A schema too
 * large for one transaction is written as a chain of revisions, as {@code generate} writes it.
 */
public final class BaselineGenerator {
    private final Path sourceDirectory;
    private final Path resourceDirectory;
    private final Clock clock;
    private final Log log;
    private final int maxLocksPerRevision;

    public BaselineGenerator(Path sourceDirectory, Path resourceDirectory, Clock clock, Log log,
            int maxLocksPerRevision) {
        if (maxLocksPerRevision < 1) {
            throw new MigrationException("The lock budget of a revision must be at least 1, not "
                    + maxLocksPerRevision + ".");
        }
        this.sourceDirectory = sourceDirectory;
        this.resourceDirectory = resourceDirectory;
        this.clock = clock;
        this.log = log;
        this.maxLocksPerRevision = maxLocksPerRevision;
    }

    /** Refuses, changing nothing, when the package has migrations or the database has applied revisions. */
    public GenerateResult baseline(CompiledProject project, HistoryStamp database, String message) {
        String migrationPackage = project.migrationPackage();
        List<LoadedRevision> revisions = project.revisions();
        if (!revisions.isEmpty()) {
            throw new MigrationException(migrationPackage + " already has " + revisions.size() + " migration(s):"
                    + " a baseline is the first revision. To record existing revisions as applied to this database"
                    + " without running them, run mvn migration:stamp -Dmigration.target=head.");
        }
        List<AppliedRevision> applied = database.applied();
        if (!applied.isEmpty()) {
            throw new MigrationException("Schema " + database.schema() + " already has " + applied.size()
                    + " applied revision(s), the last " + applied.get(applied.size() - 1).id() + ": JPA Migrate"
                    + " manages it already. Build from the branch that has those migrations, or run"
                    + " mvn migration:stamp to record a revision without running it.");
        }
        Schema entities = project.entitySchema();
        Schema live = read(database, entities);
        if (live.tables().isEmpty() && live.sequences().isEmpty()) {
            throw new MigrationException("Schema " + database.schema() + " has no tables or sequences to adopt: for"
                    + " a new database, run mvn migration:generate and mvn migration:upgrade.");
        }
        String what = message == null || message.isBlank() ? "baseline" : message.trim();
        List<RevisionSplitter.Part> parts = RevisionSplitter.split(Schema.EMPTY,
                SchemaDiff.between(Schema.EMPTY, live).upgrade(), maxLocksPerRevision);
        Set<String> taken = new HashSet<>();
        List<String> parents = List.of();
        List<Path> written = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<RevisionNode> nodes = new ArrayList<>();
        Map<String, String> checksums = new LinkedHashMap<>();
        List<Operation> upgrade = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            RevisionSplitter.Part part = parts.get(i);
            String id = RevisionIds.next(clock, taken);
            taken.add(id);
            String partMessage = parts.size() == 1 ? what : what + " (part " + (i + 1) + " of " + parts.size() + ")";
            JavaFile migration = MigrationWriter.write(migrationPackage, id, parents, partMessage, part.before(),
                    part.upgrade(), part.downgrade());
            try {
                written.add(migration.writeToPath(sourceDirectory, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new MigrationException("Cannot write to " + sourceDirectory + ": " + e.getMessage(), e);
            }
            ids.add(id);
            nodes.add(new RevisionNode(id, parents, partMessage));
            // What upgrade records for the class once it is compiled: the operations it was written from.
            checksums.put(id, OperationChecksum.of(part.upgrade()));
            upgrade.addAll(part.upgrade());
            parents = List.of(id);
        }
        Path snapshotFile = resourceDirectory.resolve(IndexFiles.migrationsSnapshot(migrationPackage));
        String head = ids.get(ids.size() - 1);
        MigrationsSnapshotFile.write(snapshotFile, migrationPackage, SchemaFile.ofMigrations(live, List.of(head)));
        try {
            database.record(nodes, checksums);
        } catch (RuntimeException e) {
            // Without its history row the baseline would be run on this database: take the files back.
            written.forEach(BaselineGenerator::deleteQuietly);
            deleteQuietly(snapshotFile);
            throw e;
        }
        for (int i = 0; i < written.size(); i++) {
            log.info("Wrote " + MigrationsSnapshotFile.relative(written.get(i)) + " ("
                    + Plural.count(parts.get(i).upgrade().size(), "operation") + ") and recorded it as applied to schema "
                    + database.schema() + " without running it.");
        }
        log.info("Wrote " + MigrationsSnapshotFile.relative(snapshotFile) + " at revision " + head + ": "
                + Plural.count(live.tables().size(), "table") + " and " + Plural.count(live.sequences().size(), "sequence")
                + " of the database."
                + " Run mvn migration:generate next: it writes what brings the database to the entities.");
        return new GenerateResult(written, ids, List.copyOf(upgrade), List.of());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The failure being reported matters more.
        }
    }

    /** The target schema and the other schemas the entities name, without the history. */
    private static Schema read(HistoryStamp database, Schema entities) {
        Set<String> others = new TreeSet<>(entities.schemaNames());
        others.remove(database.schema());
        try {
            Schema live = CatalogReader.read(database.connection(), database.schema(), others,
                    Set.of(HistoryTable.HISTORY, HistoryTable.LOG));
            return AdoptedExpressions.adopt(database.connection(), live, entities);
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the schema of the database: " + e.getMessage(), e);
        }
    }
}
