package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.TypeConversions;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.SqlTypes;
import dev.jpamigrate.schema.Table;
import java.util.Objects;

/**
 * Columns of a table that exists on both sides: added, dropped, or changed in type, default,
 * nullability, identity, collation. Their comments are {@link CommentComparator}'s.
 */
final class ColumnComparator {
    private ColumnComparator() {
    }

    static void compare(Table from, Table to, Plan plan) {
        compare(from, to, plan, Hints.NONE);
    }

    /** With the entities' backfill values for the columns that become NOT NULL on a table that may hold rows. */
    static void compare(Table from, Table to, Plan plan, Hints hints) {
        String table = to.name();
        for (Column column : to.columns()) {
            if (from.column(column.name()).isEmpty()) {
                plan.add(Phase.ALTER_COLUMN, new Operation.AddColumn(table, column,
                        BackfillValues.forAdded(hints, table, column)));
            }
        }
        for (Column column : to.columns()) {
            from.column(column.name()).ifPresent(old -> alter(table, old, column, plan, hints));
        }
        for (Column column : from.columns()) {
            if (to.column(column.name()).isEmpty()) {
                plan.add(Phase.ALTER_COLUMN, new Operation.DropColumn(table, column.name()));
            }
        }
    }

    /**
     * In an order PostgreSQL accepts: an identity goes before a default may be set, and a
     * column is NOT NULL before it becomes an identity.
     */
    private static void alter(String table, Column from, Column to, Plan plan, Hints hints) {
        String name = to.name();
        if (!Objects.equals(from.generatedAs(), to.generatedAs())) {
            // PostgreSQL cannot turn a column into a generated one, nor (before 17) change the expression: the
            // column is dropped and added again, which computes every row's value anew (and moves it last).
            plan.add(Phase.ALTER_COLUMN, new Operation.DropColumn(table, name));
            plan.add(Phase.ALTER_COLUMN, new Operation.AddColumn(table, to, null));
            return;
        }
        if (from.identity() && !to.identity()) {
            plan.add(Phase.ALTER_COLUMN, new Operation.AlterColumnIdentity(table, name, false));
        }
        // PostgreSQL gives a column whose type changes the type's default collation unless told otherwise, so a
        // collated column's new type carries its collation.
        if (!from.type().equals(to.type())) {
            String using = TypeConversions.using(name, from.type(), to.type(),
                    hints.enumConstants(table, name).orElse(null));
            plan.add(Phase.ALTER_COLUMN, new Operation.AlterColumnType(table, name, to.type(), using,
                    to.collation()));
        } else if (!Objects.equals(from.collation(), to.collation())) {
            plan.add(Phase.ALTER_COLUMN, new Operation.AlterColumnType(table, name, to.type(), null, to.collation()));
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            plan.add(Phase.ALTER_COLUMN, new Operation.AlterColumnDefault(table, name, to.defaultValue()));
        }
        if (from.nullable() != to.nullable()) {
            plan.add(Phase.ALTER_COLUMN, new Operation.AlterColumnNullable(table, name, to.nullable(),
                    BackfillValues.forNotNull(hints, table, to)));
        }
        if (!from.identity() && to.identity()) {
            plan.add(Phase.ALTER_COLUMN, new Operation.AlterColumnIdentity(table, name, true));
        }
    }
}
