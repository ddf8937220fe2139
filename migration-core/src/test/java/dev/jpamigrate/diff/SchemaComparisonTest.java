package dev.jpamigrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import org.junit.jupiter.api.Test;

class SchemaComparisonTest {
    private static final Schema MIGRATIONS = Schema.builder()
            .table("customer", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("name", "varchar(100)", c -> c.notNull())
                    .column("phone", "varchar(20)")
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_name_key", "name"))
            .table("legacy", t -> t.column("id", "integer", c -> c.notNull()))
            .sequence("customer_seq", 1, 50)
            .build();

    private static final Schema ENTITIES = Schema.builder()
            .table("customer", t -> t
                    .column("phone", "varchar(30)", c -> c.defaultValue("'none'"))
                    .column("name", "varchar(100)", c -> c.notNull())
                    .column("id", "bigint", c -> c.notNull())
                    .column("email", "varchar(255)")
                    .primaryKey("customer_pkey", "id")
                    .check("customer_phone_check", "phone <> ''"))
            .table("invoice", t -> t.column("id", "bigint", c -> c.notNull()))
            .sequence("customer_seq", 1, 1)
            .build();

    @Test
    void namesEachDifferenceOnceInALine() {
        assertThat(SchemaComparison.differences(MIGRATIONS, "the migrations", ENTITIES, "the entities")).containsExactly(
                "table customer: column email only in the entities",
                "table customer: column phone is varchar(20) in the migrations, varchar(30) in the entities",
                "table customer: column phone has no default in the migrations, default 'none' in the entities",
                "table customer: unique constraint customer_name_key only in the migrations",
                "table customer: check customer_phone_check only in the entities",
                "table invoice: only in the entities",
                "table legacy: only in the migrations",
                "sequence customer_seq is start 1 increment 50 in the migrations, start 1 increment 1 in the entities");
    }

    @Test
    void aSequencesTypeAndOwnerAreDifferences() {
        Schema serial = Schema.EMPTY.withSequence(new Sequence("tag_id_seq", 1, 1, "integer",
                new Sequence.Owner("tag", "id")));
        Schema earlier = Schema.EMPTY.withSequence(new Sequence("tag_id_seq", 1, 1));

        assertThat(SchemaComparison.differences(earlier, "the database", serial, "the migrations")).containsExactly(
                "sequence tag_id_seq is start 1 increment 1 in the database, start 1 increment 1 as integer owned by"
                        + " tag.id in the migrations");
    }

    @Test
    void theOrderOfColumnsIsNotADifference() {
        Schema reordered = Schema.builder()
                .table("customer", t -> t
                        .column("phone", "varchar(20)")
                        .column("id", "bigint", c -> c.notNull())
                        .column("name", "varchar(100)", c -> c.notNull())
                        .primaryKey("customer_pkey", "id")
                        .unique("customer_name_key", "name"))
                .table("legacy", t -> t.column("id", "integer", c -> c.notNull()))
                .sequence("customer_seq", 1, 50)
                .build();

        assertThat(SchemaComparison.differences(MIGRATIONS, "a", reordered, "b")).isEmpty();
    }
}
