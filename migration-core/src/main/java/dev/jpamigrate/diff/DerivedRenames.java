package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.QualifiedNames;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that derive from a renamed table or column: a constraint, index or foreign key that goes and
 * one of the same definition that comes under another name in the same table is renamed, not dropped
 * and added again (an index is kept without a rebuild; Hibernate's foreign key names are hashes of the
 * table name, so they change with it). A sequence is renamed when its new name is its old one with a
 * renamed table's name in place of the old (keeping its current value: {@code client_seq} becomes
 * {@code customer_seq}).
 */
final class DerivedRenames {
    private DerivedRenames() {
    }

    /**
     * Adds the renames to {@code plan} and returns {@code from} with them applied.
     *
     * @param renamedTables the tables renamed by the first phase, old name to new
     */
    static Schema compare(Schema from, Schema to, Map<String, String> renamedTables, Plan plan) {
        Schema state = from;
        for (Table now : to.tables()) {
            Table before = state.table(now.name()).orElse(null);
            if (before == null || before.equals(now)) {
                continue;
            }
            String table = now.name();
            if (before.primaryKey() != null && now.primaryKey() != null
                    && !before.primaryKey().name().equals(now.primaryKey().name())
                    && before.primaryKey().columns().equals(now.primaryKey().columns())
                    && !constraintNames(before).contains(now.primaryKey().name())) {
                state = RenameComparator.add(plan, state,
                        new Operation.RenameConstraint(table, before.primaryKey().name(), now.primaryKey().name()));
            }
            state = pair(state, plan, table, Table::uniqueConstraints, UniqueConstraint::name,
                    (u, n) -> new UniqueConstraint(n, u.columns()), true, now);
            state = pair(state, plan, table, Table::checks, CheckConstraint::name,
                    (c, n) -> new CheckConstraint(n, c.expression()), true, now);
            state = pair(state, plan, table, Table::foreignKeys, ForeignKey::name, (f, n) -> new ForeignKey(n,
                    f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate()), true, now);
            state = pair(state, plan, table, Table::indexes, Index::name,
                    (i, n) -> new Index(n, i.columns(), i.unique()), false, now);
        }
        for (Sequence gone : List.copyOf(state.sequences())) {
            if (to.sequence(gone.name()).isPresent()) {
                continue;
            }
            for (Map.Entry<String, String> renamed : renamedTables.entrySet()) {
                String oldLocal = QualifiedNames.localOf(renamed.getKey());
                String newLocal = QualifiedNames.localOf(renamed.getValue());
                String local = QualifiedNames.localOf(gone.name());
                if (!local.contains(oldLocal)) {
                    continue;
                }
                String schema = QualifiedNames.schemaOf(gone.name());
                String candidate = (schema == null ? "" : schema + ".") + local.replaceFirst(
                        Pattern.quote(oldLocal), Matcher.quoteReplacement(newLocal));
                Sequence wanted = to.sequence(candidate).orElse(null);
                if (wanted != null && state.sequence(candidate).isEmpty() && wanted.start() == gone.start()
                        && wanted.increment() == gone.increment()) {
                    state = RenameComparator.add(plan, state, new Operation.RenameSequence(gone.name(), candidate));
                    break;
                }
            }
        }
        return state;
    }

    /** Each item of the table that goes, renamed to the first that comes with the same definition. */
    private static <T> Schema pair(Schema state, Plan plan, String table, Function<Table, List<T>> items,
            Function<T, String> name, BiFunction<T, String, T> named, boolean constraint, Table now) {
        Table before = state.table(table).orElseThrow();
        List<T> coming = new ArrayList<>();
        for (T item : items.apply(now)) {
            if (items.apply(before).stream().noneMatch(i -> name.apply(i).equals(name.apply(item)))) {
                coming.add(item);
            }
        }
        for (T item : items.apply(before)) {
            String oldName = name.apply(item);
            if (items.apply(now).stream().anyMatch(i -> name.apply(i).equals(oldName))) {
                continue;
            }
            for (T candidate : coming) {
                String newName = name.apply(candidate);
                Table current = state.table(table).orElseThrow();
                boolean free = constraint ? !constraintNames(current).contains(newName)
                        : current.indexes().stream().noneMatch(i -> i.name().equals(newName));
                if (free && Objects.equals(named.apply(item, newName), candidate)) {
                    state = RenameComparator.add(plan, state, constraint
                            ? new Operation.RenameConstraint(table, oldName, newName)
                            : new Operation.RenameIndex(table, oldName, newName));
                    coming.remove(candidate);
                    break;
                }
            }
        }
        return state;
    }

    private static List<String> constraintNames(Table t) {
        List<String> names = new ArrayList<>();
        PrimaryKey pk = t.primaryKey();
        if (pk != null) {
            names.add(pk.name());
        }
        t.uniqueConstraints().forEach(u -> names.add(u.name()));
        t.checks().forEach(c -> names.add(c.name()));
        t.foreignKeys().forEach(f -> names.add(f.name()));
        return names;
    }
}
