package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.naming.Naming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keys of several columns: the key attributes that {@code @MapsId} relations stand for,
 * and which {@code @JoinColumn} of {@code @JoinColumns} stands for which key column.
 */
public final class CompositeKeys {
    private CompositeKeys() {
    }

    /**
     * The {@code @MapsId} relations by the key attribute whose column each one's join column
     * replaces; relations whose {@code @MapsId} names no key attribute are left out (the
     * validator reports them).
     */
    public static Map<Attribute, Attribute> derivedIds(EntityClass entity) {
        Map<Attribute, Attribute> derived = new LinkedHashMap<>();
        for (Attribute attribute : entity.attributes()) {
            if (attribute.mapsId() != null && attribute.hasJoinColumn()) {
                mappedId(entity, attribute).ifPresent(id -> derived.put(id, attribute));
            }
        }
        // Most entities derive nothing; an empty map's get() does not hash the (deep) attribute it is asked for.
        return derived.isEmpty() ? Map.of() : derived;
    }

    /**
     * The key attribute that {@code @MapsId} names: the single {@code @Id} for {@code @MapsId},
     * an attribute of the {@code @EmbeddedId} for {@code @MapsId("attribute")}.
     */
    public static Optional<Attribute> mappedId(EntityClass entity, Attribute relation) {
        List<Attribute> ids = entity.ids();
        if (relation.mapsId().isEmpty()) {
            return ids.size() == 1 && ids.get(0).embedding() == null ? Optional.of(ids.get(0)) : Optional.empty();
        }
        return ids.stream()
                .filter(id -> id.embedding() != null && id.embedding().pathInRoot().equals(relation.mapsId()))
                .findFirst();
    }

    /** The join columns written on a relation: {@code @JoinColumns}, or its one {@code @JoinColumn}. */
    public static List<JoinColumnSpec> written(Attribute relation) {
        if (!relation.joinColumns().isEmpty()) {
            return relation.joinColumns();
        }
        return relation.joinColumn() == null ? List.of() : List.of(relation.joinColumn());
    }

    /**
     * The written join column for each of the target's key columns ({@code keyColumns}, in
     * the order Hibernate binds them); {@code null} where none is written. A join column stands
     * for the key column its {@code referencedColumnName} names, or, when none names one, for
     * the key column at its position. Assumes {@link #problem} found none.
     */
    public static List<JoinColumnSpec> joinColumnsFor(Attribute relation, List<String> keyColumns, Naming naming) {
        return joinColumnsFor(written(relation), keyColumns, naming);
    }

    /** As {@link #joinColumnsFor(Attribute, List, Naming)}, for the join columns of a join or collection table. */
    public static List<JoinColumnSpec> joinColumnsFor(List<JoinColumnSpec> written, List<String> keyColumns,
            Naming naming) {
        List<JoinColumnSpec> aligned = new ArrayList<>(Collections.nCopies(keyColumns.size(), null));
        boolean byName = written.stream().anyMatch(j -> j.referencedColumnName() != null);
        for (int i = 0; i < written.size(); i++) {
            JoinColumnSpec joinColumn = written.get(i);
            int key = byName ? keyIndex(joinColumn.referencedColumnName(), keyColumns, naming) : i;
            if (key >= 0 && key < aligned.size()) {
                aligned.set(key, joinColumn);
            }
        }
        return aligned;
    }

    /**
     * The attribute of {@code target} that the one {@code @JoinColumn(referencedColumnName)} of {@code relation}
     * names when that is not a key column but a basic column of the target's table: Hibernate's foreign key then
     * references that column, which must be unique.
     */
    public static Optional<Attribute> referencedAttribute(Attribute relation, EntityClass target,
            List<String> keyColumns, Naming naming) {
        String propertyRef = relation.relation() == null ? null : relation.relation().propertyRef();
        if (propertyRef != null) {
            // Hibernate 7's @PropertyRef names the attribute, whichever join columns are written.
            return basicAttribute(target, a -> a.name().equals(propertyRef));
        }
        List<JoinColumnSpec> written = written(relation);
        if (written.size() != 1 || written.get(0).referencedColumnName() == null
                || keyIndex(written.get(0).referencedColumnName(), keyColumns, naming) >= 0) {
            return Optional.empty();
        }
        return basicAttribute(target, written.get(0).referencedColumnName(), naming);
    }

    /**
     * The attributes of {@code target} that the several {@code @JoinColumn(referencedColumnName)}s of {@code relation}
     * name when they are not its primary key: each a basic column of the target's table, or the target's one key
     * column beside such columns (MOSIP joins a code and a language to an entity keyed by the code alone). Hibernate
     * then references them through a synthetic embeddable of those attributes, which sorts them by attribute name (the
     * key attribute too): its foreign key lists them in that order, and so does the unique key it adds over them to the
     * target's table. Empty otherwise.
     */
    public static List<Attribute> referencedAttributes(Attribute relation, EntityClass target, List<String> keyColumns,
            Naming naming) {
        List<JoinColumnSpec> written = written(relation);
        if (written.size() < 2 || (relation.relation() != null && relation.relation().propertyRef() != null)) {
            return List.of();
        }
        List<Attribute> referenced = new ArrayList<>();
        boolean nonKey = false;
        for (JoinColumnSpec joinColumn : written) {
            Optional<Attribute> attribute = referencedAttribute(joinColumn, target, keyColumns, naming);
            if (attribute.isEmpty() || referenced.contains(attribute.get())) {
                return List.of();
            }
            nonKey |= !attribute.get().id();
            referenced.add(attribute.get());
        }
        if (!nonKey) {
            return List.of();
        }
        referenced.sort(Comparator.comparing(Attribute::name));
        return referenced;
    }

