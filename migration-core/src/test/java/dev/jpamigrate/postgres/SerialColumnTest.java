package dev.jpamigrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hibernate 6.2 to 6.4 create an IDENTITY id as {@code serial} ({@code integer}) or {@code bigserial}; the schema
 * model holds what the catalog shows of it: the sequence {@code <table>_<column>_seq}, of the column's type and owned
 * by the column, and the column's {@code nextval} default. The migrations build that, and later changes (the move to
 * an identity column that Hibernate 6.5 writes, dropping the table) apply with rows present, both ways.
 */
class SerialColumnTest {
    private static final Sequence.Owner INVOICE_ID = new Sequence.Owner("invoice", "id");
    private static final Schema SERIAL = Schema.EMPTY
            .withSequence(new Sequence("invoice_id_seq", 1, 1, null, INVOICE_ID))
            .withTable(invoice(new Column("id", "bigint", false, "nextval('invoice_id_seq'::regclass)", false)));
    private static final Schema IDENTITY = Schema.EMPTY
            .withTable(invoice(new Column("id", "bigint", false, null, true)));
    /** An {@code int} id: a {@code serial} column, whose sequence is {@code integer}. */
    private static final Schema INTEGER_SERIAL = SERIAL
            .withSequence(new Sequence("tag_id_seq", 1, 1, "integer", new Sequence.Owner("tag", "id")))
            .withTable(Table.builder("tag")
                    .column(new Column("id", "integer", false, "nextval('tag_id_seq'::regclass)", false))
                    .column("name", "varchar(20)").primaryKey("tag_pkey", "id").build());

    private static Table invoice(Column id) {
        return Table.builder("invoice").column(id).column("number", "varchar(20)").primaryKey("invoice_pkey", "id")
                .build();
    }

    @Test
    void theModelOfSerialColumnsIsWhatTheCatalogShowsOfSerialAndBigserial() throws SQLException {
        try (LiveDatabase hibernates = LiveDatabase.create(); LiveDatabase ours = LiveDatabase.create()) {
            hibernates.execute("create table invoice (id bigserial not null, number varchar(20), primary key (id))");
            hibernates.execute("create table tag (id serial not null, name varchar(20), primary key (id))");
            ours.run(SchemaDiff.between(Schema.EMPTY, INTEGER_SERIAL).upgrade());

            assertThat(hibernates.schema()).isEqualTo(INTEGER_SERIAL);
            assertThat(ours.schema()).isEqualTo(INTEGER_SERIAL);
            assertThat(ours.queryString("select format_type(seqtypid, null) from pg_sequence"
                    + " where seqrelid = 'tag_id_seq'::regclass")).isEqualTo("integer");
            assertThat(ours.queryString("select pg_get_serial_sequence('tag', 'id')")).isEqualTo("public.tag_id_seq");
            ours.execute("insert into invoice (number) values ('A-1')");
            ours.execute("insert into tag (name) values ('red')");
            assertThat(ours.queryString("select id from invoice")).isEqualTo("1");
            assertThat(ours.queryString("select id from tag")).isEqualTo("1");
        }
    }

    @Test
    void theCreationCreatesTheSequenceThenTheTableThenOwnsIt() {
        List<Operation> upgrade = SchemaDiff.between(Schema.EMPTY, SERIAL).upgrade();

        assertThat(upgrade).containsExactly(new Operation.CreateSequence(new Sequence("invoice_id_seq", 1, 1)),
                new Operation.CreateTable(SERIAL.table("invoice").orElseThrow()),
                new Operation.AlterSequenceOwner("invoice_id_seq", INVOICE_ID));
        assertThat(new PostgresDialect().render(upgrade.get(2))).containsExactly(
                "alter sequence invoice_id_seq owned by invoice.id",
                "select setval('invoice_id_seq', max(id)) from invoice having max(id) >= (select last_value from"
                        + " invoice_id_seq)");
        assertThat(new PostgresDialect().render(new Operation.CreateSequence(
                        INTEGER_SERIAL.sequence("tag_id_seq").orElseThrow().withOwner(null))))
                .containsExactly("create sequence tag_id_seq as integer start with 1 increment by 1");
    }

