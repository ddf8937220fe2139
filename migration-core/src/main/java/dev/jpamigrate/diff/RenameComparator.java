package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.QualifiedNames;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The first phase of a diff: the renames that {@code @RenamedFrom} asks for, as renames, so that rows
 * and values stay. A hint whose previous name the previous schema does not have (a rename already
 * applied, the annotation left in the code) does nothing; nor does one whose table or column the
 * previous schema already has.
 */
final class RenameComparator {
    private RenameComparator() {
    }

    /**
     * Adds the renames to {@code plan} and returns {@code from} with them applied.
     *
     * @param renamedTables where the renamed tables are noted, old name to new
     */
    static Schema compare(Schema from, Schema to, Hints hints, Plan plan, Map<String, String> renamedTables) {
        Schema state = from;
        Set<String> taken = new HashSet<>();
        for (Hint hint : hints.all()) {
            if (hint instanceof Hint.RenamedTable renamed && to.table(renamed.table()).isPresent()
                    && state.table(renamed.table()).isEmpty()) {
                for (String previous : renamed.previous()) {
                    if (state.table(previous).isPresent() && to.table(previous).isEmpty() && taken.add(previous)
                            && Objects.equals(QualifiedNames.schemaOf(previous),
                                    QualifiedNames.schemaOf(renamed.table()))) {
                        state = add(plan, state, new Operation.RenameTable(previous, renamed.table()));
                        renamedTables.put(previous, renamed.table());
                        break;
                    }
                }
            }
        }
        for (Hint hint : hints.all()) {
            if (hint instanceof Hint.RenamedColumn renamed) {
                Table now = to.table(renamed.table()).orElse(null);
                Table before = state.table(renamed.table()).orElse(null);
                if (now == null || before == null || now.column(renamed.column()).isEmpty()
                        || before.column(renamed.column()).isPresent()) {
                    continue;
                }
                for (String previous : renamed.previous()) {
                    if (before.column(previous).isPresent() && now.column(previous).isEmpty()) {
                        state = add(plan, state, new Operation.RenameColumn(renamed.table(), previous, renamed.column()));
                        break;
                    }
                }
            }
        }
        return state;
    }

    static Schema add(Plan plan, Schema state, Operation rename) {
        plan.add(Phase.RENAME, rename);
        return rename.applyTo(state);
    }
}
