package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.model.EntityClass.IndexSpec;
import dev.jpamigrate.processor.model.EntityClass.UniqueSpec;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.naming.HibernateNames;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.PostgresNames;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code indexes} and {@code uniqueConstraints} of {@code @Table}, {@code @JoinTable}
 * and {@code @CollectionTable}, resolved against the columns of the table they belong to;
 * a unique {@code @Index} is a UNIQUE constraint in Hibernate. Reports the column names
 * that the table does not have.
 */
public final class TableConstraints {
    private final ErrorReporter reporter;
    private final Naming naming;
    private final String tableName;
    private final String local;
    private final String logicalTable;
    private final List<Column> columns;
    private final boolean hashedUniqueNames;

    /**
     * @param tableName the table's name as the model writes it, for messages
     * @param logicalTable the table's name before the naming strategy, which {@code IDX} names hash
     */
    public TableConstraints(ErrorReporter reporter, Naming naming, String tableName, String logicalTable,
            List<Column> columns) {
        this(reporter, naming, tableName, logicalTable, columns, false);
    }

    /**
     * @param hashedUniqueNames whether a {@code @UniqueConstraint} without a name gets one, {@code UK} and a hash, as
     *     Hibernate 6.2 names it (6.3 and later leave it to PostgreSQL: {@code <table>_<columns>_key})
     */
    public TableConstraints(ErrorReporter reporter, Naming naming, String tableName, String logicalTable,
            List<Column> columns, boolean hashedUniqueNames) {
        this.hashedUniqueNames = hashedUniqueNames;
        this.reporter = reporter;
        this.naming = naming;
        this.tableName = tableName;
        this.local = naming.table(logicalTable);
        this.logicalTable = logicalTable;
        this.columns = columns;
    }

    /**
     * A table's primary key as Hibernate creates it when a unique constraint has the key's columns (in any
     * order): Hibernate drops the constraint, which would repeat the key, and the key takes the constraint's column
     * order (the last one's, when several). Removes those constraints from {@code uniques}.
     */
    public static PrimaryKey absorbUniquesOfKey(PrimaryKey primaryKey, List<UniqueConstraint> uniques) {
        PrimaryKey absorbed = primaryKey;
        for (UniqueConstraint unique : List.copyOf(uniques)) {
            if (!primaryKey.columns().isEmpty() && unique.columns().size() == primaryKey.columns().size()
                    && Set.copyOf(unique.columns()).equals(Set.copyOf(primaryKey.columns()))) {
                uniques.remove(unique);
                absorbed = new PrimaryKey(primaryKey.name(), unique.columns());
            }
        }
        return absorbed;
    }

    /**
     * {@link #add} of the constraints and indexes whose columns the table has; those that name a column it does not
     * have are left to {@link #addLate}, for a column that another entity's unidirectional {@code @OneToMany
     * @JoinColumn} adds to this table ({@link OneToManyJoinColumns}): Hibernate resolves them once every entity is bound.
     */
    public void addKnown(List<UniqueSpec> uniqueSpecs, List<IndexSpec> indexSpecs, List<UniqueConstraint> uniques,
            List<Index> indexes) {
        add(uniqueSpecs.stream().filter(u -> known(u.columnNames(), columns)).toList(),
                indexSpecs.stream().filter(i -> known(indexColumns(i), columns)).toList(), uniques, indexes);
    }

    /** {@link #add} of those that {@link #addKnown} left out, when the table had {@code earlier} columns. */
    public void addLate(List<Column> earlier, List<UniqueSpec> uniqueSpecs, List<IndexSpec> indexSpecs,
            List<UniqueConstraint> uniques, List<Index> indexes) {
        add(uniqueSpecs.stream().filter(u -> !known(u.columnNames(), earlier)).toList(),
                indexSpecs.stream().filter(i -> !known(indexColumns(i), earlier)).toList(), uniques, indexes);
    }

    private boolean known(List<String> written, List<Column> in) {
        return written.stream().allMatch(name -> find(name, in).isPresent());
    }

    /** The names an {@code @Index(columnList)} writes; a malformed list none, so that {@link #add} reports it at once. */
    private static List<String> indexColumns(IndexSpec spec) {
        List<String> names = new ArrayList<>();
        for (String part : spec.columnList().split(",")) {
            String[] words = part.trim().split("\\s+");
            if (words[0].isEmpty() || words.length > 2) {
                return List.of();
            }
            names.add(words[0]);
        }
        return names;
    }

    public void add(List<UniqueSpec> uniqueSpecs, List<IndexSpec> indexSpecs, List<UniqueConstraint> uniques,
            List<Index> indexes) {
        for (UniqueSpec spec : uniqueSpecs) {
            List<String> resolved = new ArrayList<>();
            List<String> written = new ArrayList<>();
            for (String column : spec.columnNames()) {
                resolve(column, spec.origin(), "@UniqueConstraint(columnNames)").ifPresent(resolved::add);
                written.add(naming.normalized(column.trim()));
            }
            if (resolved.size() == spec.columnNames().size() && !resolved.isEmpty()) {
                String name = spec.name() != null ? naming.givenKeyName(spec.name())
                        : hashedUniqueNames ? Naming.constraint(HibernateNames.uniqueKey(naming.physicalTable(logicalTable),
                                written))
                        : PostgresNames.unique(local, resolved);
                addUnique(name, spec.name() != null || hashedUniqueNames, resolved, uniques);
            } else if (spec.columnNames().isEmpty()) {
                reporter.error(spec.origin(), "@UniqueConstraint names no column: list the columns in columnNames");
            }
        }
        for (IndexSpec spec : indexSpecs) {
            index(spec, uniques, indexes);
        }
    }

