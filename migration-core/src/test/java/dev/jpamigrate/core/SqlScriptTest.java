package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.runner.DatabaseSettings;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.ProjectFixture;
import dev.jpamigrate.testing.Psql;
import dev.jpamigrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migration:sql}: a script run with psql leaves the schema and the history that
 * {@code upgrade} and {@code downgrade} leave on another database.
 */
class SqlScriptTest {
    static final String FIRST = "20261125130100";
    static final String SECOND = "20261125130200";
    static final String INDEX = "20261126000000";

    @TempDir
    Path dir;

    TestDatabase byEngine;
    TestDatabase byScript;
    ProjectFixture project;

    @BeforeEach
    void createDatabases() throws Exception {
        byEngine = TestDatabase.create();
        byScript = TestDatabase.create();
        project = new ProjectFixture(dir);
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V2);
        project.migrator().generate("add nickname");
        // A revision that is not transactional: its statements run one by one, outside a transaction.
        project.source("db/migration/R" + INDEX + "_Index.java", """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "%s", parents = "%s", message = "index 'nickname'", transactional = false)
                public class R%s_Index implements Migration {
                    public void upgrade(Operations op) {
                        op.createIndexConcurrently("customer", "customer_nickname_idx", "nickname");
                    }

                    public void downgrade(Operations op) {
                        op.dropIndexConcurrently("customer", "customer_nickname_idx");
                    }
                }
                """.formatted(INDEX, SECOND, INDEX));
    }

    @AfterEach
    void dropDatabases() {
        byEngine.close();
        byScript.close();
    }

    @Test
    void theScriptFromBaseToHeadGivesTheSchemaAndHistoryOfUpgrade() throws Exception {
        project.migrator(byEngine.settings()).upgrade(null);

        Path file = dir.resolve("target/migration.sql");
        List<String> ids = project.migrator().sql(null, null, file, byScript.settings());
        Psql.run(byScript, file);

        assertThat(ids).containsExactly(FIRST, SECOND, INDEX);
        assertThat(byScript.catalog()).isEqualTo(byEngine.catalog()).isNotEqualTo(Schema.EMPTY);
        assertThat(history(byScript)).isEqualTo(history(byEngine)).hasSize(3);
        assertThat(auditLog(byScript)).isEqualTo(auditLog(byEngine));
        String script = Files.readString(file);
        assertThat(script).startsWith("-- JPA Migrate: upgrade from base to " + INDEX + " of schema public,"
                + " 3 revisions.\n-- Run it with: psql -d <database> -f <this file>\n\\set ON_ERROR_STOP on\n");
        assertThat(script.split("\nbegin;\n", -1)).hasSize(4);
        assertThat(script).contains("create index concurrently");
        assertThat(project.log()).last().asString().startsWith("Wrote the upgrade from base to " + INDEX + " (3 revisions)"
                + " of schema public to " + file + "; run it with: psql -d <database> -f " + file);
    }

    @Test
    void aRangeUpgradesAndDowngradesAsTheRunnerDoesKeepingTheRows() throws Exception {
        for (TestDatabase db : List.of(byEngine, byScript)) {
            project.migrator(db.settings()).upgrade(FIRST);
            db.execute("insert into customer (email) values ('a@example.com'), ('b@example.com')");
        }
        project.migrator(byEngine.settings()).upgrade(null);
        Path up = dir.resolve("up.sql");
        assertThat(project.migrator().sql(FIRST, "head", up, byScript.settings())).containsExactly(SECOND, INDEX);
        Psql.run(byScript, up);

        assertThat(byScript.catalog()).isEqualTo(byEngine.catalog());
        assertThat(history(byScript)).isEqualTo(history(byEngine));
        assertThat(byScript.strings("select email from customer order by id"))
                .containsExactly("a@example.com", "b@example.com");

        // A target below from is a downgrade, as Alembic's downgrade b:a --sql.
        project.migrator(byEngine.settings()).downgrade(FIRST);
        Path down = dir.resolve("down.sql");
        // Without from, a revision id is an upgrade from base.
        assertThat(project.migrator().sql(null, FIRST, down, byScript.settings())).containsExactly(FIRST);
        assertThat(project.migrator().sql("head", FIRST, down, byScript.settings())).containsExactly(INDEX, SECOND);
        Psql.run(byScript, down);

        assertThat(byScript.catalog()).isEqualTo(byEngine.catalog()).isEqualTo(GenerateTest.V1);
        assertThat(history(byScript)).isEqualTo(history(byEngine)).hasSize(1);
        assertThat(auditLog(byScript)).isEqualTo(auditLog(byEngine)).hasSize(5);
        assertThat(byScript.strings("select email from customer order by id"))
                .containsExactly("a@example.com", "b@example.com");

        // -1 from head, and base, need no from.
        assertThat(project.migrator().sql(null, "-1", down, byScript.settings())).containsExactly(INDEX);
        project.migrator(byEngine.settings()).downgrade("base");
        project.migrator().sql(FIRST, "base", down, byScript.settings());
        Psql.run(byScript, down);
        assertThat(byScript.catalog()).isEqualTo(Schema.EMPTY);
        assertThat(history(byScript)).isEmpty();
        assertThat(auditLog(byScript)).isEqualTo(auditLog(byEngine));
    }

    @Test
    void theSchemaAndTimeoutsAreTheRunners() throws Exception {
        DatabaseSettings tenant = new DatabaseSettings(byScript.url(), null, null, "tenant_a", "2s", "1min");
        Path file = dir.resolve("tenant.sql");
        project.migrator().sql(null, SECOND, file, tenant);
        Psql.run(byScript, file);

        assertThat(byScript.strings("select revision from tenant_a.migration_history order by revision"))
                .containsExactly(FIRST, SECOND);
        assertThat(byScript.strings("select column_name from information_schema.columns"
                + " where table_schema = 'tenant_a' and table_name = 'customer' order by ordinal_position"))
                .containsExactly("id", "email", "nickname");
        assertThat(Files.readString(file)).contains("set lock_timeout = '2s';\nset statement_timeout = '1min';\n"
                + "select pg_advisory_lock(").contains("set search_path to tenant_a;");
    }

    @Test
    void aRevisionWithAJdbcStepCannotBeWrittenAsSql() {
        project.source("db/migration/R20261127000000_Backfill.java", """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "20261127000000", parents = "%s", message = "backfill")
                public class R20261127000000_Backfill implements Migration {
                    public void upgrade(Operations op) {
                        op.execute("lower-case emails", c -> { });
                    }

                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(INDEX));

        assertThatThrownBy(() -> project.migrator().sql(null, null, dir.resolve("x.sql"), byScript.settings()))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Revision 20261127000000 has the JDBC step \"lower-case emails\", which runs Java and"
                        + " cannot be written as SQL: apply it with mvn migration:upgrade, or write a range that ends"
                        + " before it (migration.from, migration.target).");
        assertThat(dir.resolve("x.sql")).doesNotExist();
    }

    /** What both ways must record alike: not when or how long. */
    private static List<String> history(TestDatabase db) throws SQLException {
        return db.strings("select revision || ' ' || parents || ' ' || message || ' ' || checksum"
                + " from migration_history order by revision");
    }

    private static List<String> auditLog(TestDatabase db) throws SQLException {
        return db.strings("select action || ' ' || revision || ' ' || coalesce(checksum, '-') from migration_log"
                + " order by id");
    }
}
