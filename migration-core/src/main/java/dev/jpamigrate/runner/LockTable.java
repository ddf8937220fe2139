package dev.jpamigrate.runner;

import dev.jpamigrate.postgres.LockCount;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The size of a server's shared lock table, {@code max_locks_per_transaction × (max_connections
 * + max_prepared_transactions)} entries for all its sessions together, and what to do when a
 * revision needs more of it than the server has.
 */
record LockTable(int locksPerTransaction, int connections, int preparedTransactions) {
    /** A server at its defaults, when the settings cannot be read. */
    private static final LockTable DEFAULTS = new LockTable(64, 100, 0);

    /** The server's settings, read on {@code connection} after the failed transaction was rolled back. */
    static LockTable read(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select current_setting('max_locks_per_transaction')::int,"
                        + " current_setting('max_connections')::int,"
                        + " current_setting('max_prepared_transactions')::int")) {
            row.next();
            return new LockTable(row.getInt(1), row.getInt(2), row.getInt(3));
        } catch (SQLException e) {
            return DEFAULTS;
        }
    }

    int capacity() {
        return locksPerTransaction * (connections + preparedTransactions);
    }

    /**
     * One line: why, and the two ways out. The setting suggested leaves the revision half of the
     * table, as {@code generate} plans it, rounded up to a multiple of 64, the default.
     *
     * @param locks the entries the revision takes, estimated from its operations
     */
    String advice(int locks) {
        int sessions = connections + preparedTransactions;
        int needed = (2 * locks + sessions - 1) / sessions;
        int suggested = Math.max(2 * locksPerTransaction, (needed + 63) / 64 * 64);
        return "the revision locks about " + locks + " tables, indexes and constraints until it commits, and"
                + " PostgreSQL's lock table holds " + capacity() + " for all sessions (max_locks_per_transaction "
                + locksPerTransaction + " x (max_connections " + connections + " + max_prepared_transactions "
                + preparedTransactions + ")): set max_locks_per_transaction = " + suggested
                + " in postgresql.conf and restart the server, or, if this revision was never applied anywhere,"
                + " delete it, restore the migrations snapshot and run mvn migration:generate"
                + " -Dmigration.maxLocksPerRevision=" + Math.max(1, capacity() / 2)
                + " to write it as several smaller revisions (the default is "
                + LockCount.DEFAULT_SERVER_CAPACITY / 2 + ").";
    }
}
