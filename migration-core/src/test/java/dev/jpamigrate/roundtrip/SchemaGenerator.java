package dev.jpamigrate.roundtrip;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Random schemas with rows: tables in the default schema and in {@link #OTHER}, columns of every
 * type of {@link ColumnTypes}, identities, defaults, single and composite primary keys, unique
 * constraints, checks, indexes (descending, unique, on an expression), foreign keys between any
 * two tables (cycles and self-references included), sequences and comments. The rows satisfy
 * every constraint, foreign keys included: their values are copied from the referenced rows.
 */
final class SchemaGenerator {
    /** The second schema; tables in it are named {@code rt_other.t1}. */
    static final String OTHER = "rt_other";

    private final Random random;
    private final FreshNames names;
    private final Rows rows = new Rows();
    private final Map<String, ColumnTypes.Style> styles = new HashMap<>();
    private Schema schema = Schema.EMPTY;

    SchemaGenerator(Random random, FreshNames names) {
        this.random = random;
        this.names = names;
    }

    /** A generator that adds to {@code schema}, whose tables it takes to have no rows. */
    static SchemaGenerator over(Random random, FreshNames names, Schema schema) {
        SchemaGenerator generator = new SchemaGenerator(random, names);
        generator.schema = schema;
        return generator;
    }

    /** Schema A and its rows. */
    static Generated generate(Random random, FreshNames names) {
        SchemaGenerator generator = new SchemaGenerator(random, names);
        int tables = 1 + random.nextInt(5);
        for (int i = 0; i < tables; i++) {
            generator.addTable(random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4));
        }
        for (int pass = 0; pass < 2; pass++) {
            for (Table table : generator.schema.tables()) {
                if (random.nextInt(100) < 35) {
                    generator.addForeignKey(table.name(), false);
                }
            }
        }
        int sequences = random.nextInt(3);
        for (int i = 0; i < sequences; i++) {
            generator.schema = generator.schema.withSequence(generator.sequence());
        }
        return new Generated(generator.schema, generator.rows);
    }

    record Generated(Schema schema, Rows rows) {
    }

    Sequence sequence() {
        String name = (random.nextInt(4) == 0 ? OTHER + "." : "") + names.next("sq");
        return new Sequence(name, random.nextBoolean() ? 1 : 100, random.nextBoolean() ? 1 : 50);
    }

    /** A new table with {@code rowCount} rows, without foreign keys. */
    void addTable(int rowCount) {
        String name = (random.nextInt(4) == 0 ? OTHER + "." : "") + names.table();
        List<Column> columns = new ArrayList<>();
        List<String> keyColumns = new ArrayList<>();
        int keyKind = random.nextInt(100);
        int keySize = keyKind < 15 ? 0 : keyKind < 75 ? 1 : 2;
        for (int i = 0; i < keySize; i++) {
            String type = keySize == 1 && random.nextBoolean() ? pick(List.of("smallint", "integer", "bigint"))
                    : pick(ColumnTypes.KEYS);
            boolean identity = keySize == 1 && ColumnTypes.isInteger(type) && random.nextInt(3) == 0;
            Column key = new Column(names.column(names(columns)), type, false, null, identity);
            columns.add(key);
            keyColumns.add(key.name());
        }
        int others = 1 + random.nextInt(5);
        for (int i = 0; i < others; i++) {
            columns.add(column(names(columns)));
        }
        Table table = new Table(name, columns, keyColumns.isEmpty() ? null
                : new PrimaryKey(name.substring(name.indexOf('.') + 1) + "_pkey", keyColumns),
                List.of(), List.of(), List.of(), List.of(), random.nextInt(10) < 3 ? names.comment() : null);
        schema = schema.withTable(table);
        if (random.nextInt(4) == 0) {
            // A generator named after its table, as Hibernate names one: a table rename renames it too.
            schema = schema.withSequence(new Sequence(name + "_seq", 1, 50));
        }
        fillRows(table, rowCount);
        if (random.nextInt(10) < 3) {
            uniqueConstraint(table).ifPresent(u -> update(name, t -> t.withUniqueConstraints(us -> add(us, u))));
        }
        if (random.nextInt(10) < 4) {
            index(schema.table(name).orElseThrow()).ifPresent(x -> update(name, t -> t.withIndexes(is -> add(is, x))));
        }
        if (random.nextInt(10) < 3) {
            check(table).ifPresent(c -> update(name, t -> t.withChecks(cs -> add(cs, c))));
        }
    }

    /** A column that is not part of a key; with a comment, a default, NOT NULL, as chance has it. */
    Column column(List<String> taken) {
        String type = pick(ColumnTypes.ALL);
        String defaultValue = random.nextInt(5) == 0 ? ColumnTypes.defaultFor(type, random) : null;
        return new Column(names.column(taken), type, random.nextInt(10) < 6, defaultValue, false,
                random.nextInt(100) < 15 ? names.comment() : null);
    }

    private void fillRows(Table table, int rowCount) {
        for (Column c : table.columns()) {
            styles.put(table.name() + "." + c.name(), ColumnTypes.randomStyle(c.type(), random));
        }
        for (int i = 0; i < rowCount; i++) {
            Map<String, Value> row = rows.add(table.name());
            for (Column c : table.columns()) {
                row.put(c.name(), valueOf(table.name(), c, i));
            }
        }
    }

    /** A value for row {@code row}, null now and then where the column allows it. */
    Value valueOf(String table, Column column, int row) {
        if (column.nullable() && random.nextInt(4) == 0) {
            return Value.NULL;
        }
        ColumnTypes.Style style = styles.getOrDefault(table + "." + column.name(), ColumnTypes.Style.WORDS);
        return ColumnTypes.value(column.type(), style, row, random);
    }

    /** A unique constraint on one or two columns whose values are distinct row by row. */
    Optional<UniqueConstraint> uniqueConstraint(Table table) {
        List<String> candidates = table.columns().stream()
                .filter(c -> ColumnTypes.isKey(c.type()) && !inPrimaryKey(table, c.name())).map(Column::name).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UniqueConstraint(names.next("uk_"), some(candidates)));
    }

    /** An index: plain or unique, on one or two columns in either order, or on {@code lower(column)}. */
    Optional<Index> index(Table table) {
        List<Column> strings = table.columns().stream()
                .filter(c -> ColumnTypes.isString(c.type()) && c.name().matches("c[0-9]+")).toList();
        if (!strings.isEmpty() && random.nextInt(6) == 0) {
            Column c = strings.get(random.nextInt(strings.size()));
            String entry = "lower(" + c.name() + (c.type().equals("text") ? "" : "::text") + ")";
            return Optional.of(new Index(names.next("ix_"), List.of(entry), false));
        }
        List<String> candidates = table.columns().stream()
                .filter(c -> !c.type().endsWith("[]") && !c.type().equals("jsonb")).map(Column::name).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<String> columns = some(candidates);
        boolean unique = random.nextInt(4) == 0 && columns.stream()
                .allMatch(c -> ColumnTypes.isKey(table.column(c).orElseThrow().type()));
        List<String> entries = columns.stream().map(c -> random.nextInt(3) == 0 ? c + " desc" : c).toList();
        return Optional.of(new Index(names.next("ix_"), entries, unique));
    }

    /** {@code column >= 0} on a number column, as the catalog prints it; every number generated is positive. */
    Optional<CheckConstraint> check(Table table) {
        List<Column> numbers = table.columns().stream().filter(c -> ColumnTypes.isNumber(c.type())).toList();
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        Column c = numbers.get(random.nextInt(numbers.size()));
        return Optional.of(new CheckConstraint(names.next("ck_"), checkExpression(c)));
    }

    static String checkExpression(Column c) {
        String zero = ColumnTypes.isInteger(c.type()) ? "0"
                : c.type().startsWith("numeric") ? "0::numeric" : "0::double precision";
        // PostgreSQL prints a column named like a keyword quoted in an expression, even one the dialect leaves bare.
        String name = c.name().equals("time") ? "\"time\"" : PostgresDialect.quote(c.name());
        return name + " >= " + zero;
    }

    /**
     * A foreign key from {@code table} to a random table with a primary key or unique constraint
     * (itself too), on new columns of the referenced types, whose values are copied from
     * referenced rows; {@code empty} when the table's rows should all hold null in them.
     */
    void addForeignKey(String tableName, boolean empty) {
        List<Table> targets = schema.tables().stream()
                .filter(t -> t.primaryKey() != null || !t.uniqueConstraints().isEmpty()).toList();
        if (targets.isEmpty()) {
            return;
        }
        Table target = targets.get(random.nextInt(targets.size()));
        List<String> referenced = target.primaryKey() != null && (target.uniqueConstraints().isEmpty() || random.nextBoolean())
                ? target.primaryKey().columns()
                : target.uniqueConstraints().get(random.nextInt(target.uniqueConstraints().size())).columns();
        Table table = schema.table(tableName).orElseThrow();
        List<Map<String, Value>> targetRows = rows.of(target.name()).stream()
                .filter(r -> referenced.stream().noneMatch(c -> r.get(c).isNull())).toList();
        boolean nullable = empty || targetRows.isEmpty() || random.nextInt(10) < 7;
        List<Column> added = new ArrayList<>();
        List<String> taken = names(table.columns());
        for (String ref : referenced) {
            Column refColumn = target.column(ref).orElseThrow();
            Column c = new Column(names.column(taken), refColumn.type(), nullable, null, false);
            taken.add(c.name());
            added.add(c);
        }
        ForeignKeyAction onDelete = pick(nullable
                ? List.of(ForeignKeyAction.NO_ACTION, ForeignKeyAction.CASCADE, ForeignKeyAction.RESTRICT, ForeignKeyAction.SET_NULL)
                : List.of(ForeignKeyAction.NO_ACTION, ForeignKeyAction.CASCADE, ForeignKeyAction.RESTRICT));
        ForeignKeyAction onUpdate = random.nextInt(4) == 0 ? ForeignKeyAction.CASCADE : ForeignKeyAction.NO_ACTION;
        ForeignKey fk = new ForeignKey(names.next("fk_"), names(added), target.name(), referenced, onDelete, onUpdate);
        update(tableName, t -> t.withColumns(cs -> {
            cs.addAll(added);
            return cs;
        }).withForeignKeys(fks -> add(fks, fk)));
        for (Map<String, Value> row : rows.of(tableName)) {
            Map<String, Value> source = empty || targetRows.isEmpty() || nullable && random.nextInt(3) == 0 ? null
                    : targetRows.get(random.nextInt(targetRows.size()));
            for (int i = 0; i < added.size(); i++) {
                row.put(added.get(i).name(), source == null ? Value.NULL : source.get(referenced.get(i)));
            }
        }
    }

    Schema schema() {
        return schema;
    }

    private void update(String table, UnaryOperator<Table> change) {
        schema = schema.withTable(change.apply(schema.table(table).orElseThrow()));
    }

    private List<String> some(List<String> candidates) {
        List<String> chosen = new ArrayList<>();
        chosen.add(candidates.get(random.nextInt(candidates.size())));
        if (candidates.size() > 1 && random.nextInt(3) == 0) {
            String second = candidates.get(random.nextInt(candidates.size()));
            if (!chosen.contains(second)) {
                chosen.add(second);
            }
        }
        return chosen;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static boolean inPrimaryKey(Table table, String column) {
        return table.primaryKey() != null && table.primaryKey().columns().contains(column);
    }

    static List<String> names(List<Column> columns) {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    private static <T> List<T> add(List<T> items, T item) {
        items.add(item);
        return items;
    }
}
