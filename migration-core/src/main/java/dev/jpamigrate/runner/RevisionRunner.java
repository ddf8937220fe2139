package dev.jpamigrate.runner;

import dev.jpamigrate.Operation;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.postgres.PostgresDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs one revision: its statements and its history row in one transaction, so that a
 * failure leaves the database and the history exactly as they were. A non-transactional
 * revision runs statement by statement and is recorded only when all succeeded.
 */
final class RevisionRunner {
    private final Connection connection;
    private final HistoryTable history;
    private final PostgresDialect dialect = new PostgresDialect();

    RevisionRunner(Connection connection, HistoryTable history) {
        this.connection = connection;
        this.history = history;
    }

    RevisionRun run(LoadedRevision revision, Direction direction) {
        List<Operation> upgrade = revision.upgrade();
        List<Operation> operations = direction == Direction.UPGRADE ? upgrade : revision.downgrade();
        long start = System.nanoTime();
        try {
            connection.setAutoCommit(!revision.transactional());
            for (Operation op : operations) {
                execute(revision, op);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            connection.setAutoCommit(false);
            if (direction == Direction.UPGRADE) {
                history.recordUpgrade(connection, revision.node(), OperationChecksum.of(upgrade), millis);
            } else {
                history.recordDowngrade(connection, revision.id(), millis);
            }
            connection.commit();
            return new RevisionRun(revision.id(), revision.node().message(), direction, millis);
        } catch (SQLException e) {
            throw failure(revision, "recording it in the history", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // The connection is broken; the caller's next statement reports it.
            }
        }
    }

    private void execute(LoadedRevision revision, Operation op) {
        if (op instanceof Operation.JdbcStep step) {
            try {
                step.step().run(connection);
            } catch (SQLException | RuntimeException e) {
                throw failure(revision, "JDBC step \"" + step.description() + "\"", e);
            }
            return;
        }
        for (String sql : dialect.render(op)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw failure(revision, sql, e);
            }
        }
    }

    private MigrationException failure(LoadedRevision revision, String where, Exception cause) {
        rollback();
        String what = "Revision " + revision.id()
                + (revision.node().message().isEmpty() ? "" : " (" + revision.node().message() + ")");
        String outcome = revision.transactional() ? " failed and was rolled back: "
                : " failed; it is not transactional, so the statements before this one stay applied: ";
        return new MigrationException(what + outcome + ConnectionErrors.firstLine(cause.getMessage())
                + "\n    in: " + where, cause);
    }

    private void rollback() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // The failure being reported matters more; a broken connection rolls back on close.
        }
    }
}
