package dev.jpamigrate.runner;

import dev.jpamigrate.postgres.PostgresDialect;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that set up a migration session, in the order they run around the advisory
 * lock: the runner executes them, {@code migration:sql} writes them into its script, so that a
 * DBA's psql session and an {@code upgrade} wait, time out and resolve names alike.
 */
final class SessionStatements {
    private SessionStatements() {
    }

    /** Before the advisory lock: the configured timeouts, which also bound the wait for another migration. */
    static List<String> beforeLock(DatabaseSettings settings) {
        List<String> statements = new ArrayList<>();
        if (settings.lockTimeout() != null) {
            statements.add("set lock_timeout = " + literal(settings.lockTimeout()));
        }
        if (settings.statementTimeout() != null) {
            statements.add("set statement_timeout = " + literal(settings.statementTimeout()));
        }
        return statements;
    }

    /**
     * After the advisory lock: the default lock timeout applies to the revisions, not to the wait for
     * another migration, which blocks no one else; a deploy that gave up on it would fail for nothing.
     */
    static List<String> afterLock(DatabaseSettings settings) {
        return settings.lockTimeout() != null ? List.of()
                : List.of("set lock_timeout = " + literal(settings.effectiveLockTimeout()));
    }

    /** Unqualified names in the revisions are the target schema's. */
    static String searchPath(DatabaseSettings settings) {
        return "set search_path to " + PostgresDialect.quote(settings.schema());
    }

    /** A SQL string literal; {@code null} for null. */
    static String literal(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }
}
