package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two schema models and returns the operations that turn one into the other,
 * and their inverse. The downgrade is never a second diff: it is the reversed list of each
 * upgrade operation's inverse, taken against the schema just before that operation.
 *
 * <pre>{@code
 * SchemaDiff diff = SchemaDiff.between(migrationsSnapshot, entitySnapshot);
 * diff.upgrade();   // create tables, add columns, ...
 * diff.downgrade(); // the exact mirror
 * }</pre>
 */
public final class SchemaDiff {
    private final Schema from;
    private final List<Operation> upgrade;
    private final List<Operation> downgrade;

    private SchemaDiff(Schema from, List<Operation> upgrade, List<Operation> downgrade) {
        this.from = from;
        this.upgrade = upgrade;
        this.downgrade = downgrade;
    }

    /**
     * @throws IllegalStateException when the operations found do not turn {@code from} into
     *     {@code to} and back, which would be a defect of the diff, never a wrong migration
     */
    public static SchemaDiff between(Schema from, Schema to) {
        return between(from, to, Hints.NONE);
    }

    /**
     * The diff that also reads the entities' {@link Hints}: renames become renames, new NOT NULL
     * columns get their backfill values, enum columns convert by their constants.
     *
     * @throws IllegalStateException when the operations found do not turn {@code from} into
     *     {@code to} and back, which would be a defect of the diff, never a wrong migration
     */
    public static SchemaDiff between(Schema from, Schema to, Hints hints) {
        if (from.equals(to)) {
            // What generate meets most: no change, found by one comparison of the models.
            return new SchemaDiff(from, List.of(), List.of());
        }
        Plan plan = new Plan();
        Map<String, String> renamedTables = new LinkedHashMap<>();
        Schema renamed = RenameComparator.compare(from, to, hints, plan, renamedTables);
        renamed = DerivedRenames.compare(renamed, to, renamedTables, plan);
        compare(renamed, to, plan);
        List<Operation> upgrade = plan.operations();
        List<Operation> downgrade = new ArrayList<>();
        Schema state = from;
        for (Operation op : upgrade) {
            downgrade.add(op.inverse(state));
            state = op.applyTo(state);
        }
        Collections.reverse(downgrade);
        requireEqual(state, to, "upgrade");
        requireEqual(replay(to, downgrade), from, "downgrade");
        return new SchemaDiff(from, List.copyOf(upgrade), List.copyOf(downgrade));
    }

    /** The comparators after the renames, on the previous schema with its renames applied. */
    private static void compare(Schema from, Schema to, Plan plan) {
        SchemaNameComparator.compare(from, to, plan);
        SequenceComparator.compare(from, to, plan);
        TableComparator.compare(from, to, plan);
        for (Table table : to.tables()) {
            from.table(table.name()).filter(old -> !old.equals(table)).ifPresent(old -> {
                // An unchanged table, most of them in a model of thousands, has nothing to compare.
                ColumnComparator.compare(old, table, plan);
                CommentComparator.compare(old, table, plan);
                ConstraintComparator.compare(old, table, plan);
            });
        }
    }

    /**
     * A sentence for each column or table that the upgrade drops while it adds one that looks like it
     * renamed, with the {@code @RenamedFrom} that makes it a rename.
     */
    public List<String> renameSuspects() {
        return RenameSuspects.of(from, upgrade);
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }

    public List<Operation> upgrade() {
        return upgrade;
    }

    public List<Operation> downgrade() {
        return downgrade;
    }

    /** A sentence per upgrade operation that loses data: dropped tables and columns, narrowed types. */
    public List<String> dataLoss() {
        List<String> warnings = new ArrayList<>();
        Schema state = from;
        for (Operation op : upgrade) {
            op.dataLoss(state).ifPresent(warnings::add);
            state = op.applyTo(state);
        }
        return warnings;
    }

    /** The schema with each table's columns sorted by name, for comparisons where their order does not matter. */
    public static Schema columnsByName(Schema schema) {
        List<Table> tables = schema.tables().stream().map(t -> t.withColumns(cols -> {
            cols.sort(Comparator.comparing(Column::name));
            return cols;
        })).toList();
        return new Schema(tables, schema.sequences());
    }

    /** The schema after running {@code operations} on {@code schema}, in memory. */
    public static Schema replay(Schema schema, List<Operation> operations) {
        Schema state = schema;
        for (Operation op : operations) {
            state = op.applyTo(state);
        }
        return state;
    }

    /**
     * Column order is not compared: PostgreSQL adds a column last, so a downgrade that
     * re-adds a dropped column cannot put it back in its place.
     */
    private static void requireEqual(Schema actual, Schema expected, String direction) {
        // Equal with the columns in order is equal; only when not are both copied with their columns sorted.
        if (!actual.equals(expected) && !columnsByName(actual).equals(columnsByName(expected))) {
            throw new IllegalStateException("the " + direction + " found by the diff does not reproduce the schema;"
                    + " please report this with both snapshots. Expected " + expected + " but got " + actual);
        }
    }
}
