package dev.jpamigrate.processor.write;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.map.MappedTable.MappedGeneratorTable;
import dev.jpamigrate.processor.map.MappedTable.MappedSequence;
import dev.jpamigrate.processor.map.ImplicitConstraintNames;
import dev.jpamigrate.processor.map.JoinTableEntities;
import dev.jpamigrate.processor.map.MappedTable;
import dev.jpamigrate.processor.map.SharedCollectionTables;
import dev.jpamigrate.processor.map.SharedEntityTables;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Checks the module's tables together, merges the table two entities share, and reports what would clash in the
 * database: two entities whose shared table depends on the order Hibernate binds them, one sequence or generator table declared two ways, or two tables, indexes, keys or
 * sequences of one name in a schema (PostgreSQL names them all in one namespace, and would
 * rename or refuse one of them). Then hands them to {@link SnapshotPartitioner}.
 */
public final class SchemaAssembler {
    private final ErrorReporter reporter;
    private final UnaryOperator<Table> columnOrder;
    private final Function<String, Set<String>> namesCutTo;
    private final Function<String, String> tableCreationOrder;

    public SchemaAssembler(ErrorReporter reporter) {
        this(reporter, UnaryOperator.identity(), name -> Set.of(), Function.identity());
    }

    /**
     * @param columnOrder puts the columns of a table that an entity and a collection share in the order Hibernate
     *     gives the one table it binds both to (all its columns sorted together, not the entity's then the
     *     collection's)
     * @param namesCutTo the longer names that PostgreSQL cuts to a table's or sequence's name ({@link
     *     dev.jpamigrate.processor.naming.Naming#namesCutTo})
     * @param tableCreationOrder what Hibernate orders a schema's tables by, from a table's local name ({@link
     *     dev.jpamigrate.processor.naming.Naming#tableCreationOrder})
     */
    public SchemaAssembler(ErrorReporter reporter, UnaryOperator<Table> columnOrder,
            Function<String, Set<String>> namesCutTo, Function<String, String> tableCreationOrder) {
        this.reporter = reporter;
        this.columnOrder = columnOrder;
        this.namesCutTo = namesCutTo;
        this.tableCreationOrder = tableCreationOrder;
    }

