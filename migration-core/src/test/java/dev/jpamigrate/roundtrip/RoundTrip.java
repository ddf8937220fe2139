package dev.jpamigrate.roundtrip;

import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One pair of the round trip: schema A with rows, schema B a random edit of it. {@link #run}
 * creates A through the diff from nothing, inserts the rows, upgrades to B in one transaction,
 * requires the catalog to be B and every kept column to hold its values, then downgrades and
 * requires A with the same values.
 */
final class RoundTrip {
    private final long seed;
    private final int index;
    private final Schema a;
    private final Rows rows;
    private final EditGenerator edit;
    private final Hints hints;
    static final Map<String, Long> TIMES = new java.util.concurrent.ConcurrentSkipListMap<>();
    private long mark = System.nanoTime();
    private String step = "generating the pair";
    private List<Operation> running = List.of();

    private RoundTrip(long seed, int index, Schema a, Rows rows, EditGenerator edit) {
        this.seed = seed;
        this.index = index;
        this.a = a;
        this.rows = rows;
        this.edit = edit;
        this.hints = Hints.of(edit.hints());
    }

    /** Pair {@code index} of the run seeded with {@code seed}: the same pair on every machine. */
    static RoundTrip generate(long seed, int index) {
        Random random = new Random(seed * 1_000_003L + index);
        FreshNames names = new FreshNames(random);
        SchemaGenerator.Generated a = SchemaGenerator.generate(random, names);
        return new RoundTrip(seed, index, a.schema(), a.rows(), EditGenerator.edit(random, names, a.schema(), a.rows()));
    }

    List<String> kinds() {
        return edit.kinds();
    }

    /** The kinds of operation of the upgrade, as the diff found them. */
    List<String> operations() {
        return operations;
    }

    private final List<String> operations = new ArrayList<>();

    void run(RoundTripDatabase db) throws Exception {
        lap();
        step = "emptying the database";
        db.reset();
        lap();
        step = "creating A (tables, sequences)";
        List<Operation> creation = SchemaDiff.between(Schema.EMPTY, a).upgrade();
        List<Operation> foreignKeys = creation.stream().filter(op -> op instanceof Operation.AddForeignKey).toList();
        running = creation.stream().filter(op -> !(op instanceof Operation.AddForeignKey)).toList();
        db.runInTransaction(running);
        lap();
        step = "inserting A's rows";
        db.insert(rows);
        lap();
        step = "adding A's foreign keys over its rows";
        running = foreignKeys;
        db.runInTransaction(running);
        // A is read back after the downgrade; reading it here too would cost a third of the catalog reads.
        Map<String, List<List<String>>> before = keptValues(db, true);

        lap();
        step = "diffing A to B";
        running = List.of();
        SchemaDiff diff = SchemaDiff.between(a, edit.b(), hints);
        lap();
        step = "upgrading A to B";
        running = diff.upgrade();
        running.forEach(op -> operations.add(op.getClass().getSimpleName()));
        db.runInTransaction(running);
        lap();
        step = "reading B back after the upgrade";
        requireSchema(db.catalog(), edit.b());
        lap();
        step = "comparing the kept values after the upgrade";
        Map<String, List<List<String>>> expected = filled(db, before);
        requireValues(expected, keptValues(db, false));
        requireBackfills(db);
        if (EditGenerator.IDENTITY_CONTINUES) {
            lap();
            step = "checking that identities continue after the rows' values";
            requireIdentitiesContinue(db);
        }

        lap();
        step = "downgrading B to A";
        running = diff.downgrade();
        db.runInTransaction(running);
        lap();
        step = "reading A back after the downgrade";
        requireSchema(db.catalog(), a);
        lap();
        step = "comparing the kept values after the downgrade";
        requireValues(expected, keptValues(db, true));
    }

    /**
     * For each table of A that B keeps, the rows of the columns B keeps, read from A's names
     * ({@code inA}) or B's.
     */
    private Map<String, List<List<String>>> keptValues(RoundTripDatabase db, boolean inA) throws Exception {
        Map<String, List<List<String>>> values = new LinkedHashMap<>();
        for (Table table : a.tables()) {
            String bTable = edit.tableOf(table.name()).orElse(null);
            if (bTable == null) {
                continue;
            }
            Map<String, String> kept = edit.keptColumns(table.name());
            List<String> aColumns = new ArrayList<>(kept.keySet());
            aColumns.sort(null);
            List<String> columns = inA ? aColumns : aColumns.stream().map(kept::get).toList();
            values.put(table.name() + " " + aColumns, db.rows(inA ? table.name() : bTable, columns));
        }
        return values;
    }

    /** A column of A that became an identity hands out values above those its rows hold. */
    private void requireIdentitiesContinue(RoundTripDatabase db) throws Exception {
        for (Table table : a.tables()) {
            String bTable = edit.tableOf(table.name()).orElse(null);
            for (Map.Entry<String, String> kept : edit.keptColumns(table.name()).entrySet()) {
                boolean became = !table.column(kept.getKey()).orElseThrow().identity()
                        && edit.b().table(bTable).orElseThrow().column(kept.getValue()).orElseThrow().identity();
                if (became) {
                    String next = db.nextIdentity(bTable, kept.getValue());
                    String max = db.max(bTable, kept.getValue());
                    if (max != null && Long.parseLong(next) <= Long.parseLong(max)) {
                        throw new AssertionError("identity " + bTable + "." + kept.getValue() + " hands out " + next
                                + ", which a row holds already (the highest is " + max + ")");
                    }
                }
            }
        }
    }

    private static void requireSchema(Schema actual, Schema expected) {
        if (!SchemaDiff.columnsByName(actual).equals(SchemaDiff.columnsByName(expected))) {
            throw new AssertionError("the catalog differs from the model:\n--- catalog ---\n" + text(actual)
                    + "--- expected ---\n" + text(expected));
        }
    }

    /**
     * The values expected once B holds them: A's, with the backfill in place of null in each column
     * that became NOT NULL by one (the downgrade keeps them: it only allows null again).
     */
    private Map<String, List<List<String>>> filled(RoundTripDatabase db, Map<String, List<List<String>>> before)
            throws Exception {
        Map<String, List<List<String>>> expected = new LinkedHashMap<>(before);
        for (Map.Entry<String, EditGenerator.Fill> fill : edit.nullFills().entrySet()) {
            String[] column = fill.getKey().split("\0");
            List<String> aColumns = new ArrayList<>(edit.keptColumns(column[0]).keySet());
            aColumns.sort(null);
            int at = aColumns.indexOf(column[1]);
            String key = column[0] + " " + aColumns;
            if (at < 0 || !expected.containsKey(key)) {
                continue;
            }
            String text = db.text(fill.getValue().expression(), fill.getValue().type());
            expected.put(key, expected.get(key).stream().map(row -> {
                List<String> copy = new ArrayList<>(row);
                if (copy.get(at).equals("NULL")) {
                    copy.set(at, text);
                }
                return copy;
            }).toList());
        }
        return expected;
    }

    /** Every row of a table with rows holds the backfill in a NOT NULL column that B adds. */
    private void requireBackfills(RoundTripDatabase db) throws Exception {
        for (Map.Entry<String, EditGenerator.Fill> fill : edit.newFills().entrySet()) {
            String[] column = fill.getKey().split("\0");
            String text = db.text(fill.getValue().expression(), fill.getValue().type());
            for (List<String> row : db.rows(column[0], List.of(column[1]))) {
                if (!row.get(0).equals(text)) {
                    throw new AssertionError("column " + column[0] + "." + column[1] + " holds " + row.get(0)
                            + " where the backfill " + fill.getValue().expression() + " should be");
                }
            }
        }
    }

    private static void requireValues(Map<String, List<List<String>>> expected, Map<String, List<List<String>>> actual) {
        for (Map.Entry<String, List<List<String>>> table : expected.entrySet()) {
            List<String> want = sorted(table.getValue());
            List<String> got = sorted(actual.get(table.getKey()));
            if (!want.equals(got)) {
                throw new AssertionError("values of " + table.getKey() + " changed:\n    expected: " + want
                        + "\n    found:    " + got);
            }
        }
    }

    private static List<String> sorted(List<List<String>> rows) {
        return rows.stream().map(r -> String.join(" | ", r)).sorted().toList();
    }

    private void lap() {
        long now = System.nanoTime();
        TIMES.merge(step, (now - mark) / 1_000_000, Long::sum);
        mark = now;
    }

    /** What a failure says: the seed and index that make the pair again, both models, the step, the statements. */
    String report(Throwable failure) {
        StringBuilder text = new StringBuilder();
        text.append("Round trip failed: seed ").append(seed).append(", pair ").append(index)
                .append(" (again: -Droundtrip.seed=").append(seed).append(" -Droundtrip.pair=").append(index)
                .append(")\nstep: ").append(step).append("\nchanges: ").append(edit.kinds())
                .append("\nerror: ").append(failure).append("\n--- A ---\n").append(text(a))
                .append("--- B ---\n").append(SchemaFile.ofEntities(edit.b(), List.of(), List.of(), hints).write(null))
                .append("--- statements of the step ---\n");
        PostgresDialect dialect = new PostgresDialect();
        for (Operation op : running) {
            dialect.render(op).forEach(sql -> text.append(sql).append('\n'));
        }
        return text.toString();
    }

    private static String text(Schema schema) {
        return SchemaFile.ofMigrations(schema, List.of()).write(null);
    }
}
