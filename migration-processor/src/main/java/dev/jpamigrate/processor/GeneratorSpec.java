package dev.jpamigrate.processor;

/**
 * A generator an id may name: {@code @SequenceGenerator} or {@code @TableGenerator}.
 * Hibernate looks names up across both kinds.
 */
sealed interface GeneratorSpec permits SequenceGeneratorSpec, TableGeneratorSpec {
    String name();

    /** The schema as written, or {@code null}. */
    String schema();

    Origin origin();
}
