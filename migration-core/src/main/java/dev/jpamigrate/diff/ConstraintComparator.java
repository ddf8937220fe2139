package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Primary key, unique and check constraints, indexes and foreign keys of a table that
 * exists on both sides. They are matched by name; a changed definition is dropped and
 * added again.
 */
final class ConstraintComparator {
    private ConstraintComparator() {
    }

    static void compare(Table from, Table to, Plan plan) {
        String table = to.name();
        if (!Objects.equals(from.primaryKey(), to.primaryKey())) {
            if (from.primaryKey() != null) {
                plan.add(Phase.DROP_CONSTRAINT, new Operation.DropPrimaryKey(table, from.primaryKey().name()));
            }
            if (to.primaryKey() != null) {
                plan.add(Phase.ADD_PRIMARY_KEY, new Operation.AddPrimaryKey(table, to.primaryKey()));
            }
        }
        compare(from.uniqueConstraints(), to.uniqueConstraints(), UniqueConstraint::name,
                u -> new Operation.DropUnique(table, u.name()), u -> new Operation.AddUnique(table, u),
                Phase.DROP_CONSTRAINT, Phase.ADD_CONSTRAINT, plan);
        compare(from.checks(), to.checks(), CheckConstraint::name,
                c -> new Operation.DropCheck(table, c.name()), c -> new Operation.AddCheck(table, c),
                Phase.DROP_CONSTRAINT, Phase.ADD_CONSTRAINT, plan);
        compare(from.indexes(), to.indexes(), Index::name,
                i -> new Operation.DropIndex(table, i.name()), i -> new Operation.CreateIndex(table, i),
                Phase.DROP_CONSTRAINT, Phase.ADD_CONSTRAINT, plan);
        compare(from.foreignKeys(), to.foreignKeys(), ForeignKey::name,
                fk -> new Operation.DropForeignKey(table, fk.name()), fk -> new Operation.AddForeignKey(table, fk),
                Phase.DROP_FOREIGN_KEY, Phase.ADD_FOREIGN_KEY, plan);
    }

    private static <T> void compare(List<T> from, List<T> to, Function<T, String> name,
            Function<T, Operation> drop, Function<T, Operation> add, Phase dropPhase, Phase addPhase, Plan plan) {
        for (T old : from) {
            Optional<T> now = find(to, name, name.apply(old));
            if (now.isEmpty() || !now.get().equals(old)) {
                plan.add(dropPhase, drop.apply(old));
            }
        }
        for (T now : to) {
            Optional<T> old = find(from, name, name.apply(now));
            if (old.isEmpty() || !old.get().equals(now)) {
                plan.add(addPhase, add.apply(now));
            }
        }
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> name, String wanted) {
        return items.stream().filter(i -> name.apply(i).equals(wanted)).findFirst();
    }
}
