package dev.jpamigrate.processor.map;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass.SecondaryTableSpec;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.naming.HibernateNames;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.SqlTypes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code @SecondaryTable}: the columns of {@code @Column(table = ...)} move out of the
 * entity's table into one keyed by the entity's key (named by {@code pkJoinColumns}, by
 * default as the entity's key column), with a foreign key to the entity's table.
 */
public final class SecondaryTables {
    private final Hierarchy hierarchy;
    private final Naming naming;
    private final KeyColumns keys;

    public SecondaryTables(Hierarchy hierarchy, Naming naming, KeyColumns keys) {
        this.hierarchy = hierarchy;
        this.naming = naming;
        this.keys = keys;
    }

    /**
     * The secondary table that {@code @Column(table)} names, or a to-one's {@code @JoinTable}; empty for the entity's
     * own table (or none it has).
     */
    public Optional<SecondaryTableSpec> of(EntityClass entity, Attribute attribute) {
        String table = attribute.column() == null ? attribute.joinTable() : attribute.column().table();
        if (table == null) {
            return Optional.empty();
        }
        return entity.secondaryTables().stream()
                .filter(s -> naming.table(s.table().name()).equals(naming.table(table)))
                .findFirst();
    }

    /** Whether {@code @Column(table)} of the attribute names a table of its entity: the entity's own, or a secondary one. */
    public boolean isKnown(EntityClass entity, Attribute attribute) {
        String table = attribute.column() == null ? null : attribute.column().table();
        EntityClass owner = hierarchy.tableOf(entity);
        return table == null || of(entity, attribute).isPresent() || of(owner, attribute).isPresent()
                || naming.table(table).equals(naming.table(owner.logicalTableName()));
    }

    /** The entity's table without the secondary tables' columns, then each secondary table. */
    public List<TableShape> split(TableShape primary) {
        EntityClass entity = primary.entity();
        // In a SINGLE_TABLE hierarchy the root's table holds the subclasses' attributes, and each
        // subclass's @SecondaryTable holds those of its attributes that name it.
        Map<Attribute, EntityClass> owners = new IdentityHashMap<>();
        List<EntityClass> declaring = new ArrayList<>(List.of(entity));
        if (hierarchy.inHierarchy(entity) && hierarchy.tableOf(entity) == entity) {
            for (EntityClass subclass : hierarchy.descendants(entity)) {
                if (hierarchy.tableOf(subclass) == entity && !subclass.secondaryTables().isEmpty()) {
                    declaring.add(subclass);
                    hierarchy.ownAttributes(subclass).forEach(a -> owners.put(a, subclass));
                }
            }
        }
        if (declaring.stream().allMatch(e -> e.secondaryTables().isEmpty())) {
            return List.of(primary);
        }
        java.util.function.Function<Attribute, Optional<SecondaryTableSpec>> tableOf =
                a -> of(owners.getOrDefault(a, entity), a);
        List<TableShape> shapes = new ArrayList<>();
        shapes.add(new TableShape(entity, primary.attributes().stream().filter(a -> tableOf.apply(a).isEmpty())
                .toList(), primary.optional(), primary.idOwner(), primary.keyColumns(), primary.extraColumns(),
                primary.extraChecks(), primary.extraForeignKeys()));
        for (EntityClass owner : declaring) {
            for (SecondaryTableSpec secondary : owner.secondaryTables()) {
                shapes.add(secondary(owner, secondary, primary.attributes().stream()
                        .filter(a -> owners.getOrDefault(a, entity) == owner)
                        .filter(a -> tableOf.apply(a).filter(secondary::equals).isPresent()).toList()));
            }
        }
        return shapes;
    }

    /**
     * A secondary table, keyed by one column per key column of the table that holds the entity's rows (named as
     * those, or by {@code pkJoinColumns}), its primary key in Hibernate's order of its own columns.
     */
    private TableShape secondary(EntityClass entity, SecondaryTableSpec secondary, List<Attribute> attributes) {
        EntityClass table = entity.withTable(secondary.table());
        // A SINGLE_TABLE subclass's secondary table refers to the root's table.
        EntityClass primary = hierarchy.tableOf(entity);
        List<KeyColumns.JoinColumn> toPrimaryKey = keys.byReferencedKey(
                keys.tableJoinColumns(primary, secondary.keyColumns(), k -> k));
        List<Column> key = toPrimaryKey.stream()
                .map(j -> new KeyColumns.KeyColumn(j.logicalName(), j.type()))
                .sorted(KeyColumnOrder.comparator(naming))
                .map(k -> new Column(naming.column(k.logicalName()), SqlTypes.canonical(k.type()), false, null, false))
                .toList();
        String foreignKeyName = secondary.foreignKeyName() != null ? secondary.foreignKeyName()
                : HibernateNames.foreignKey(naming.physicalTable(table.logicalTableName()),
                        naming.physicalTable(primary.logicalTableName()),
                        toPrimaryKey.stream().map(j -> naming.physicalColumn(j.logicalName())).toList());
        ForeignKey toPrimary = new ForeignKey(naming.foreignKey(foreignKeyName, secondary.foreignKeyName() != null),
                toPrimaryKey.stream().map(j -> naming.column(j.logicalName())).toList(), qualifiedName(primary),
                toPrimaryKey.stream().map(j -> naming.column(j.referenced().logicalName())).toList(),
                ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION);
        return new TableShape(table, attributes, Set.of(), entity, key, List.of(), List.of(),
                List.of(toPrimary));
    }

    private String qualifiedName(EntityClass entity) {
        String local = naming.table(entity.logicalTableName());
        return entity.table().schema() == null ? local : naming.schema(entity.table().schema()) + "." + local;
    }
}
