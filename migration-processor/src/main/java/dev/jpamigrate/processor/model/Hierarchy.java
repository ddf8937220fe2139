package dev.jpamigrate.processor.model;

import dev.jpamigrate.processor.model.InheritanceSpec.Strategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entity hierarchies of a model, with JPA's defaults applied: the root decides the
 * strategy ({@code SINGLE_TABLE} without {@code @Inheritance}) and the discriminator; a
 * {@code SINGLE_TABLE} subclass keeps its rows in the root's table.
 */
public final class Hierarchy {
    /** What Hibernate reads as "no discriminator value" and "any other value". */
    public static final String NULL_VALUE = "null";
    public static final String NOT_NULL_VALUE = "not null";

    private final EntityModel model;
    private final Map<String, List<EntityClass>> subclasses = new HashMap<>();

    public Hierarchy(EntityModel model) {
        this.model = model;
        model.byName().values().stream()
                .filter(e -> e.inheritance().parent() != null)
                .sorted(Comparator.comparing(EntityClass::qualifiedName))
                .forEach(e -> subclasses.computeIfAbsent(e.inheritance().parent(), p -> new ArrayList<>()).add(e));
    }

    public EntityClass root(EntityClass entity) {
        EntityClass root = entity;
        while (parent(root) != null) {
            root = parent(root);
        }
        return root;
    }

    /** The nearest entity superclass, or {@code null} for a root. */
    public EntityClass parent(EntityClass entity) {
        String parent = entity.inheritance().parent();
        return parent == null ? null : model.entity(parent).orElseThrow();
    }

    /** The direct subclasses that the model knows, by name. */
    public List<EntityClass> subclasses(EntityClass entity) {
        return subclasses.getOrDefault(entity.qualifiedName(), List.of());
    }

    /** Every subclass below {@code entity}, each after its parent. */
    public List<EntityClass> descendants(EntityClass entity) {
        List<EntityClass> all = new ArrayList<>();
        for (EntityClass subclass : subclasses(entity)) {
            all.add(subclass);
            all.addAll(descendants(subclass));
        }
        return all;
    }

    /**
     * Every subclass below {@code entity} in the order Hibernate lists them
     * ({@code PersistentClass.getSubclasses()}): the subclasses of each direct subclass first,
     * then the direct subclasses, in the order Hibernate binds them.
     */
    public List<EntityClass> descendantsInHibernateOrder(EntityClass entity) {
        List<EntityClass> direct = subclassesInBindingOrder(entity);
        List<EntityClass> all = new ArrayList<>();
        direct.forEach(subclass -> all.addAll(descendantsInHibernateOrder(subclass)));
        all.addAll(direct);
        return all;
    }

    /** The direct subclasses of {@code entity} in the order Hibernate binds them, and so adds them to it. */
    private List<EntityClass> subclassesInBindingOrder(EntityClass entity) {
        return descendantsInBindingOrder(entity).stream()
                .filter(subclass -> entity.qualifiedName().equals(subclass.inheritance().parent())).toList();
    }

    /**
     * Every subclass below {@code entity} in the order Hibernate binds them: by qualified name, as the entity scan of
     * Spring Boot (and the conformance suite) lists classes, each after its superclasses, which Hibernate binds first.
     */
    public List<EntityClass> descendantsInBindingOrder(EntityClass entity) {
        List<EntityClass> sorted = new ArrayList<>(descendants(entity));
        sorted.sort(Comparator.comparing(EntityClass::qualifiedName));
        Set<String> bound = new HashSet<>(List.of(entity.qualifiedName()));
        List<EntityClass> order = new ArrayList<>();
        for (EntityClass subclass : sorted) {
            bindWithParents(subclass, bound, order);
        }
        return order;
    }

    private void bindWithParents(EntityClass subclass, Set<String> bound, List<EntityClass> order) {
        if (!bound.add(subclass.qualifiedName())) {
            return;
        }
        EntityClass parent = parent(subclass);
        if (parent != null) {
            bindWithParents(parent, bound, order);
        }
        order.add(subclass);
    }

