package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.runner.DatabaseSettings;
import dev.jpamigrate.runner.Drift;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code diff} on a real PostgreSQL: a database against the schema its applied revisions should have given it. */
class DiffTest extends ProjectOnFreshDatabase {
    /** What PostgreSQL rewrites when it stores it: string and numeric defaults, an enum's check, now(). */
    static final Schema MODEL = Schema.builder()
            .table("customer", t -> t
                    .comment("People who buy")
                    .column("id", "bigint", c -> c.identity())
                    .column("email", "varchar(255)", c -> c.notNull().comment("Where receipts go"))
                    .column("status", "varchar(20)", c -> c.notNull().defaultValue("'NEW'"))
                    .column("points", "integer", c -> c.notNull().defaultValue("0"))
                    .column("balance", "numeric(10,2)", c -> c.defaultValue("0.00"))
                    .column("created_at", "timestamp(6) with time zone", c -> c.defaultValue("now()"))
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_email_key", "email")
                    .check("customer_status_check", "status in ('NEW', 'ACTIVE', 'BLOCKED')")
                    .index("idx_customer_status", "status"))
            .table("sales.purchase_order", t -> t
                    .column("id", "bigint", c -> c.identity())
                    .column("customer_id", "bigint", c -> c.notNull())
                    .column("total", "numeric(12,2)", c -> c.notNull().defaultValue("0"))
                    .primaryKey("purchase_order_pkey", "id")
                    .foreignKey("fk_purchase_order_customer", f -> f.columns("customer_id")
                            .references("customer", "id").onDelete(ForeignKeyAction.CASCADE))
                    .index("idx_purchase_order_customer", "customer_id"))
            .sequence("sales.invoice_number_seq", 1, 50)
            .build();

    @Test
    void aDatabaseBuiltByTheMigrationsHasNoDriftThoughTheServerRewroteItsExpressions() throws Exception {
        project.entities(MODEL);
        project.migrator().generate("initial schema");
        project.migrator(settings).upgrade(null);
        assertThat(db.strings("select column_default from information_schema.columns where table_name = 'customer'"
                + " and column_name = 'status'"))
                .containsExactly("'NEW'::character varying");

        Drift drift = project.migrator(settings).diff(dir.resolve("target/revert-drift.sql"));

        assertThat(drift.differences()).isEmpty();
        assertThat(drift.basis()).isEqualTo("the migrations snapshot at 20261125130100");
        assertThat(project.log()).last().isEqualTo("No drift: the database matches the migrations at revision 20261125130100.");
        assertThat(dir.resolve("target/revert-drift.sql")).doesNotExist();
    }

    @Test
    void eachChangeByHandIsOneLineAndTheRevertScriptUndoesThemAll() throws Exception {
        project.entities(MODEL);
        project.migrator().generate("initial schema");
        project.migrator(settings).upgrade(null);
        db.execute("insert into customer (email) values ('a@example.com')");
        db.execute("alter table customer add column nickname varchar(40)");
        db.execute("drop index idx_customer_status");
        db.execute("alter table customer alter column status set default 'OLD'");
        db.execute("create table audit_note (id integer primary key, body text)");
        db.execute("alter table sales.purchase_order drop constraint fk_purchase_order_customer");
        Path script = dir.resolve("target/revert-drift.sql");

        Drift drift = project.migrator(settings).diff(script);

        assertThat(drift.differences()).containsExactly(
                "table audit_note: only in the database",
                "table customer: column nickname only in the database",
                "table customer: column status has default 'NEW'::character varying in the migrations,"
                        + " default 'OLD'::character varying in the database",
                "table customer: index idx_customer_status only in the migrations",
                "table sales.purchase_order: foreign key fk_purchase_order_customer only in the migrations");
        assertThat(project.log()).contains(
                "WARN Drift: schema public differs from the migrations snapshot at 20261125130100 in 5 places:",
                "WARN   table audit_note: only in the database");
        assertThat(Files.readString(script))
                .startsWith("-- Brings schema public back to the migrations snapshot at 20261125130100")
                .contains("set search_path to public;\nbegin;\n")
                .contains("-- Data loss: ")
                .contains("alter table customer drop column nickname;")
                .endsWith("commit;\n");

        db.execute(Files.readString(script));

        assertThat(project.migrator(settings).diff(null).differences()).isEmpty();
        assertThat(db.strings("select email || ' ' || status from customer")).containsExactly("a@example.com NEW");
    }

