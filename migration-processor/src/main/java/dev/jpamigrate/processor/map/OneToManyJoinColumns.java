package dev.jpamigrate.processor.map;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.ProcessorOptions;
import dev.jpamigrate.processor.model.Attribute.EnumStorage;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.Attribute.RelationKind;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.CollectionSpec;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.naming.HibernateNames;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.PostgresNames;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.SqlTypes;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns that a unidirectional {@code @OneToMany @JoinColumn} puts into the table of
 * its target (a nullable join column to the owner, with its foreign key, the
 * {@code @OrderColumn} of a list and the key column of a map), and the order column of a
 * bidirectional one-to-many list: a pass over the module's tables once all are mapped,
 * since the column belongs to another entity's table than the field that declares it.
 */
public final class OneToManyJoinColumns {
    private final ErrorReporter reporter;
    private final EntityModel model;
    private final Naming naming;
    private final ColumnTypes columnTypes;
    private final ProcessorOptions.HibernateMinor hibernate;
    private final Hierarchy hierarchy;
    private final KeyColumns keys;

    public OneToManyJoinColumns(ErrorReporter reporter, EntityModel model, Naming naming, ColumnTypes columnTypes,
            ProcessorOptions.HibernateMinor hibernate) {
        this.reporter = reporter;
        this.model = model;
        this.naming = naming;
        this.columnTypes = columnTypes;
        this.hibernate = hibernate;
        this.hierarchy = new Hierarchy(model);
        this.keys = new KeyColumns(model, columnTypes, naming);
    }

    /** An entity's own table: neither a collection's nor a secondary one. */
    private boolean isPrimary(MappedTable table) {
        return table.collection() == null && model.entity(table.entity().qualifiedName())
                .map(e -> e.equals(table.entity())).orElse(false);
    }

    /** Whether {@code attribute} puts join columns ({@code @JoinColumn} or {@code @JoinColumns}) into its target's table. */
    public static boolean applies(Attribute attribute) {
        return attribute.relation() != null && attribute.relation().owning()
                && attribute.relation().kind() == RelationKind.ONE_TO_MANY
                && !CompositeKeys.written(attribute).isEmpty();
    }

    /** Whether {@code attribute} is the inverse side of a one-to-many list whose order column the target's table keeps. */
    public static boolean ordersInverse(Attribute attribute) {
        return attribute.relation() != null && !attribute.relation().owning()
                && attribute.relation().kind() == RelationKind.ONE_TO_MANY && attribute.collection().orderColumn() != null;
    }

    /**
     * {@code tables}, the targets' tables with the columns added; a clash of column names is reported. A
     * collection is its declaring entity's (see {@link CollectionTableMapper#map}), so an inherited one adds its
     * columns once.
     */
    public List<MappedTable> addTo(List<MappedTable> tables) {
        List<MappedTable> result = withColumns(tables);
        // The constraints and indexes TableMapper left out for naming columns the table had not yet.
        Set<String> receiving = receivers(model, hierarchy);
        for (int i = 0; i < result.size(); i++) {
            MappedTable mapped = result.get(i);
            if (isPrimary(mapped) && receiving.contains(mapped.entity().qualifiedName())) {
                result.set(i, withLateConstraints(mapped, tables.get(i).table()));
            }
        }
        return result;
    }

    /**
     * The entities whose tables other entities' unidirectional one-to-manys add columns to (the root's of a
     * {@code SINGLE_TABLE} hierarchy), by qualified name.
     */
    public static Set<String> receivers(EntityModel model, Hierarchy hierarchy) {
        Set<String> receiving = new HashSet<>();
        for (EntityClass owner : model.entities()) {
            for (Attribute attribute : owner.attributes()) {
                if (applies(attribute) || ordersInverse(attribute)) {
                    model.target(attribute).ifPresent(t -> receiving.add(hierarchy.tableOf(t).qualifiedName()));
                }
            }
        }
        return receiving;
    }

    private MappedTable withLateConstraints(MappedTable mapped, Table before) {
        Table table = mapped.table();
        EntityClass entity = mapped.entity();
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        List<Index> indexes = new ArrayList<>(table.indexes());
        new TableConstraints(reporter, naming, table.name(), entity.logicalTableName(), table.columns(),
                !hibernate.atLeast(ProcessorOptions.HibernateMinor.V6_3))
                .addLate(before.columns(), entity.table().uniqueConstraints(), entity.table().indexes(), uniques, indexes);
        return new MappedTable(entity, table.withUniqueConstraints(u -> uniques).withIndexes(i -> indexes),
                mapped.sequences(), mapped.generatorTables(), mapped.collection());
    }

