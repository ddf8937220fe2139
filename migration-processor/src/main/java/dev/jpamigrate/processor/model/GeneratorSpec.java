package dev.jpamigrate.processor.model;

/**
 * A generator an id may name: {@code @SequenceGenerator} or {@code @TableGenerator}.
 * Hibernate looks names up across both kinds.
 */
public sealed interface GeneratorSpec permits SequenceGeneratorSpec, TableGeneratorSpec {
    String name();

    /** The schema as written, or {@code null}. */
    String schema();

    Origin origin();
}