    @Test
    void aSerialIdBecomesAnIdentityThatContinuesAfterTheRowsAndBack() throws SQLException {
        try (LiveDatabase db = LiveDatabase.create()) {
            db.execute("create table invoice (id bigserial not null, number varchar(20), primary key (id))");
            db.execute("insert into invoice (number) values ('A-1'), ('A-2'), ('A-3')");
            SchemaDiff diff = SchemaDiff.between(SERIAL, IDENTITY);

            db.run(diff.upgrade());
            db.execute("insert into invoice (number) values ('A-4')");

            assertThat(db.schema()).isEqualTo(IDENTITY);
            assertThat(db.queryString("select id from invoice where number = 'A-4'")).isEqualTo("4");

            db.run(diff.downgrade());
            db.execute("insert into invoice (number) values ('A-5')");

            assertThat(db.schema()).isEqualTo(SERIAL);
            assertThat(db.queryString("select id from invoice where number = 'A-5'")).isEqualTo("5");
        }
    }

    @Test
    void droppingTheTableKeepsTheSequenceUntilItsOwnDropAndTheDowngradeBuildsBoth() throws SQLException {
        try (LiveDatabase db = LiveDatabase.create()) {
            // As Hibernate 6.4 builds it (a database adopted with baseline).
            db.execute("create table invoice (id bigserial not null, number varchar(20), primary key (id))");
            db.execute("create table tag (id serial not null, name varchar(20), primary key (id))");
            db.execute("insert into invoice (number) values ('A-1'), ('A-2')");
            db.execute("insert into tag (name) values ('red')");
            Schema adopted = db.schema();
            Schema withoutInvoice = adopted.withoutTable("invoice").withoutSequence("invoice_id_seq");
            SchemaDiff diff = SchemaDiff.between(adopted, withoutInvoice);

            assertThat(diff.upgrade()).containsExactly(new Operation.AlterSequenceOwner("invoice_id_seq", null),
                    new Operation.DropTable("invoice"), new Operation.DropSequence("invoice_id_seq"));
            db.run(diff.upgrade());

            assertThat(db.schema()).isEqualTo(withoutInvoice);
            assertThat(db.queryString("select name from tag")).isEqualTo("red");

            db.run(diff.downgrade());

            assertThat(db.schema()).isEqualTo(INTEGER_SERIAL).isEqualTo(adopted);
            db.execute("insert into invoice (number) values ('B-1')");
            db.execute("insert into tag (name) values ('blue')");
            assertThat(db.queryString("select id from invoice where number = 'B-1'")).isEqualTo("1");
            assertThat(db.queryString("select id from tag where name = 'blue'")).isEqualTo("2");

            // And PostgreSQL drops the owned sequence with the table, as Hibernate's serial does.
            db.execute("drop table invoice");
            assertThat(db.queryString("select count(*) from pg_class where relname = 'invoice_id_seq'")).isEqualTo("0");
        }
    }

    @Test
    void aSequenceOfAnEarlierSnapshotGetsItsOwnerAndType() throws SQLException {
        try (LiveDatabase db = LiveDatabase.create()) {
            // What the migrations of earlier versions built: a bigint sequence that no column owns.
            Schema earlier = INTEGER_SERIAL
                    .withSequence(new Sequence("invoice_id_seq", 1, 1))
                    .withSequence(new Sequence("tag_id_seq", 1, 1));
            db.run(SchemaDiff.between(Schema.EMPTY, earlier).upgrade());
            db.execute("insert into tag (name) values ('red'), ('green')");
            assertThat(db.schema()).isEqualTo(earlier);

            db.run(SchemaDiff.between(earlier, INTEGER_SERIAL).upgrade());
            db.execute("insert into tag (name) values ('blue')");

            assertThat(db.schema()).isEqualTo(INTEGER_SERIAL);
            assertThat(db.queryString("select id from tag where name = 'blue'")).isEqualTo("3");
        }
    }
}
