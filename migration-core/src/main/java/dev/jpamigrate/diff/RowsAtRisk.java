package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import java.util.Optional;

/**
 * What an operation does to the rows of a table that holds some, for the reviewer: the data a
 * downgrade loses, and the NOT NULL changes that stop a migration on a table with rows because
 * they have no value to give them.
 */
public final class RowsAtRisk {
    private RowsAtRisk() {
    }

    /**
     * The data that an operation of a downgrade loses, {@code before} being the schema it runs on:
     * a table or column the upgrade created holds what was written since the upgrade.
     */
    public static Optional<String> downgradeDataLoss(Operation op, Schema before) {
        if (op instanceof Operation.DropTable drop) {
            return Optional.of("drops table " + drop.table() + " and the rows written to it since the upgrade");
        } else if (op instanceof Operation.DropColumn drop) {
            return Optional.of("drops column " + drop.table() + "." + drop.column()
                    + " and what was written to it since the upgrade");
        }
        return op.dataLoss(before);
    }

    /**
     * A sentence when {@code op} stops a migration on a table with rows: a NOT NULL column added
     * without default or backfill, or a column made NOT NULL without backfill (which stops only
     * when rows hold NULL in it). The migration stops before it changes anything, with a message.
     *
     * @param downgrade whether {@code op} is in the downgrade, whose fix is in the migration's code
     */
    public static Optional<String> needsBackfill(Operation op, boolean downgrade) {
        String fix = downgrade ? "" : "add @Backfill(\"<value>\") to the field mapped to it (or @ColumnDefault) and"
                + " generate again, or ";
        if (op instanceof Operation.AddColumn add && add.backfill() == null) {
            Column column = add.column();
            if (column.nullable() || column.identity() || column.defaultValue() != null
                    || column.generatedAs() != null) {
                return Optional.empty();
            }
            String name = add.table() + "." + column.name();
            return Optional.of(name + " is added NOT NULL without a default or backfill, and " + column.type()
                    + " has no value to give the rows: on a table with rows the " + (downgrade ? "downgrade" : "upgrade")
                    + " stops before changing anything; " + fix + "give op.addColumn(\"" + add.table() + "\", \""
                    + column.name() + "\", ...).backfill(\"<value>\") in " + (downgrade ? "downgrade()" : "upgrade()"));
        } else if (op instanceof Operation.AlterColumnNullable alter && !alter.nullable() && alter.backfill() == null) {
            String name = alter.table() + "." + alter.column();
            return Optional.of(name + " becomes NOT NULL without a backfill: if rows hold NULL in it, the "
                    + (downgrade ? "downgrade" : "upgrade") + " stops before changing anything; " + fix
                    + "give op.setNotNull(\"" + alter.table() + "\", \"" + alter.column() + "\").backfill(\"<value>\") in "
                    + (downgrade ? "downgrade()" : "upgrade()"));
        }
        return Optional.empty();
    }
}
