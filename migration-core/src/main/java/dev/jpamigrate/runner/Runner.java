package dev.jpamigrate.runner;

import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.graph.Plans;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.index.LoadedRevision;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves a database along the revision graph: connects, takes the schema's advisory lock,
 * reads the history, plans the path to the target and runs each revision in its own
 * transaction.
 */
public final class Runner {
    private final DatabaseSettings settings;
    private final Path baseDirectory;
    private final Log log;

    public Runner(DatabaseSettings settings, Path baseDirectory, Log log) {
        this.settings = settings;
        this.baseDirectory = baseDirectory;
        this.log = log;
    }

    /** Applies the revisions up to {@code target} (a revision id, or {@code head}) that are not applied yet. */
    public RunResult upgrade(List<LoadedRevision> revisions, String target) {
        return upgrade(graph(revisions), revisions, target);
    }

    /** As {@link #upgrade(List, String)}, with the graph the caller already built of the same revisions. */
    public RunResult upgrade(RevisionGraph graph, List<LoadedRevision> revisions, String target) {
        return move(graph, revisions, Direction.UPGRADE, target);
    }

    /** Reverts revisions down to {@code target}: a revision id, {@code -N}, or {@code base}. */
    public RunResult downgrade(List<LoadedRevision> revisions, String target) {
        return downgrade(graph(revisions), revisions, target);
    }

    /** As {@link #downgrade(List, String)}, with the graph the caller already built of the same revisions. */
    public RunResult downgrade(RevisionGraph graph, List<LoadedRevision> revisions, String target) {
        return move(graph, revisions, Direction.DOWNGRADE, target);
    }

    private static RevisionGraph graph(List<LoadedRevision> revisions) {
        return RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
    }

    /** The applied revisions, oldest first, without changing anything. */
    public List<AppliedRevision> applied() {
        try (DatabaseSession session = DatabaseSession.open(settings, baseDirectory, log)) {
            return new HistoryTable(settings.schema()).applied(session.connection());
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    private RunResult move(RevisionGraph graph, List<LoadedRevision> revisions, Direction direction, String target) {
        Map<String, LoadedRevision> byId = new HashMap<>(revisions.size() * 2);
        revisions.forEach(r -> byId.put(r.id(), r));
        HistoryTable history = new HistoryTable(settings.schema());
        try (DatabaseSession session = DatabaseSession.open(settings, baseDirectory, log)) {
            Connection connection = session.connection();
            execute(connection, SessionStatements.beforeLock(settings));
            try (AdvisoryLock lock = AdvisoryLock.acquire(connection, settings.schema(), log)) {
                execute(connection, SessionStatements.afterLock(settings));
                history.createIfMissing(connection);
                execute(connection, List.of(SessionStatements.searchPath(settings)));
                List<AppliedRevision> applied = history.applied(connection);
                warnAboutEditedRevisions(applied, byId);
                Set<String> appliedIds = applied.stream().map(AppliedRevision::id).collect(Collectors.toSet());
                List<String> plan = direction == Direction.UPGRADE
                        ? Plans.upgrade(graph, appliedIds, target)
                        : Plans.downgrade(graph, appliedIds, target);
                RevisionRunner runner = new RevisionRunner(connection, history);
                List<RevisionRun> runs = new ArrayList<>();
                for (String id : plan) {
                    RevisionRun run = runner.run(byId.get(id), direction);
                    log.info(run.describe());
                    runs.add(run);
                }
                // The history is read again only when something ran: a no-op upgrade reads it once.
                return new RunResult(runs, runs.isEmpty() ? applied : history.applied(connection));
            }
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** An applied revision whose operations changed no longer describes the database. */
    private void warnAboutEditedRevisions(List<AppliedRevision> applied, Map<String, LoadedRevision> byId) {
        for (AppliedRevision row : applied) {
            LoadedRevision revision = byId.get(row.id());
            if (revision != null && !OperationChecksum.of(revision.upgrade()).equals(row.checksum())) {
                log.warn("Revision " + row.id() + " was edited after it was applied to this database:"
                        + " its operations no longer match what ran.");
            }
        }
    }

    private MigrationException databaseError(SQLException e) {
        return new MigrationException("Database error on " + settings.safeUrl() + ": "
                + DatabaseErrors.firstLine(e.getMessage()), e);
    }
}
