package dev.jpamigrate;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Look-ups that fail with a clear message, for {@link Operation#applyTo} and {@link Operation#inverse}. */
final class Tables {
    private Tables() {
    }

    static Table require(Schema schema, String table) {
        return schema.table(table).orElseThrow(() -> new IllegalStateException("table " + table + " does not exist"));
    }

    static Column requireColumn(Table table, String column) {
        return table.column(column).orElseThrow(
                () -> new IllegalStateException("column " + table.name() + "." + column + " does not exist"));
    }

    static Column column(Schema schema, String table, String column) {
        return requireColumn(require(schema, table), column);
    }

    static Sequence requireSequence(Schema schema, String name) {
        return schema.sequence(name).orElseThrow(() -> new IllegalStateException("sequence " + name + " does not exist"));
    }

    static Schema alterColumn(Schema schema, String table, String column, UnaryOperator<Column> change) {
        Table t = require(schema, table);
        Column altered = change.apply(requireColumn(t, column));
        return schema.withTable(t.withColumns(cols -> {
            cols.replaceAll(c -> c.name().equals(column) ? altered : c);
            return cols;
        }));
    }

    static <T> T named(List<T> items, Function<T, String> name, String wanted, String what, String table) {
        return items.stream().filter(i -> name.apply(i).equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("table " + table + " has no " + what + " " + wanted));
    }

    /** Whether an index entry such as {@code "created_at desc"} is on {@code column}. */
    static boolean indexUses(Index index, String column) {
        return index.columns().stream().anyMatch(c -> c.split("\\s+")[0].equals(column));
    }
}
