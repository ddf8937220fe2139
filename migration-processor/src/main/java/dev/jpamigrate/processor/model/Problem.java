package dev.jpamigrate.processor.model;

/**
 * What reading found wrong with the members of a class, other than a feature JPA Migrate does not
 * map yet ({@link UnsupportedUse}): a persistent property Hibernate cannot access (a getter without
 * a setter), two getters of one property, or a mapping annotation Hibernate ignores because the
 * class uses the other access type.
 *
 * @param warning {@code true} for what Hibernate ignores (the schema is still right), {@code false}
 *     for what it rejects
 * @param message the whole message, with what to do
 * @param origin the member that has the problem
 * @param context the class or embedding field being mapped when the member is inherited or embedded
 *     from another class, where the problem is reported if the member itself was compiled elsewhere
 */
public record Problem(boolean warning, String message, Origin origin, Origin context) {
}
