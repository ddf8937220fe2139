package dev.jpamigrate.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.LockCount;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.LargeSchemas;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cutting a change set into revisions within a lock budget, without changing what it does. */
class RevisionSplitterTest {
    private static final Schema MODEL = LargeSchemas.of(200);
    private static final SchemaDiff DIFF = SchemaDiff.between(Schema.EMPTY, MODEL);

    @Test
    void thePartsKeepTheOperationsInOrderEachWithinTheBudgetAndUndoingExactlyItsOwn() {
        List<RevisionSplitter.Part> parts = RevisionSplitter.split(Schema.EMPTY, DIFF.upgrade(), 500);

        assertThat(parts).hasSizeGreaterThan(3);
        List<Operation> upgrade = new ArrayList<>();
        List<Operation> downgrade = new ArrayList<>();
        Schema state = Schema.EMPTY;
        for (RevisionSplitter.Part part : parts) {
            assertThat(part.before()).isEqualTo(state);
            assertThat(part.locks()).isLessThanOrEqualTo(500)
                    .isEqualTo(LockCount.of(part.upgrade(), part.before()));
            Schema after = apply(part.before(), part.upgrade());
            assertThat(apply(after, part.downgrade())).as("the part's downgrade undoes its upgrade")
                    .isEqualTo(part.before());
            upgrade.addAll(part.upgrade());
            downgrade.addAll(0, part.downgrade());
            state = after;
        }
        assertThat(state).isEqualTo(MODEL);
        assertThat(upgrade).isEqualTo(DIFF.upgrade());
        assertThat(downgrade).isEqualTo(DIFF.downgrade());
    }

    @Test
    void aForeignKeyComesInThePartOfItsTablesOrAfterIt() {
        Set<String> created = new HashSet<>();
        for (RevisionSplitter.Part part : RevisionSplitter.split(Schema.EMPTY, DIFF.upgrade(), 300)) {
            for (Operation op : part.upgrade()) {
                if (op instanceof Operation.CreateTable create) {
                    created.add(create.table().name());
                } else if (op instanceof Operation.AddForeignKey add) {
                    assertThat(created).contains(add.table(), add.foreignKey().referencedTable());
                }
            }
        }
    }

    @Test
    void aChangeSetWithinTheBudgetIsOneRevisionAsBefore() {
        List<RevisionSplitter.Part> parts = RevisionSplitter.split(Schema.EMPTY, DIFF.upgrade(),
                MigrationGenerator.DEFAULT_MAX_LOCKS_PER_REVISION);

        assertThat(LockCount.of(DIFF.upgrade(), Schema.EMPTY)).isLessThan(3_200);
        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.upgrade()).isEqualTo(DIFF.upgrade());
            assertThat(p.downgrade()).isEqualTo(DIFF.downgrade());
        });
    }

    @Test
    void anOperationLargerThanTheBudgetIsARevisionOfItsOwn() {
        List<Operation> tables = DIFF.upgrade().stream().filter(Operation.CreateTable.class::isInstance).limit(3)
                .toList();
        List<RevisionSplitter.Part> parts = RevisionSplitter.split(Schema.EMPTY, tables, 2);

        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.upgrade()).hasSize(1));
    }

    private static Schema apply(Schema schema, List<Operation> operations) {
        for (Operation op : operations) {
            schema = op.applyTo(schema);
        }
        return schema;
    }
}
