package dev.jpamigrate.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.Column;
import dev.jpamigrate.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationChecksumTest {
    @Test
    void theSameOperationsHaveTheSameChecksumAndAnEditChangesIt() {
        List<Operation> applied = List.of(new Operation.AddColumn("customer", Column.of("email", "varchar(255)")));
        List<Operation> edited = List.of(new Operation.AddColumn("customer", Column.of("email", "varchar(300)")));

        assertThat(OperationChecksum.of(applied))
                .isEqualTo(OperationChecksum.of(List.of(new Operation.AddColumn("customer",
                        Column.of("email", "VARCHAR(255)")))))
                .isNotEqualTo(OperationChecksum.of(edited))
                .hasSize(64);
    }

    /** So that a component added to an operation later, at its default, keeps old checksums. */
    @Test
    void nullFalseAndEmptyComponentsAreLeftOut() {
        assertThat(OperationChecksum.canonical(new Operation.AddColumn("customer", Column.of("email", "text"))))
                .isEqualTo("AddColumn{table=\"customer\",column=Column{name=\"email\",type=\"text\",nullable=true}}");
        assertThat(OperationChecksum.canonical(new Operation.AlterColumnType("t", "c", "text")))
                .isEqualTo(OperationChecksum.canonical(new Operation.AlterColumnType("t", "c", "text", null)))
                .doesNotContain("using");
    }

    @Test
    void aJdbcStepCountsByItsDescription() {
        Operation.Step one = c -> c.createStatement().execute("select 1");
        Operation.Step other = c -> c.createStatement().execute("select 2");

        assertThat(OperationChecksum.of(List.of(new Operation.JdbcStep("backfill", one))))
                .isEqualTo(OperationChecksum.of(List.of(new Operation.JdbcStep("backfill", other))))
                .isNotEqualTo(OperationChecksum.of(List.of(new Operation.JdbcStep("backfill emails", one))));
    }
}