    /**
     * The attribute of {@code target} that {@code joinColumn}, one of several to columns other than the key, references:
     * a basic attribute, or the single basic {@code @Id} when it maps the target's one key column.
     */
    public static Optional<Attribute> referencedAttribute(JoinColumnSpec joinColumn, EntityClass target,
            List<String> keyColumns, Naming naming) {
        String column = joinColumn.referencedColumnName();
        if (column == null) {
            return Optional.empty();
        }
        if (keyIndex(column, keyColumns, naming) < 0) {
            return basicAttribute(target, column, naming);
        }
        List<Attribute> ids = target.ids();
        return keyColumns.size() == 1 && ids.size() == 1 && !ids.get(0).isRelation()
                && ids.get(0).embedding() == null ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** The basic attribute of {@code target} that maps {@code column}, which a join column may reference. */
    private static Optional<Attribute> basicAttribute(EntityClass target, String column, Naming naming) {
        String referenced = naming.column(column);
        return basicAttribute(target, a -> naming.column(a.logicalColumnName()).equals(referenced));
    }

    private static Optional<Attribute> basicAttribute(EntityClass target, Predicate<Attribute> wanted) {
        return target.attributes().stream()
                .filter(a -> !a.id() && !a.isRelation() && !a.isEmbedded() && a.collection() == null)
                .filter(wanted)
                .findFirst();
    }

    /**
     * Whether {@code attribute} is declared unique by {@code @Column(unique = true)}, as a referenced column must be
     * (or by an unnamed {@code @Table(uniqueConstraints)} of its own: the validator looks at the table). Hibernate 7
     * turns a named constraint over the referenced column into an unnamed one, which JPA Migrate does not reproduce.
     */
    public static boolean isUnique(Attribute attribute) {
        return attribute.column() != null && attribute.column().unique();
    }

    /** What is wrong with the written join columns of a relation to {@code target}, or {@code null}. */
    public static String problem(Attribute relation, EntityClass target, List<String> keyColumns, Naming naming) {
        return problem(written(relation), relation.name(), target, keyColumns, naming);
    }

    /**
     * What is wrong with {@code written}, the join columns of {@code attribute} (a relation, or the
     * table of a collection) to the key of {@code target}, or {@code null}.
     */
    public static String problem(List<JoinColumnSpec> written, String attribute, EntityClass target,
            List<String> keyColumns, Naming naming) {
        if (written.isEmpty() || written.size() == 1 && keyColumns.size() == 1) {
            JoinColumnSpec joinColumn = written.isEmpty() ? null : written.get(0);
            String referenced = joinColumn == null ? null : joinColumn.referencedColumnName();
            if (referenced != null && keyIndex(referenced, keyColumns, naming) < 0) {
                return "JPA Migrate does not support a join column that references " + referenced + ", which is not"
                        + " the primary key of " + target.entityName() + ", yet: remove referencedColumnName, or set"
                        + " it to \"" + keyColumns.get(0) + "\"";
            }
            return null;
        }
        List<String> referenced = written.stream().map(JoinColumnSpec::referencedColumnName).toList();
        boolean nonKey = referenced.stream().anyMatch(c -> c != null && keyIndex(c, keyColumns, naming) < 0);
        if (nonKey && written.size() > 1 && !referenced.contains(null)) {
            // Those that name basic columns of the target (and its one key column) are mapped (referencedAttributes);
            // these name others, which Hibernate fails on.
            return "The join columns of " + attribute + " reference " + referenced + ", which are not the primary key"
                    + " of " + target.entityName() + ", and not each a column of one of its basic fields (or its one"
                    + " key column): name such columns in referencedColumnName, or remove it to reference the primary"
                    + " key " + keyColumns;
        }
        if (written.size() != keyColumns.size()) {
            return "The primary key of " + target.entityName() + " has the columns " + keyColumns + ", and "
                    + attribute + " has " + written.size() + " join column(s): write one @JoinColumn(name = ...,"
                    + " referencedColumnName = ...) for each of them in @JoinColumns";
        }
        boolean byName = written.stream().anyMatch(j -> j.referencedColumnName() != null);
        List<Integer> seen = new ArrayList<>();
        for (JoinColumnSpec joinColumn : written) {
            int key = byName ? keyIndex(joinColumn.referencedColumnName(), keyColumns, naming) : 0;
            if (byName && (key < 0 || seen.contains(key))) {
                return "@JoinColumn(referencedColumnName = \"" + joinColumn.referencedColumnName() + "\") of "
                        + attribute + " names no other primary key column of " + target.entityName()
                        + ": give each @JoinColumn one of " + keyColumns;
            }
            seen.add(key);
        }
        return null;
    }

    private static int keyIndex(String referencedColumn, List<String> keyColumns, Naming naming) {
        if (referencedColumn == null) {
            return -1;
        }
        for (int i = 0; i < keyColumns.size(); i++) {
            if (naming.column(keyColumns.get(i)).equals(naming.column(referencedColumn))) {
                return i;
            }
        }
        return -1;
    }
}