    /**
     * The snapshots of the module's tables, one per package; empty when a clash was reported.
     *
     * @param withoutTables the entities whose rows live in another entity's table, or that have no table
     */
    public Optional<List<PackageSnapshot>> assemble(List<MappedTable> mapped, List<EntityClass> withoutTables) {
        int before = reporter.errorCount();
        Map<String, String> relationOwners = new HashMap<>();
        Map<String, MappedTable> tables = new HashMap<>();
        Map<String, Sequence> sequences = new HashMap<>();
        Map<String, Table> generatorTables = new HashMap<>();
        List<MappedTable> accepted = new ArrayList<>();
        Map<String, List<MappedTable>> sharedTables = new LinkedHashMap<>();
        List<EntityClass> sharing = new ArrayList<>(withoutTables);
        for (MappedTable table : ImplicitConstraintNames.numberedAcrossSchemas(mapped, tableCreationOrder)) {
            EntityClass entity = table.entity();
            MappedTable same = tables.putIfAbsent(table.table().name(), table);
            if (same != null && cutToOneName(table.table().name(),
                    "the tables of the " + same.describe() + " and of the " + table.describe(),
                    List.of(same.origin(), table.origin()))) {
                continue;
            }
            Optional<MappedTable> merged = same == null ? Optional.empty()
                    : JoinTableEntities.merge(same, table).map(m -> m.withTable(columnOrder.apply(m.table())));
            if (merged.isPresent()) {
                tables.put(table.table().name(), merged.get());
                accepted.set(accepted.indexOf(same), merged.get());
                continue;
            }
            if (same != null && sameJoinTable(same, table)) {
                // Both sides of a many-to-many own one join table, each naming the columns the other names: Hibernate
                // creates the table once.
                continue;
            }
            if (same != null && same.collection() != null && table.collection() != null) {
                // Collections of one table: merged, or refused, once all are known.
                sharedTables.computeIfAbsent(table.table().name(), name -> new ArrayList<>(List.of(same))).add(table);
                continue;
            }
            if (same != null && same.collection() == null && table.collection() == null) {
                Optional<String> conflict = SharedEntityTables.conflict(same, table);
                if (conflict.isEmpty()) {
                    // Hibernate creates one table for both entities; the second is listed without a table of its own.
                    MappedTable shared = SharedEntityTables.merge(same, table);
                    shared = shared.withTable(columnOrder.apply(shared.table()));
                    tables.put(table.table().name(), shared);
                    accepted.set(accepted.indexOf(same), shared);
                    sharing.add(entity);
                    claimRelationNames(table, relationOwners);
                    claimSequences(table, sequences, relationOwners);
                    continue;
                }
                String message = "Entities " + same.entity().qualifiedName() + " and " + entity.qualifiedName()
                        + " both map table " + table.table().name() + ", but " + conflict.get()
                        + " (or give one of them another @Table(name = \"...\"))";
                reporter.error(same.origin(), message);
                reporter.error(table.origin(), message);
                continue;
            }
            if (same != null) {
                String message = "The " + same.describe() + " and the " + table.describe() + " both map table "
                        + table.table().name() + ": name the collection's table with @JoinTable(name = \"...\") or"
                        + " @CollectionTable(name = \"...\"), or give the entity another @Table(name = \"...\")";
                reporter.error(same.origin(), message);
                reporter.error(table.origin(), message);
                continue;
            }
            claimRelationNames(table, relationOwners);
            accepted.add(table);
            claimSequences(table, sequences, relationOwners);
        }
        sharedTables.forEach((name, collections) -> {
            Optional<String> refusal = SharedCollectionTables.refusal(collections);
            if (refusal.isPresent()) {
                List<String> fields = collections.stream().map(MappedTable::describe).toList();
                String message = "The " + String.join(", the ", fields.subList(0, fields.size() - 1)) + " and the "
                        + fields.get(fields.size() - 1) + " both map table " + name + ": Hibernate merges them into one"
                        + " table, which JPA Migrate maps only where Hibernate's is known, and here " + refusal.get()
                        + "; or give each collection its own table with @JoinTable(name = \"...\") or"
                        + " @CollectionTable(name = \"...\")";
                collections.forEach(c -> reporter.error(c.origin(), message));
                return;
            }
            MappedTable shared = SharedCollectionTables.merge(collections);
            shared = shared.withTable(columnOrder.apply(shared.table()));
            tables.put(name, shared);
            accepted.set(accepted.indexOf(collections.get(0)), shared);
        });
        // After every entity's table, so that a generator table is never taken for the entity table it clashes with.
        for (MappedTable table : accepted) {
            for (MappedGeneratorTable generatorTable : table.generatorTables()) {
                claimGeneratorTable(generatorTable, generatorTables, tables, relationOwners);
            }
        }
        if (reporter.errorCount() != before) {
            return Optional.empty();
        }
        return Optional.of(SnapshotPartitioner.partition(accepted, sharing));
    }

    private void claimSequences(MappedTable table, Map<String, Sequence> sequences, Map<String, String> relationOwners) {
        for (MappedSequence mappedSequence : table.sequences()) {
            Sequence sequence = mappedSequence.sequence();
            Sequence known = sequences.putIfAbsent(sequence.name(), sequence);
            if (known != null && cutToOneName(sequence.name(), "two sequences",
                    List.of(mappedSequence.origin()))) {
                continue;
            }
            if (known != null && !known.equals(sequence)) {
                reporter.error(mappedSequence.origin(), "Sequence " + sequence.name() + " is declared twice, with"
                        + " start " + known.start() + " and increment " + known.increment() + " and with start "
                        + sequence.start() + " and increment " + sequence.increment()
                        + ": declare it once, or give the same initialValue and allocationSize");
            }
            claim(relationOwners, sequence.name(), "sequence " + sequence.name(), mappedSequence.origin());
        }
    }

