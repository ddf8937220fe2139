package dev.jpamigrate.codegen;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.diff.MigrationsReplay;
import dev.jpamigrate.diff.SchemaComparison;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code check}: whether the entities, the migrations and their committed snapshot hold together,
 * without a database. Two things must hold:
 * <ul>
 * <li>the entities equal the snapshot, as {@code generate} compares them: when {@code generate} would
 * write a migration, a model change was committed without it;
 * <li>the migrations' operations, replayed in memory, give the snapshot: when they do not, a migration
 * was edited by hand after {@code generate} wrote it, or two branches were merged badly.
 * </ul>
 * Raw SQL and JDBC steps change the database in ways the model does not see. Their revisions are
 * replayed without them and compared all the same: a difference then says that those revisions may be
 * its cause, and that {@code migration:verify} checks them on a real database. {@code generate} uses
 * the same replay to refuse writing a migration on top of a snapshot the migrations do not give.
 */
public final class ConsistencyCheck {
    private static final String OPERATIONS = "the migrations' operations";
    private static final String SNAPSHOT = "the snapshot";
    private static final int DIFFERENCES_IN_ONE_LINE = 1;

    private ConsistencyCheck() {
    }

    /** Checks the project against the snapshot that {@code generate} keeps in {@code resourceDirectory}. */
    public static CheckReport check(CompiledProject project, Path resourceDirectory) {
        Schema entities = project.entitySchema();
        List<LoadedRevision> revisions = project.revisions();
        RevisionGraph graph = RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
        List<String> heads = graph.heads();
        List<CheckReport.Problem> problems = new ArrayList<>();
        if (heads.size() > 1) {
            problems.add(new CheckReport.Problem("the migrations have " + heads.size() + " heads, "
                    + String.join(" and ", heads), List.of(), "two branches each added a revision; merge them with"
                    + " mvn migration:merge (or a revision with @Revision(parents = {\"" + String.join("\", \"", heads)
                    + "\"})), then run mvn migration:check again"));
            return new CheckReport(problems, heads, revisions.size(), List.of());
        }
        MigrationsReplay replay = null;
        try {
            replay = MigrationsReplay.of(graph, revisions);
        } catch (MigrationException e) {
            problems.add(new CheckReport.Problem(withoutPeriod(lowerFirst(e.getMessage())), List.of(),
                    "a migration was edited by hand, or two merged branches make the same change; correct the revision"
                    + " it names (git log -p shows what changed), then run mvn migration:check again"));
        }
        List<String> opaque = replay == null ? List.of() : replay.opaqueRevisions();
        Path snapshotFile = resourceDirectory.resolve(IndexFiles.migrationsSnapshot(project.migrationPackage()));
        Path shown = MigrationsSnapshotFile.relative(snapshotFile);
        Optional<SchemaFile> snapshot = MigrationsSnapshotFile.read(snapshotFile);
        Schema migrations;
        if (snapshot.isPresent()) {
            migrations = snapshot.get().schema();
            if (!snapshot.get().heads().equals(heads)) {
                problems.add(new CheckReport.Problem("the migrations snapshot " + shown + " is at revision(s) "
                        + snapshot.get().heads() + " but the migrations' head is " + heads, List.of(),
                        "a migration was added or removed without mvn migration:generate; restore both from version"
                        + " control, or delete the snapshot and run mvn migration:generate, which rebuilds it from"
                        + " the migrations"));
            }
            if (replay != null) {
                List<String> lines = differences(replay.schema(), OPERATIONS, migrations, SNAPSHOT, Hints.NONE);
                if (!lines.isEmpty()) {
                    problems.add(new CheckReport.Problem(OPERATIONS + ", replayed, do not give the migrations snapshot "
                            + shown + " (" + count(lines) + ")", lines, replayFix(opaque)));
                }
            }
        } else if (revisions.isEmpty()) {
            migrations = Schema.EMPTY;
        } else {
            problems.add(new CheckReport.Problem("there are migrations but no " + shown, List.of(), opaque.isEmpty()
                    ? "run mvn migration:generate, which rebuilds it from the migrations, review it and commit it;"
                            + " or restore it from version control"
                    : "restore it from version control (revisions " + String.join(", ", opaque) + " run code that"
                            + " the schema model cannot replay)"));
            migrations = replay == null ? null : replay.schema();
        }
        if (migrations != null) {
            List<String> lines = differences(migrations, "the migrations", entities, "the entities",
                    project.entityHints());
            if (!lines.isEmpty()) {
                problems.add(new CheckReport.Problem("the entities differ from the migrations"
                        + (heads.isEmpty() ? "" : " at revision " + heads.get(0)) + " (" + count(lines) + ")", lines,
                        "run mvn migration:generate -Dmigration.message=\"<what changed>\", review the migration it"
                        + " writes and commit it with the snapshot"));
            }
        }
        return new CheckReport(problems, heads, revisions.size(), opaque);
    }

