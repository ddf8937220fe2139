package dev.jpamigrate.processor.validate;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.map.CompositeKeys;
import dev.jpamigrate.processor.model.Attribute.RelationKind;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.model.JavaType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reports the key mappings that do not fit their entity: an {@code @IdClass} whose fields
 * are not the {@code @Id} fields, a {@code @MapsId} that names no key attribute, a
 * {@code @PrimaryKeyJoinColumn} that joins no matching key. Part of {@link MappingValidator}.
 */
public final class KeyValidator {
    private final ErrorReporter reporter;
    private final EntityModel model;
    private final Hierarchy hierarchy;

    public KeyValidator(ErrorReporter reporter, EntityModel model) {
        this.reporter = reporter;
        this.model = model;
        this.hierarchy = new Hierarchy(model);
    }

    public void validate(EntityClass entity) {
        if (entity.idClass() != null) {
            validateIdClass(entity, entity.idClass());
        }
    }

    public void validate(EntityClass entity, Attribute attribute) {
        if (attribute.mapsId() != null) {
            validateMapsId(entity, attribute);
        }
        if (attribute.primaryKeyJoin()) {
            validatePrimaryKeyJoin(entity, attribute);
        }
    }

    /**
     * Hibernate matches the id class's fields to the entity's {@code @Id} fields by name and
     * type; the field for an {@code @Id} relation (a derived identity) has the type of the
     * target's key.
     */
    private void validateIdClass(EntityClass entity, EntityClass.IdClassSpec idClass) {
        Map<String, String> idFields = new LinkedHashMap<>();
        entity.ids().forEach(id -> idFields.put(id.name(), id.type().name()));
        boolean matches = idFields.keySet().equals(idClass.fieldTypes().keySet()) && entity.ids().stream()
                .allMatch(id -> id.isRelation() ? model.target(id).flatMap(t -> keyType(t, new HashSet<>()))
                        .filter(type -> type.equals(idClass.fieldTypes().get(id.name()))).isPresent()
                        : sameBoxed(id.type().name(), idClass.fieldTypes().get(id.name())));
        // Hibernate takes an id class field of the target entity's type too (as Keycloak's link entities have it): for
        // a @ManyToOne the table is the same as with the target's key type (the conformance suite shows it, 6.6 and
        // 7.4); for a @OneToOne, Hibernate 7 adds a unique constraint on the join column, which JPA Migrate does not
        // model.
        boolean matchesEntityTyped = idFields.keySet().equals(idClass.fieldTypes().keySet()) && entity.ids().stream()
                .allMatch(id -> sameBoxed(id.type().name(), idClass.fieldTypes().get(id.name()))
                        || id.isRelation() && model.target(id).flatMap(t -> keyType(t, new HashSet<>()))
                                .filter(type -> type.equals(idClass.fieldTypes().get(id.name()))).isPresent());
        Optional<Attribute> entityTyped = entity.ids().stream().filter(Attribute::isRelation)
                .filter(id -> id.relation().kind() == RelationKind.ONE_TO_ONE)
                .filter(id -> id.type().name().equals(idClass.fieldTypes().get(id.name()))).findFirst();
        if (entityTyped.isPresent()) {
            Attribute id = entityTyped.get();
            reporter.error(idClass.origin(), String.format(MappingValidator.UNSUPPORTED, "an @IdClass field of the"
                    + " entity type " + simpleName(id.type().name()) + " for @Id relation " + id.name(), "give field "
                    + id.name() + " of " + simpleName(idClass.name()) + " the type of " + simpleName(id.type().name())
                    + "'s key, as JPA's derived identities do"));
        } else if (idClass.fieldTypes().isEmpty()) {
            // As with a property-access entity (@Id on getters) and an id class of fields alone: read by getters.
            reporter.error(idClass.origin(), "@IdClass(" + simpleName(idClass.name()) + ".class) has no persistent"
                    + " attribute under the access type of " + entity.entityName() + " (its fields, or its getters when"
                    + " the @Id is on a getter), and Hibernate fails on it (\"has no persistent properties\"): give it"
                    + " one attribute of the same name and type for each @Id attribute " + describe(idFields)
                    + ", or put @Access(AccessType.FIELD) on it to have its fields read");
        } else if (!matches && !matchesEntityTyped && keyPartOfAnotherType(entity, idClass).isPresent()) {
            // The reader makes a basic attribute named by the id class a key attribute when the types agree.
            Attribute attribute = keyPartOfAnotherType(entity, idClass).get();
            reporter.error(idClass.origin(), "@IdClass(" + simpleName(idClass.name()) + ".class) has the field "
                    + simpleName(idClass.fieldTypes().get(attribute.name())) + " " + attribute.name() + ", which makes"
                    + " attribute " + attribute.name() + " of " + entity.entityName() + " part of the key, and the"
                    + " attribute's type is " + simpleName(attribute.type().name()) + ": Hibernate 7 fails on it (\"doesn't"
                    + " match type in entity class\"): give the field the type " + simpleName(attribute.type().name()));
        } else if (!matches && !matchesEntityTyped) {
            reporter.error(idClass.origin(), "@IdClass(" + simpleName(idClass.name()) + ".class) has the fields "
                    + describe(idClass.fieldTypes()) + ", and the @Id fields of " + entity.entityName() + " are "
                    + describe(idFields) + ": give the id class one field of the same name and type for each @Id"
                    + " field" + (entity.ids().stream().anyMatch(Attribute::isRelation) ? " (for an @Id relation,"
                    + " the type of its target's key)" : "") + ", and nothing else");
        }
    }

