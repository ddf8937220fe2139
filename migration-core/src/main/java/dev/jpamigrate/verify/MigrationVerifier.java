package dev.jpamigrate.verify;

import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.diff.SchemaComparison;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.postgres.ServerExpressions;
import dev.jpamigrate.runner.DatabaseSession;
import dev.jpamigrate.runner.DatabaseSettings;
import dev.jpamigrate.runner.HistoryTable;
import dev.jpamigrate.runner.RunResult;
import dev.jpamigrate.runner.Runner;
import dev.jpamigrate.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Proves on a disposable database that the migrations do what their snapshot promises: applies every
 * revision, compares the database, through the catalog reader, with the entity schema as that server
 * prints it; downgrades to base, where nothing the migrations created may remain and the history must
 * be empty; and upgrades again, comparing once more. The {@link Runner} moves the database, exactly as
 * {@code upgrade} and {@code downgrade} do.
 */
public final class MigrationVerifier {
    private final List<LoadedRevision> revisions;
    private final Schema entities;
    private final Log log;

    /**
     * @param revisions the migration classes; at least one
     * @param entities the entity schema, as the entity snapshots give it
     */
    public MigrationVerifier(List<LoadedRevision> revisions, Schema entities, Log log) {
        this.revisions = revisions;
        this.entities = entities;
        this.log = log;
    }

    /**
     * Runs the three steps on a scratch database created from {@code server} and dropped afterwards.
     *
     * @param server where to create the scratch database: a null URL for an embedded PostgreSQL, with the
     *     target schema and timeouts to migrate with
     */
    public Verification verify(DatabaseSettings server) {
        long started = System.nanoTime();
        try (ScratchDatabase scratch = ScratchDatabase.create(server)) {
            log.info("Verifying " + revisions.size() + (revisions.size() == 1 ? " revision" : " revisions")
                    + " on " + scratch.where() + ", in the scratch database " + scratch.name() + ".");
            Verification verification = verify(scratch);
            log.info((verification.passed() ? verification.summary() : "The migrations failed verification.")
                    + " (" + (System.nanoTime() - started) / 1_000_000 + " ms in all)");
            return verification;
        }
    }

    private Verification verify(ScratchDatabase scratch) {
        String schema = scratch.settings().schema();
        Set<String> schemasBefore = inSession(scratch, Schemas::of);
        // The runner's lines, one per revision and three times over, would bury the report; its warnings stay.
        Runner runner = new Runner(scratch.settings(), Path.of(""), warningsOnly());
        List<Verification.Step> steps = new ArrayList<>();
        for (String step : List.of(Verification.UPGRADE, Verification.DOWNGRADE, Verification.UPGRADE_AGAIN)) {
            long started = System.nanoTime();
            boolean down = step.equals(Verification.DOWNGRADE);
            String failure = run(() -> down ? runner.downgrade(revisions, "base") : runner.upgrade(revisions, "head"));
            List<String> problems = failure != null
                    ? List.of((down ? "the downgrade to base failed: " : "the upgrade failed: ") + failure)
                    : inSession(scratch, c -> down ? Leftovers.find(c, schemasBefore, schema)
                            : comparedWithEntities(c, schema));
            steps.add(new Verification.Step(step, problems));
            report(steps.get(steps.size() - 1), (System.nanoTime() - started) / 1_000_000);
            if (failure != null) {
                break;
            }
        }
        return new Verification(steps);
    }

    /** The differences between the migrated database and the entities; the history's tables are not the entities'. */
    private List<String> comparedWithEntities(Connection connection, String schema) throws SQLException {
        Schema expected = ServerExpressions.normalise(connection, entities);
        Set<String> others = new TreeSet<>(Schemas.of(connection));
        others.addAll(expected.schemaNames());
        others.remove(schema);
        Schema migrated = CatalogReader.read(connection, schema, others, Set.of(HistoryTable.HISTORY, HistoryTable.LOG));
        return SchemaComparison.differences(migrated, "the migrations", expected, "the entities");
    }

    /** The runner's error, or null when it moved the database. */
    private static String run(Supplier<RunResult> move) {
        try {
            move.get();
            return null;
        } catch (MigrationException e) {
            return e.getMessage();
        }
    }

    private void report(Verification.Step step, long millis) {
        if (step.problems().isEmpty()) {
            log.info("Verified " + step.name() + " (" + millis + " ms).");
        }
        for (String problem : step.problems()) {
            log.error(capitalised(step.name()) + ": " + problem);
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Log warningsOnly() {
        return new Log() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                log.warn(message);
            }
        };
    }

    private interface SessionWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private static <T> T inSession(ScratchDatabase scratch, SessionWork<T> work) {
        try (DatabaseSession session = scratch.open()) {
            return work.apply(session.connection());
        } catch (SQLException e) {
            throw new MigrationException("verify could not read the scratch database " + scratch.name() + ": "
                    + ScratchDatabase.firstLine(e), e);
        }
    }
}
