package dev.jpamigrate.processor.model;

/**
 * {@code @DiscriminatorColumn}, JPA's defaults applied: {@code DTYPE}, {@code STRING},
 * length 31.
 *
 * @param columnDefinition the definition when written, or {@code null}
 */
public record DiscriminatorSpec(String name, Type type, int length, String columnDefinition, Origin origin) {
    /** JPA's {@code DiscriminatorType}. */
    public enum Type { STRING, CHAR, INTEGER }

    public static DiscriminatorSpec implicit(Origin origin) {
        return new DiscriminatorSpec("DTYPE", Type.STRING, 31, null, origin);
    }
}
