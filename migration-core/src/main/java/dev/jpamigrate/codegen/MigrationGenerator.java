package dev.jpamigrate.codegen;

import static dev.jpamigrate.codegen.MigrationsSnapshotFile.relative;

import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.diff.MigrationsReplay;
import dev.jpamigrate.core.Plural;
import dev.jpamigrate.diff.OrdinalShifts;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.lint.FindingsLog;
import dev.jpamigrate.lint.LintedRevision;
import dev.jpamigrate.lint.Linter;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.LockCount;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code generate}: diffs the entities against the migrations snapshot and writes a new
 * migration class into the source tree and the new snapshot beside it, in the resource
 * tree ({@code src/main/resources/db/migration/schema.snapshot}), where a reviewer sees
 * the schema change next to the migration. Needs no database.
 *
 * <p>A change set too large for one transaction on a PostgreSQL at its defaults (each table,
 * index and constraint that DDL creates stays locked until commit, and the server's lock
 * table is shared by all sessions) is written as a chain of revisions, each within
 * {@code maxLocksPerRevision} and applied in its own transaction: "initial schema (part 2 of
 * 4)". The snapshot is written once, at the last of them.
 *
 * <p>Changes to tables that exist before the migration are written in their lock-safe forms
 * ({@link SafeRevisions}): the schema changes in a transactional revision, then a revision with
 * {@code transactional = false} that builds indexes concurrently and validates what the first
 * added {@code not valid}: "add customer email (lock-safe steps)". {@code lockSafe = false}
 * (the plugin's {@code migration.lockSafe}) writes plain DDL in one revision instead, for small
 * tables where a short lock does not matter.
 */
public final class MigrationGenerator {
    private static final String OLD_SNAPSHOT = "SchemaSnapshot.java";
    private static final int MAX_DOWNGRADE_WARNINGS = 10;

    /**
     * The lock-table entries that one generated revision may take: half of what a server at its
     * defaults holds for all its sessions ({@link LockCount#DEFAULT_SERVER_CAPACITY}), so that the
     * application's own sessions and the estimate's error keep room beside the migration.
     */
    public static final int DEFAULT_MAX_LOCKS_PER_REVISION = LockCount.DEFAULT_SERVER_CAPACITY / 2;

    private final Path sourceDirectory;
    private final Path resourceDirectory;
    private final Clock clock;
    private final Log log;
    private final int maxLocksPerRevision;
    private final boolean lockSafe;

    public MigrationGenerator(Path sourceDirectory, Path resourceDirectory, Clock clock, Log log) {
        this(sourceDirectory, resourceDirectory, clock, log, DEFAULT_MAX_LOCKS_PER_REVISION);
    }

    /**
     * @param maxLocksPerRevision the lock-table entries that one revision may take; a change set that
     *     takes more is written as a chain of revisions, each within it
     */
    public MigrationGenerator(Path sourceDirectory, Path resourceDirectory, Clock clock, Log log,
            int maxLocksPerRevision) {
        this(sourceDirectory, resourceDirectory, clock, log, maxLocksPerRevision, true);
    }

    /**
     * @param lockSafe whether changes to existing tables are written in their lock-safe forms, with a
     *     revision that is not transactional after the main one (the default); false writes plain DDL
     */
    public MigrationGenerator(Path sourceDirectory, Path resourceDirectory, Clock clock, Log log,
            int maxLocksPerRevision, boolean lockSafe) {
        if (maxLocksPerRevision < 1) {
            throw new MigrationException("The lock budget of a revision must be at least 1, not "
                    + maxLocksPerRevision + ".");
        }
        this.sourceDirectory = sourceDirectory;
        this.resourceDirectory = resourceDirectory;
        this.clock = clock;
        this.log = log;
        this.maxLocksPerRevision = maxLocksPerRevision;
        this.lockSafe = lockSafe;
    }

    public GenerateResult generate(CompiledProject project, String message) {
        String migrationPackage = project.migrationPackage();
        requireNoOldSnapshot(migrationPackage);
        Schema entities = project.entitySchema();
        SettingsSummary.of(project.entitySettings()).ifPresent(log::info);
        List<LoadedRevision> revisions = project.revisions();
        RevisionGraph graph = RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
        List<String> heads = graph.heads();
        // Before the snapshot is read: after a git merge of two branches it holds conflict markers.
        if (heads.size() > 1) {
            throw new MigrationException("The migrations have " + heads.size() + " heads " + heads
                    + ": run mvn migration:merge to join them before generating another.");
        }
        Path snapshotFile = resourceDirectory.resolve(IndexFiles.migrationsSnapshot(migrationPackage));
        Optional<SchemaFile> snapshot = MigrationsSnapshotFile.read(snapshotFile);
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
        if (!rebuilt && snapshot.isPresent()) {
            // A snapshot the migrations no longer give would carry a hand edit's difference into the next migration.
            ConsistencyCheck.requireReplayGivesSnapshot(snapshotFile, snapshot.get(), graph, revisions);
        }
        SchemaDiff diff = SchemaDiff.between(previous, entities, project.entityHints());
        if (diff.isEmpty()) {
            if (rebuilt) {
                MigrationsSnapshotFile.write(snapshotFile, migrationPackage, SchemaFile.ofMigrations(previous, heads));
                log.info("Wrote " + relative(snapshotFile) + ", rebuilt from the operations of the "
                        + Plural.count(revisions.size(), "migration") + "; review it before you commit.");
            }
            log.info("No changes: the entities match the migrations"
                    + (heads.isEmpty() ? "." : " at revision " + heads.get(0) + "."));
            return new GenerateResult(List.of(), List.of(), List.of(), List.of());
        }
        Set<String> taken = new HashSet<>(graph.inOrder().stream().map(RevisionNode::id).toList());
        SafeRevisions plan = lockSafe ? SafeRevisions.plan(previous, diff.upgrade()) : SafeRevisions.plain(diff.upgrade());
        plan.reason().ifPresent(why -> log.warn("The change set is written as plain DDL, in one transaction: " + why
                + ". Review its locks on tables that hold rows."));
        // A change set of only lock-safe steps (an index on a table that exists) is that one revision.
        List<RevisionSplitter.Part> parts = new ArrayList<>(plan.main().isEmpty() ? List.of()
                : RevisionSplitter.split(previous, plan.main(), maxLocksPerRevision));
        int transactionalParts = parts.size();
        if (!plan.followUp().isEmpty()) {
            Schema afterMain = previous;
            for (Operation op : plan.main()) {
                afterMain = op.applyTo(afterMain);
            }
            parts.add(new RevisionSplitter.Part(afterMain, plan.followUp(),
                    SafeRevisions.followUpDowngrade(afterMain, plan.followUp()), 0));
        }
        if (transactionalParts > 1) {
            log.info("The change set locks about " + LockCount.of(diff.upgrade(), previous) + " objects of PostgreSQL's"
                    + " lock table in one transaction, more than " + maxLocksPerRevision
                    + (maxLocksPerRevision == DEFAULT_MAX_LOCKS_PER_REVISION ? " (half of a default server's "
                            + LockCount.DEFAULT_SERVER_CAPACITY + ", for the sessions beside it)"
                            : " (migration.maxLocksPerRevision)")
                    + ": it is written as " + Plural.count(transactionalParts, "revision") + ", each applied in its own transaction.");
        }
        List<String> parents = heads;
        List<Path> written = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            RevisionSplitter.Part part = parts.get(i);
            String id = RevisionIds.next(clock, taken);
            taken.add(id);
            boolean transactional = i < transactionalParts;
            String partMessage = !transactional ? (transactionalParts == 0 ? message : lockSafeMessage(message))
                    : transactionalParts == 1 ? message : partMessage(message, i + 1, transactionalParts);
            JavaFile migration = MigrationWriter.write(migrationPackage, id, parents, partMessage, part.before(),
                    part.upgrade(), part.downgrade(), transactional);
            Path file;
            try {
                file = migration.writeToPath(sourceDirectory, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MigrationException("Cannot write to " + sourceDirectory + ": " + e.getMessage(), e);
            }
            written.add(file);
            ids.add(id);
            parents = List.of(id);
            String what = "Wrote " + relative(file) + " (" + Plural.count(part.upgrade().size(), "operation");
            log.info(parts.size() == 1
                    ? what + ") and " + relative(snapshotFile) + "; review them before you commit."
                    : !transactional ? what + ", not transactional: indexes built concurrently, constraints validated"
                            + " while writes go on; migration.lockSafe=false writes plain DDL instead)."
                    : what + ", about " + part.locks() + " locks).");
            // What was just written, linted as it will run.
            FindingsLog.writeAsWarnings(new Linter().lint(
                    new LintedRevision(id, transactional, part.upgrade(), List.of(), part.before())), log);
        }
        String head = ids.get(ids.size() - 1);
        MigrationsSnapshotFile.write(snapshotFile, migrationPackage, SchemaFile.ofMigrations(entities, List.of(head)));
        if (parts.size() > 1) {
            log.info("Wrote " + relative(snapshotFile) + " at revision " + head + "; review them before you commit.");
        }
        List<String> dataLoss = diff.dataLoss();
        dataLoss.forEach(loss -> log.warn("Data loss: " + loss + "."));
        diff.renameSuspects().forEach(log::warn);
        warnDowngradeDataLoss(diff.downgradeDataLoss());
        diff.needsBackfill().forEach(need -> log.warn("Needs a backfill: " + need + "."));
        OrdinalShifts.warnings(previous, entities, project.entityHints()).forEach(w -> log.warn(w + "."));
        List<Operation> upgrade = new ArrayList<>(plan.main());
        upgrade.addAll(plan.followUp());
        return new GenerateResult(written, ids, List.copyOf(upgrade), dataLoss);
    }

    /** One warning per loss; a first migration's downgrade, which drops every table, in one. */
    private void warnDowngradeDataLoss(List<String> losses) {
        if (losses.size() <= MAX_DOWNGRADE_WARNINGS) {
            losses.forEach(loss -> log.warn("Data loss in downgrade(): " + loss + "."));
        } else {
            log.warn("Data loss in downgrade(): " + losses.size() + " operations lose data, as the comments in"
                    + " downgrade() say; the first: " + losses.get(0) + ".");
        }
    }

    /** {@code initial schema (part 2 of 4)}: each part says where it stands in the chain. */
    private static String partMessage(String message, int part, int parts) {
        String where = "part " + part + " of " + parts;
        return message == null || message.isBlank() ? where : message.trim() + " (" + where + ")";
    }

    /** {@code add customer email (lock-safe steps)}: the revision after the main one, not transactional. */
    private static String lockSafeMessage(String message) {
        String what = "lock-safe steps";
        return message == null || message.isBlank() ? what : message.trim() + " (" + what + ")";
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

    /**
     * The schema the migrations produce, replayed from their operations: what the snapshot holds when
     * no one has edited it. Raw SQL and JDBC steps change the database in ways the model does not see,
     * so migrations with them cannot rebuild it.
     */
    private static Schema replay(Path snapshotFile, RevisionGraph graph, List<LoadedRevision> revisions) {
        String restore = "There are migrations but no " + relative(snapshotFile) + " beside them, and ";
        MigrationsReplay replay;
        try {
            replay = MigrationsReplay.of(graph, revisions);
        } catch (MigrationException e) {
            throw new MigrationException(restore + e.getMessage().replaceFirst("^The migrations", "the migrations")
                    + ": restore the snapshot from version control.", e);
        }
        if (!replay.opaqueRevisions().isEmpty()) {
            throw new MigrationException(restore + "revision " + replay.opaqueRevisions().get(0) + " runs code that"
                    + " the schema model cannot replay: restore the snapshot from version control.");
        }
        return replay.schema();
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
