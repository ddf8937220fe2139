package dev.jpamigrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.ops.Operation.AddColumn;
import dev.jpamigrate.ops.Operation.CreateTable;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hibernate sorts a new table's columns, and the processor writes them in that order; a database
 * built earlier, or by another Hibernate setting, has them in another. Only a new table takes
 * the snapshot's order: PostgreSQL appends an added column, and cannot move one.
 */
class ColumnOrderDiffTest {
    private static final Schema DECLARED = Schema.builder()
            .table("customer", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("name", "varchar(255)")
                    .column("active", "boolean", c -> c.notNull())
                    .primaryKey("customer_pkey", "id"))
            .build();
    private static final Schema SORTED = Schema.builder()
            .table("customer", t -> t
                    .column("active", "boolean", c -> c.notNull())
                    .column("id", "bigint", c -> c.notNull())
                    .column("name", "varchar(255)")
                    .primaryKey("customer_pkey", "id"))
            .build();

    @Test
    void columnsInAnotherOrderAreNoChange() {
        assertThat(SORTED).isNotEqualTo(DECLARED);
        assertThat(SchemaDiff.between(DECLARED, SORTED).isEmpty()).isTrue();
        assertThat(SchemaDiff.between(SORTED, DECLARED).isEmpty()).isTrue();
    }

    @Test
    void aNewTableIsCreatedWithItsColumnsInTheSnapshotsOrder() {
        List<Operation> upgrade = SchemaDiff.between(Schema.EMPTY, SORTED).upgrade();

        assertThat(upgrade).hasSize(1);
        assertThat(((CreateTable) upgrade.get(0)).table().columns()).extracting(Column::name)
                .containsExactly("active", "id", "name");
    }

    @Test
    void anAddedColumnIsAppendedWhereverHibernateWouldSortIt() {
        Schema withEmail = Schema.builder()
                .table("customer", t -> t
                        .column("active", "boolean", c -> c.notNull())
                        .column("email", "varchar(80)")
                        .column("id", "bigint", c -> c.notNull())
                        .column("name", "varchar(255)")
                        .primaryKey("customer_pkey", "id"))
                .build();

        SchemaDiff diff = SchemaDiff.between(DECLARED, withEmail);

        assertThat(diff.upgrade()).containsExactly(new AddColumn("customer", Column.of("email", "varchar(80)")));
        Schema upgraded = SchemaDiff.replay(DECLARED, diff.upgrade());
        assertThat(upgraded.table("customer").orElseThrow().columns()).extracting(Column::name)
                .containsExactly("id", "name", "active", "email");
        assertThat(SchemaDiff.between(upgraded, withEmail).isEmpty()).isTrue();
    }

    @Test
    void aReorderedTableWithADroppedColumnOnlyDropsIt() {
        Schema withoutName = Schema.builder()
                .table("customer", t -> t
                        .column("active", "boolean", c -> c.notNull())
                        .column("id", "bigint", c -> c.notNull())
                        .primaryKey("customer_pkey", "id"))
                .build();

        assertThat(SchemaDiff.between(DECLARED, withoutName).upgrade())
                .containsExactly(new Operation.DropColumn("customer", "name"));
    }
}
