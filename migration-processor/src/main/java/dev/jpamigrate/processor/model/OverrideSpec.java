package dev.jpamigrate.processor.model;

/**
 * An {@code @AttributeOverride} or {@code @AssociationOverride} as written.
 *
 * @param owner the path of the embedded field it stands on ({@code "billing"}), or {@code ""} on the entity class
 * @param name the attribute it names, relative to {@code owner} ({@code "location.latitude"})
 * @param association an {@code @AssociationOverride}, which names a relation
 */
public record OverrideSpec(String owner, String name, boolean association, Origin origin) {
    /** The path of the attribute it names, from the entity. */
    public String path() {
        return owner.isEmpty() ? name : owner + "." + name;
    }
}
