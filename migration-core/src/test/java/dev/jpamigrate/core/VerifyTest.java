package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.runner.DatabaseSettings;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import dev.jpamigrate.testing.SampleSchemas;
import dev.jpamigrate.verify.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code verify}: the migrations applied to a scratch database must build the entity schema, go back to
 * an empty one, and build it again. Most cases create the scratch database on the test server (as
 * {@code migration.verifyUrl} does), which is faster than an embedded server per test; one runs on the
 * default embedded PostgreSQL.
 */
class VerifyTest extends ProjectOnFreshDatabase {
    static final Schema SHORT_EMAIL = Schema.builder()
            .table("customer", t -> t
                    .column("id", "bigint", c -> c.identity())
                    .column("email", "varchar(40)", c -> c.notNull())
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_email_key", "email"))
            .build();

    /** Runs before the test's database is dropped. */
    @AfterEach
    void scratchDatabasesAreDroppedAndTheNamedOneIsUntouched() throws Exception {
        assertThat(db.strings("select datname from pg_database where datname like 'jpamigrate\\_verify\\_%'"))
                .isEmpty();
        assertThat(db.catalog()).isEqualTo(Schema.EMPTY);
        assertThat(db.strings("select to_regclass('migration_history')::text")).containsOnlyNulls();
    }

    @Test
    void aConsistentProjectPassesOnTheEmbeddedServer() {
        project.entities(SampleSchemas.SHOP);
        project.migrator().generate("initial schema");

        Verification verification = project.migrator().verify();

        assertThat(verification.problems()).isEmpty();
        assertThat(verification.passed()).isTrue();
        assertThat(project.log()).filteredOn(l -> l.startsWith("Verif")).hasSize(4).first().asString()
                .startsWith("Verifying 1 revision on an embedded PostgreSQL, in the scratch database jpamigrate_verify_");
        assertThat(project.log()).filteredOn(l -> l.startsWith("Verified ")).hasSize(3)
                .allMatch(l -> l.matches("Verified after (upgrade to head|downgrade to base|upgrading again) \\(\\d+ ms\\)\\."));
        assertThat(project.log()).last().asString().matches("The migrations build the entity schema, downgrade to"
                + " an empty schema and upgrade again\\. \\(\\d+ ms in all\\)");
    }

    @Test
    void aConsistentHistoryOfSeveralRevisionsInAnotherSchemaPasses() {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(SampleSchemas.SHOP);
        project.migrator().generate("the shop");

        DatabaseSettings tenant = db.settings("tenant_a");
        Verification verification = project.migrator(tenant).verify(db.url());

        assertThat(verification.problems()).isEmpty();
        assertThat(project.log()).filteredOn(l -> l.startsWith("Verifying")).singleElement().asString()
                .startsWith("Verifying 3 revisions on " + db.url() + ", in the scratch database jpamigrate_verify_");
    }

    @Test
    void aColumnTypeEditedInTheMigrationButNotInTheEntitiesFailsNamingIt() throws Exception {
        project.entities(GenerateTest.V1);
        Path migration = project.migrator().generate("initial schema").migration().orElseThrow();
        Files.writeString(migration, Files.readString(migration)
                .replace(".column(\"email\", \"varchar(255)\")", ".column(\"email\", \"varchar(100)\")"));

        Verification verification = project.migrator(settings).verify(db.url());

        assertThat(verification.passed()).isFalse();
        assertThat(verification.problems()).containsExactly(
                "after upgrade to head: table customer: column email is varchar(100) in the migrations,"
                        + " varchar(255) in the entities",
                "after upgrading again: table customer: column email is varchar(100) in the migrations,"
                        + " varchar(255) in the entities");
        assertThat(project.log()).contains("WARN After upgrade to head: table customer: column email is varchar(100)"
                + " in the migrations, varchar(255) in the entities");
        assertThat(project.log()).anyMatch(l -> l.matches("Verified after downgrade to base \\(\\d+ ms\\)\\."));
        assertThat(verification.summary()).isEqualTo("verify failed: 1 problem after upgrade to head,"
                + " 1 problem after upgrading again (listed above)");
    }

    @Test
    void rawSqlThatCreatesSomethingExtraFailsAtEachStep() {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261126000000.java", revision("20261126000000", "extra", """
                op.sql("create table audit (id int)");
                op.sql("create view audit_ids as select id from audit");
                op.sql("create function one() returns int language sql as 'select 1'");
                """, ""));

        Verification verification = project.migrator(settings).verify(db.url());

        assertThat(verification.problems()).hasSize(5).startsWith(
                "after upgrade to head: table audit: only in the migrations",
                "after downgrade to base: table audit is still there",
                "after downgrade to base: function one() is still there",
                "after downgrade to base: view audit_ids is still there");
        assertThat(verification.problems().get(4)).startsWith("after upgrading again: the upgrade failed: Revision"
                + " 20261126000000 (extra) failed and was rolled back: ERROR: relation \"audit\" already exists");
    }

    @Test
    void aDowngradeThatLeavesATableBehindFailsAtTheBaseStep() {
        Schema withTag = GenerateTest.V1.withTable(dev.jpamigrate.schema.Table.builder("sales.tag")
                .column("name", "varchar(40)", c -> c.notNull()).primaryKey("tag_pkey", "name").build());
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(withTag);
        project.source("db/migration/R20261126000000.java", revision("20261126000000", "tags", """
                op.createSchema("sales");
                op.createTable("sales.tag").column("name", "varchar(40)").notNull().primaryKey("tag_pkey", "name");
                """, ""));

        Verification verification = project.migrator(settings).verify(db.url());

        assertThat(verification.problems()).hasSize(3).startsWith(
                "after downgrade to base: table sales.tag is still there",
                "after downgrade to base: schema sales is still there");
        assertThat(verification.problems().get(2)).startsWith("after upgrading again: the upgrade failed: Revision"
                + " 20261126000000 (tags) failed and was rolled back: ERROR: relation \"tag\" already exists");
        assertThat(verification.steps()).extracting(Verification.Step::name).containsExactly(
                Verification.UPGRADE, Verification.DOWNGRADE, Verification.UPGRADE_AGAIN);
    }

    @Test
    void rowsTheMigrationsWriteMustNotBlockTheDowngrade() {
        project.entities(SHORT_EMAIL);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V1);
        project.migrator().generate("longer emails");
        String seed = "op.sql(\"insert into customer (email) values"
                + " ('an-address-longer-than-forty-characters@example.com'), ('b@example.com')\");";
        project.source("db/migration/R20261126000000.java", revision("20261126000000", "seed", seed, "",
                "20261125130200"));

        Verification kept = project.migrator(settings).verify(db.url());

        assertThat(kept.problems()).singleElement().asString().startsWith("after downgrade to base: the downgrade to"
                + " base failed: Revision 20261125130200 (longer emails) failed and was rolled back: ERROR: 1 values of"
                + " customer.email are longer than 40 characters");

        project.source("db/migration/R20261126000000.java", revision("20261126000000", "seed", seed,
                "op.sql(\"delete from customer where email like '%@example.com'\");", "20261125130200"));

        Verification removed = project.migrator(settings).verify(db.url());

        assertThat(removed.problems()).isEmpty();
    }

    @Test
    void withoutMigrationsThereIsNothingToVerify() {
        project.entities(GenerateTest.V1);

        assertThatThrownBy(() -> project.migrator().verify())
                .isInstanceOf(MigrationException.class)
                .hasMessage("No migrations in db.migration to verify: run mvn migration:generate first.");
    }

    @Test
    void aServerUrlWithoutHostSaysHowToWriteIt() {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");

        assertThatThrownBy(() -> project.migrator(settings).verify("jdbc:postgresql:shop?password=secret"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("The server for verify must be given as jdbc:postgresql://host:port/database (a database"
                        + " to connect to, such as postgres; verify creates and drops its own); got"
                        + " jdbc:postgresql:shop?password=****");
    }

    private static String revision(String id, String message, String upgrade, String downgrade) {
        return revision(id, message, upgrade, downgrade, "20261125130100");
    }

    private static String revision(String id, String message, String upgrade, String downgrade, String parent) {
        return """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "%s", parents = "%s", message = "%s")
                public class R%s implements Migration {
                    public void upgrade(Operations op) {
                %s    }

                    public void downgrade(Operations op) {
                %s    }
                }
                """.formatted(id, parent, message, id, upgrade.indent(8), downgrade.isEmpty() ? "" : downgrade.indent(8));
    }
}
