package dev.jpamigrate.processor.model;

/**
 * {@code @DiscriminatorColumn}, JPA's defaults applied: {@code DTYPE}, {@code STRING},
 * length 31.
 *
 * @param columnDefinition the definition when written, or {@code null}
 * @param formula the SQL of Hibernate's {@code @DiscriminatorFormula}, which computes the value
 *     so that the table has no discriminator column; {@code null} for a column
 */
public record DiscriminatorSpec(String name, Type type, int length, String columnDefinition, Origin origin,
        String formula) {
    public DiscriminatorSpec(String name, Type type, int length, String columnDefinition, Origin origin) {
        this(name, type, length, columnDefinition, origin, null);
    }

    /** JPA's {@code DiscriminatorType}. */
    public enum Type { STRING, CHAR, INTEGER }

    public static DiscriminatorSpec implicit(Origin origin) {
        return new DiscriminatorSpec("DTYPE", Type.STRING, 31, null, origin);
    }
}
