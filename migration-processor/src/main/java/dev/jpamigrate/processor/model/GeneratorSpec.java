package dev.jpamigrate.processor.model;

/**
 * A generator an id may name: {@code @SequenceGenerator}, {@code @TableGenerator} or Hibernate's
 * {@code @GenericGenerator} (and {@code @NativeGenerator}, which has no name of its own).
 * Hibernate looks names up across all kinds.
 */
public sealed interface GeneratorSpec
        permits SequenceGeneratorSpec, TableGeneratorSpec, GenericGeneratorSpec, NativeGeneratorSpec {
    String name();

    /** The schema as written, or {@code null}. */
    String schema();

    Origin origin();
}
