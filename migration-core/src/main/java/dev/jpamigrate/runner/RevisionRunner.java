package dev.jpamigrate.runner;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.core.Plural;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.LockCount;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.postgres.RepeatableStatements;
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
    /** The statements run so far in the current revision: in one that is not transactional, they stay applied. */
    private int statementsRun;

    RevisionRunner(Connection connection, HistoryTable history) {
        this.connection = connection;
        this.history = history;
    }

    RevisionRun run(LoadedRevision revision, Direction direction) {
        List<Operation> upgrade = revision.upgrade();
        List<Operation> operations = direction == Direction.UPGRADE ? upgrade : revision.downgrade();
        long start = System.nanoTime();
        String step = "starting its transaction";
        statementsRun = 0;
        try {
            connection.setAutoCommit(!revision.transactional());
            for (Operation op : operations) {
                step = op instanceof Operation.JdbcStep jdbc ? "JDBC step \"" + jdbc.description() + "\"" : null;
                execute(op, !revision.transactional());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            step = "recording it in the history";
            connection.setAutoCommit(false);
            if (direction == Direction.UPGRADE) {
                history.recordUpgrade(connection, revision.node(), OperationChecksum.of(upgrade), millis);
            } else {
                history.recordDowngrade(connection, revision.id(), OperationChecksum.of(upgrade), millis);
            }
            connection.commit();
            return new RevisionRun(revision.id(), revision.node().message(), direction, millis);
        } catch (FailedStatement e) {
            throw failure(revision, operations, e.sql, e.getCause());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            // Whatever failed, roll back before auto-commit is restored: turning it on commits an open transaction.
            throw failure(revision, operations, step, e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // The connection is broken; the caller's next statement reports it.
            }
        }
    }

    /** @param repeatable a revision that is not transactional runs again from its start after a failure part-way */
    private void execute(Operation op, boolean repeatable) throws Exception {
        if (op instanceof Operation.JdbcStep jdbc) {
            jdbc.step().run(connection);
            return;
        }
        for (String sql : repeatable ? RepeatableStatements.render(dialect, op) : dialect.render(op)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                statementsRun++;
            } catch (SQLException e) {
                throw new FailedStatement(sql, e);
            }
        }
    }

    private MigrationException failure(LoadedRevision revision, List<Operation> operations, String where,
            Throwable cause) {
        rollback();
        String what = "Revision " + revision.id()
                + (revision.node().message().isEmpty() ? "" : " (" + revision.node().message() + ")");
        String outcome = revision.transactional() ? " failed and was rolled back: "
                : " failed; it is not transactional, so the " + Plural.count(statementsRun, "statement") + " before this one stay"
                        + " applied and the revision is not recorded: ";
        String reason = DatabaseErrors.statement(cause);
        if (DatabaseErrors.isLockTableFull(cause)) {
            // PostgreSQL's own words ("out of shared memory") do not say that the revision is the cause.
            reason = LockTable.read(connection).advice(LockCount.of(operations, null)) + "\n    " + reason;
        }
        String rerun = revision.transactional() ? "" : "\n    " + NonTransactionalFailure.advice(where);
        return new MigrationException(what + outcome + reason + (where == null ? "" : "\n    in: " + where) + rerun,
                cause);
    }

    /** A statement of the revision that PostgreSQL refused, with the statement's text. */
    private static final class FailedStatement extends Exception {
        private final String sql;

        FailedStatement(String sql, SQLException cause) {
            super(cause);
            this.sql = sql;
        }
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