    /**
     * For {@code generate}: refuses to write a migration on top of a snapshot that the migrations do
     * not give, since the new migration would carry the hand edit's difference into every database.
     */
    static void requireReplayGivesSnapshot(Path snapshotFile, SchemaFile snapshot, RevisionGraph graph,
            List<LoadedRevision> revisions) {
        String check = "run mvn migration:check, which names each difference and what to do, before generating";
        MigrationsReplay replay;
        try {
            replay = MigrationsReplay.of(graph, revisions);
        } catch (MigrationException e) {
            throw new MigrationException(withoutPeriod(e.getMessage()) + ": " + check + ".", e);
        }
        List<String> lines = differences(replay.schema(), OPERATIONS, snapshot.schema(), SNAPSHOT, Hints.NONE);
        if (!lines.isEmpty()) {
            String shown = String.join("; ", lines.subList(0, DIFFERENCES_IN_ONE_LINE))
                    + (lines.size() > DIFFERENCES_IN_ONE_LINE ? "; and " + (lines.size() - DIFFERENCES_IN_ONE_LINE)
                            + " more" : "");
            throw new MigrationException("The migrations' operations do not give the migrations snapshot "
                    + MigrationsSnapshotFile.relative(snapshotFile) + " (" + shown + "): a migration was edited by hand,"
                    + " or branches were merged badly" + (replay.opaqueRevisions().isEmpty() ? ""
                            : " (or " + opaqueNote(replay.opaqueRevisions()) + ")")
                    + "; " + check + ".");
        }
    }

    /**
     * The differences that {@code generate} would write a migration for, one line each; empty when it
     * would write nothing. The lines compare the schemas as a reader sees them; where that finds nothing
     * the diff does (a comparison it does not spell out), the SQL that would close the gap stands in.
     */
    static List<String> differences(Schema left, String leftName, Schema right, String rightName, Hints hints) {
        SchemaDiff diff = SchemaDiff.between(left, right, hints);
        if (diff.isEmpty()) {
            return List.of();
        }
        List<String> lines = SchemaComparison.differences(left, leftName, right, rightName);
        if (!lines.isEmpty()) {
            return lines;
        }
        PostgresDialect dialect = new PostgresDialect();
        List<String> sql = new ArrayList<>();
        for (Operation op : diff.upgrade()) {
            sql.add("from " + leftName + " to " + rightName + ": " + String.join("; ", dialect.render(op)));
        }
        return sql;
    }

    /** Why the replay may miss what raw SQL does, and who checks it. */
    static String opaqueNote(List<String> opaque) {
        return (opaque.size() == 1 ? "revision " : "revisions ") + String.join(", ", opaque) + " run"
                + (opaque.size() == 1 ? "s" : "") + " raw SQL or JDBC steps whose schema changes the replay cannot"
                + " see; mvn migration:verify checks them on a real database";
    }

    private static String replayFix(List<String> opaque) {
        String fix = "a migration was edited by hand after mvn migration:generate wrote it, or branches were merged"
                + " badly; restore the edited migration from version control, or, if the edit is meant, delete the"
                + " snapshot and run mvn migration:generate, which rebuilds it from the migrations and writes what the"
                + " entities still need";
        return opaque.isEmpty() ? fix : fix + " (" + opaqueNote(opaque) + ": write schema changes with the typed"
                + " operations, op.addColumn(...) and the like, so that the replay sees them)";
    }

    private static String count(List<String> lines) {
        return lines.size() == 1 ? "1 difference" : lines.size() + " differences";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String withoutPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
