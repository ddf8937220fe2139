package dev.jpamigrate.processor.model;

/**
 * A class annotated {@code @Revision}, with the facts that decide whether the engine can
 * load and run it.
 *
 * @param id {@code @Revision(id)}, or {@code null} when it is not a constant string
 * @param idOrigin the {@code id} value, for errors about it
 * @param isClass a class rather than an interface, enum, record or annotation
 * @param memberOfInstance a non-static nested (inner) class, which needs an enclosing instance
 */
public record RevisionClass(
        String qualifiedName,
        String binaryName,
        String id,
        boolean isClass,
        boolean isPublic,
        boolean isAbstract,
        boolean memberOfInstance,
        boolean implementsMigration,
        boolean hasPublicNoArgConstructor,
        Origin origin,
        Origin idOrigin) {
}
