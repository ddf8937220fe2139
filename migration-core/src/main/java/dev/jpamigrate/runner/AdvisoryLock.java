package dev.jpamigrate.runner;

import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;

/**
 * A session-level PostgreSQL advisory lock per target schema, so that two deploys never
 * migrate the same schema at once. It lives as long as the connection, across the
 * revisions' transactions, and PostgreSQL releases it if the process dies.
 */
final class AdvisoryLock implements AutoCloseable {
    /** "jpamigrat" in the high bits keeps our keys apart from the application's own advisory locks. */
    private static final long NAMESPACE = 0x6A706D6900000000L;
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static AdvisoryLock acquire(Connection connection, String schema, Log log) throws SQLException {
        long key = keyOf(schema);
        if (!call(connection, "select pg_try_advisory_lock(?)", key)) {
            log.info("Waiting for another migration of schema " + schema + " to finish...");
            try {
                call(connection, "select pg_advisory_lock(?) is null", key);
            } catch (SQLException e) {
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    throw new MigrationException("Another migration of schema " + schema + " is still running;"
                            + " gave up waiting for it after migration.lockTimeout.", e);
                }
                throw e;
            }
        }
        return new AdvisoryLock(connection, key);
    }

    /** The lock's key for a schema; other tools can take it to keep migrations out. */
    static long keyOf(String schema) {
        CRC32 crc = new CRC32();
        crc.update(schema.getBytes(StandardCharsets.UTF_8));
        return NAMESPACE | crc.getValue();
    }

    @Override
    public void close() throws SQLException {
        if (!connection.isClosed()) {
            call(connection, "select pg_advisory_unlock(?)", key);
        }
    }

    private static boolean call(Connection connection, String sql, long key) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
