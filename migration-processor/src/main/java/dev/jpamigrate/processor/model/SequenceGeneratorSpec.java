package dev.jpamigrate.processor.model;

/**
 * A {@code @SequenceGenerator}, with JPA's defaults applied.
 *
 * @param sequenceName the sequence name as written, or {@code null} to use the generator name
 * @param schema the schema as written, or {@code null}
 */
public record SequenceGeneratorSpec(String name, String sequenceName, String schema, int initialValue, int allocationSize,
        Origin origin) implements GeneratorSpec {
}
