package dev.jpamigrate.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import java.util.stream.Collectors;

/** Schema equality with a failure message that says what differs: the operations the diff finds between the two. */
final class SchemaDifference {
    private SchemaDifference() {
    }

    static void assertSameSchema(Schema actual, Schema expected) {
        assertThat(actual).withFailMessage(() -> "the schemas differ; from the expected to the actual:\n"
                + describe(expected, actual)).isEqualTo(expected);
    }

    /** {@code schema} with each table's columns sorted by name, for a database that orders them its own way. */
    static Schema columnsByName(Schema schema) {
        return SchemaDiff.columnsByName(schema);
    }

    private static String describe(Schema expected, Schema actual) {
        try {
            String operations = SchemaDiff.between(expected, actual).upgrade().stream().map(Operation::toString)
                    .collect(Collectors.joining("\n    ", "    ", ""));
            return operations.isBlank() ? "    only the order of columns" : operations;
        } catch (RuntimeException e) {
            return "    expected " + expected + "\n    actual   " + actual;
        }
    }
}
