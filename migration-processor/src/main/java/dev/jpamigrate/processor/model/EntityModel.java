package dev.jpamigrate.processor.model;

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
public record EntityModel(List<EntityClass> entities, Map<String, EntityClass> byName) {
    public EntityModel {
        entities = List.copyOf(entities);
        byName = Map.copyOf(byName);
    }

    public Optional<EntityClass> entity(String qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName));
    }

    /** The entities with a field whose type the compiler could not resolve. */
    public List<EntityClass> withUnresolvedTypes() {
        return byName.values().stream().filter(e -> !unresolvedFields(e).isEmpty()).toList();
    }

    public static List<String> unresolvedFields(EntityClass entity) {
        return entity.attributes().stream()
                .filter(a -> a.type().kind() == JavaType.Kind.UNRESOLVED
                        || a.relation() != null && a.relation().target().kind() == JavaType.Kind.UNRESOLVED)
                .map(Attribute::name)
                .toList();
    }

    /** The entity a relation points at, when it is one. */
    public Optional<EntityClass> target(Attribute attribute) {
        return attribute.relation() == null ? Optional.empty() : entity(attribute.relation().target().name());
    }
}
