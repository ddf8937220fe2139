package dev.jpamigrate.ops;

import dev.jpamigrate.AddForeignKey;
import dev.jpamigrate.ForeignKeyAction;

/** {@code op.addForeignKey(...)}, what it references and its actions. */
final class AddForeignKeyRecorder extends PendingOperation implements AddForeignKey {
    private final String table;
    private final String name;
    private final ForeignKeySpec foreignKey;
    private final boolean notValid;

    AddForeignKeyRecorder(String table, String name, String[] columns) {
        this(table, name, columns, false);
    }

    AddForeignKeyRecorder(String table, String name, String[] columns, boolean notValid) {
        this.table = table;
        this.name = name;
        this.foreignKey = new ForeignKeySpec(name, columns);
        this.notValid = notValid;
    }

    @Override
    public AddForeignKey references(String referencedTable, String... columns) {
        requireOpen();
        foreignKey.references(referencedTable, columns);
        return this;
    }

    @Override
    public AddForeignKey onDelete(ForeignKeyAction action) {
        requireOpen();
        foreignKey.onDelete(action);
        return this;
    }

    @Override
    public AddForeignKey onUpdate(ForeignKeyAction action) {
        requireOpen();
        foreignKey.onUpdate(action);
        return this;
    }

    @Override
    Operation build() {
        return new Operation.AddForeignKey(table, foreignKey.build(table), notValid);
    }

    @Override
    String describe() {
        return (notValid ? "addForeignKeyNotValid(\"" : "addForeignKey(\"") + table + "\", \"" + name + "\", ...)";
    }
}
