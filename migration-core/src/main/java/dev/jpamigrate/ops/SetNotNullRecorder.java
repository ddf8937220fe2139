package dev.jpamigrate.ops;

import dev.jpamigrate.SetNotNull;

/** {@code op.setNotNull(...)} or {@code op.setNotNullViaCheck(...)}, and its backfill. */
final class SetNotNullRecorder extends PendingOperation implements SetNotNull {
    private final String table;
    private final String column;
    private final boolean viaCheck;
    private String backfill;

    SetNotNullRecorder(String table, String column) {
        this(table, column, false);
    }

    SetNotNullRecorder(String table, String column, boolean viaCheck) {
        this.table = table;
        this.column = column;
        this.viaCheck = viaCheck;
    }

    @Override
    public SetNotNull backfill(String expression) {
        requireOpen();
        backfill = expression;
        return this;
    }

    @Override
    Operation build() {
        return new Operation.AlterColumnNullable(table, column, false, viaCheck, backfill);
    }

    @Override
    String describe() {
        return (viaCheck ? "setNotNullViaCheck" : "setNotNull") + "(\"" + table + "\", \"" + column + "\")";
    }
}
