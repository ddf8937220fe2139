package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.postgres.LockCount;
import dev.jpamigrate.runner.DatabaseSettings;
import dev.jpamigrate.runner.HistoryTable;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.testing.LargeSchemas;
import dev.jpamigrate.testing.ProjectFixture;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change set too large for one transaction: on a PostgreSQL whose shared lock table is as
 * small as the server allows (max_locks_per_transaction 10 × 10 backends, about 260 entries
 * with the shared memory's slack), the first revision of 60 tables (about 700 locks) fails
 * whole, says what to do, and leaves nothing behind; written as a chain of revisions of at
 * most 100 locks each, the same change set upgrades, downgrades to base with rows in its
 * tables, and upgrades again. The same proportions as a 1,000-entity model on a server at
 * its defaults (6,400 entries), at a size that runs in seconds.
 */
class LargeChangeSetTest {
    private static final int TABLES = 60;
    private static final int BUDGET = 100;
    private static final Schema MODEL = LargeSchemas.of(TABLES);

    private static EmbeddedPostgres server;
    private static int databases;

    @TempDir
    Path dir;

    ProjectFixture project;
    DatabaseSettings settings;

    @BeforeAll
    static void startServerWithASmallLockTable() throws Exception {
        // The minimum of max_locks_per_transaction is 10; the backends count the connections,
        // the autovacuum workers and launcher, the background workers and the WAL senders.
        server = EmbeddedPostgres.builder()
                .setServerConfig("max_locks_per_transaction", "10")
                .setServerConfig("max_connections", "8")
                .setServerConfig("autovacuum_max_workers", "1")
                .setServerConfig("max_worker_processes", "0")
                .setServerConfig("max_wal_senders", "0")
                .start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void createDatabase() throws SQLException {
        String name = "large_" + ++databases;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        settings = new DatabaseSettings(server.getJdbcUrl("postgres", name), "postgres", null, "public");
        project = new ProjectFixture(dir).entities(MODEL);
    }

    @Test
    void oneRevisionOverflowsTheLockTableAndTheErrorSaysWhatToDo() throws Exception {
        GenerateResult result = project.migrator().generate("initial schema", Integer.MAX_VALUE);
        assertThat(result.revisions()).hasSize(1);

        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Revision 20261125130100 (initial schema) failed and was rolled back: the"
                        + " revision locks about ")
                .hasMessageContaining(" tables, indexes and constraints until it commits, and PostgreSQL's lock"
                        + " table holds 80 for all sessions (max_locks_per_transaction 10 x (max_connections 8 +"
                        + " max_prepared_transactions 0)): set max_locks_per_transaction = ")
                .hasMessageContaining(" in postgresql.conf and restart the server, or, if this revision was never"
                        + " applied anywhere, delete it, restore the migrations snapshot and run mvn"
                        + " migration:generate -Dmigration.maxLocksPerRevision=40 to write it as several smaller"
                        + " revisions (the default is 3200).\n    ERROR: out of shared memory\n    hint: You might"
                        + " need to increase \"max_locks_per_transaction\".\n    in: ")
                .satisfies(e -> assertThat(e.getMessage().lines().count()).isEqualTo(4));

        assertThat(catalog()).isEqualTo(Schema.EMPTY);
        assertThat(strings("select count(*) from migration_history")).containsExactly("0");
    }

    @Test
    void aChangeSetOverTheBudgetIsAChainOfRevisionsThatUpgradesDowngradesAndUpgradesAgain() throws Exception {
        GenerateResult result = project.migrator().generate("initial schema", BUDGET);

        int parts = result.revisions().size();
        assertThat(parts).isGreaterThan(3);
        assertThat(result.migrations()).hasSize(parts).allMatch(Files::exists);
        List<RevisionNode> chain = project.migrator().history();
        assertThat(chain).hasSize(parts);
        for (int i = 0; i < parts; i++) {
            RevisionNode node = chain.get(parts - 1 - i);
            assertThat(node.id()).isEqualTo(result.revisions().get(i));
            assertThat(node.message()).isEqualTo("initial schema (part " + (i + 1) + " of " + parts + ")");
            assertThat(node.parents()).isEqualTo(i == 0 ? List.of() : List.of(result.revisions().get(i - 1)));
        }
        assertThat(SchemaFile.read(Files.readString(project.migrationsSnapshot()), "snapshot").heads())
                .containsExactly(result.revision());
        assertThat(project.log()).contains("The change set locks about " + lockEstimate(result) + " objects of"
                + " PostgreSQL's lock table in one transaction, more than " + BUDGET
                + " (migration.maxLocksPerRevision): it is written as " + parts + " revisions, each applied in its"
                + " own transaction.");
        assertThat(project.log()).filteredOn(l -> l.startsWith("Wrote src/") || l.startsWith("Wrote /"))
                .hasSize(parts + 1);

        project.migrator(settings).upgrade(null);
        assertThat(catalog()).isEqualTo(MODEL);
        insertRows();
        assertThat(strings("select count(*) from entity_59")).containsExactly("2");

        project.migrator(settings).downgrade("base");
        assertThat(catalog()).isEqualTo(Schema.EMPTY);
        assertThat(strings("select count(*) from migration_history")).containsExactly("0");

        project.migrator(settings).upgrade("head");
        assertThat(catalog()).isEqualTo(MODEL);
        assertThat(strings("select count(*) from migration_history")).containsExactly(String.valueOf(parts));
    }

    @Test
    void byDefaultARevisionTakesAtMostHalfOfADefaultServersLockTable() {
        Schema model = LargeSchemas.of(300);
        int locks = LockCount.of(SchemaDiff.between(Schema.EMPTY, model).upgrade(), Schema.EMPTY);
        project.entities(model);

        GenerateResult result = project.migrator().generate("initial schema");

        assertThat(locks).isBetween(3_200, 6_400);
        assertThat(result.revisions()).hasSize(2);
        assertThat(project.log()).contains("The change set locks about " + locks + " objects of PostgreSQL's lock"
                + " table in one transaction, more than 3200 (half of a default server's 6400, for the sessions"
                + " beside it): it is written as 2 revisions, each applied in its own transaction.");
    }

    /** What the one log line states, recomputed: the sum over the parts is at least as large. */
    private static String lockEstimate(GenerateResult result) {
        return String.valueOf(LockCount.of(result.upgrade(), Schema.EMPTY));
    }

    /** Two rows in every table, the second referring to the first and to the rows of the tables before. */
    private void insertRows() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < TABLES; i++) {
                Table table = MODEL.table("entity_" + i).orElseThrow();
                for (int id = 1; id <= 2; id++) {
                    List<String> values = new ArrayList<>();
                    for (Column column : table.columns()) {
                        values.add(value(table, column, id));
                    }
                    s.execute("insert into " + table.name() + " ("
                            + table.columns().stream().map(Column::name).collect(Collectors.joining(", "))
                            + ") values (" + String.join(", ", values) + ")");
                }
            }
        }
    }

    private static String value(Table table, Column column, int id) {
        if (column.name().equals("id")) {
            return String.valueOf(id);
        }
        if (column.name().equals("parent_id") || column.name().equals("owner_id")) {
            return table.foreignKeys().isEmpty() ? "null" : String.valueOf(id);
        }
        String type = column.type();
        if (type.startsWith("varchar") || type.equals("text")) {
            return "'value " + id + "'";
        } else if (type.startsWith("timestamp")) {
            return "localtimestamp + interval '" + id + " days'";
        } else if (type.equals("date")) {
            return "current_date + " + id;
        } else if (type.equals("boolean")) {
            return id == 1 ? "true" : "false";
        } else if (type.equals("uuid")) {
            return "gen_random_uuid()";
        }
        return String.valueOf(id);
    }

    private Schema catalog() throws SQLException {
        try (Connection c = connect()) {
            return CatalogReader.read(c, "public", List.of(), Set.of(HistoryTable.HISTORY, HistoryTable.LOG));
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.url(), "postgres", null);
    }
}
