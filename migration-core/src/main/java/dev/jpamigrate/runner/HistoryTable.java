package dev.jpamigrate.runner;

import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.postgres.PostgresDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The history in the target schema: {@code migration_history} holds one row per applied
 * revision; {@code migration_log} keeps every upgrade and downgrade, append-only, for audit.
 */
public final class HistoryTable {
    public static final String HISTORY = "migration_history";
    public static final String LOG = "migration_log";
    /** The actions of {@code migration_log}. */
    static final String UPGRADE = "upgrade";
    static final String DOWNGRADE = "downgrade";

    private final String schema;
    private final String history;
    private final String log;

    public HistoryTable(String schema) {
        this.schema = schema;
        this.history = PostgresDialect.quote(schema) + "." + HISTORY;
        this.log = PostgresDialect.quote(schema) + "." + LOG;
    }

    /** Creates the schema and both tables when missing, in their own transaction. */
    void createIfMissing(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : createStatements()) {
                s.execute(sql);
            }
        }
    }

    /** The statements that create the schema and both tables when missing; {@link SqlScript} writes the same. */
    List<String> createStatements() {
        return List.of("create schema if not exists " + PostgresDialect.quote(schema),
                "create table if not exists " + history + " ("
                        + "revision varchar(64) not null primary key, "
                        + "parents varchar(1000) not null, "
                        + "message text not null, "
                        + "checksum varchar(64) not null, "
                        + "applied_at timestamp with time zone not null default now(), "
                        + "applied_by varchar(128) not null default current_user, "
                        + "duration_ms bigint not null)",
                "create table if not exists " + log + " ("
                        + "id bigint generated always as identity primary key, "
                        + "revision varchar(64) not null, "
                        + "action varchar(16) not null, "
                        + "checksum varchar(64), "
                        + "at timestamp with time zone not null default now(), "
                        + "by varchar(128) not null default current_user, "
                        + "duration_ms bigint not null)");
    }

    /** Whether the history table exists; reading goals do not create it. */
    boolean exists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select 1 from pg_tables where schemaname = ? and tablename = ?")) {
            s.setString(1, schema);
            s.setString(2, HISTORY);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The applied revisions, oldest first; empty when the table does not exist. */
    List<AppliedRevision> applied(Connection c) throws SQLException {
        List<AppliedRevision> rows = new ArrayList<>();
        if (!exists(c)) {
            return rows;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select revision, parents, message, checksum, applied_at, applied_by,"
                        + " duration_ms from " + history + " order by applied_at, revision")) {
            while (rs.next()) {
                String parents = rs.getString(2);
                rows.add(new AppliedRevision(rs.getString(1),
                        parents.isEmpty() ? List.of() : Arrays.asList(parents.split(",")), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getLong(7)));
            }
        }
        return rows;
    }

    void recordUpgrade(Connection c, RevisionNode revision, String checksum, long durationMillis) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(insertRevision("?", "?", "?", "?", "?"))) {
            s.setString(1, revision.id());
            s.setString(2, parents(revision));
            s.setString(3, revision.message());
            s.setString(4, checksum);
            s.setLong(5, durationMillis);
            s.executeUpdate();
        }
        appendLog(c, revision.id(), UPGRADE, checksum, durationMillis);
    }

    /** @param checksum the checksum of the revision's upgrade, as its upgrade row has it, so that both rows say what ran */
    void recordDowngrade(Connection c, String revision, String checksum, long durationMillis) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(deleteRevision("?"))) {
            s.setString(1, revision);
            s.executeUpdate();
        }
        appendLog(c, revision, DOWNGRADE, checksum, durationMillis);
    }

    /** A revision recorded as applied without running it ({@code stamp}, {@code baseline}): logged as {@code stamp}. */
    void recordStamp(Connection c, RevisionNode revision, String checksum) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into " + history
                + " (revision, parents, message, checksum, duration_ms) values (?, ?, ?, ?, 0)")) {
            s.setString(1, revision.id());
            s.setString(2, String.join(",", revision.parents()));
            s.setString(3, revision.message());
            s.setString(4, checksum);
            s.executeUpdate();
        }
        appendLog(c, revision.id(), "stamp", checksum, 0);
    }

    /** An applied revision's checksum recorded anew, after an intended edit of its class: logged as {@code restamp}. */
    void restamp(Connection c, String revision, String checksum) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update " + history + " set checksum = ? where revision = ?")) {
            s.setString(1, checksum);
            s.setString(2, revision);
            s.executeUpdate();
        }
        appendLog(c, revision, "restamp", checksum, 0);
    }

    /** A revision no longer recorded as applied, its downgrade not run: logged as {@code unstamp}. */
    void removeStamp(Connection c, String revision, String checksum) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from " + history + " where revision = ?")) {
            s.setString(1, revision);
            s.executeUpdate();
        }
        appendLog(c, revision, "unstamp", checksum, 0);
    }

    private void appendLog(Connection c, String revision, String action, String checksum, long durationMillis)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(insertLog("?", "?", "?", "?"))) {
            s.setString(1, revision);
            s.setString(2, action);
            s.setString(3, checksum);
            s.setLong(4, durationMillis);
            s.executeUpdate();
        }
    }

    /*
     * The statements that record a revision, with each value an SQL expression: "?" for the runner's
     * prepared statements, literals for the script that SqlScript writes, so both write the same rows.
     */

    static String parents(RevisionNode revision) {
        return String.join(",", revision.parents());
    }

    String insertRevision(String revision, String parents, String message, String checksum, String durationMillis) {
        return "insert into " + history + " (revision, parents, message, checksum, duration_ms) values (" + revision
                + ", " + parents + ", " + message + ", " + checksum + ", " + durationMillis + ")";
    }

    String deleteRevision(String revision) {
        return "delete from " + history + " where revision = " + revision;
    }

    String insertLog(String revision, String action, String checksum, String durationMillis) {
        return "insert into " + log + " (revision, action, checksum, duration_ms) values (" + revision + ", " + action
                + ", " + checksum + ", " + durationMillis + ")";
    }
}
