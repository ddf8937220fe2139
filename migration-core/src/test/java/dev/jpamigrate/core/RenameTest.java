package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user renames entity {@code Client} to {@code Customer}, its field {@code mail} to {@code email}, and
 * the field {@code client} of {@code PurchaseOrder} to {@code customer}, with {@code @RenamedFrom} on
 * each: generate, upgrade a database that holds rows, and the rows are all there under the new names;
 * downgrade, and they are back under the old ones. The entity snapshots are what the processor writes
 * for those entities under JPA's naming (its hints are tested in the processor's {@code RenameHintsTest}).
 */
class RenameTest extends ProjectOnFreshDatabase {
    /** {@code @Entity Client} with a sequence id, a unique mail, an index, and orders that reference it. */
    static final Schema BEFORE = Schema.builder()
            .table("client", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("mail", "varchar(255)", c -> c.notNull())
                    .column("name", "varchar(255)")
                    .column("tier", "smallint")
                    .primaryKey("client_pkey", "id")
                    .unique("client_mail_key", "mail")
                    .check("client_tier_check", "tier >= 0 AND tier <= 2")
                    .index("idx9uq0w2kx1v8jb5rdm7xcl4oy3", "name"))
            .table("purchase_order", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("client_id", "bigint")
                    .column("total", "numeric(38,2)")
                    .primaryKey("purchase_order_pkey", "id")
                    .foreignKey("fk6o5yqw1hlbbm3mq9rcpn7e2ai", fk -> fk.columns("client_id").references("client", "id")))
            .sequence("client_seq", 1, 50)
            .sequence("purchase_order_seq", 1, 50)
            .build();

    /** The same entities after the renames; Hibernate's hashed names change with the table's. */
    static final Schema AFTER = Schema.builder()
            .table("customer", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("email", "varchar(255)", c -> c.notNull())
                    .column("name", "varchar(255)")
                    .column("tier", "smallint")
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_email_key", "email")
                    .check("customer_tier_check", "tier >= 0 AND tier <= 2")
                    .index("idxk3d1p0s8q2w5n7v4b9m6c1x0z", "name"))
            .table("purchase_order", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("customer_id", "bigint")
                    .column("total", "numeric(38,2)")
                    .primaryKey("purchase_order_pkey", "id")
                    .foreignKey("fk2d9wq4lm8pa0tsn1y7c3uhe5b", fk -> fk.columns("customer_id")
                            .references("customer", "id")))
            .sequence("customer_seq", 1, 50)
            .sequence("purchase_order_seq", 1, 50)
            .build();

    /** What {@code @RenamedFrom("Client")}, {@code @RenamedFrom("mail")} and {@code @RenamedFrom("client")} give. */
    static final Hints HINTS = Hints.of(List.of(
            new Hint.RenamedTable("customer", List.of("Client", "client")),
            new Hint.RenamedColumn("customer", "email", List.of("mail")),
            new Hint.RenamedColumn("purchase_order", "customer_id", List.of("client_id"))));

