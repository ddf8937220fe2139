package dev.jpamigrate.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs a script with the psql client against a {@link TestDatabase}, as a DBA would. */
public final class Psql {
    private Psql() {
    }

    /** Runs {@code script} with {@code psql -f}; fails with psql's output when psql reports an error. */
    public static String run(TestDatabase db, Path script) throws IOException, InterruptedException {
        URI uri = URI.create(db.url().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder(List.of(executable(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", db.user(),
                "-d", uri.getPath().substring(1), "-f", script.toString())).redirectErrorStream(true);
        if (db.password() != null) {
            builder.environment().put("PGPASSWORD", db.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError("psql -f " + script + " failed:\n" + output);
        }
        return output;
    }

    private static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File psql = new File(dir, "psql");
            if (psql.canExecute()) {
                return psql.getPath();
            }
        }
        throw new AssertionError("psql is not on the PATH: install the PostgreSQL client (postgresql-client)");
    }
}
