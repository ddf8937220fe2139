package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.QualifiedNames;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SqlTypes;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drops and adds that look like a rename the entities did not declare: in one table, one column
 * dropped and one added of the same type or a wider one; or a table dropped and one created with the
 * same columns. The migration stays drop-and-add (the diff cannot know), and the warning says which
 * {@code @RenamedFrom} turns it into a rename that keeps the values.
 */
final class RenameSuspects {
    private RenameSuspects() {
    }

    static List<String> of(Schema from, List<Operation> upgrade) {
        Map<String, List<Column>> dropped = new LinkedHashMap<>();
        Map<String, List<Column>> added = new LinkedHashMap<>();
        List<Table> droppedTables = new ArrayList<>();
        List<Table> createdTables = new ArrayList<>();
        Schema state = from;
        for (Operation op : upgrade) {
            if (op instanceof Operation.DropColumn drop) {
                state.table(drop.table()).flatMap(t -> t.column(drop.column()))
                        .ifPresent(c -> dropped.computeIfAbsent(drop.table(), t -> new ArrayList<>()).add(c));
            } else if (op instanceof Operation.AddColumn add) {
                added.computeIfAbsent(add.table(), t -> new ArrayList<>()).add(add.column());
            } else if (op instanceof Operation.DropTable drop) {
                state.table(drop.table()).ifPresent(droppedTables::add);
            } else if (op instanceof Operation.CreateTable create) {
                createdTables.add(create.table());
            }
            state = op.applyTo(state);
        }
        List<String> warnings = new ArrayList<>();
        dropped.forEach((table, columns) -> {
            List<Column> now = added.getOrDefault(table, List.of());
            if (columns.size() == 1 && now.size() == 1 && SqlTypes.isWidening(columns.get(0).type(), now.get(0).type())) {
                String old = columns.get(0).name();
                warnings.add(table + "." + old + " was dropped and " + table + "." + now.get(0).name()
                        + " added: if it is a rename, annotate the field with @RenamedFrom(\"" + old
                        + "\") and generate again");
            }
        });
        for (Table created : createdTables) {
            for (Table gone : droppedTables) {
                if (shape(gone).equals(shape(created))) {
                    String old = QualifiedNames.localOf(gone.name());
                    warnings.add("table " + gone.name() + " was dropped and table " + created.name()
                            + " created with the same columns: if it is a rename, annotate the entity class with"
                            + " @RenamedFrom(\"" + old + "\") and generate again");
                    break;
                }
            }
        }
        return warnings;
    }

    private static Set<String> shape(Table table) {
        Set<String> columns = new TreeSet<>();
        table.columns().forEach(c -> columns.add(c.name() + " " + c.type()));
        return columns;
    }
}
