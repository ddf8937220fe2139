package dev.jpamigrate.schema;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The schema model: tables and sequences, each sorted by name, so that two snapshots of
 * the same entities are equal. It is what the processor writes for the entities, what the
 * migrations snapshot holds, and what the catalog reader reads from a live database.
 *
 * <pre>{@code
 * Schema schema = Schema.builder()
 *         .table("customer", t -> t
 *                 .column("id", "bigint", c -> c.notNull())
 *                 .column("email", "varchar(255)")
 *                 .primaryKey("customer_pkey", "id"))
 *         .sequence("customer_seq", 1, 50)
 *         .build();
 * }</pre>
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {
    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = sortedUnique(tables, Table::name, "table");
        sequences = sortedUnique(sequences, Sequence::name, "sequence");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Table> table(String name) {
        int at = indexOf(tables, Table::name, name);
        return at < 0 ? Optional.empty() : Optional.of(tables.get(at));
    }

    public Optional<Sequence> sequence(String name) {
        int at = indexOf(sequences, Sequence::name, name);
        return at < 0 ? Optional.empty() : Optional.of(sequences.get(at));
    }

    /** The names of the schemas (namespaces) that tables and sequences are qualified with. */
    public SortedSet<String> schemaNames() {
        SortedSet<String> names = new TreeSet<>();
        tables.forEach(t -> addSchema(names, t.name()));
        sequences.forEach(s -> addSchema(names, s.name()));
        return names;
    }

    /** This schema with {@code table} added, or replacing the table of the same name. */
    public Schema withTable(Table table) {
        return new Schema(with(tables, Table::name, table), sequences);
    }

    public Schema withoutTable(String name) {
        return new Schema(without(tables, Table::name, name), sequences);
    }

    /** This schema with {@code sequence} added, or replacing the sequence of the same name. */
    public Schema withSequence(Sequence sequence) {
        return new Schema(tables, with(sequences, Sequence::name, sequence));
    }

    public Schema withoutSequence(String name) {
        return new Schema(tables, without(sequences, Sequence::name, name));
    }

    /**
     * The union of two schemas, as when entities come from several modules; a table or
     * sequence both define alike (a shared generator) is taken once.
     *
     * @throws IllegalArgumentException when both define the same table or sequence differently
     */
    public Schema merge(Schema other) {
        List<Table> allTables = new ArrayList<>(tables);
        Map<String, Table> byName = new HashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        for (Table t : other.tables) {
            // Entities of several packages may share a generator table; the same definition twice is one table.
            if (!t.equals(byName.get(t.name()))) {
                allTables.add(t);
            }
        }
        List<Sequence> allSequences = new ArrayList<>(sequences);
        Set<Sequence> known = new HashSet<>(sequences);
        for (Sequence s : other.sequences) {
            // Several entities may share one generator; the same definition twice is one sequence.
            if (known.add(s)) {
                allSequences.add(s);
            }
        }
        return new Schema(allTables, allSequences);
    }

    private static void addSchema(SortedSet<String> names, String qualified) {
        String schema = QualifiedNames.schemaOf(qualified);
        if (schema != null) {
            names.add(schema);
        }
    }

    /**
     * The items sorted by name, checked for duplicates, in a list that says so: the schemas that
     * {@link #withTable} and its kin make, one changed table at a time as operations replay, are
     * not sorted and checked again, which would cost a model of thousands of tables a pass over
     * all of them for each operation.
     */
    private static <T> List<T> sortedUnique(List<T> items, Function<T, String> name, String what) {
        if (items instanceof SortedByName<T> sorted) {
            return sorted;
        }
        List<T> copy = new ArrayList<>(Objects.requireNonNull(items));
        copy.sort(Comparator.comparing(name));
        for (int i = 1; i < copy.size(); i++) {
            if (name.apply(copy.get(i - 1)).equals(name.apply(copy.get(i)))) {
                throw new IllegalArgumentException("duplicate " + what + " " + name.apply(copy.get(i)));
            }
        }
        return new SortedByName<>(copy.toArray());
    }

    /** Where the item named {@code name} is in the sorted list, or {@code -(insertion point) - 1}. */
    private static <T> int indexOf(List<T> sorted, Function<T, String> name, String wanted) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = name.apply(sorted.get(middle)).compareTo(wanted);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    /** The sorted list with {@code item} in its place, replacing the item of the same name. */
    private static <T> List<T> with(List<T> sorted, Function<T, String> name, T item) {
        Object[] items = sorted.toArray();
        int at = indexOf(sorted, name, name.apply(Objects.requireNonNull(item)));
        if (at >= 0) {
            items[at] = item;
            return new SortedByName<>(items);
        }
        int insert = -at - 1;
        Object[] grown = new Object[items.length + 1];
        System.arraycopy(items, 0, grown, 0, insert);
        grown[insert] = item;
        System.arraycopy(items, insert, grown, insert + 1, items.length - insert);
        return new SortedByName<>(grown);
    }

    private static <T> List<T> without(List<T> sorted, Function<T, String> name, String wanted) {
        int at = indexOf(sorted, name, wanted);
        if (at < 0) {
            return sorted;
        }
        Object[] items = sorted.toArray();
        Object[] shrunk = new Object[items.length - 1];
        System.arraycopy(items, 0, shrunk, 0, at);
        System.arraycopy(items, at + 1, shrunk, at, items.length - at - 1);
        return new SortedByName<>(shrunk);
    }

    /** An immutable list of tables or sequences that this class sorted by name and checked for duplicates. */
    private static final class SortedByName<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] items;

        SortedByName(Object[] items) {
            this.items = items;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            return (T) items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public Object[] toArray() {
            return items.clone();
        }
    }

    /** Builds a schema table by table, for the engine and its tests. */
    public static final class Builder {
        private final List<Table> tables = new ArrayList<>();
        private final List<Sequence> sequences = new ArrayList<>();

        private Builder() {
        }

        public Builder table(String name, Consumer<TableBuilder> definition) {
            TableBuilder builder = new TableBuilder(name);
            definition.accept(builder);
            tables.add(builder.build());
            return this;
        }

        public Builder table(Table table) {
            tables.add(table);
            return this;
        }

        public Builder sequence(String name, long start, long increment) {
            sequences.add(new Sequence(name, start, increment));
            return this;
        }

        public Schema build() {
            return new Schema(tables, sequences);
        }
    }
}
