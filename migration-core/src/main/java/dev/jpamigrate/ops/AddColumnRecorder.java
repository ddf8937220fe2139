package dev.jpamigrate.ops;

import dev.jpamigrate.AddColumn;

/** {@code op.addColumn(...)} and its options. */
final class AddColumnRecorder extends PendingOperation implements AddColumn {
    private final String table;
    private final ColumnSpec column;
    private final String columnName;
    private String backfill;

    AddColumnRecorder(String table, String column, String type) {
        this.table = table;
        this.columnName = column;
        this.column = new ColumnSpec(column, type);
    }

    @Override
    public AddColumn notNull() {
        requireOpen();
        column.notNull();
        return this;
    }

    @Override
    public AddColumn identity() {
        requireOpen();
        column.identity();
        return this;
    }

    @Override
    public AddColumn defaultValue(String expression) {
        requireOpen();
        column.defaultValue(expression);
        return this;
    }

    @Override
    public AddColumn comment(String text) {
        requireOpen();
        column.comment(text);
        return this;
    }

    @Override
    public AddColumn collate(String collation) {
        requireOpen();
        column.collate(collation);
        return this;
    }

    @Override
    public AddColumn generatedAs(String expression) {
        requireOpen();
        column.generatedAs(expression);
        return this;
    }

    @Override
    public AddColumn backfill(String expression) {
        requireOpen();
        backfill = expression;
        return this;
    }

    @Override
    Operation build() {
        return new Operation.AddColumn(table, column.build(), backfill);
    }

    @Override
    String describe() {
        return "addColumn(\"" + table + "\", \"" + columnName + "\", ...)";
    }
}
