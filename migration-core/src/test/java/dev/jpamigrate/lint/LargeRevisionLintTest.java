package dev.jpamigrate.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.LargeSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lint runs on every generate: on the first revision of a 1,000-table model it must cost little. */
class LargeRevisionLintTest {
    @Test
    void aThousandTablesAreLintedInASecondOrTwo() {
        Schema schema = LargeSchemas.of(1000);
        List<Operation> upgrade = SchemaDiff.between(Schema.EMPTY, schema).upgrade();
        Linter linter = new Linter();
        linter.lint(new LintedRevision("warm-up", true, upgrade, List.of(), Schema.EMPTY));

        long start = System.nanoTime();
        List<Finding> findings = linter.lint(new LintedRevision("20261206120000", true, upgrade, List.of(),
                Schema.EMPTY));
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.println("Linted " + upgrade.size() + " operations of 1,000 tables in " + millis + " ms, "
                + findings.size() + " findings: " + findings.stream().collect(java.util.stream.Collectors.groupingBy(
                        f -> f.rule().id(), java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        // Every table is new: no lock rule applies, only the type rules.
        assertThat(findings).allMatch(f -> !f.rule().exemptOnNewTable());
        assertThat(millis).isLessThan(10_000);
    }
}
