package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.model.InheritanceSpec;
import dev.jpamigrate.processor.naming.HibernateNames;
import dev.jpamigrate.processor.naming.Naming;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The primary key columns of an entity's table, following {@code @MapsId} to the key
 * columns it borrows, and the join columns of a relation to them: names before the naming
 * strategy, and types.
 */
public final class KeyColumns {
    /** A key or join column: its name as Hibernate sees it before the physical naming strategy, and its type. */
    public record KeyColumn(String logicalName, String type) {
    }

    /** A join column, with the {@code @JoinColumn} written for it, or {@code null}. */
    public record JoinColumn(String logicalName, String type, KeyColumn referenced, JoinColumnSpec written) {
    }

    private final EntityModel model;
    private final Hierarchy hierarchy;
    private final ColumnTypes columnTypes;
    private final Naming naming;
    /**
     * What {@link #known(EntityClass)} and {@link #inBindingOrder} said of each entity: every join column to an
     * entity asks again, and the model does not change. By identity: an entity's hashCode walks all its attributes.
     */
    private final Map<EntityClass, Boolean> known = new IdentityHashMap<>();
    private final Map<EntityClass, List<KeyColumn>> bindingOrder = new IdentityHashMap<>();

    public KeyColumns(EntityModel model, ColumnTypes columnTypes, Naming naming) {
        this.model = model;
        this.hierarchy = new Hierarchy(model);
        this.columnTypes = columnTypes;
        this.naming = naming;
    }

    /** The primary key columns of {@code entity}, in the order of its primary key constraint. */
    public List<KeyColumn> of(EntityClass entity) {
        List<KeyColumn> keys = new ArrayList<>(inBindingOrder(entity));
        keys.sort(KeyColumnOrder.comparator(naming));
        return keys;
    }

    /**
     * The join columns of an owning relation, one per key column of its target, in the order
     * of the target's primary key constraint.
     */
    public List<JoinColumn> joinColumns(Attribute relation) {
        EntityClass target = model.target(relation).orElseThrow();
        List<KeyColumn> keys = inBindingOrder(target);
        Optional<Attribute> nonKey = CompositeKeys.referencedAttribute(relation,
                hierarchy.tableOf(target), keys.stream().map(KeyColumn::logicalName).toList(), naming);
        if (nonKey.isPresent()) {
            // @JoinColumn(referencedColumnName) names a unique column that is not the key: the join column copies it.
            List<JoinColumnSpec> written = CompositeKeys.written(relation);
            KeyColumn referenced = new KeyColumn(nonKey.get().logicalColumnName(),
                    columnTypes.of(nonKey.get()).orElseThrow());
            if (written.isEmpty()) {
                // @PropertyRef without @JoinColumn: Hibernate 7 names the column as if it joined the key, and gives
                // it the attribute's Java type as unsized (varchar(255) for a varchar(2)).
                Attribute unsized = nonKey.get().withColumn(nonKey.get().type(), null);
                return List.of(new JoinColumn(implicitName(relation, target, keys.get(0)),
                        columnTypes.of(unsized).orElseThrow(), referenced, null));
            }
            JoinColumnSpec spec = written.get(0);
            String name = spec.name() != null ? spec.name() : implicitName(relation, target, referenced);
            String type = spec.columnDefinition() != null ? spec.columnDefinition() : referenced.type();
            return List.of(new JoinColumn(name, type, referenced, spec));
        }
        List<Attribute> nonKeys = CompositeKeys.referencedAttributes(relation, hierarchy.tableOf(target),
                keys.stream().map(KeyColumn::logicalName).toList(), naming);
        if (!nonKeys.isEmpty()) {
            return nonKeyJoinColumns(relation, target, nonKeys, keys.stream().map(KeyColumn::logicalName).toList());
        }
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
        joinColumns.sort(Comparator.comparing(JoinColumn::referenced, KeyColumnOrder.comparator(naming)));
        return joinColumns;
    }

