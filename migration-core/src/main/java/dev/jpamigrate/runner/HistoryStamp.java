package dev.jpamigrate.runner;

import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.index.LoadedRevision;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Changes what the history says is applied without running any revision: {@code stamp} and
 * {@code baseline}. It holds a connection with the schema's advisory lock for as long as it is
 * open, so that no upgrade runs while it reads the database and writes the history.
 *
 * <p>{@link #stamp} makes the history say that the database is at the target: the target and its
 * ancestors are recorded as applied (those already recorded keep their rows, with the checksum of
 * their class as it is now), every other revision is taken out of the history. Every change gets a
 * row in {@code migration_log}: {@code stamp}, {@code restamp} (a new checksum) or {@code unstamp}.
 */
public final class HistoryStamp implements AutoCloseable {
    private final DatabaseSettings settings;
    private final DatabaseSession session;
    private final AdvisoryLock lock;
    private final HistoryTable history;
    private final Log log;

    private HistoryStamp(DatabaseSettings settings, DatabaseSession session, AdvisoryLock lock, Log log) {
        this.settings = settings;
        this.session = session;
        this.lock = lock;
        this.history = new HistoryTable(settings.schema());
        this.log = log;
    }

    /** Connects and takes the schema's advisory lock. */
    public static HistoryStamp open(DatabaseSettings settings, Path baseDirectory, Log log) {
        DatabaseSession session = DatabaseSession.open(settings, baseDirectory);
        try {
            Connection connection = session.connection();
            try (Statement s = connection.createStatement()) {
                for (String sql : SessionStatements.beforeLock(settings)) {
                    s.execute(sql);
                }
            }
            return new HistoryStamp(settings, session, AdvisoryLock.acquire(connection, settings.schema(), log), log);
        } catch (SQLException e) {
            session.close();
            throw databaseError(settings, e);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The locked connection, in auto-commit mode, for reading the database. */
    public Connection connection() {
        return session.connection();
    }

    /** The target schema, where the history lives. */
    public String schema() {
        return settings.schema();
    }

    /** The applied revisions, oldest first; empty when there is no history table. */
    public List<AppliedRevision> applied() {
        try {
            return history.applied(connection());
        } catch (SQLException e) {
            throw databaseError(settings, e);
        }
    }

    /**
     * Records {@code revisions} as applied, in this order, in one transaction, with the checksums
     * that {@code upgrade} would record for them.
     *
     * @param checksums by revision id
     */
    public void record(List<RevisionNode> revisions, Map<String, String> checksums) {
        inTransaction(c -> {
            for (RevisionNode revision : revisions) {
                history.recordStamp(c, revision, checksums.get(revision.id()));
            }
        });
    }

    /**
     * Makes the history say that the database is at {@code target}: {@code head} (every head), a
     * revision id or unique prefix, {@code current} (the revisions applied now: only their checksums
     * change), or {@code base} (nothing applied; this also clears revisions that no migration defines).
     *
     * @return the applied revisions afterwards, oldest first
     */
    public List<AppliedRevision> stamp(List<LoadedRevision> revisions, String target) {
        if (target == null || target.isBlank()) {
            throw new MigrationException("Say which revision to record as applied: -Dmigration.target=head,"
                    + " a revision id, current (to record the checksums of edited revisions), or base.");
        }
        RevisionGraph graph = RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
        Map<String, LoadedRevision> byId = revisions.stream()
                .collect(Collectors.toMap(LoadedRevision::id, Function.identity()));
        String t = target.trim();
        List<AppliedRevision> applied = applied();
        List<String> unknown = applied.stream().map(AppliedRevision::id).filter(id -> !graph.contains(id)).toList();
        // current: the revisions applied now, so that only checksums change.
        List<String> targets = t.equals("base") ? List.of()
                : t.equals("current") ? applied.stream().map(AppliedRevision::id).filter(graph::contains).toList()
                : t.equals("head") || t.equals("heads") ? graph.heads() : List.of(graph.resolve(t));
        Set<String> wanted = graph.ancestorsOf(targets);
        if (!t.equals("base") && !unknown.isEmpty()) {
            throw new MigrationException("The database has applied revision(s) " + unknown + ", which no migration on"
                    + " the class path defines: build from a branch that has them, or clear the history first with"
                    + " -Dmigration.target=base.");
        }
        Map<String, AppliedRevision> appliedById = applied.stream()
                .collect(Collectors.toMap(AppliedRevision::id, Function.identity()));
        inTransaction(c -> {
            // Children before parents out, parents before children in, as a downgrade and an upgrade would go.
            List<AppliedRevision> newestFirst = new ArrayList<>(applied);
            Collections.reverse(newestFirst);
            for (AppliedRevision row : newestFirst) {
                if (!wanted.contains(row.id())) {
                    history.removeStamp(c, row.id(), row.checksum());
                    log.info("Unstamped " + row.id() + describe(row.message())
                            + ": no longer recorded as applied; its downgrade did not run.");
                }
            }
            for (String id : graph.sorted(new LinkedHashSet<>(wanted))) {
                LoadedRevision revision = byId.get(id);
                String checksum = OperationChecksum.of(revision.upgrade());
                AppliedRevision row = appliedById.get(id);
                if (row == null) {
                    history.recordStamp(c, revision.node(), checksum);
                    log.info("Stamped " + id + describe(revision.node().message())
                            + " as applied; its upgrade did not run.");
                } else if (!checksum.equals(row.checksum())) {
                    history.restamp(c, id, checksum);
                    log.info("Stamped " + id + describe(revision.node().message())
                            + " anew: its checksum is now that of its class as edited.");
                }
            }
        });
        return applied();
    }

    private static String describe(String message) {
        return message == null || message.isEmpty() ? "" : " (" + message + ")";
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) {
        Connection c = connection();
        try {
            c.setAutoCommit(false);
            try {
                history.createIfMissing(c);
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw databaseError(settings, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.close();
        } catch (SQLException e) {
            // Closing the connection below releases a session lock too.
        } finally {
            session.close();
        }
    }

    private static MigrationException databaseError(DatabaseSettings settings, SQLException e) {
        return new MigrationException("Database error on " + settings.safeUrl() + ": "
                + DatabaseErrors.firstLine(e.getMessage()), e);
    }
}
