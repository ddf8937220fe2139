package dev.jpamigrate.processor.validate;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.OverrideSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Warns of an {@code @AttributeOverride} or {@code @AssociationOverride} that names no
 * attribute it can override. Hibernate ignores such an override, so the column keeps the
 * name the override meant to change, and so does the snapshot: a warning, not an error, since
 * Hibernate starts (MOSIP's entities carry such typos). Part of {@link MappingValidator}.
 */
public final class OverrideValidator {
    private final ErrorReporter reporter;

    public OverrideValidator(ErrorReporter reporter) {
        this.reporter = reporter;
    }

    public void validate(EntityClass entity) {
        for (OverrideSpec override : entity.overrides()) {
            Optional<Attribute> named = overridable(entity).stream()
                    .filter(a -> override.path().equals(path(a)))
                    .findFirst();
            if (named.isEmpty() || !fits(override, named.get())) {
                String annotation = override.association() ? "@AssociationOverride" : "@AttributeOverride";
                String owner = override.owner().isEmpty() ? entity.entityName() : "field " + override.owner();
                reporter.warning(override.origin(), annotation + "(name = \"" + override.name() + "\") names no "
                        + (override.association() ? "relation" : "basic attribute") + " of " + owner
                        + ", and Hibernate ignores it, as the schema snapshot does: name one of "
                        + candidates(entity, override));
            }
        }
    }

    private static boolean fits(OverrideSpec override, Attribute attribute) {
        if (attribute.isEmbedded()) {
            return false;
        }
        // An association override names a to-one's join columns, or an owning to-many's join table.
        return override.association() ? attribute.hasJoinColumn() || attribute.isRelation()
                && attribute.relation().owning() && attribute.collection() != null : !attribute.isRelation();
    }

    /** The entity's attributes, and those of the embeddable elements and map keys of its collections. */
    private static List<Attribute> overridable(EntityClass entity) {
        List<Attribute> attributes = new ArrayList<>(entity.attributes());
        entity.attributes().stream().filter(a -> a.collection() != null).forEach(a -> {
            attributes.addAll(a.collection().elementAttributes());
            attributes.addAll(a.collection().keyAttributes());
        });
        return attributes;
    }

    private static String path(Attribute attribute) {
        return attribute.embedding() == null ? attribute.name() : attribute.embedding().path();
    }

    /** The paths, relative to the override's field, of the attributes it could name. */
    private static List<String> candidates(EntityClass entity, OverrideSpec override) {
        String prefix = override.owner().isEmpty() ? "" : override.owner() + ".";
        return overridable(entity).stream()
                .filter(a -> fits(override, a))
                .map(OverrideValidator::path)
                .filter(path -> path.startsWith(prefix))
                .map(path -> path.substring(prefix.length()))
                .toList();
    }
}
