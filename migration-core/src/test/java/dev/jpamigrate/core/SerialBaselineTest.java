package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * A database that Hibernate 6.4 built, whose IDENTITY ids are {@code serial} and {@code bigserial} columns (each
 * owning its sequence), adopted with {@code baseline}: a later migration that drops an entity's table drops the
 * sequence on its own, and its downgrade builds both again.
 */
class SerialBaselineTest extends ProjectOnFreshDatabase {
    /** The entities as the processor writes them with {@code -Amigration.hibernate=6.4}. */
    static final Schema ENTITIES = Schema.EMPTY
            .withSequence(new Sequence("invoice_id_seq", 1, 1, null, new Sequence.Owner("invoice", "id")))
            .withSequence(new Sequence("tag_id_seq", 1, 1, "integer", new Sequence.Owner("tag", "id")))
            .withTable(Table.builder("invoice")
                    .column(new Column("id", "bigint", false, "nextval('invoice_id_seq'::regclass)", false))
                    .column("number", "varchar(20)").primaryKey("invoice_pkey", "id").build())
            .withTable(Table.builder("tag")
                    .column(new Column("id", "integer", false, "nextval('tag_id_seq'::regclass)", false))
                    .column("name", "varchar(20)").primaryKey("tag_pkey", "id").build());

    /** What Hibernate 6.4 writes for them. */
    static final String HIBERNATE_DDL = """
            create table invoice (id bigserial not null, number varchar(20), primary key (id));
            create table tag (id serial not null, name varchar(20), primary key (id));
            """;

    @Test
    void anEntityRemovedFromAnAdoptedDatabaseUpgradesAndDowngradesWithItsSequence() throws Exception {
        db.execute(HIBERNATE_DDL);
        db.execute("insert into invoice (number) values ('A-1'), ('A-2')");
        db.execute("insert into tag (name) values ('red')");
        Schema adopted = db.catalog();
        assertThat(adopted).isEqualTo(ENTITIES);
        project.entities(ENTITIES);

        GenerateResult baseline = project.migrator(settings).baseline(null);

        assertThat(Files.readString(baseline.migration().orElseThrow())).contains(
                "op.createSequence(\"tag_id_seq\", 1, 1, \"integer\");",
                "op.setSequenceOwner(\"tag_id_seq\", \"tag\", \"id\");");
        assertThat(project.migrator().generate("after baseline").hasChanges()).isFalse();

        project.entities(ENTITIES.withoutTable("invoice").withoutSequence("invoice_id_seq"));
        GenerateResult change = project.migrator().generate("drop invoice");

        assertThat(change.upgrade()).containsExactly(new Operation.AlterSequenceOwner("invoice_id_seq", null),
                new Operation.DropTable("invoice"), new Operation.DropSequence("invoice_id_seq"));
        assertThat(Files.readString(change.migration().orElseThrow())).contains(
                "op.dropSequenceOwner(\"invoice_id_seq\");", "op.setSequenceOwner(\"invoice_id_seq\", \"invoice\", \"id\");");
        project.migrator(settings).upgrade("head");
        assertThat(db.catalog()).isEqualTo(ENTITIES.withoutTable("invoice").withoutSequence("invoice_id_seq"));
        assertThat(db.strings("select name from tag")).containsExactly("red");

        project.migrator(settings).downgrade("-1");

        assertThat(db.catalog()).isEqualTo(adopted);
        db.execute("insert into invoice (number) values ('B-1')");
        db.execute("insert into tag (name) values ('blue')");
        assertThat(db.strings("select id || ' ' || number from invoice")).containsExactly("1 B-1");
        assertThat(db.strings("select id || ' ' || name from tag order by id")).containsExactly("1 red", "2 blue");

        // The migrations build the entities' schema on a new database, and their downgrade leaves nothing.
        assertThat(project.migrator().verify().problems()).isEmpty();
    }
}
