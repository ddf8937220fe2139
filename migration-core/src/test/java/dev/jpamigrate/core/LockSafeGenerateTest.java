package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code generate} on tables that hold rows: an index, a unique constraint, a foreign key to
 * another existing table, a check and a NOT NULL change are written in their lock-safe forms, in
 * a transactional revision and a follow-up with {@code transactional = false}; upgrade reaches
 * the entity schema with the rows kept, and downgrade mirrors it.
 */
class LockSafeGenerateTest extends ProjectOnFreshDatabase {
    static final Schema BEFORE = Schema.builder()
            .table("customer", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("email", "varchar(255)")
                    .column("name", "varchar(80)")
                    .primaryKey("customer_pkey", "id"))
            .table("purchase", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("customer_id", "bigint")
                    .column("amount", "integer")
                    .primaryKey("purchase_pkey", "id"))
            .build();

    static final Schema AFTER = Schema.builder()
            .table("customer", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("email", "varchar(255)", c -> c.notNull())
                    .column("name", "varchar(80)")
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_email_key", "email")
                    .index("idx_customer_name", "name"))
            .table("purchase", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("customer_id", "bigint")
                    .column("amount", "integer")
                    .primaryKey("purchase_pkey", "id")
                    .check("purchase_amount_check", "amount >= 0")
                    .foreignKey("fk_purchase_customer", fk -> fk.columns("customer_id").references("customer", "id")))
            .build();

    /** AFTER with a table created in the same change set: its index and foreign key stay plain. */
    static final Schema AFTER_WITH_NEW_TABLE = Schema.builder()
            .table(AFTER.table("customer").orElseThrow())
            .table(AFTER.table("purchase").orElseThrow())
            .table("note", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("customer_id", "bigint")
                    .primaryKey("note_pkey", "id")
                    .index("idx_note_customer", "customer_id")
                    .foreignKey("fk_note_customer", fk -> fk.columns("customer_id").references("customer", "id")))
            .build();

    @BeforeEach
    void createDatabaseWithRows() throws Exception {
        project.entities(BEFORE);
        project.migrator().generate("initial schema");
        project.migrator(settings).upgrade(null);
        db.execute("insert into customer (id, email, name) values (1, 'ann@example.com', 'Ann'),"
                + " (2, 'bob@example.com', 'Bob'), (3, 'cy@example.com', null)");
        db.execute("insert into purchase (id, customer_id, amount) values (10, 1, 5), (11, 1, 7), (12, 3, 0),"
                + " (13, null, 2)");
    }

    @Test
    void changesToTablesWithRowsAreWrittenAsATransactionalRevisionAndALockSafeOne() throws Exception {
        project.entities(AFTER);

        GenerateResult result = project.migrator().generate("constrain customers");

        assertThat(result.revisions()).hasSize(2);
        assertThat(result.upgrade()).contains(new Operation.ValidateConstraint("purchase", "fk_purchase_customer"));
        String main = Files.readString(result.migrations().get(0));
        String followUp = Files.readString(result.migrations().get(1));
        assertThat(main).contains("message = \"constrain customers\"\n")
                .doesNotContain("transactional")
                .contains("op.addForeignKeyNotValid(\"purchase\", \"fk_purchase_customer\", \"customer_id\")"
                        + ".references(\"customer\", \"id\");")
                .contains("op.addCheckNotValid(\"purchase\", \"purchase_amount_check\", \"amount >= 0\");")
                .contains("op.dropForeignKey(\"purchase\", \"fk_purchase_customer\");")
                .contains("op.dropCheck(\"purchase\", \"purchase_amount_check\");")
                .doesNotContain("Concurrently").doesNotContain("setNotNull").doesNotContain("validateConstraint");
        assertThat(followUp).contains("parents = \"" + result.revisions().get(0) + "\"")
                .contains("message = \"constrain customers (lock-safe steps)\"")
                .contains("transactional = false")
                .contains("op.setNotNullViaCheck(\"customer\", \"email\");")
                .contains("op.addUniqueConcurrently(\"customer\", \"customer_email_key\", \"email\");")
                .contains("op.createIndexConcurrently(\"customer\", \"idx_customer_name\", \"name\");")
                .contains("op.validateConstraint(\"purchase\", \"fk_purchase_customer\");")
                .contains("op.validateConstraint(\"purchase\", \"purchase_amount_check\");")
                .contains("op.dropIndexConcurrently(\"customer\", \"idx_customer_name\");")
                .contains("op.dropUnique(\"customer\", \"customer_email_key\");")
                .contains("op.dropNotNull(\"customer\", \"email\");");
        // The downgrade mirrors the upgrade: what was built last goes first.
        String downgrade = followUp.substring(followUp.indexOf("void downgrade"));
        assertThat(downgrade.indexOf("dropIndexConcurrently")).isLessThan(downgrade.indexOf("dropUnique"));
        assertThat(downgrade.indexOf("dropUnique")).isLessThan(downgrade.indexOf("dropNotNull"));
        assertThat(downgrade).doesNotContain("validateConstraint");

        project.migrator(settings).upgrade(null);

        assertThat(db.catalog()).isEqualTo(AFTER);
        assertThat(rows()).containsExactly("customer 1 ann@example.com Ann", "customer 2 bob@example.com Bob",
                "customer 3 cy@example.com null", "purchase 10 1 5", "purchase 11 1 7", "purchase 12 3 0",
                "purchase 13 null 2");
        assertThat(db.strings("select conname || ' ' || convalidated from pg_constraint where conname in"
                + " ('fk_purchase_customer', 'purchase_amount_check') order by conname"))
                .containsExactly("fk_purchase_customer true", "purchase_amount_check true");
        assertThat(db.strings("select conname from pg_constraint where conname like '%not_null_check'")).isEmpty();
        assertThatThrownBy(() -> db.execute("insert into customer (id, email) values (4, 'ann@example.com')"))
                .hasMessageContaining("customer_email_key");

        project.migrator(settings).downgrade("-1");
        assertThat(db.catalog()).isEqualTo(AFTER.withTable(BEFORE.table("customer").orElseThrow()));
        project.migrator(settings).downgrade("-1");
        assertThat(db.catalog()).isEqualTo(BEFORE);
        assertThat(rows()).containsExactly("customer 1 ann@example.com Ann", "customer 2 bob@example.com Bob",
                "customer 3 cy@example.com null", "purchase 10 1 5", "purchase 11 1 7", "purchase 12 3 0",
                "purchase 13 null 2");

        project.migrator(settings).upgrade(null);
        assertThat(db.catalog()).isEqualTo(AFTER);
    }

