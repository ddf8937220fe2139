package dev.jpamigrate.processor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities of this module, and the entities their relations reach (some of which may
 * come from the compiled classes of other modules).
 *
 * @param entities the entities of this module, sorted by name: the ones that get tables
 * @param byName every entity read, by qualified name
 */
record EntityModel(List<EntityClass> entities, Map<String, EntityClass> byName) {
    EntityModel {
        entities = List.copyOf(entities);
        byName = Map.copyOf(byName);
    }

    Optional<EntityClass> entity(String qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName));
    }

    /** The entities with a field whose type the compiler could not resolve. */
    List<EntityClass> withUnresolvedTypes() {
        return byName.values().stream().filter(e -> !unresolvedFields(e).isEmpty()).toList();
    }

    static List<String> unresolvedFields(EntityClass entity) {
        return entity.attributes().stream()
                .filter(a -> a.type().kind() == JavaType.Kind.UNRESOLVED
                        || a.relation() != null && a.relation().target().kind() == JavaType.Kind.UNRESOLVED)
                .map(Attribute::name)
                .toList();
    }

    /** The entity a relation points at, when it is one. */
    Optional<EntityClass> target(Attribute attribute) {
        return attribute.relation() == null ? Optional.empty() : entity(attribute.relation().target().name());
    }
}