    /**
     * Whether two different names longer than 63 bytes, which Hibernate creates as two relations, are cut to {@code
     * stored}: PostgreSQL refuses the second ("relation already exists"), so Hibernate's DDL fails. Reported if so.
     */
    private boolean cutToOneName(String stored, String what, List<Origin> origins) {
        Set<String> names = namesCutTo.apply(stored);
        if (names.size() < 2) {
            return false;
        }
        String message = "PostgreSQL cuts the names of " + what + ", " + String.join(" and ", names) + ", to the same"
                + " 63 bytes, " + stored + ", so Hibernate's DDL fails (\"relation already exists\"): give one of them"
                + " a name that differs from the other's in its first 63 bytes";
        origins.forEach(origin -> reporter.error(origin, message));
        return true;
    }

    /** Two collections that map the same table with the same columns, keys and constraints, in whatever order. */
    private static boolean sameJoinTable(MappedTable first, MappedTable second) {
        if (first.collection() == null || second.collection() == null) {
            return false;
        }
        Table a = first.table();
        Table b = second.table();
        return a.columns().equals(b.columns()) && Objects.equals(a.primaryKey(), b.primaryKey())
                && Set.copyOf(a.foreignKeys()).equals(Set.copyOf(b.foreignKeys()))
                && Set.copyOf(a.uniqueConstraints()).equals(Set.copyOf(b.uniqueConstraints()))
                && Set.copyOf(a.indexes()).equals(Set.copyOf(b.indexes()))
                && Set.copyOf(a.checks()).equals(Set.copyOf(b.checks()));
    }

    /** Entities share a generator table when they declare it alike; an entity's table cannot be one. */
    private void claimGeneratorTable(MappedGeneratorTable mapped, Map<String, Table> generatorTables,
            Map<String, MappedTable> entityTables, Map<String, String> owners) {
        Table table = mapped.table();
        Table known = generatorTables.putIfAbsent(table.name(), table);
        if (known != null && !known.equals(table)) {
            reporter.error(mapped.origin(), "Generator table " + table.name() + " is declared twice, with columns "
                    + columnNames(known) + " and with columns " + columnNames(table)
                    + ": declare it once, or give the same pkColumnName and valueColumnName");
        } else if (entityTables.containsKey(table.name())) {
            reporter.error(mapped.origin(), "Generator table " + table.name() + " is also the table of entity "
                    + entityTables.get(table.name()).entity().qualifiedName() + ": give the @TableGenerator another table");
        } else if (known == null) {
            claim(owners, table.name(), "generator table " + table.name(), mapped.origin());
            String schema = table.schemaName() == null ? "" : table.schemaName() + ".";
            claim(owners, schema + table.primaryKey().name(), "the primary key of " + table.name(), mapped.origin());
        }
    }

    private static List<String> columnNames(Table table) {
        return table.columns().stream().map(Column::name).toList();
    }

    /** Tables, and the indexes behind primary keys, unique constraints and indexes, share one namespace per schema. */
    private void claimRelationNames(MappedTable mapped, Map<String, String> owners) {
        Table table = mapped.table();
        String schema = table.schemaName() == null ? "" : table.schemaName() + ".";
        Origin origin = mapped.origin();
        claim(owners, table.name(), "table " + table.name(), origin);
        if (table.primaryKey() != null) {
            claim(owners, schema + table.primaryKey().name(), "the primary key of " + table.name(), origin);
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            claim(owners, schema + unique.name(), "a unique constraint of " + table.name(), origin);
        }
        for (Index index : table.indexes()) {
            claim(owners, schema + index.name(), "an index of " + table.name(), origin);
        }
    }

    private void claim(Map<String, String> owners, String qualifiedName, String what, Origin origin) {
        String owner = owners.putIfAbsent(qualifiedName, what);
        if (owner != null && !owner.equals(what)) {
            reporter.error(origin, "PostgreSQL would give " + what + " the name " + qualifiedName + ", which "
                    + owner + " has already: indexes, keys, tables and sequences of a schema need distinct names,"
                    + " so name one of them explicitly");
        }
    }
}