    @Test
    void aTableCreatedInTheSameChangeSetStaysPlain() throws Exception {
        project.entities(AFTER_WITH_NEW_TABLE);

        GenerateResult result = project.migrator().generate("notes");

        String main = Files.readString(result.migrations().get(0));
        String followUp = Files.readString(result.migrations().get(1));
        assertThat(main).contains(".index(\"idx_note_customer\", \"customer_id\")")
                .contains("op.addForeignKey(\"note\", \"fk_note_customer\", \"customer_id\")");
        assertThat(followUp).doesNotContain("\"note\"");
        project.migrator(settings).upgrade(null);
        assertThat(db.catalog()).isEqualTo(AFTER_WITH_NEW_TABLE);
    }

    @Test
    void anIndexAloneIsOneRevisionThatIsNotTransactional() throws Exception {
        Schema indexed = BEFORE.withTable(BEFORE.table("customer").orElseThrow()
                .withIndexes(is -> List.of(new Index("idx_customer_name", List.of("name"), false))));
        project.entities(indexed);

        GenerateResult result = project.migrator().generate("index names");

        assertThat(result.revisions()).hasSize(1);
        assertThat(Files.readString(result.migrations().get(0))).contains("message = \"index names\",")
                .contains("transactional = false")
                .contains("op.createIndexConcurrently(\"customer\", \"idx_customer_name\", \"name\");");
        project.migrator(settings).upgrade(null);
        assertThat(db.catalog()).isEqualTo(indexed);
        project.migrator(settings).downgrade("-1");
        assertThat(db.catalog()).isEqualTo(BEFORE);
    }

    @Test
    void lockSafeFalseWritesPlainDdlInOneRevision() throws Exception {
        project.entities(AFTER);

        GenerateResult result = project.migrator().generate("constrain customers", 3200, false);

        assertThat(result.revisions()).hasSize(1);
        String source = Files.readString(result.migrations().get(0));
        assertThat(source).doesNotContain("transactional").doesNotContain("Concurrently")
                .doesNotContain("NotValid").doesNotContain("validateConstraint")
                .contains("op.setNotNull(\"customer\", \"email\");")
                .contains("op.createIndex(\"customer\", \"idx_customer_name\", \"name\");")
                .contains("op.addUnique(\"customer\", \"customer_email_key\", \"email\");");
        project.migrator(settings).upgrade(null);
        assertThat(db.catalog()).isEqualTo(AFTER);
    }

    @Test
    void aFailurePartWayLeavesWhatRanSaysWhatToDoAndRunsAgainOnceFixed() throws Exception {
        project.entities(AFTER);
        GenerateResult result = project.migrator().generate("constrain customers");
        db.execute("update customer set email = 'ann@example.com' where id = 2");

        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Revision " + result.revisions().get(1) + " (constrain customers (lock-safe"
                        + " steps)) failed; it is not transactional, so the 6 statements before this one stay"
                        + " applied and the revision is not recorded: ERROR: could not create unique index"
                        + " \"customer_email_key\"")
                .hasMessageContaining("in: create unique index concurrently if not exists customer_email_key on"
                        + " customer (email)")
                .hasMessageContaining("A failed concurrent build leaves its index INVALID")
                .hasMessageContaining("run the upgrade again");
        assertThat(history()).containsExactly(result.revisions().get(0), "20261125130100");
        assertThat(db.strings("select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " where not i.indisvalid")).containsExactly("customer_email_key");
        // The statements before the failure stay: email is NOT NULL already.
        assertThat(db.strings("select is_nullable from information_schema.columns where table_name = 'customer'"
                + " and column_name = 'email'")).containsExactly("NO");

        db.execute("update customer set email = 'bob@example.com' where id = 2");
        project.migrator(settings).upgrade(null);

        assertThat(db.catalog()).isEqualTo(AFTER);
        assertThat(db.strings("select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " where not i.indisvalid")).isEmpty();
        assertThat(history()).contains(result.revisions().get(1));
        assertThat(rows()).contains("customer 2 bob@example.com Bob");
    }

    private List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(db.strings("select 'customer ' || id || ' ' || coalesce(email, 'null') || ' ' || coalesce(name, 'null')"
                + " from customer order by id"));
        rows.addAll(db.strings("select 'purchase ' || id || ' ' || coalesce(customer_id::text, 'null') || ' ' || amount"
                + " from purchase order by id"));
        return rows;
    }

    private List<String> history() throws SQLException {
        return db.strings("select revision from migration_history order by revision desc");
    }
}