    private List<MappedTable> withColumns(List<MappedTable> tables) {
        List<MappedTable> result = new ArrayList<>(tables);
        for (EntityClass owner : model.entities()) {
            for (Attribute attribute : hierarchy.ownAttributes(owner)) {
                if (!applies(attribute) && !ordersInverse(attribute)) {
                    continue;
                }
                // In a SINGLE_TABLE hierarchy the column goes into the root's table.
                String target = hierarchy.tableOf(model.target(attribute).orElseThrow()).qualifiedName();
                for (int i = 0; i < result.size(); i++) {
                    MappedTable candidate = result.get(i);
                    if (isPrimary(candidate) && candidate.entity().qualifiedName().equals(target)) {
                        Table table = applies(attribute) ? withJoinColumn(candidate.table(), owner, result, attribute)
                                : withCollectionColumns(candidate.table(), attribute, new ArrayList<>(
                                        candidate.table().columns()), new ArrayList<>(candidate.table().checks()),
                                        candidate.table().uniqueConstraints(), candidate.table().foreignKeys(),
                                        attribute.relation().origin());
                        result.set(i, new MappedTable(candidate.entity(), table, candidate.sequences(),
                                candidate.generatorTables(), candidate.collection()));
                    }
                }
            }
        }
        return result;
    }

    /** The primary table that holds the rows of {@code entity}, when it has one (an abstract TABLE_PER_CLASS root has none). */
    private Table ownerTable(EntityClass entity, List<MappedTable> tables) {
        String name = hierarchy.tableOf(entity).qualifiedName();
        return tables.stream().filter(t -> isPrimary(t) && t.entity().qualifiedName().equals(name))
                .map(MappedTable::table).findFirst().orElse(null);
    }

    /**
     * {@code table} with the join columns of {@code attribute} to the key of its owner: one per key column (several for
     * a composite key, matched to {@code @JoinColumns} as a relation's are), each nullable unless written otherwise.
     */
    private Table withJoinColumn(Table table, EntityClass ownerEntity, List<MappedTable> tables, Attribute attribute) {
        EntityClass targetEntity = model.target(attribute).orElseThrow();
        EntityClass ownerTableEntity = hierarchy.tableOf(ownerEntity);
        Table ownerTable = ownerTable(ownerEntity, tables);
        List<JoinColumnSpec> written = CompositeKeys.written(attribute);
        List<KeyColumns.JoinColumn> bound = keys.tableJoinColumns(ownerEntity, written,
                key -> HibernateNames.implicitJoinColumn(naming, attribute.name(), ownerTableEntity.logicalTableName(),
                        key));
        List<Column> columns = new ArrayList<>(table.columns());
        List<ForeignKey> foreignKeys = new ArrayList<>(table.foreignKeys());
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        List<CheckConstraint> checks = new ArrayList<>(table.checks());
        boolean allShared = true;
        for (KeyColumns.JoinColumn bind : bound) {
            JoinColumnSpec spec = bind.written();
            Column joinColumn = new Column(naming.column(bind.logicalName()), SqlTypes.canonical(bind.type()),
                    spec == null || spec.nullable(), null, false);
            // The target's own @ManyToOne may map the column too (the key owned by both sides): Hibernate keeps the
            // target's column, and one foreign key for both.
            Column existing = table.column(joinColumn.name()).orElse(null);
            boolean shared = existing != null && existing.type().equals(joinColumn.type());
            Attribute writer = existing == null ? null
                    : OneToManyKeyWriters.conflicting(written, targetEntity, joinColumn.name(), naming).orElse(null);
            if (writer != null) {
                reporter.error(written.get(0).origin(), "Field " + attribute.name() + " of " + ownerEntity.qualifiedName()
                        + " joins " + targetEntity.qualifiedName() + " by column " + joinColumn.name() + " with nullable"
                        + " = false, and field " + writer.name() + " of " + targetEntity.qualifiedName() + " writes that"
                        + " column too: Hibernate fails to start (\"Column '" + joinColumn.name() + "' is duplicated in"
                        + " mapping\"), as it writes a non-null key itself. Map " + writer.name() + " with insertable ="
                        + " false, updatable = false, or make the collection @OneToMany(mappedBy = ...) over a"
                        + " @ManyToOne");
                return table;
            }
            allShared &= shared;
            if (!shared) {
                columns.add(joinColumn);
            }
        }
        JoinColumnSpec single = written.size() == 1 ? written.get(0) : null;
        if (single != null && single.unique() && !allShared) {
            String column = naming.column(bound.get(0).logicalName());
            uniques.add(new UniqueConstraint(PostgresNames.unique(table.localName(), List.of(column)), List.of(column)));
        }
        String foreignKeyName = written.stream().map(JoinColumnSpec::foreignKeyName).filter(n -> n != null).findFirst()
                .orElse(null);
        boolean noConstraint = written.stream().anyMatch(JoinColumnSpec::noConstraint);
        // Rows spread over the tables of a TABLE_PER_CLASS hierarchy have no one table to reference.
        if (!noConstraint && ownerTable != null && !hierarchy.isSpreadOverTables(ownerEntity)) {
            List<KeyColumns.JoinColumn> byKey = keys.byReferencedKey(bound);
            String fkName = foreignKeyName != null ? foreignKeyName
                    : HibernateNames.foreignKey(naming.physicalTable(targetEntity.logicalTableName()),
                            naming.physicalTable(ownerTableEntity.logicalTableName()),
                            byKey.stream().map(j -> naming.physicalColumn(j.logicalName())).toList());
            ForeignKey foreignKey = new ForeignKey(naming.foreignKey(fkName, foreignKeyName != null),
                    byKey.stream().map(j -> naming.column(j.logicalName())).toList(), ownerTable.name(),
                    byKey.stream().map(j -> naming.column(j.referenced().logicalName())).toList(),
                    ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION);
            if (foreignKeys.stream().noneMatch(fk -> fk.columns().equals(foreignKey.columns())
                    && fk.referencedTable().equals(foreignKey.referencedTable()))) {
                foreignKeys.add(foreignKey);
            }
        }
        return withCollectionColumns(table, attribute, columns, checks, uniques, foreignKeys, written.get(0).origin());
    }

