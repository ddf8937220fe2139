package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.runner.DatabaseSettings;
import dev.jpamigrate.runner.HistoryTable;
import dev.jpamigrate.runner.RevisionRun;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole loop on a real PostgreSQL: generate, upgrade, change, generate, upgrade, downgrade. */
class UpgradeDowngradeTest extends ProjectOnFreshDatabase {
    @Test
    void upgradeAppliesEachRevisionAndRecordsIt() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V2);
        project.migrator().generate("add nickname");

        List<RevisionRun> runs = project.migrator(settings).upgrade(null);

        assertThat(runs).extracting(RevisionRun::id).containsExactly("20261125130100", "20261125130200");
        assertThat(catalog()).isEqualTo(GenerateTest.V2);
        assertThat(history()).containsExactly("20261125130100", "20261125130200");
        assertThat(project.log()).filteredOn(l -> l.startsWith("Applied")).hasSize(2)
                .allMatch(l -> l.matches("Applied 2026112513\\d{4} [a-z ]+ \\(\\d+ ms\\)"));
        assertThat(project.log()).last().isEqualTo("Schema public is now at 20261125130200 (head).");
        assertThat(auditLog()).containsExactly("upgrade 20261125130100", "upgrade 20261125130200");
    }

    @Test
    void aSecondUpgradeHasNothingToDo() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.migrator(settings).upgrade("head");

        assertThat(project.migrator(settings).upgrade("head")).isEmpty();
        assertThat(project.log()).last().isEqualTo("Schema public is up to date at 20261125130100 (head).");
    }

    @Test
    void downgradeRevertsStepByStepToBase() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V2);
        project.migrator().generate("add nickname");
        project.migrator(settings).upgrade(null);

        project.migrator(settings).downgrade("-1");
        assertThat(catalog()).isEqualTo(GenerateTest.V1);
        assertThat(history()).containsExactly("20261125130100");
        assertThat(project.log()).last().isEqualTo("Schema public is now at 20261125130100; head is 20261125130200.");

        project.migrator(settings).downgrade("base");
        assertThat(catalog()).isEqualTo(Schema.EMPTY);
        assertThat(history()).isEmpty();
        assertThat(auditLog()).containsExactly("upgrade 20261125130100", "upgrade 20261125130200",
                "downgrade 20261125130200", "downgrade 20261125130100");

        project.migrator(settings).upgrade("20261125130100");
        assertThat(catalog()).isEqualTo(GenerateTest.V1);
    }

    @Test
    void aFailingRevisionRollsBackWholeAndNamesTheRevisionStatementAndError() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261126000000_Broken.java", """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "20261126000000", parents = "20261125130100", message = "broken")
                public class R20261126000000_Broken implements Migration {
                    public void upgrade(Operations op) {
                        op.addColumn("customer", "phone", "varchar(20)");
                        op.sql("update missing_table set x = 1");
                    }

                    public void downgrade(Operations op) {
                        op.dropColumn("customer", "phone");
                    }
                }
                """);

        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Revision 20261126000000 (broken) failed and was rolled back:"
                        + " ERROR: relation \"missing_table\" does not exist\n    in: update missing_table set x = 1");

        assertThat(history()).containsExactly("20261125130100");
        assertThat(catalog()).isEqualTo(GenerateTest.V1);
    }

    @Test
    void aJdbcStepRunsInTheRevisionsTransaction() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261126000000.java", revision("20261126000000", "backfill", """
                op.sql("insert into customer (email) values ('a@example.com')");
                op.execute("upper-case emails", c -> {
                    try (var s = c.createStatement()) {
                        s.executeUpdate("update customer set email = upper(email)");
                    }
                });
                """));

        project.migrator(settings).upgrade(null);

        assertThat(strings("select email from customer")).containsExactly("A@EXAMPLE.COM");
    }

    @Test
    void whatAJdbcStepDidIsRolledBackWhenALaterStatementFails() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261126000000.java", revision("20261126000000", "backfill", """
                op.execute("insert a customer", c -> {
                    try (var s = c.createStatement()) {
                        s.executeUpdate("insert into customer (email) values ('a@example.com')");
                    }
                });
                op.sql("update no_such_table set x = 1");
                """));

        assertThatThrownBy(() -> project.migrator(settings).upgrade(null)).isInstanceOf(MigrationException.class);

        assertThat(strings("select email from customer")).isEmpty();
        assertThat(history()).containsExactly("20261125130100");
    }

    @Test
    void aJdbcStepThatThrowsAnErrorRollsBackTheWholeRevision() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261126000000.java", revision("20261126000000", "broken step", """
                op.sql("create table leaked (id int)");
                op.execute("call a library that is not there", c -> {
                    throw new NoClassDefFoundError("com/acme/Missing");
                });
                """));

        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Revision 20261126000000 (broken step) failed and was rolled back: com/acme/Missing"
                        + "\n    in: JDBC step \"call a library that is not there\"");

        assertThat(strings("select to_regclass('leaked')::text")).containsOnlyNulls();
        assertThat(history()).containsExactly("20261125130100");
    }

    @Test
    void postgresqlsHintIsPartOfTheError() {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261126000000.java", revision("20261126000000", "email to number", """
                op.sql("insert into customer (email) values ('a@example.com')");
                op.sql("alter table customer alter column email type integer");
                """));

        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .hasMessageContaining("ERROR: column \"email\" cannot be cast automatically to type integer")
                .hasMessageContaining("\n    hint: You might need to specify \"USING email::integer\".")
                .hasMessageEndingWith("\n    in: alter table customer alter column email type integer");
    }

    @Test
    void aNonTransactionalRevisionRunsOutsideATransaction() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261126000000_Index.java", """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "20261126000000", parents = "20261125130100", message = "index concurrently",
                        transactional = false)
                public class R20261126000000_Index implements Migration {
                    public void upgrade(Operations op) {
                        op.sql("create index concurrently idx_customer_email on customer (email)");
                    }

                    public void downgrade(Operations op) {
                        op.sql("drop index concurrently idx_customer_email");
                    }
                }
                """);

        project.migrator(settings).upgrade(null);
        assertThat(strings("select indexname from pg_indexes where indexname = 'idx_customer_email'")).hasSize(1);

        project.migrator(settings).downgrade("-1");
        assertThat(strings("select indexname from pg_indexes where indexname = 'idx_customer_email'")).isEmpty();
    }

    @Test
    void aFailingNonTransactionalRevisionKeepsWhatRanAndIsNotRecorded() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261126000000_Index.java", """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "20261126000000", parents = "20261125130100", message = "two indexes",
                        transactional = false)
                public class R20261126000000_Index implements Migration {
                    public void upgrade(Operations op) {
                        op.sql("create index concurrently idx_customer_email on customer (email)");
                        op.sql("create index concurrently idx_missing on missing (x)");
                    }

                    public void downgrade(Operations op) {
                    }
                }
                """);

        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .hasMessageStartingWith("Revision 20261126000000 (two indexes) failed; it is not transactional, so the"
                        + " 1 statement before this one stay applied and the revision is not recorded: ERROR:"
                        + " relation \"missing\" does not exist")
                .hasMessageContaining("drop index concurrently if exists idx_missing")
                .hasMessageContaining("run the upgrade again");

        assertThat(strings("select indexname from pg_indexes where indexname = 'idx_customer_email'")).hasSize(1);
        assertThat(history()).containsExactly("20261125130100");
    }

    @Test
    void anAppliedRevisionEditedAfterwardsIsReported() throws Exception {
        project.entities(GenerateTest.V1);
        Path migration = project.migrator().generate("initial schema").migration().orElseThrow();
        project.migrator(settings).upgrade(null);
        Files.writeString(migration, Files.readString(migration).replace("varchar(255)", "varchar(300)"));

        project.migrator(settings).upgrade(null);

        assertThat(project.log()).contains("WARN Revision 20261125130100 was edited after it was applied to this"
                + " database: its operations no longer match what ran.");
    }

    /** A hand-written revision after the initial one, whose upgrade() is {@code body}. */
    private static String revision(String id, String message, String body) {
        return """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "%s", parents = "20261125130100", message = "%s")
                public class R%s implements Migration {
                    public void upgrade(Operations op) {
                %s    }

                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(id, message, id, body.indent(8));
    }

    @Test
    void migrationsGoToTheConfiguredSchemaWithTheirHistory() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        DatabaseSettings tenant = db.settings("tenant_a");

        project.migrator(tenant).upgrade(null);

        try (Connection c = db.connect()) {
            assertThat(CatalogReader.read(c, "tenant_a", List.of(), Set.of(HistoryTable.HISTORY, HistoryTable.LOG)))
                    .isEqualTo(GenerateTest.V1);
        }
        assertThat(catalog()).isEqualTo(Schema.EMPTY);
    }

    @Test
    void currentTellsWhereTheDatabaseStands() {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");

        assertThat(project.migrator(settings).current().current()).isEmpty();
        assertThat(project.log()).last().isEqualTo("Schema public is at base (no revision applied); 1 revision pending,"
                + " head is 20261125130100.");

        project.migrator(settings).upgrade(null);
        Status status = project.migrator(settings).current();
        assertThat(status.current()).containsExactly("20261125130100");
        assertThat(status.isUpToDate()).isTrue();
        assertThat(project.log()).last().isEqualTo("Schema public is at 20261125130100 (head).");
    }

    @Test
    void currentSaysHowManyRevisionsArePending() {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V2);
        project.migrator().generate("add nickname");
        project.source("db/migration/R20261126000000_Empty.java", """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "20261126000000", parents = "20261125130200")
                public class R20261126000000_Empty implements Migration {
                    public void upgrade(Operations op) {
                    }

                    public void downgrade(Operations op) {
                    }
                }
                """);

        project.migrator(settings).current();
        assertThat(project.log()).last().isEqualTo("Schema public is at base (no revision applied); 3 revisions pending,"
                + " head is 20261126000000.");

        project.migrator(settings).upgrade("20261125130100");
        project.migrator(settings).current();
        assertThat(project.log()).last().isEqualTo("Schema public is at 20261125130100; 2 revisions pending,"
                + " head is 20261126000000.");
    }

    @Test
    void historyWritesNoCommaForARevisionWithoutMessage() {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261126000000_Empty.java", """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "20261126000000", parents = "20261125130100")
                public class R20261126000000_Empty implements Migration {
                    public void upgrade(Operations op) {
                    }

                    public void downgrade(Operations op) {
                    }
                }
                """);

        project.migrator().history();

        assertThat(project.log()).endsWith("20261125130100 -> 20261126000000 (head)",
                "<base> -> 20261125130100, initial schema");
    }

    @Test
    void theLogRowOfADowngradeHasTheRevisionsChecksum() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.migrator(settings).upgrade(null);
        String applied = strings("select checksum from migration_history").get(0);

        project.migrator(settings).downgrade("base");

        assertThat(strings("select action || ' ' || checksum from migration_log order by id"))
                .containsExactly("upgrade " + applied, "downgrade " + applied);
    }

    @Test
    void aWrongRevisionIdIsOneReadableLine() {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");

        assertThatThrownBy(() -> project.migrator(settings).upgrade("deadbeef"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Unknown revision deadbeef: run mvn migration:history to list them.");
    }

    private Schema catalog() throws SQLException {
        try (Connection c = db.connect()) {
            return CatalogReader.read(c, "public", List.of(), Set.of(HistoryTable.HISTORY, HistoryTable.LOG));
        }
    }

    private List<String> history() throws SQLException {
        return strings("select revision from migration_history order by revision");
    }

    private List<String> auditLog() throws SQLException {
        return strings("select action || ' ' || revision from migration_log order by id");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
