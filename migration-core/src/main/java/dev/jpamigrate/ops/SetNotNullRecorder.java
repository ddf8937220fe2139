package dev.jpamigrate.ops;

import dev.jpamigrate.SetNotNull;

/** {@code op.setNotNull(...)} and its backfill. */
final class SetNotNullRecorder extends PendingOperation implements SetNotNull {
    private final String table;
    private final String column;
    private String backfill;

    SetNotNullRecorder(String table, String column) {
        this.table = table;
        this.column = column;
    }

    @Override
    public SetNotNull backfill(String expression) {
        requireOpen();
        backfill = expression;
        return this;
    }

    @Override
    Operation build() {
        return new Operation.AlterColumnNullable(table, column, false, backfill);
    }

    @Override
    String describe() {
        return "setNotNull(\"" + table + "\", \"" + column + "\")";
    }
}