    /**
     * {@code table} with {@code columns} and the columns that the target's table keeps for
     * the collection: the {@code @OrderColumn} of a list, the key column of a map (both
     * nullable); or {@code table} unchanged when two columns would get one name (reported).
     */
    private Table withCollectionColumns(Table table, Attribute attribute, List<Column> columns,
            List<CheckConstraint> checks, List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, Origin origin) {
        CollectionSpec collection = attribute.collection();
        if (collection.orderColumn() != null) {
            Column order = OrderColumns.column(attribute, naming, true);
            boolean mappedByTarget = columns.stream().anyMatch(c -> c.name().equals(order.name())
                    && SqlTypes.canonical(c.type()).equals(SqlTypes.canonical(order.type())));
            if (!mappedByTarget) {
                columns.add(order);
                OrderColumns.check(table.localName(), order.name(), names(checks), hibernate, attribute)
                        .ifPresent(checks::add);
            }
            // Else the target maps the order column itself (an int field of the row's position, say): Hibernate 6.6
            // and 7.4 keep the target's column as it declares it, without the order column's check.
        }
        if (collection.isMap() && collection.mapKey() == null) {
            Attribute key = attribute.mapKey();
            Column column = new Column(naming.column(key.logicalColumnName()),
                    SqlTypes.canonical(columnTypes.of(key).orElseThrow()), true, null, false);
            columns.add(column);
            if (key.type().kind() == JavaType.Kind.ENUM) {
                EnumStorage storage = key.enumerated() == null ? EnumStorage.ORDINAL : key.enumerated().storage();
                checks.add(new CheckConstraint(PostgresNames.check(table.localName(), column.name(), names(checks)),
                        EnumChecks.expression(column.name(), storage, key.type().enumConstants())));
                columnTypes.enumHints().note(table.localName(), column.name(), key.type().enumConstants());
            }
        }
        Set<String> seen = new HashSet<>();
        for (Column column : columns) {
            if (!seen.add(column.name())) {
                reporter.error(origin, "Field " + attribute.name() + " adds column " + column.name() + " to table "
                        + table.name() + ", which has a column of that name already: name the join, order or key"
                        + " column apart");
                return table;
            }
        }
        return new Table(table.name(), columns, table.primaryKey(), uniques, table.indexes(), foreignKeys, checks,
                table.comment());
    }

    private static Set<String> names(List<CheckConstraint> checks) {
        Set<String> names = new HashSet<>();
        checks.forEach(c -> names.add(c.name()));
        return names;
    }
}
