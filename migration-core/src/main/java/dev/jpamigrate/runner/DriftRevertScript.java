package dev.jpamigrate.runner;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SQL that brings a drifted database back to the migrations' schema, for {@code psql}, in one
 * transaction. It is a repair of that one database, not a migration: the migrations already describe
 * the schema it restores, so a revision doing this would fail on every database without the drift and
 * would not replay on the migrations' schema. Keeping the drift instead goes the usual way: change the
 * entities to match and generate a migration.
 *
 * <pre>
 * -- Brings schema public back to the migrations snapshot at 20261125130100 (mvn migration:diff).
 * -- Review it, then run it on that database: psql -v ON_ERROR_STOP=1 -f revert-drift.sql
 * set search_path to public;
 * begin;
 * -- Data loss: drops column customer.nickname and its data
 * alter table customer drop column nickname;
 * commit;
 * </pre>
 */
public final class DriftRevertScript {
    private DriftRevertScript() {
    }

    /** The script's text; each statement that loses data has a comment above it that says what. */
    public static String of(Drift drift, String schema) {
        StringBuilder sql = new StringBuilder()
                .append("-- Brings schema ").append(schema).append(" back to ").append(drift.basis())
                .append(" (mvn migration:diff).\n")
                .append("-- Review it, then run it on that database: psql -v ON_ERROR_STOP=1 -f <this file>\n")
                .append("set search_path to ").append(PostgresDialect.quote(schema)).append(";\n")
                .append("begin;\n");
        PostgresDialect dialect = new PostgresDialect();
        Schema state = drift.live();
        for (Operation op : drift.revert()) {
            op.dataLoss(state).ifPresent(loss -> sql.append("-- Data loss: ").append(loss).append('\n'));
            for (String statement : dialect.render(op)) {
                sql.append(statement).append(";\n");
            }
            state = op.applyTo(state);
        }
        return sql.append("commit;\n").toString();
    }

    /** Writes {@link #of} to {@code file}, creating its directory. */
    public static void write(Drift drift, String schema, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, of(drift, schema), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
