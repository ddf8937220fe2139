package dev.jpamigrate.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

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
        tables = sortedCopy(tables, Comparator.comparing(Table::name));
        sequences = sortedCopy(sequences, Comparator.comparing(Sequence::name));
        Names.requireUnique(tables, Table::name, () -> "table");
        Names.requireUnique(sequences, Sequence::name, () -> "sequence");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
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
        List<Table> copy = new ArrayList<>(tables);
        copy.removeIf(t -> t.name().equals(table.name()));
        copy.add(table);
        return new Schema(copy, sequences);
    }

    public Schema withoutTable(String name) {
        List<Table> copy = new ArrayList<>(tables);
        copy.removeIf(t -> t.name().equals(name));
        return new Schema(copy, sequences);
    }

    /** This schema with {@code sequence} added, or replacing the sequence of the same name. */
    public Schema withSequence(Sequence sequence) {
        List<Sequence> copy = new ArrayList<>(sequences);
        copy.removeIf(s -> s.name().equals(sequence.name()));
        copy.add(sequence);
        return new Schema(tables, copy);
    }

    public Schema withoutSequence(String name) {
        List<Sequence> copy = new ArrayList<>(sequences);
        copy.removeIf(s -> s.name().equals(name));
        return new Schema(tables, copy);
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
        for (Sequence s : other.sequences) {
            // Several entities may share one generator; the same definition twice is one sequence.
            if (!allSequences.contains(s)) {
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

    private static <T> List<T> sortedCopy(List<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(Objects.requireNonNull(items));
        copy.sort(order);
        return List.copyOf(copy);
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