    private void index(IndexSpec spec, List<UniqueConstraint> uniques, List<Index> indexes) {
        List<String> written = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        boolean descending = false;
        for (String part : spec.columnList().split(",")) {
            String[] words = part.trim().split("\\s+");
            String order = words.length == 2 ? words[1].toLowerCase(Locale.ROOT) : "";
            if (words[0].isEmpty() || words.length > 2 || !order.isEmpty() && !order.equals("asc") && !order.equals("desc")) {
                reporter.error(spec.origin(), "@Index(columnList = \"" + spec.columnList() + "\") is not a list of"
                        + " columns: write column names separated by commas, each optionally followed by ASC or DESC");
                return;
            }
            Optional<String> column = resolve(words[0], spec.origin(), "@Index(columnList)");
            if (column.isEmpty()) {
                return;
            }
            // Hibernate hashes the column as it quotes it.
            written.add(naming.normalized(words[0]));
            resolved.add(column.get());
            // ASC is PostgreSQL's default order, which the catalog does not record.
            entries.add(order.equals("desc") ? column.get() + " desc" : column.get());
            descending |= order.equals("desc");
        }
        if (spec.unique()) {
            if (descending) {
                reporter.error(spec.origin(), "A unique @Index becomes a UNIQUE constraint in Hibernate, which has no"
                        + " column order: remove DESC from columnList");
                return;
            }
            addUnique(spec.name() != null ? naming.givenKeyName(spec.name()) : PostgresNames.unique(local, resolved),
                    spec.name() != null, resolved, uniques);
        } else {
            if (spec.name() != null && !PostgresNames.isPlain(Naming.text(spec.name().strip()))) {
                // Hibernate writes an index's name in create index as its text, without quotes.
                reporter.error(spec.origin(), "@Index(name = \"" + spec.name() + "\") is no plain SQL name, and Hibernate"
                        + " writes it without quotes in create index, which PostgreSQL refuses: use letters, digits and"
                        + " _ only, starting with a letter");
                return;
            }
            String name = Naming.constraint(spec.name() != null ? spec.name()
                    : HibernateNames.index(naming.physicalTable(logicalTable), written));
            // Two @Index of one table with one name are one index to Hibernate: the second adds the columns the
            // first does not have, after its own.
            for (int i = 0; i < indexes.size(); i++) {
                Index same = indexes.get(i);
                if (same.name().equals(name) && !same.unique()) {
                    List<String> merged = new ArrayList<>(same.columns());
                    for (int j = 0; j < resolved.size(); j++) {
                        String column = resolved.get(j);
                        if (merged.stream().noneMatch(e -> e.equals(column) || e.startsWith(column + " "))) {
                            merged.add(entries.get(j));
                        }
                    }
                    indexes.set(i, new Index(name, merged, false));
                    return;
                }
            }
            indexes.add(new Index(name, entries, false));
        }
    }

    /**
     * Hibernate keeps one unique key per name on a table: a second {@code @UniqueConstraint} or unique {@code @Index} of
     * the same name adds the columns the first lacks, after the first's (probed on 6.6 and 7.4). An unnamed one has its
     * name from PostgreSQL, which Hibernate does not know: only the same columns again are the same constraint.
     */
    private static void addUnique(String name, boolean named, List<String> columns, List<UniqueConstraint> uniques) {
        for (int i = 0; i < uniques.size(); i++) {
            UniqueConstraint same = uniques.get(i);
            if (same.name().equals(name) && (named || same.columns().equals(columns))) {
                List<String> merged = new ArrayList<>(same.columns());
                columns.stream().filter(column -> !merged.contains(column)).forEach(merged::add);
                uniques.set(i, new UniqueConstraint(name, merged));
                return;
            }
        }
        uniques.add(new UniqueConstraint(name, columns));
    }

    /**
     * Why a name that EclipseLink takes is no column to Hibernate, which quotes it whole and fails on PostgreSQL:
     * several columns in one string of {@code columnNames}, or an expression in {@code columnList}.
     */
    private static String notAColumn(String written) {
        if (written.contains(",")) {
            return " (Hibernate takes each string of columnNames for one column: write {\""
                    + String.join("\", \"", written.split("\\s*,\\s*")) + "\"})";
        }
        return written.contains("(") ? " (Hibernate indexes columns, not expressions: create the expression index in"
                + " a migration of your own)" : "";
    }

    /** The column of {@code in} that a constraint names, compared as PostgreSQL stores both. */
    private Optional<String> find(String written, List<Column> in) {
        // A constraint may name a column by its physical name or by the name the strategy turns into it.
        for (String folded : List.of(PostgresNames.fold(written.trim()), naming.column(written.trim()))) {
            if (in.stream().anyMatch(c -> c.name().equals(folded))) {
                return Optional.of(folded);
            }
        }
        return Optional.empty();
    }

    /** The column that a constraint names, compared as PostgreSQL stores both. */
    private Optional<String> resolve(String written, Origin origin, String where) {
        Optional<String> found = find(written, columns);
        if (found.isPresent()) {
            return found;
        }
        reporter.error(origin, where + " names column " + written + ", which table " + tableName
                + " does not have" + notAColumn(written.trim()) + ": use one of its column names "
                + columns.stream().map(Column::name).toList()
                + " (column names, not field names)");
        return Optional.empty();
    }
}
