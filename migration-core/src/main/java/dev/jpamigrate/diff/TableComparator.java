package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.util.List;

/** Tables that appear or disappear; a new table is created without its foreign keys, which come later. */
final class TableComparator {
    private TableComparator() {
    }

    static void compare(Schema from, Schema to, Plan plan) {
        for (Table table : from.tables()) {
            if (to.table(table.name()).isEmpty()) {
                // Drop its foreign keys explicitly, so that the downgrade adds them back after re-creating the table.
                table.foreignKeys().forEach(fk -> plan.add(Phase.DROP_FOREIGN_KEY,
                        new Operation.DropForeignKey(table.name(), fk.name())));
                plan.add(Phase.DROP_TABLE, new Operation.DropTable(table.name()));
            }
        }
        for (Table table : to.tables()) {
            if (from.table(table.name()).isEmpty()) {
                plan.add(Phase.CREATE_TABLE, new Operation.CreateTable(table.withForeignKeys(fks -> List.of())));
                table.foreignKeys().forEach(fk -> plan.add(Phase.ADD_FOREIGN_KEY,
                        new Operation.AddForeignKey(table.name(), fk)));
            }
        }
    }
}