    /**
     * Join columns to several columns other than the key ({@code referenced}, in Hibernate's order: see {@link
     * CompositeKeys#referencedAttributes}), in the order of the foreign key. Each references the column it names and
     * has its type, yet Hibernate sizes the join column written i-th as the i-th referenced column (its length,
     * precision, scale and columnDefinition), so sizes cross when the join columns are written out of that order
     * (Hibernate 6.4 to 7.4: a varchar joined to a bigint key column's place is varchar(255)).
     */
    private List<JoinColumn> nonKeyJoinColumns(Attribute relation, EntityClass target, List<Attribute> referenced,
            List<String> keyNames) {
        List<JoinColumnSpec> written = CompositeKeys.written(relation);
        List<JoinColumn> joinColumns = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            JoinColumnSpec spec = written.get(i);
            Attribute named = CompositeKeys.referencedAttribute(spec, hierarchy.tableOf(target), keyNames, naming)
                    .orElseThrow();
            KeyColumn column = new KeyColumn(named.logicalColumnName(), columnTypes.of(named).orElseThrow());
            String name = spec.name() != null ? spec.name() : implicitName(relation, target, column);
            String type = spec.columnDefinition() != null ? spec.columnDefinition()
                    : columnTypes.of(sizedAs(named, referenced.get(i))).orElseThrow();
            joinColumns.add(new JoinColumn(name, type, column, spec));
        }
        joinColumns.sort(Comparator.comparingInt(j -> referencedIndex(referenced, j.referenced())));
        return joinColumns;
    }

    /** {@code attribute} with the length, precision, scale and columnDefinition of {@code sizing}'s column. */
    private static Attribute sizedAs(Attribute attribute, Attribute sizing) {
        ColumnSpec own = attribute.column();
        ColumnSpec from = sizing.column();
        ColumnSpec sized = new ColumnSpec(own == null ? null : own.name(), own == null || own.nullable(),
                own != null && own.unique(), from == null ? null : from.length(), from == null ? 0 : from.precision(),
                from == null ? 0 : from.scale(), own == null ? null : own.secondPrecision(),
                from == null ? null : from.columnDefinition(), own == null ? null : own.origin(),
                own == null ? null : own.table(), own != null && own.readOnly());
        return attribute.withColumn(attribute.type(), sized);
    }

    private int referencedIndex(List<Attribute> referenced, KeyColumn column) {
        String wanted = naming.column(column.logicalName());
        for (int i = 0; i < referenced.size(); i++) {
            if (naming.column(referenced.get(i).logicalColumnName()).equals(wanted)) {
                return i;
            }
        }
        return referenced.size();
    }

    /**
     * The join columns of a join or collection table to the key of {@code target}, in the order
     * Hibernate binds them (a unique constraint over them keeps it; sort them by {@link
     * #byReferencedKey} for the foreign key): those written ({@code joinColumns} of the table annotation) stand for the
     * key columns as a relation's {@code @JoinColumns} do, the others are named by {@code
     * implicitName} from the key column's logical name. Assumes {@link CompositeKeys#problem} found none.
     */
    public List<JoinColumn> tableJoinColumns(EntityClass target, List<JoinColumnSpec> written,
            UnaryOperator<String> implicitName) {
        List<KeyColumn> keys = inBindingOrder(target);
        List<JoinColumnSpec> aligned = CompositeKeys.joinColumnsFor(written,
                keys.stream().map(KeyColumn::logicalName).toList(), naming);
        List<JoinColumn> joinColumns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            KeyColumn key = keys.get(i);
            JoinColumnSpec spec = aligned.get(i);
            String name = spec != null && spec.name() != null ? spec.name() : implicitName.apply(key.logicalName());
            String type = spec != null && spec.columnDefinition() != null ? spec.columnDefinition() : key.type();
            joinColumns.add(new JoinColumn(name, type, key, spec));
        }
        return joinColumns;
    }

    /** {@code joinColumns} in the order of the primary key they reference, as their foreign key lists them. */
    public List<JoinColumn> byReferencedKey(List<JoinColumn> joinColumns) {
        List<JoinColumn> sorted = new ArrayList<>(joinColumns);
        sorted.sort(Comparator.comparing(JoinColumn::referenced, KeyColumnOrder.comparator(naming)));
        return sorted;
    }

    /** The logical names of the key columns of {@code entity} in the order Hibernate binds them. */
    public List<String> bindingOrderNames(EntityClass entity) {
        return inBindingOrder(entity).stream().map(KeyColumn::logicalName).toList();
    }

    /**
     * The key columns in the order Hibernate binds them, before it sorts the constraint: the
     * attributes by name, level by level, as it sorts the attributes of an embeddable (or of an
     * id class). {@code @JoinColumns} without {@code referencedColumnName} follow this order.
     */
    private List<KeyColumn> inBindingOrder(EntityClass entity) {
        List<KeyColumn> keys = bindingOrder.get(entity);
        if (keys == null) {
            // Not computeIfAbsent: the key of a JOINED subclass or of a derived identity is made of another's.
            keys = List.copyOf(computeBindingOrder(entity));
            bindingOrder.put(entity, keys);
        }
        return keys;
    }

    private List<KeyColumn> computeBindingOrder(EntityClass entity) {
        EntityClass parent = hierarchy.parent(entity);
        if (parent != null && hierarchy.strategy(entity) == InheritanceSpec.Strategy.JOINED) {
            // A JOINED subclass's table is keyed by its primary key join columns, of its parent's key types.
            return toParentInBindingOrder(entity, parent).stream()
                    .map(j -> new KeyColumn(j.logicalName(), j.referenced().type())).toList();
        }
        Map<Attribute, Attribute> derived = CompositeKeys.derivedIds(entity);
        List<Attribute> ids = new ArrayList<>(entity.ids());
        ids.sort((a, b) -> Arrays.compare(path(a), path(b)));
        List<KeyColumn> keys = new ArrayList<>();
        for (Attribute id : ids) {
            // An @Id relation (a derived identity) is its own join columns; a @MapsId one stands for the key attribute.
            Attribute relation = id.hasJoinColumn() ? id : derived.get(id);
            // A @MapsId relation to no entity is reported on its own entity; here the key keeps its own column.
            if (relation == null || model.target(relation).isEmpty()) {
                keys.add(new KeyColumn(id.logicalColumnName(), columnTypes.of(id).orElseThrow()));
            } else {
                joinColumns(relation).forEach(j -> keys.add(new KeyColumn(j.logicalName(), j.type())));
            }
        }
        return keys;
    }

    /**
     * The key columns of a {@code JOINED} subclass's table, each with the key column of its
     * parent's table that it references, in the order of the parent's primary key; the type is
     * the {@code @PrimaryKeyJoinColumn(columnDefinition)} where written.
     */
    public List<JoinColumn> toParent(EntityClass subclass) {
        List<JoinColumn> columns = new ArrayList<>(toParentInBindingOrder(subclass, hierarchy.parent(subclass)));
        columns.sort(Comparator.comparing(JoinColumn::referenced, KeyColumnOrder.comparator(naming)));
        return columns;
    }

    /**
     * The {@code @PrimaryKeyJoinColumn}s stand for the parent's key columns: those that name one by
     * {@code referencedColumnName} for that one, the others in the order Hibernate binds the key
     * (as {@code @JoinColumns} without {@code referencedColumnName} do); a key column without one
     * keeps the parent's column name.
     */
    private List<JoinColumn> toParentInBindingOrder(EntityClass subclass, EntityClass parent) {
        List<KeyColumn> parentKey = inBindingOrder(parent);
        List<InheritanceSpec.PrimaryKeyJoinColumnSpec> written = subclass.inheritance().primaryKeyJoinColumns();
        List<JoinColumn> columns = new ArrayList<>();
        for (int i = 0; i < parentKey.size(); i++) {
            KeyColumn referenced = parentKey.get(i);
            InheritanceSpec.PrimaryKeyJoinColumnSpec spec = written.stream()
                    .filter(w -> referenced.logicalName().equalsIgnoreCase(w.referencedColumnName())).findFirst()
                    .orElse(i < written.size() && written.get(i).referencedColumnName() == null ? written.get(i) : null);
            String name = spec != null && spec.name() != null ? spec.name() : referenced.logicalName();
            String type = spec != null && spec.columnDefinition() != null ? spec.columnDefinition() : referenced.type();
            columns.add(new JoinColumn(name, type, referenced, null));
        }
        return columns;
    }

    /**
     * Whether the key columns of {@code entity} can be known: its key relations (derived
     * identities) lead, without coming back, to entities keyed by basic fields of a mapped type.
     */
    public boolean known(EntityClass entity) {
        Boolean answer = known.get(entity);
        if (answer == null) {
            // By identity: an entity's hashCode walks all its attributes, and this runs for every join column.
            answer = known(entity, Collections.newSetFromMap(new IdentityHashMap<>()));
            known.put(entity, answer);
        }
        return answer;
    }

    /** Whether the key of {@code entity} is, through its key relations, made of its own join columns. */
    public boolean derivesFromItself(EntityClass entity) {
        return keyTargets(entity).stream().anyMatch(target -> reaches(target, entity, new HashSet<>()));
    }

    private boolean known(EntityClass entity, Set<EntityClass> path) {
        if (!path.add(entity)) {
            return false;
        }
        EntityClass parent = hierarchy.parent(entity);
        boolean known = parent != null && hierarchy.strategy(entity) == InheritanceSpec.Strategy.JOINED
                ? known(parent, path)
                : !entity.ids().isEmpty() && entity.ids().stream().allMatch(id -> known(entity, id, path));
        path.remove(entity);
        return known;
    }

    private boolean known(EntityClass entity, Attribute id, Set<EntityClass> path) {
        Attribute relation = id.hasJoinColumn() ? id : CompositeKeys.derivedIds(entity).get(id);
        Optional<EntityClass> target = relation == null ? Optional.empty() : model.target(relation);
        if (target.isPresent()) {
            return known(target.get(), path);
        }
        return !id.isRelation() && columnTypes.of(id).isPresent();
    }

    private boolean reaches(EntityClass from, EntityClass to, Set<EntityClass> seen) {
        return from == to || seen.add(from) && keyTargets(from).stream().anyMatch(next -> reaches(next, to, seen));
    }

    /** The entities whose keys the key of {@code entity} is made of: a JOINED parent's, and its key relations' targets. */
    private List<EntityClass> keyTargets(EntityClass entity) {
        EntityClass parent = hierarchy.parent(entity);
        if (parent != null && hierarchy.strategy(entity) == InheritanceSpec.Strategy.JOINED) {
            return List.of(parent);
        }
        List<EntityClass> targets = new ArrayList<>();
        Map<Attribute, Attribute> derived = CompositeKeys.derivedIds(entity);
        for (Attribute id : entity.ids()) {
            Attribute relation = id.hasJoinColumn() ? id : derived.get(id);
            if (relation != null) {
                model.target(relation).ifPresent(targets::add);
            }
        }
        return targets;
    }

    private static String[] path(Attribute attribute) {
        return attribute.embedding() == null ? new String[] {attribute.name()}
                : attribute.embedding().path().split("\\.");
    }

    /**
     * JPA's {@code <attribute>_<referenced column>}, quoted, as Hibernate does, when the
     * referenced table or column is quoted.
     */
    private String implicitName(Attribute relation, EntityClass target, KeyColumn key) {
        String name = HibernateNames.joinColumn(relation.name(), Naming.text(key.logicalName()));
        boolean quoted = naming.quotes(target.logicalTableName()) || naming.quotes(key.logicalName());
        return quoted ? "`" + name + "`" : name;
    }
}
