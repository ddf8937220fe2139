package dev.jpamigrate.ops;

import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

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

    /**
     * PostgreSQL drops a sequence with the column (or, for a null {@code column}, the table) that owns it: the model
     * drops the owner first ({@link Operation.AlterSequenceOwner}), so that the sequence stays until its own drop,
     * and a downgrade can re-create it before the table whose default draws from it.
     */
    static void requireNoOwnedSequence(Schema schema, String table, String column) {
        for (Sequence sequence : schema.sequences()) {
            Sequence.Owner owner = sequence.owner();
            if (owner != null && owner.table().equals(table) && (column == null || owner.column().equals(column))) {
                throw new IllegalStateException("sequence " + sequence.name() + " is owned by column " + owner
                        + "; drop its owner first (op.dropSequenceOwner(\"" + sequence.name() + "\"))");
            }
        }
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

    /** PostgreSQL refuses to drop a column that another table's foreign key references. */
    static void requireNotReferenced(Schema schema, String table, String column) {
        for (Table other : schema.tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (fk.referencedTable().equals(table) && fk.referencedColumns().contains(column)) {
                    throw new IllegalStateException("column " + table + "." + column + " is referenced by foreign key "
                            + fk.name() + " of table " + other.name() + "; drop that first");
                }
            }
        }
    }

    /** Whether a check expression names the column, as PostgreSQL's dependency tracking would see it. */
    static boolean mentions(String expression, String column) {
        return Pattern.compile("(?<![\\w$\"])" + Pattern.quote(column) + "(?![\\w$\"])|\"" + Pattern.quote(column) + "\"")
                .matcher(expression).find();
    }

    /**
     * Whether an index entry such as {@code "created_at desc"} is on {@code column}, or an
     * expression such as {@code lower(email::text)} names it: PostgreSQL drops both with the column.
     */
    static boolean indexUses(Index index, String column) {
        return index.columns().stream().anyMatch(c -> c.indexOf('(') >= 0 ? mentions(c, column)
                : c.split("\\s+")[0].equals(column));
    }
}
