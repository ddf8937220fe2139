package dev.jpamigrate.processor.model;

/**
 * Hibernate 7's {@code @NativeGenerator}: on PostgreSQL a sequence, shaped by its
 * {@code sequenceForm} where one is written.
 *
 * @param name the sequence form's generator name, or empty
 * @param sequenceName the sequence form's sequence name, or {@code null}
 * @param schema the sequence form's schema, or {@code null}
 * @param allocationSize the sequence form's allocation size, or {@code null} when it is JPA's default of
 *     50, which Hibernate does not pass on (the sequence then counts by 1)
 */
public record NativeGeneratorSpec(String name, String sequenceName, String schema, int initialValue,
        Integer allocationSize, Origin origin) implements GeneratorSpec {
}
