package dev.jpamigrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Hibernate 6.2 to 6.4 create an IDENTITY id as {@code bigserial}; the schema model holds what the catalog shows
 * of it, the sequence {@code <table>_<column>_seq} and the column's {@code nextval} default. The migrations build
 * that, and later changes (the move to an identity column that Hibernate 6.5 writes, dropping the table) apply
 * with rows present.
 */
class SerialColumnTest {
    private static final Schema SERIAL = Schema.EMPTY.withSequence(new Sequence("invoice_id_seq", 1, 1))
            .withTable(invoice(new Column("id", "bigint", false, "nextval('invoice_id_seq'::regclass)", false)));
    private static final Schema IDENTITY = Schema.EMPTY
            .withTable(invoice(new Column("id", "bigint", false, null, true)));

    private static Table invoice(Column id) {
        return Table.builder("invoice").column(id).column("number", "varchar(20)").primaryKey("invoice_pkey", "id")
                .build();
    }

    @Test
    void theModelOfASerialColumnIsWhatTheCatalogShowsOfBigserial() throws SQLException {
        try (LiveDatabase hibernates = LiveDatabase.create(); LiveDatabase ours = LiveDatabase.create()) {
            hibernates.execute("create table invoice (id bigserial not null, number varchar(20), primary key (id))");
            ours.run(SchemaDiff.between(Schema.EMPTY, SERIAL).upgrade());

            assertThat(ours.schema()).isEqualTo(hibernates.schema()).isEqualTo(SERIAL);
            ours.execute("insert into invoice (number) values ('A-1')");
            assertThat(ours.queryString("select id from invoice")).isEqualTo("1");
        }
    }

    @Test
    void aSerialIdBecomesAnIdentityThatContinuesAfterTheRows() throws SQLException {
        try (LiveDatabase db = LiveDatabase.create()) {
            db.run(SchemaDiff.between(Schema.EMPTY, SERIAL).upgrade());
            db.execute("insert into invoice (number) values ('A-1'), ('A-2'), ('A-3')");

            db.run(SchemaDiff.between(SERIAL, IDENTITY).upgrade());
            db.execute("insert into invoice (number) values ('A-4')");

            assertThat(db.schema()).isEqualTo(IDENTITY);
            assertThat(db.queryString("select id from invoice where number = 'A-4'")).isEqualTo("4");
        }
    }

    @Test
    void droppingTheTableDropsItsSequence() throws SQLException {
        try (LiveDatabase db = LiveDatabase.create()) {
            db.run(SchemaDiff.between(Schema.EMPTY, SERIAL).upgrade());
            db.execute("insert into invoice (number) values ('A-1')");

            db.run(SchemaDiff.between(SERIAL, Schema.EMPTY).upgrade());

            assertThat(db.schema()).isEqualTo(Schema.EMPTY);
        }
    }
}
