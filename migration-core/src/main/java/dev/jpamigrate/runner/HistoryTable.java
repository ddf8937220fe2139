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
            s.execute("create schema if not exists " + PostgresDialect.quote(schema));
            s.execute("create table if not exists " + history + " ("
                    + "revision varchar(64) not null primary key, "
                    + "parents varchar(1000) not null, "
                    + "message text not null, "
                    + "checksum varchar(64) not null, "
                    + "applied_at timestamp with time zone not null default now(), "
                    + "applied_by varchar(128) not null default current_user, "
                    + "duration_ms bigint not null)");
            s.execute("create table if not exists " + log + " ("
                    + "id bigint generated always as identity primary key, "
                    + "revision varchar(64) not null, "
                    + "action varchar(16) not null, "
                    + "checksum varchar(64), "
                    + "at timestamp with time zone not null default now(), "
                    + "by varchar(128) not null default current_user, "
                    + "duration_ms bigint not null)");
        }
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
        try (PreparedStatement s = c.prepareStatement("insert into " + history
                + " (revision, parents, message, checksum, duration_ms) values (?, ?, ?, ?, ?)")) {
            s.setString(1, revision.id());
            s.setString(2, String.join(",", revision.parents()));
            s.setString(3, revision.message());
            s.setString(4, checksum);
            s.setLong(5, durationMillis);
            s.executeUpdate();
        }
        appendLog(c, revision.id(), "upgrade", checksum, durationMillis);
    }

    /** @param checksum the checksum of the revision's upgrade, as its upgrade row has it, so that both rows say what ran */
    void recordDowngrade(Connection c, String revision, String checksum, long durationMillis) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from " + history + " where revision = ?")) {
            s.setString(1, revision);
            s.executeUpdate();
        }
        appendLog(c, revision, "downgrade", checksum, durationMillis);
    }

    private void appendLog(Connection c, String revision, String action, String checksum, long durationMillis)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into " + log + " (revision, action, checksum, duration_ms) values (?, ?, ?, ?)")) {
            s.setString(1, revision);
            s.setString(2, action);
            s.setString(3, checksum);
            s.setLong(4, durationMillis);
            s.executeUpdate();
        }
    }
}
