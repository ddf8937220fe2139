package dev.jpamigrate.roundtrip;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.SqlTypes;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Schema B: a random edit of schema A, made of one to four changes that the rows of A survive
 * both ways (upgrade and downgrade). It remembers where each column of B comes from, so that
 * the test knows which values must be found again, and which changes it made ({@link #kinds()}).
 *
 * <p>A change is made only where the rows allow it, both ways: a column becomes NOT NULL only when
 * no row holds null in it; a unique constraint or key goes only on values that are distinct; a
 * dropped column is one that the downgrade can add back to rows (nullable, or with a default that
 * no unique constraint holds); a dropped table is one that no other table references, since the
 * downgrade brings it back empty.
 */
final class EditGenerator {
    /** Whether the diff turns {@link Hint.RenamedTable} and {@link Hint.RenamedColumn} into renames (merged). */
    static final boolean RENAMES = true;

    /*
     * The next three are on once the branches that make them true are merged, which the presence of
     * their classes tells; each was run on a merge of its branch before (backfill: 500 pairs, convert: 1,000).
     */

    /** Whether a column that becomes an identity continues after the highest value its rows hold (branch convert). */
    static final boolean IDENTITY_CONTINUES = present("dev.jpamigrate.postgres.TypeConversions");

    /**
     * Whether the diff fills rows by {@link Hint.Backfill} when a column is added NOT NULL or becomes
     * NOT NULL, and a downgrade adds a dropped NOT NULL column back with its type's zero value (branch backfill).
     */
    static final boolean BACKFILLS = present("dev.jpamigrate.schema.ZeroValues");

    /** Whether a type change and its downgrade both convert the values (branch convert): text back to a timestamp. */
    static final boolean CONVERSIONS_BOTH_WAYS = present("dev.jpamigrate.postgres.TypeConversions");

    private static boolean present(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The value that rows get in a column, by a backfill hint: {@code expression} is SQL of {@code type}. */
    record Fill(String expression, String type) {
    }

    private final Random random;
    private final FreshNames names;
    private final Rows rows;
    private final Schema a;
    private Schema b;
    /** B table -> the A table it was, for the tables of A that B keeps. */
    private final Map<String, String> tableOrigin = new LinkedHashMap<>();
    /** B table -> (B column -> A column), for the columns of A that B keeps. */
    private final Map<String, Map<String, String>> columnOrigin = new HashMap<>();
    /** Columns of B ("table\0column") whose type changed: their values are A's, converted. */
    private final Set<String> changed = new HashSet<>();
    /** Columns added to tables of A nullable and without default: every row holds null. */
    private final Set<String> allNull = new HashSet<>();
    /** Columns of A ("table\0column", A's names) that became NOT NULL by a backfill: their nulls hold it now. */
    private final Map<String, Fill> nullFills = new HashMap<>();
    /** Columns B adds NOT NULL to tables with rows ("table\0column", B's names): every row holds the backfill. */
    private final Map<String, Fill> newFills = new HashMap<>();
    private final List<Hint> hints = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private final SchemaGenerator creator;

    private EditGenerator(Random random, FreshNames names, Schema a, Rows rows) {
        this.random = random;
        this.names = names;
        this.a = a;
        this.b = a;
        this.rows = rows;
        this.creator = new SchemaGenerator(random, names);
        for (Table t : a.tables()) {
            tableOrigin.put(t.name(), t.name());
            Map<String, String> columns = new HashMap<>();
            t.columns().forEach(c -> columns.put(c.name(), c.name()));
            columnOrigin.put(t.name(), columns);
        }
    }

    static EditGenerator edit(Random random, FreshNames names, Schema a, Rows rows) {
        EditGenerator editor = new EditGenerator(random, names, a, rows);
        int changes = 1 + random.nextInt(4);
        for (int attempts = 0; editor.kinds.size() < changes && attempts < 50; attempts++) {
            editor.oneChange();
        }
        return editor;
    }

    Schema b() {
        return b;
    }

    List<Hint> hints() {
        return hints;
    }

    List<String> kinds() {
        return kinds;
    }

    /** The table of B that the table of A became, if B keeps it. */
    Optional<String> tableOf(String aTable) {
        return tableOrigin.entrySet().stream().filter(e -> e.getValue().equals(aTable)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The columns of {@code aTable} that B keeps, A name -> B name, with the values they hold in A. */
    Map<String, String> keptColumns(String aTable) {
        Map<String, String> kept = new LinkedHashMap<>();
        tableOf(aTable).ifPresent(bTable -> columnOrigin.get(bTable)
                .forEach((bColumn, aColumn) -> kept.put(aColumn, bColumn)));
        return kept;
    }

    private void oneChange() {
        List<BooleanSupplier> changes = List.of(this::addTable, this::dropTable, this::addColumn, this::dropColumn,
                this::setNotNull, this::dropNotNull, this::changeType, this::changeDefault, this::addIdentity,
                this::dropIdentity, this::addUnique, this::dropUnique, this::addIndex, this::dropIndex,
                this::addCheck, this::dropCheck, this::addForeignKey, this::dropForeignKey, this::addPrimaryKey,
                this::dropPrimaryKey, this::changeSequences, this::tableComment, this::columnComment,
                this::renameIndex, this::renameTable, this::renameColumn, this::widenReferencedKey);
        Schema before = b;
        int made = kinds.size();
        List<Hint> hintsBefore = List.copyOf(hints);
        Map<String, Fill> fillsBefore = Map.copyOf(newFills);
        changes.get(random.nextInt(changes.size())).getAsBoolean();
        if (!newColumnsFitRows()) {
            // A later change made a column that B adds unaddable to rows (an identity dropped, a default dropped).
            b = before;
            kinds.subList(made, kinds.size()).clear();
            hints.clear();
            hints.addAll(hintsBefore);
            newFills.clear();
            newFills.putAll(fillsBefore);
        }
    }

    /** Whether each column B adds to a table with rows can be added: nullable, with a default, or an identity. */
    private boolean newColumnsFitRows() {
        for (Table t : b.tables()) {
            Map<String, String> origins = columnOrigin.get(t.name());
            if (origins == null || rowCount(t.name()) == 0) {
                continue;
            }
            for (Column c : t.columns()) {
                if (!origins.containsKey(c.name()) && !c.nullable() && c.defaultValue() == null && !c.identity()
                        && !newFills.containsKey(t.name() + "\0" + c.name())) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean addTable() {
        int before = b.tables().size();
        SchemaGenerator fresh = new SchemaGenerator(random, names);
        fresh.addTable(0);
        Table table = fresh.schema().tables().get(0);
        b = b.withTable(table);
        kinds.add("add table");
        if (before > 0 && random.nextBoolean()) {
            // A foreign key from the new table, or from a table with rows to it (its new columns hold null).
            foreignKeyOnNewColumns(random.nextBoolean() ? table.name() : randomTable().name());
        }
        return true;
    }

    private boolean dropTable() {
        Table t = randomTable();
        if (t == null || isReferencedByOthers(b, t.name()) || isReferencedByOthers(a, t.name())) {
            // The downgrade brings the table back empty: a foreign key of A to it would find no rows to refer to.
            return false;
        }
        b = b.withoutTable(t.name());
        newFills.keySet().removeIf(k -> k.startsWith(t.name() + "\0"));
        hints.removeIf(h -> h.table().equals(t.name()));
        tableOrigin.remove(t.name());
        columnOrigin.remove(t.name());
        kinds.add("drop table");
        return true;
    }

    private boolean addColumn() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        Column c = creator.column(SchemaGenerator.names(t.columns()));
        int rowCount = rowCount(t.name());
        String kind;
        switch (random.nextInt(4)) {
            case 0 -> {
                c = new Column(c.name(), c.type(), true, null, false, c.comment());
                kind = "add column (nullable)";
                allNull.add(t.name() + "\0" + c.name());
            }
            case 1 -> {
                String d = ColumnTypes.defaultFor(c.type(), random);
                if (d == null) {
                    return false;
                }
                c = new Column(c.name(), c.type(), random.nextBoolean(), d, false, c.comment());
                kind = c.nullable() ? "add column (default)" : "add column (not null, default)";
            }
            case 2 -> {
                c = new Column(c.name(), pick(List.of("integer", "bigint")), false, null, true, c.comment());
                kind = "add column (identity)";
            }
            default -> {
                if (rowCount > 0 && !BACKFILLS) {
                    return false; // a NOT NULL column without default needs a backfill on a table with rows
                }
                c = new Column(c.name(), c.type(), false, null, false, c.comment());
                kind = "add column (not null, empty table)";
                if (rowCount > 0) {
                    Fill fill = fill(c.type());
                    hints.add(new Hint.Backfill(t.name(), c.name(), fill.expression()));
                    newFills.put(t.name() + "\0" + c.name(), fill);
                    kind = "add column (not null, backfill)";
                }
            }
        }
        b = new Operation.AddColumn(t.name(), c).applyTo(b);
        kinds.add(kind);
        return true;
    }

    private boolean dropColumn() {
        Table t = randomTable();
        Column c = randomColumn(t);
        if (c == null || inPrimaryKey(t, c.name()) || isReferenced(t.name(), c.name()) || !reAddable(t, c)) {
            return false;
        }
        String aTable = tableOrigin.get(t.name());
        String aColumn = aTable == null ? null : columnOrigin.get(t.name()).get(c.name());
        if (aColumn != null) {
            Table inA = a.table(aTable).orElseThrow();
            if (!reAddable(inA, inA.column(aColumn).orElseThrow()) || isReferenced(a, aTable, aColumn)) {
                return false;
            }
        }
        b = new Operation.DropColumn(t.name(), c.name()).applyTo(b);
        forget(t.name(), c.name());
        kinds.add("drop column");
        return true;
    }

    /**
     * The downgrade adds it back with null in every row, or its default, or numbers from 1 for an
     * identity, or (branch backfill) its type's zero value: 0, false, ''.
     */
    private static boolean reAddable(Table t, Column c) {
        if (c.defaultValue() == null && (c.nullable() || c.identity())) {
            return true;
        }
        boolean zero = BACKFILLS && (ColumnTypes.isNumber(c.type()) || c.type().equals("boolean")
                || ColumnTypes.isString(c.type()) || c.type().startsWith("char"));
        return (c.defaultValue() != null || zero) && !inUniqueOrForeignKey(t, c.name()) && !inPrimaryKey(t, c.name());
    }

    /** Whether B adds the column NOT NULL with a backfill: changed further, it would no longer be that. */
    private boolean backfilled(Table t, Column c) {
        return newFills.containsKey(t.name() + "\0" + c.name());
    }

    /** A backfill value for a column of {@code type}, as SQL: a literal its rows can hold. */
    private Fill fill(String type) {
        return new Fill(ColumnTypes.value(type, ColumnTypes.Style.WORDS, 0, random).sql(), type);
    }

    /** The columns of A that B makes NOT NULL by a backfill, by A's "table\0column". */
    Map<String, Fill> nullFills() {
        return nullFills;
    }

    /** The columns B adds NOT NULL by a backfill to tables with rows, by B's "table\0column". */
    Map<String, Fill> newFills() {
        return newFills;
    }

    private boolean setNotNull() {
        Table t = randomTable();
        Column c = randomColumn(t);
        if (c == null || !c.nullable()) {
            return false;
        }
        Optional<List<Value>> values = knownValues(t.name(), c.name());
        if (values.isEmpty()) {
            return false;
        }
        if (values.get().stream().anyMatch(Value::isNull)) {
            String aTable = tableOrigin.get(t.name());
            String aColumn = aTable == null ? null : columnOrigin.get(t.name()).get(c.name());
            if (!BACKFILLS || aColumn == null || inUniqueOrForeignKey(t, c.name())) {
                return false; // the backfill would give several rows one value
            }
            Fill fill = fill(c.type());
            hints.add(new Hint.Backfill(t.name(), c.name(), fill.expression()));
            nullFills.put(aTable + "\0" + aColumn, fill);
            changed.add(t.name() + "\0" + c.name());
            b = new Operation.AlterColumnNullable(t.name(), c.name(), false).applyTo(b);
            kinds.add("set not null (backfill)");
            return true;
        }
        b = new Operation.AlterColumnNullable(t.name(), c.name(), false).applyTo(b);
        kinds.add("set not null");
        return true;
    }

    private boolean dropNotNull() {
        Table t = randomTable();
        Column c = randomColumn(t);
        if (c == null || c.nullable() || c.identity() || inPrimaryKey(t, c.name()) || backfilled(t, c)) {
            return false;
        }
        b = new Operation.AlterColumnNullable(t.name(), c.name(), true).applyTo(b);
        kinds.add("drop not null");
        return true;
    }

    private boolean changeType() {
        Table t = randomTable();
        Column c = randomColumn(t);
        if (c == null || c.identity() || c.defaultValue() != null || inAnyConstraint(t, c.name())
                || isReferenced(t.name(), c.name())) {
            return false;
        }
        Optional<List<Value>> values = knownValues(t.name(), c.name());
        if (values.isEmpty()) {
            return false;
        }
        List<String> to = new ArrayList<>(ColumnTypes.conversions(c.type(), values.get()));
        // Left out until branch convert is merged: on lead (5f1cb95) AlterColumnType.inverse writes no USING when
        // the upgrade needed none, so the downgrade of timestamp(6) -> text fails ("cannot be cast automatically").
        if (!CONVERSIONS_BOTH_WAYS) {
            to.removeIf(type -> SqlTypes.hasAssignmentCast(c.type(), type) && !SqlTypes.hasAssignmentCast(type, c.type()));
        }
        if (to.isEmpty()) {
            return false;
        }
        String type = pick(to);
        b = new Operation.AlterColumnType(t.name(), c.name(), type).applyTo(b);
        changed.add(t.name() + "\0" + c.name());
        kinds.add("change type");
        return true;
    }

    /**
     * A primary key of one integer column made wider, and every foreign key column that references
     * it with it, so that the keys still match: the rows and the foreign keys must stay.
     */
    private boolean widenReferencedKey() {
        Table t = randomTable();
        if (t == null || t.primaryKey() == null || t.primaryKey().columns().size() != 1) {
            return false;
        }
        Column key = t.column(t.primaryKey().columns().get(0)).orElseThrow();
        if (key.identity() || !(key.type().equals("smallint") || key.type().equals("integer"))
                || changed.contains(t.name() + "\0" + key.name())) {
            return false;
        }
        List<String[]> referencing = new ArrayList<>();
        for (Table other : b.tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (fk.referencedTable().equals(t.name()) && fk.referencedColumns().equals(List.of(key.name()))) {
                    Column c = other.column(fk.columns().get(0)).orElseThrow();
                    if (c.defaultValue() != null || c.identity() || !c.type().equals(key.type())) {
                        return false;
                    }
                    referencing.add(new String[] {other.name(), c.name()});
                }
            }
        }
        if (referencing.isEmpty()) {
            return false;
        }
        String type = key.type().equals("smallint") && random.nextBoolean() ? "integer" : "bigint";
        referencing.add(new String[] {t.name(), key.name()});
        for (String[] column : referencing) {
            if (b.table(column[0]).orElseThrow().column(column[1]).orElseThrow().type().equals(key.type())) {
                b = new Operation.AlterColumnType(column[0], column[1], type).applyTo(b);
                changed.add(column[0] + "\0" + column[1]);
            }
        }
        kinds.add("widen a referenced primary key");
        return true;
    }

    private boolean changeDefault() {
        Table t = randomTable();
        Column c = randomColumn(t);
        if (c == null || c.identity() || changed.contains(t.name() + "\0" + c.name())
                || allNull.contains(t.name() + "\0" + c.name()) || backfilled(t, c)) {
            return false; // a default on a column B adds would fill its rows, which then no longer hold null
        }
        String d = c.defaultValue() != null && random.nextInt(3) == 0 ? null : ColumnTypes.defaultFor(c.type(), random);
        for (int tries = 0; d != null && d.equals(c.defaultValue()) && tries < 3; tries++) {
            d = ColumnTypes.defaultFor(c.type(), random);
        }
        if (Objects.equals(d, c.defaultValue())) {
            return false;
        }
        b = new Operation.AlterColumnDefault(t.name(), c.name(), d).applyTo(b);
        kinds.add(d == null ? "drop default" : c.defaultValue() == null ? "set default" : "change default");
        return true;
    }

    private boolean addIdentity() {
        Table t = randomTable();
        Column c = randomColumn(t);
        if (c == null || c.identity() || c.nullable() || c.defaultValue() != null || !ColumnTypes.isInteger(c.type())
                || inForeignKey(t, c.name()) || backfilled(t, c)) {
            return false;
        }
        b = new Operation.AlterColumnIdentity(t.name(), c.name(), true).applyTo(b);
        kinds.add("add identity");
        return true;
    }

    private boolean dropIdentity() {
        Table t = randomTable();
        Optional<Column> c = t == null ? Optional.empty() : t.columns().stream().filter(Column::identity).findFirst();
        if (c.isEmpty()) {
            return false;
        }
        b = new Operation.AlterColumnIdentity(t.name(), c.get().name(), false).applyTo(b);
        kinds.add("drop identity");
        return true;
    }

    private boolean addUnique() {
        Table t = randomTable();
        Column c = randomColumn(t);
        if (c == null || !ColumnTypes.isKey(c.type()) || !distinct(t.name(), c.name())
                || t.uniqueConstraints().stream().anyMatch(u -> u.columns().equals(List.of(c.name())))
                || inPrimaryKey(t, c.name()) && t.primaryKey().columns().size() == 1) {
            // PostgreSQL keeps one of two equal unique constraints (or a unique one equal to the primary key) in a create table.
            return false;
        }
        b = new Operation.AddUnique(t.name(), new UniqueConstraint(names.next("uk_"), List.of(c.name()))).applyTo(b);
        kinds.add("add unique");
        return true;
    }

    private boolean dropUnique() {
        Table t = randomTable();
        if (t == null || t.uniqueConstraints().isEmpty()) {
            return false;
        }
        UniqueConstraint u = t.uniqueConstraints().get(random.nextInt(t.uniqueConstraints().size()));
        if (isReferenced(t.name(), u.columns())) {
            return false;
        }
        b = new Operation.DropUnique(t.name(), u.name()).applyTo(b);
        kinds.add("drop unique");
        return true;
    }

    private boolean addIndex() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        Optional<Index> index = creator.index(t);
        if (index.isEmpty() || index.get().unique() && !index.get().columns().stream()
                .allMatch(e -> distinct(t.name(), e.replace(" desc", "")))) {
            return false;
        }
        b = new Operation.CreateIndex(t.name(), index.get()).applyTo(b);
        kinds.add(index.get().unique() ? "add unique index" : "add index");
        return true;
    }

    private boolean dropIndex() {
        Table t = randomTable();
        if (t == null || t.indexes().isEmpty()) {
            return false;
        }
        Index index = t.indexes().get(random.nextInt(t.indexes().size()));
        b = new Operation.DropIndex(t.name(), index.name()).applyTo(b);
        kinds.add("drop index");
        return true;
    }

    private boolean addCheck() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        return creator.check(t).map(c -> {
            b = new Operation.AddCheck(t.name(), c).applyTo(b);
            kinds.add("add check");
            return true;
        }).orElse(false);
    }

    private boolean dropCheck() {
        Table t = randomTable();
        if (t == null || t.checks().isEmpty()) {
            return false;
        }
        b = new Operation.DropCheck(t.name(), t.checks().get(random.nextInt(t.checks().size())).name()).applyTo(b);
        kinds.add("drop check");
        return true;
    }

    private boolean addForeignKey() {
        Table t = randomTable();
        return t != null && foreignKeyOnNewColumns(t.name());
    }

    /** A foreign key on new nullable columns, which hold null in every row, to any table with a key. */
    private boolean foreignKeyOnNewColumns(String table) {
        SchemaGenerator withB = SchemaGenerator.over(random, names, b);
        int before = b.table(table).orElseThrow().foreignKeys().size();
        withB.addForeignKey(table, true);
        Schema after = withB.schema();
        Table t = after.table(table).orElseThrow();
        if (t.foreignKeys().size() == before) {
            return false;
        }
        Table old = b.table(table).orElseThrow();
        for (Column c : t.columns()) {
            if (old.column(c.name()).isEmpty()) {
                allNull.add(table + "\0" + c.name());
            }
        }
        b = after;
        kinds.add("add foreign key");
        return true;
    }

    private boolean dropForeignKey() {
        Table t = randomTable();
        if (t == null || t.foreignKeys().isEmpty()) {
            return false;
        }
        ForeignKey fk = t.foreignKeys().get(random.nextInt(t.foreignKeys().size()));
        b = new Operation.DropForeignKey(t.name(), fk.name()).applyTo(b);
        kinds.add("drop foreign key");
        return true;
    }

    private boolean addPrimaryKey() {
        Table t = randomTable();
        Column c = randomColumn(t);
        if (c == null || t.primaryKey() != null || c.nullable() || !ColumnTypes.isKey(c.type())
                || !distinct(t.name(), c.name())) {
            return false;
        }
        b = new Operation.AddPrimaryKey(t.name(), new PrimaryKey(names.next("pk_"), List.of(c.name()))).applyTo(b);
        kinds.add("add primary key");
        return true;
    }

    private boolean dropPrimaryKey() {
        Table t = randomTable();
        if (t == null || t.primaryKey() == null || isReferenced(t.name(), t.primaryKey().columns())) {
            return false;
        }
        b = new Operation.DropPrimaryKey(t.name(), t.primaryKey().name()).applyTo(b);
        kinds.add("drop primary key");
        return true;
    }

    private boolean changeSequences() {
        int pick = random.nextInt(3);
        if (pick == 0 || b.sequences().isEmpty()) {
            b = b.withSequence(creator.sequence());
            kinds.add("create sequence");
            return true;
        }
        Sequence s = b.sequences().get(random.nextInt(b.sequences().size()));
        if (pick == 1) {
            b = b.withoutSequence(s.name());
            kinds.add("drop sequence");
        } else {
            b = b.withSequence(new Sequence(s.name(), s.start() + 10, random.nextBoolean() ? s.increment() : s.increment() * 2));
            kinds.add("alter sequence");
        }
        return true;
    }

    private boolean tableComment() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        String comment = t.comment() != null && random.nextBoolean() ? null : names.comment();
        b = b.withTable(t.withComment(comment));
        kinds.add(comment == null ? "drop table comment" : t.comment() == null ? "add table comment" : "change table comment");
        return true;
    }

    private boolean columnComment() {
        Table t = randomTable();
        Column c = randomColumn(t);
        if (c == null) {
            return false;
        }
        String comment = c.comment() != null && random.nextBoolean() ? null : names.comment();
        b = new Operation.AlterColumnComment(t.name(), c.name(), comment).applyTo(b);
        kinds.add(comment == null ? "drop column comment" : c.comment() == null ? "add column comment" : "change column comment");
        return true;
    }

    /** An index under another name, same definition: the diff may rename it or build it again. */
    private boolean renameIndex() {
        Table t = randomTable();
        if (t == null || t.indexes().isEmpty()) {
            return false;
        }
        Index index = t.indexes().get(random.nextInt(t.indexes().size()));
        Index renamed = new Index(names.next("ix_"), index.columns(), index.unique());
        b = b.withTable(t.withIndexes(is -> {
            is.remove(index);
            is.add(renamed);
            return is;
        }));
        kinds.add("rename index");
        return true;
    }

    /** A table of A under a new name, with a {@link Hint.RenamedTable} that names what it was in A. */
    private boolean renameTable() {
        Table t = randomTable();
        if (!RENAMES || t == null || !tableOrigin.containsKey(t.name())) {
            return false;
        }
        String old = t.name();
        String name = (t.schemaName() == null ? "" : t.schemaName() + ".") + names.next("t");
        b = ModelRenames.table(b, old, name);
        tableOrigin.put(name, tableOrigin.remove(old));
        columnOrigin.put(name, columnOrigin.remove(old));
        rekey(changed, old, name);
        rekey(allNull, old, name);
        for (String key : List.copyOf(newFills.keySet())) {
            if (key.startsWith(old + "\0")) {
                newFills.put(name + key.substring(old.length()), newFills.remove(key));
            }
        }
        hints.replaceAll(h -> h instanceof Hint.Backfill f && f.table().equals(old)
                ? new Hint.Backfill(name, f.column(), f.expression()) : h);
        hints.removeIf(h -> h instanceof Hint.RenamedTable r && r.table().equals(old));
        hints.replaceAll(h -> h instanceof Hint.RenamedColumn r && r.table().equals(old)
                ? new Hint.RenamedColumn(name, r.column(), r.previous()) : h);
        hints.add(new Hint.RenamedTable(name, List.of(tableOrigin.get(name))));
        Optional<Sequence> sequence = b.sequence(old + "_seq");
        if (sequence.isPresent()) {
            b = b.withoutSequence(old + "_seq").withSequence(
                    new Sequence(name + "_seq", sequence.get().start(), sequence.get().increment()));
            kinds.add("rename table and its sequence");
            return true;
        }
        kinds.add("rename table");
        return true;
    }

    /** A column of A under a new name, with a {@link Hint.RenamedColumn} that names what it was in A. */
    private boolean renameColumn() {
        Table t = randomTable();
        Column c = randomColumn(t);
        if (!RENAMES || c == null || !c.name().matches("c[0-9]+") || columnOrigin.get(t.name()) == null
                || !columnOrigin.get(t.name()).containsKey(c.name())) {
            return false; // a column B adds has no name in A; an awkward name would need quoting in checks
        }
        String name = names.next("c");
        b = ModelRenames.column(b, t.name(), c.name(), name);
        String aColumn = columnOrigin.get(t.name()).remove(c.name());
        columnOrigin.get(t.name()).put(name, aColumn);
        for (Set<String> set : List.of(changed, allNull)) {
            if (set.remove(t.name() + "\0" + c.name())) {
                set.add(t.name() + "\0" + name);
            }
        }
        hints.removeIf(h -> h instanceof Hint.RenamedColumn r && r.table().equals(t.name()) && r.column().equals(c.name()));
        hints.replaceAll(h -> h instanceof Hint.Backfill f && f.table().equals(t.name()) && f.column().equals(c.name())
                ? new Hint.Backfill(t.name(), name, f.expression()) : h);
        hints.add(new Hint.RenamedColumn(t.name(), name, List.of(aColumn)));
        kinds.add("rename column");
        return true;
    }

    private static void rekey(Set<String> columns, String oldTable, String newTable) {
        List<String> moved = columns.stream().filter(k -> k.startsWith(oldTable + "\0")).toList();
        columns.removeAll(moved);
        moved.forEach(k -> columns.add(newTable + k.substring(oldTable.length())));
    }

    // --- what the rows allow -------------------------------------------------------------------

    /** The values B's column holds after the upgrade, when the generator knows them. */
    private Optional<List<Value>> knownValues(String bTable, String bColumn) {
        String aTable = tableOrigin.get(bTable);
        if (aTable == null) {
            return Optional.of(List.of()); // a new table: no rows
        }
        if (allNull.contains(bTable + "\0" + bColumn)) {
            return Optional.of(Collections.nCopies(rows.count(aTable), Value.NULL));
        }
        String aColumn = columnOrigin.get(bTable).get(bColumn);
        if (aColumn == null || changed.contains(bTable + "\0" + bColumn)) {
            return Optional.empty();
        }
        return Optional.of(rows.column(aTable, aColumn));
    }

    /** Whether the non-null values of the column differ row by row. */
    private boolean distinct(String bTable, String bColumn) {
        Optional<List<Value>> values = knownValues(bTable, bColumn);
        if (values.isEmpty()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        return values.get().stream().filter(v -> !v.isNull()).allMatch(v -> seen.add(v.sql()));
    }

    private int rowCount(String bTable) {
        String aTable = tableOrigin.get(bTable);
        return aTable == null ? 0 : rows.count(aTable);
    }

    private void forget(String bTable, String bColumn) {
        Map<String, String> columns = columnOrigin.get(bTable);
        if (columns != null) {
            columns.remove(bColumn);
        }
        changed.remove(bTable + "\0" + bColumn);
        allNull.remove(bTable + "\0" + bColumn);
        newFills.remove(bTable + "\0" + bColumn);
        hints.removeIf(h -> h instanceof Hint.Backfill f && f.table().equals(bTable) && f.column().equals(bColumn));
    }

    private static boolean isReferencedByOthers(Schema schema, String table) {
        return schema.tables().stream().filter(t -> !t.name().equals(table))
                .anyMatch(t -> t.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(table)));
    }

    private boolean isReferenced(String table, String column) {
        return isReferenced(b, table, column);
    }

    private static boolean isReferenced(Schema schema, String table, String column) {
        return schema.tables().stream().anyMatch(t -> t.foreignKeys().stream()
                .anyMatch(fk -> fk.referencedTable().equals(table) && fk.referencedColumns().contains(column)));
    }

    private boolean isReferenced(String table, List<String> columns) {
        return columns.stream().anyMatch(c -> isReferenced(table, c));
    }

    private static boolean inPrimaryKey(Table t, String column) {
        return t.primaryKey() != null && t.primaryKey().columns().contains(column);
    }

    private static boolean inForeignKey(Table t, String column) {
        return t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
    }

    private static boolean inUniqueOrForeignKey(Table t, String column) {
        return t.uniqueConstraints().stream().anyMatch(u -> u.columns().contains(column))
                || t.indexes().stream().anyMatch(i -> i.unique() && usesColumn(i, column))
                || inForeignKey(t, column);
    }

    private static boolean inAnyConstraint(Table t, String column) {
        return inPrimaryKey(t, column) || inUniqueOrForeignKey(t, column)
                || t.indexes().stream().anyMatch(i -> usesColumn(i, column))
                || t.checks().stream().anyMatch(c -> c.expression().contains(column));
    }

    private static boolean usesColumn(Index index, String column) {
        return index.columns().stream().anyMatch(e -> e.equals(column) || e.startsWith(column + " ")
                || e.contains("(" + column + ")") || e.contains("(" + column + "::"));
    }

    private Table randomTable() {
        return b.tables().isEmpty() ? null : b.tables().get(random.nextInt(b.tables().size()));
    }

    private Column randomColumn(Table t) {
        return t == null || t.columns().isEmpty() ? null : t.columns().get(random.nextInt(t.columns().size()));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
