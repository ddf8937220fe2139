package dev.jpamigrate.processor;

import dev.jpamigrate.processor.Attribute.JoinColumnSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The primary key columns of an entity's table, following {@code @MapsId} to the key
 * columns it borrows, and the join columns of a relation to them: names before the naming
 * strategy, and types.
 */
final class KeyColumns {
    /** A key or join column: its name as Hibernate sees it before the physical naming strategy, and its type. */
    record KeyColumn(String logicalName, String type) {
    }

    /** A join column, with the {@code @JoinColumn} written for it, or {@code null}. */
    record JoinColumn(String logicalName, String type, KeyColumn referenced, JoinColumnSpec written) {
    }

    private final EntityModel model;
    private final ColumnTypes columnTypes;
    private final Naming naming;

    KeyColumns(EntityModel model, ColumnTypes columnTypes, Naming naming) {
        this.model = model;
        this.columnTypes = columnTypes;
        this.naming = naming;
    }

    /** The primary key columns of {@code entity}, in the key's order. */
    List<KeyColumn> of(EntityClass entity) {
        Map<Attribute, Attribute> derived = CompositeKeys.derivedIds(entity);
        List<KeyColumn> keys = new ArrayList<>();
        for (Attribute id : CompositeKeys.primaryKeyOrder(entity.ids())) {
            Attribute relation = derived.get(id);
            if (relation == null) {
                keys.add(new KeyColumn(id.logicalColumnName(), columnTypes.of(id).orElseThrow()));
            } else {
                joinColumns(relation).forEach(j -> keys.add(new KeyColumn(j.logicalName(), j.type())));
            }
        }
        return keys;
    }

    /** The join columns of an owning relation, one per key column of its target, in that key's order. */
    List<JoinColumn> joinColumns(Attribute relation) {
        EntityClass target = model.target(relation).orElseThrow();
        List<KeyColumn> keys = of(target);
        List<JoinColumnSpec> written = CompositeKeys.joinColumnsFor(relation,
                keys.stream().map(KeyColumn::logicalName).toList(), naming);
        List<JoinColumn> joinColumns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            KeyColumn key = keys.get(i);
            JoinColumnSpec spec = written.get(i);
            String name = spec != null && spec.name() != null ? spec.name() : implicitName(relation, target, key);
            String type = spec != null && spec.columnDefinition() != null ? spec.columnDefinition() : key.type();
            joinColumns.add(new JoinColumn(name, type, key, spec));
        }
        return joinColumns;
    }

    /**
     * JPA's {@code <attribute>_<referenced column>}, quoted, as Hibernate does, when the
     * referenced table or column is quoted.
     */
    private static String implicitName(Attribute relation, EntityClass target, KeyColumn key) {
        String name = HibernateNames.joinColumn(relation.name(), Naming.text(key.logicalName()));
        boolean quoted = Naming.isQuoted(target.logicalTableName()) || Naming.isQuoted(key.logicalName());
        return quoted ? "`" + name + "`" : name;
    }
}
