package dev.jpamigrate.ops;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import java.util.List;

/**
 * An operation whose builder is still being called: the statement that started it goes on.
 * Once finished, it refuses further calls, so that a builder kept in a variable cannot
 * change an operation after the ones recorded after it.
 */
abstract class PendingOperation {
    private boolean finished;

    /** The operation as the builder's calls define it. */
    final Operation finish() {
        finished = true;
        return build();
    }

    final void requireOpen() {
        if (finished) {
            throw new IllegalStateException(describe() + " is already recorded: chain its calls in the statement"
                    + " that starts it");
        }
    }

    abstract Operation build();

    /** The call that started it, as in {@code createTable("customer")}. */
    abstract String describe();

    /** A column as its options define it: nullable and without default unless told otherwise. */
    static final class ColumnSpec {
        private final String name;
        private final String type;
        private boolean nullable = true;
        private String defaultValue;
        private boolean identity;
        private String comment;
        private String collation;
        private String generatedAs;

        ColumnSpec(String name, String type) {
            this.name = name;
            this.type = type;
        }

        void notNull() {
            nullable = false;
        }

        void identity() {
            identity = true;
            nullable = false;
        }

        void defaultValue(String expression) {
            defaultValue = expression;
        }

        void comment(String text) {
            comment = text;
        }

        void collate(String name) {
            collation = name;
        }

        void generatedAs(String expression) {
            generatedAs = expression;
        }

        Column build() {
            return new Column(name, type, nullable, defaultValue, identity, comment, collation, generatedAs);
        }
    }

    /** A foreign key as its calls define it. */
    static final class ForeignKeySpec {
        private final String name;
        private final List<String> columns;
        private String referencedTable;
        private List<String> referencedColumns = List.of();
        private ForeignKeyAction onDelete = ForeignKeyAction.NO_ACTION;
        private ForeignKeyAction onUpdate = ForeignKeyAction.NO_ACTION;

        ForeignKeySpec(String name, String[] columns) {
            this.name = name;
            this.columns = List.of(columns);
        }

        void references(String table, String[] columnNames) {
            referencedTable = table;
            referencedColumns = List.of(columnNames);
        }

        void onDelete(ForeignKeyAction action) {
            onDelete = action;
        }

        void onUpdate(ForeignKeyAction action) {
            onUpdate = action;
        }

        ForeignKey build(String table) {
            if (referencedTable == null) {
                throw new IllegalArgumentException("foreign key " + name + " of table " + table
                        + " does not say what it references: add .references(\"<table>\", \"<column>\")");
            }
            return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate);
        }
    }
}
