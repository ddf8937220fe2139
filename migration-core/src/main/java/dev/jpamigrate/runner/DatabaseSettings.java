package dev.jpamigrate.runner;

import dev.jpamigrate.core.MigrationException;
import java.util.regex.Pattern;

/**
 * Where to migrate: a PostgreSQL JDBC URL, or {@code embedded:<directory>} for a
 * development database that this tool starts itself, with its data kept in that directory.
 *
 * @param schema the target schema: unqualified tables and the history live there
 * @param lockTimeout how long a statement, and the wait for another migration's lock, may
 *     wait for a lock, in PostgreSQL's words ({@code 10s}, {@code 500ms}); {@code 0} for no limit;
 *     null for the default: the revisions' statements wait {@value #DEFAULT_LOCK_TIMEOUT}, the wait
 *     for another migration has no limit
 * @param statementTimeout how long one statement may run; null for no limit
 */
public record DatabaseSettings(String url, String user, String password, String schema, String lockTimeout,
        String statementTimeout) {
    public static final String EMBEDDED_PREFIX = "embedded:";
    /**
     * How long a revision's statement waits for a lock unless {@code migration.lockTimeout} says
     * otherwise. A DDL statement that waits for a lock queues every later query on the table behind
     * it, so the application stalls for as long as it waits; after 5 s the statement fails, the
     * revision rolls back, and the deploy can run again at a quieter moment.
     */
    public static final String DEFAULT_LOCK_TIMEOUT = "5s";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&]*");
    private static final Pattern DURATION = Pattern.compile("\\d+\\s*(ms|s|min|h|d)?");

    public DatabaseSettings {
        schema = schema == null || schema.isBlank() ? "public" : schema.trim();
        url = url == null ? null : url.trim();
        lockTimeout = duration(lockTimeout, "migration.lockTimeout");
        statementTimeout = duration(statementTimeout, "migration.statementTimeout");
    }

    /** Settings without timeouts. */
    public DatabaseSettings(String url, String user, String password, String schema) {
        this(url, user, password, schema, null, null);
    }

    private static String duration(String value, String setting) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!DURATION.matcher(value.trim()).matches()) {
            throw new MigrationException(setting + " must be a duration such as 10s, 500ms or 2min; got " + value);
        }
        return value.trim();
    }

    /** The lock timeout the revisions' statements run with: the configured one, or {@value #DEFAULT_LOCK_TIMEOUT}. */
    public String effectiveLockTimeout() {
        return lockTimeout != null ? lockTimeout : DEFAULT_LOCK_TIMEOUT;
    }

    public boolean isEmbedded() {
        return url != null && url.startsWith(EMBEDDED_PREFIX);
    }

    /** The URL as it may be printed: a password in its query string is masked. */
    public String safeUrl() {
        return url == null ? null : PASSWORD_IN_URL.matcher(url).replaceAll("$1****");
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + safeUrl() + ", user=" + user + ", password="
                + (password == null ? "none" : "****") + ", schema=" + schema + ", lockTimeout=" + lockTimeout
                + ", statementTimeout=" + statementTimeout + "]";
    }
}
