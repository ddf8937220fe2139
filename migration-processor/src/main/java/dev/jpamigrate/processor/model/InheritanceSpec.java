package dev.jpamigrate.processor.model;

import java.util.List;

/**
 * Where an entity stands in an entity hierarchy, as its own annotations say:
 * {@code @Inheritance}, {@code @DiscriminatorColumn}, {@code @DiscriminatorValue},
 * {@code @PrimaryKeyJoinColumn(s)}. Every part is {@code null} or empty when not written;
 * {@link Hierarchy} applies the root's choices and JPA's defaults.
 *
 * @param parent the qualified name of the nearest {@code @Entity} superclass, or {@code null} for a root
 * @param isAbstract whether the class is abstract: Hibernate gives it no discriminator value and no table of its own
 *     in {@code TABLE_PER_CLASS}
 * @param strategy {@code @Inheritance(strategy)}, or {@code null} without {@code @Inheritance}
 * @param primaryKeyJoinColumns the key columns of a {@code JOINED} subclass's table
 * @param primaryKeyForeignKeyName {@code @PrimaryKeyJoinColumn(foreignKey = @ForeignKey(name))}, or {@code null}
 */
public record InheritanceSpec(String parent, boolean isAbstract, Strategy strategy, Origin strategyOrigin,
        DiscriminatorSpec discriminator, String discriminatorValue, Origin discriminatorValueOrigin,
        List<PrimaryKeyJoinColumnSpec> primaryKeyJoinColumns, String primaryKeyForeignKeyName) {

    public InheritanceSpec {
        primaryKeyJoinColumns = List.copyOf(primaryKeyJoinColumns);
    }

    /** JPA's {@code InheritanceType}. */
    public enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    /** {@code @PrimaryKeyJoinColumn}; {@code name} is {@code null} when not written. */
    public record PrimaryKeyJoinColumnSpec(String name, String columnDefinition, Origin origin) {
    }
}