    @Test
    void renamedEntitiesAndFieldsKeepTheirRowsValuesAndSequenceUpAndDown() throws Exception {
        entities(BEFORE, Hints.NONE);
        project.migrator().generate("initial schema");
        project.migrator(settings).upgrade(null);
        db.execute("insert into client (id, mail, name, tier) values (nextval('client_seq'), 'ada@example.com', 'Ada', 2),"
                + " (nextval('client_seq'), 'alan@example.com', 'Alan', null)");
        db.execute("insert into purchase_order (id, client_id, total) values (1, 1, 12.50), (2, 51, 99.99), (3, null, 1)");

        entities(AFTER, HINTS);
        GenerateResult result = project.migrator().generate("rename client to customer");

        assertThat(result.upgrade()).containsExactly(
                new Operation.RenameTable("client", "customer"),
                new Operation.RenameColumn("customer", "mail", "email"),
                new Operation.RenameColumn("purchase_order", "client_id", "customer_id"),
                new Operation.RenameConstraint("customer", "client_pkey", "customer_pkey"),
                new Operation.RenameConstraint("customer", "client_mail_key", "customer_email_key"),
                new Operation.RenameConstraint("customer", "client_tier_check", "customer_tier_check"),
                new Operation.RenameIndex("customer", "idx9uq0w2kx1v8jb5rdm7xcl4oy3", "idxk3d1p0s8q2w5n7v4b9m6c1x0z"),
                new Operation.RenameConstraint("purchase_order", "fk6o5yqw1hlbbm3mq9rcpn7e2ai",
                        "fk2d9wq4lm8pa0tsn1y7c3uhe5b"),
                new Operation.RenameSequence("client_seq", "customer_seq"));
        assertThat(result.dataLoss()).isEmpty();
        assertThat(project.log()).noneMatch(l -> l.contains("RenamedFrom"));
        String migration = Files.readString(result.migration().orElseThrow());
        assertThat(migration).contains("op.renameTable(\"client\", \"customer\");",
                "op.renameColumn(\"customer\", \"mail\", \"email\");",
                "op.renameSequence(\"client_seq\", \"customer_seq\");",
                "op.renameTable(\"customer\", \"client\");");

        project.migrator(settings).upgrade(null);

        assertThat(db.catalog()).isEqualTo(AFTER);
        assertThat(db.strings("select c.id || ' ' || c.email || ' ' || c.name || ' ' || coalesce(c.tier::text, '-')"
                + " || ' ' || o.id || ' ' || o.total from purchase_order o join customer c on c.id = o.customer_id"
                + " order by o.id")).containsExactly("1 ada@example.com Ada 2 1 12.50", "51 alan@example.com Alan - 2 99.99");
        assertThat(db.strings("select count(*) from purchase_order where customer_id is null")).containsExactly("1");
        // The sequence goes on where it was: Hibernate's pooled ids never collide with the rows already there.
        assertThat(db.strings("select nextval('customer_seq')")).containsExactly("101");

        project.migrator(settings).downgrade("-1");

        assertThat(db.catalog()).isEqualTo(BEFORE);
        assertThat(db.strings("select c.id || ' ' || c.mail || ' ' || o.total from purchase_order o"
                + " join client c on c.id = o.client_id order by o.id"))
                .containsExactly("1 ada@example.com 12.50", "51 alan@example.com 99.99");
        assertThat(db.strings("select nextval('client_seq')")).containsExactly("151");
    }

    @Test
    void aRenameAlreadyAppliedWithTheAnnotationLeftInTheCodeChangesNothing() throws Exception {
        entities(AFTER, Hints.NONE);
        project.migrator().generate("initial schema");

        entities(AFTER, HINTS);
        GenerateResult again = project.migrator().generate("nothing");

        assertThat(again.hasChanges()).isFalse();
    }

    @Test
    void withoutTheAnnotationItDropsAndAddsAndSaysWhichAnnotationMakesItARename() throws Exception {
        entities(BEFORE, Hints.NONE);
        project.migrator().generate("initial schema");
        project.migrator(settings).upgrade(null);
        db.execute("insert into client (id, mail) values (1, 'ada@example.com')");

        Schema changed = BEFORE.withTable(BEFORE.table("client").orElseThrow().withUniqueConstraints(us -> List.of())
                .withColumns(cols -> {
                    cols.replaceAll(c -> c.name().equals("mail") ? Column.of("email", "varchar(320)") : c);
                    return cols;
                }));
        entities(changed, Hints.NONE);
        GenerateResult result = project.migrator().generate("email");

        assertThat(result.upgrade()).contains(new Operation.DropColumn("client", "mail"),
                new Operation.AddColumn("client", Column.of("email", "varchar(320)")));
        assertThat(project.log()).contains("WARN client.mail was dropped and client.email added: if it is a rename,"
                + " annotate the field with @RenamedFrom(\"mail\") and generate again");

        entities(new Operation.RenameTable("client", "customer").applyTo(changed), Hints.NONE);
        project.migrator().generate("customer");

        assertThat(project.log()).contains("WARN table client was dropped and table customer created with the same"
                + " columns: if it is a rename, annotate the entity class with @RenamedFrom(\"client\") and generate"
                + " again");
    }

    private void entities(Schema schema, Hints hints) {
        project.processorFile(IndexFiles.entitySchema("com.acme"),
                SchemaFile.ofEntities(schema, List.of(), List.of(), hints).write(null));
        project.processorFile(IndexFiles.ENTITY_SCHEMAS, IndexFiles.entitySchema("com.acme") + "\n");
    }
}