    @Test
    void aDatabaseBehindTheHeadIsComparedWithItsAppliedRevisionsOnly() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V2);
        project.migrator().generate("add nickname");
        project.migrator(settings).upgrade("20261125130100");

        Drift behind = project.migrator(settings).diff(null);

        assertThat(behind.differences()).isEmpty();
        assertThat(project.log()).contains("Schema public is at revision 20261125130100, behind the head 20261125130200:"
                + " it is compared with the schema revisions up to 20261125130100 produce;"
                + " mvn migration:upgrade applies the rest.");

        // What the pending revision will add, added by hand, is drift until that revision runs.
        db.execute("alter table customer add column nickname varchar(40)");
        assertThat(project.migrator(settings).diff(null).differences())
                .containsExactly("table customer: column nickname only in the database");
    }

    @Test
    void atBaseEveryTableIsDrift() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        db.execute("create table legacy (id integer)");

        Drift drift = project.migrator(settings).diff(null);

        assertThat(drift.differences()).containsExactly("table legacy: only in the database");
        assertThat(drift.basis()).isEqualTo("the empty schema (no revision applied)");
    }

    @Test
    void aRevisionTheProjectDoesNotHaveIsNamed() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.migrator(settings).upgrade(null);
        db.execute("insert into migration_history (revision, parents, message, checksum, duration_ms)"
                + " values ('20300101000000', '20261125130100', 'from another branch', 'x', 1)");

        assertThatThrownBy(() -> project.migrator(settings).diff(null))
                .isInstanceOf(MigrationException.class)
                .hasMessage("The database has applied revision(s) [20300101000000], which no migration on the class path"
                        + " defines: build from a branch that has them, or check migration.package.");
    }

    @Test
    void whatRawSqlOfAnAppliedRevisionCreatedShowsAsDriftAndTheRevisionIsNamed() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261126000000_Audit.java", """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "20261126000000", parents = "20261125130100", message = "audit by hand")
                public class R20261126000000_Audit implements Migration {
                    public void upgrade(Operations op) {
                        op.sql("create table audit (id integer)");
                    }

                    public void downgrade(Operations op) {
                        op.sql("drop table audit");
                    }
                }
                """);
        project.migrator(settings).upgrade(null);

        Drift drift = project.migrator(settings).diff(null);

        assertThat(drift.differences()).containsExactly("table audit: only in the database");
        // The snapshot is at the first revision: the schema is replayed from the operations instead.
        assertThat(drift.basis()).isEqualTo("the schema revisions up to 20261126000000 produce");
        assertThat(project.log()).contains("WARN Revision 20261126000000 runs raw SQL or JDBC steps that the"
                + " comparison cannot replay: what they did to the schema shows as drift.");
    }

    @Test
    void aTargetSchemaOtherThanPublicReadsItsOwnSequencesUnqualified() throws Exception {
        Schema model = Schema.builder()
                .table("ticket", t -> t
                        .column("id", "bigint", c -> c.notNull().defaultValue("nextval('ticket_seq')"))
                        .column("state", "varchar(10)", c -> c.notNull().defaultValue("'OPEN'"))
                        .primaryKey("ticket_pkey", "id"))
                .sequence("ticket_seq", 1, 1)
                .build();
        DatabaseSettings shop = db.settings("shop");
        project.entities(model);
        project.migrator().generate("initial schema");
        project.migrator(shop).upgrade(null);

        assertThat(project.migrator(shop).diff(null).differences()).isEmpty();
    }
}