    /** A basic attribute, not {@code @Id}, that the id class names with another type. */
    private static Optional<Attribute> keyPartOfAnotherType(EntityClass entity, EntityClass.IdClassSpec idClass) {
        return entity.attributes().stream()
                .filter(a -> !a.id() && a.embedding() == null && a.relation() == null && a.collection() == null)
                .filter(a -> idClass.fieldTypes().containsKey(a.name()))
                .filter(a -> !sameBoxed(a.type().name(), idClass.fieldTypes().get(a.name()))).findFirst();
    }

    /** Hibernate 6.6 and 7 match {@code long} in the id class to {@code Long} in the entity, and the other way round. */
    private static boolean sameBoxed(String entityType, String idClassType) {
        return idClassType != null && JavaType.sameBoxed(entityType, idClassType);
    }

    private void validateMapsId(EntityClass entity, Attribute attribute) {
        String mapsId = attribute.mapsId().isEmpty() ? "@MapsId" : "@MapsId(\"" + attribute.mapsId() + "\")";
        if (!attribute.hasJoinColumn()) {
            reporter.error(attribute.origin(), mapsId + " belongs on an owning @ManyToOne or @OneToOne, whose join"
                    + " column becomes the key column: remove it from " + attribute.name());
            return;
        }
        if (CompositeKeys.mappedId(entity, attribute).isPresent()) {
            return;
        }
        List<String> embeddedId = entity.ids().stream().filter(id -> id.embedding() != null)
                .map(id -> id.embedding().pathInRoot()).toList();
        if (attribute.mapsId().isEmpty() || embeddedId.isEmpty()) {
            reporter.error(attribute.origin(), mapsId + " on " + attribute.name() + " names no key attribute: write"
                    + " @MapsId for an entity with one @Id field, or @MapsId(\"<attribute>\") with the attribute of"
                    + " its @EmbeddedId");
        } else {
            reporter.error(attribute.origin(), mapsId + " names no attribute of the embedded id of "
                    + entity.entityName() + ": use one of " + embeddedId);
        }
    }

    private void validatePrimaryKeyJoin(EntityClass entity, Attribute attribute) {
        // On an inverse (mappedBy) side, of a one-to-one or a collection, it has no effect, and Hibernate ignores it.
        if (attribute.relation() != null && !attribute.relation().owning()) {
            return;
        }
        if (attribute.relation() == null || attribute.relation().kind() != RelationKind.ONE_TO_ONE
                || !attribute.relation().owning()) {
            reporter.error(attribute.origin(), "@PrimaryKeyJoinColumn on " + attribute.name() + " belongs on an"
                    + " owning @OneToOne that shares the primary key: remove it, or use @JoinColumn");
            return;
        }
        model.target(attribute).filter(target -> target.ids().size() != entity.ids().size()).ifPresent(target ->
                reporter.error(attribute.origin(), "@PrimaryKeyJoinColumn joins the primary key of "
                        + entity.entityName() + " to that of " + target.entityName() + ", and they have "
                        + entity.ids().size() + " and " + target.ids().size() + " columns: use @JoinColumn, or give"
                        + " both the same key"));
    }

    /**
     * The type of an entity's key, as the id class of an entity with a relation to it holds
     * it: its id class, its embedded id's class, or its one {@code @Id}'s type (a key relation's
     * own key type); empty for a key of several fields without an id class, or one that derives from itself.
     */
    private Optional<String> keyType(EntityClass entity, Set<EntityClass> seen) {
        EntityClass root = hierarchy.root(entity);
        if (!seen.add(root)) {
            return Optional.empty();
        }
        if (root.idClass() != null) {
            return Optional.of(root.idClass().name());
        }
        Optional<Attribute> embeddedId = root.attributes().stream().filter(a -> a.id() && a.isEmbedded()).findFirst();
        if (embeddedId.isPresent()) {
            return Optional.of(embeddedId.get().type().name());
        }
        return root.id().flatMap(id -> id.isRelation() ? model.target(id).flatMap(t -> keyType(t, seen))
                : Optional.of(id.type().name()));
    }

    private static String describe(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> simpleName(e.getValue()) + " " + e.getKey()).toList().toString();
    }

    private static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