    /** Whether the entity has a parent or subclasses, or declares a discriminator column, which Hibernate then adds. */
    public boolean inHierarchy(EntityClass entity) {
        return entity.inheritance().parent() != null || !subclasses(entity).isEmpty()
                || entity.inheritance().discriminator() != null;
    }

    public Strategy strategy(EntityClass entity) {
        Strategy declared = root(entity).inheritance().strategy();
        return declared == null ? Strategy.SINGLE_TABLE : declared;
    }

    /** The entity whose table holds the id of {@code entity}'s rows: the root's in {@code SINGLE_TABLE}. */
    public EntityClass tableOf(EntityClass entity) {
        return inHierarchy(entity) && strategy(entity) == Strategy.SINGLE_TABLE ? root(entity) : entity;
    }

    /**
     * Whether the rows of {@code entity} and its subclasses are spread over several tables (or
     * none: an abstract root), as in a {@code TABLE_PER_CLASS} hierarchy, so that no foreign key
     * can reference them.
     */
    public boolean isSpreadOverTables(EntityClass entity) {
        return inHierarchy(entity) && strategy(entity) == InheritanceSpec.Strategy.TABLE_PER_CLASS
                && (entity.inheritance().isAbstract() || !subclasses(entity).isEmpty());
    }

    /**
     * The logical name of the primary key column of {@code entity}'s table: the id's column,
     * and in a {@code JOINED} subclass's table its {@code @PrimaryKeyJoinColumn}, by default
     * the parent's key column.
     */
    public String keyColumn(EntityClass entity) {
        EntityClass parent = parent(entity);
        if (parent == null || strategy(entity) != InheritanceSpec.Strategy.JOINED) {
            return entity.id().orElseThrow().logicalColumnName();
        }
        List<InheritanceSpec.PrimaryKeyJoinColumnSpec> written = entity.inheritance().primaryKeyJoinColumns();
        return !written.isEmpty() && written.get(0).name() != null ? written.get(0).name() : keyColumn(parent);
    }

    /** The attributes that {@code entity} and its mapped superclasses declare, not those of its entity superclasses. */
    public List<Attribute> ownAttributes(EntityClass entity) {
        EntityClass parent = parent(entity);
        if (parent == null) {
            return entity.attributes();
        }
        return entity.attributes().stream()
                .filter(a -> parent.attributes().stream().noneMatch(p -> p.name().equals(a.name())
                        && p.declaringClass().equals(a.declaringClass())))
                .toList();
    }

    /**
     * The root's discriminator column: the declared one, or {@code DTYPE} in a
     * {@code SINGLE_TABLE} hierarchy; {@code null} when the hierarchy has none (Hibernate
     * gives {@code JOINED} one only when declared, {@code TABLE_PER_CLASS} never).
     */
    public DiscriminatorSpec discriminator(EntityClass entity) {
        EntityClass root = root(entity);
        return switch (strategy(root)) {
            case SINGLE_TABLE -> root.inheritance().discriminator() != null ? root.inheritance().discriminator()
                    : DiscriminatorSpec.implicit(root.origin());
            case JOINED -> root.inheritance().discriminator();
            case TABLE_PER_CLASS -> null;
        };
    }

    /**
     * {@code @DiscriminatorValue}, or Hibernate's default: the entity name, and for an
     * {@code INTEGER} discriminator the entity name's {@code hashCode()}.
     */
    public String discriminatorValue(EntityClass entity) {
        if (entity.inheritance().discriminatorValue() != null) {
            return entity.inheritance().discriminatorValue();
        }
        DiscriminatorSpec discriminator = discriminator(entity);
        return discriminator != null && discriminator.type() == DiscriminatorSpec.Type.INTEGER
                ? String.valueOf(entity.entityName().hashCode()) : entity.entityName();
    }
}
