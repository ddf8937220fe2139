package dev.jpamigrate.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.util.List;
import java.util.stream.Collectors;

/** Schema equality with a failure message that says what differs: the operations the diff finds between the two. */
final class SchemaDifference {
    private SchemaDifference() {
    }

    /**
     * The same tables, columns, keys and sequences, in whatever order each table lists its columns: the order
     * Hibernate gives them is {@link #assertSameSchemaInOrder}'s, and {@code ColumnOrderTest}'s.
     */
    static void assertSameSchema(Schema actual, Schema expected) {
        assertThat(columnsByName(actual)).withFailMessage(() -> "the schemas differ; from the expected to the actual:\n"
                + describe(expected, actual)).isEqualTo(columnsByName(expected));
    }

    /** The same schema, each table's columns in the same order. */
    static void assertSameSchemaInOrder(Schema actual, Schema expected) {
        assertThat(actual).withFailMessage(() -> "the schemas differ; from the expected to the actual:\n"
                + describe(expected, actual)).isEqualTo(expected);
    }

    /** {@code schema} with each table's columns sorted by name, for a database that orders them its own way. */
    static Schema columnsByName(Schema schema) {
        return SchemaDiff.columnsByName(schema);
    }

    private static String columnOrders(Schema expected, Schema actual) {
        StringBuilder orders = new StringBuilder();
        for (Table table : expected.tables()) {
            List<String> want = table.columns().stream().map(Column::name).toList();
            List<String> got = actual.table(table.name()).map(t -> t.columns().stream().map(Column::name).toList())
                    .orElse(List.of());
            if (!want.equals(got)) {
                orders.append("\n    ").append(table.name()).append(": expected ").append(want).append(", actual ")
                        .append(got);
            }
        }
        return orders.toString();
    }

    private static String describe(Schema expected, Schema actual) {
        try {
            String operations = SchemaDiff.between(expected, actual).upgrade().stream().map(Operation::toString)
                    .collect(Collectors.joining("\n    ", "    ", ""));
            return operations.isBlank() ? "    only the order of columns:" + columnOrders(expected, actual) : operations;
        } catch (RuntimeException e) {
            return "    expected " + expected + "\n    actual   " + actual;
        }
    }
}
