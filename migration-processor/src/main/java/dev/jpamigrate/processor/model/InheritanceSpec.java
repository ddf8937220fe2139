package dev.jpamigrate.processor.model;

import dev.jpamigrate.ForeignKeyAction;
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
 * @param onDelete Hibernate's {@code @OnDelete(action)} on the class: the {@code on delete} of a {@code JOINED}
 *     subclass's foreign key to its parent's table
 * @param cache Hibernate's {@code @Cache} on the class, or {@code null}: Hibernate 6 and 7 fail on it on a subclass
 */
public record InheritanceSpec(String parent, boolean isAbstract, Strategy strategy, Origin strategyOrigin,
        DiscriminatorSpec discriminator, String discriminatorValue, Origin discriminatorValueOrigin,
        List<PrimaryKeyJoinColumnSpec> primaryKeyJoinColumns, String primaryKeyForeignKeyName,
        ForeignKeyAction onDelete, Origin cache) {

    public InheritanceSpec {
        primaryKeyJoinColumns = List.copyOf(primaryKeyJoinColumns);
        onDelete = onDelete == null ? ForeignKeyAction.NO_ACTION : onDelete;
    }

    public InheritanceSpec(String parent, boolean isAbstract, Strategy strategy, Origin strategyOrigin,
            DiscriminatorSpec discriminator, String discriminatorValue, Origin discriminatorValueOrigin,
            List<PrimaryKeyJoinColumnSpec> primaryKeyJoinColumns, String primaryKeyForeignKeyName) {
        this(parent, isAbstract, strategy, strategyOrigin, discriminator, discriminatorValue, discriminatorValueOrigin,
                primaryKeyJoinColumns, primaryKeyForeignKeyName, ForeignKeyAction.NO_ACTION, null);
    }

    /** JPA's {@code InheritanceType}. */
    public enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    /**
     * {@code @PrimaryKeyJoinColumn}; {@code name} and {@code referencedColumnName} (the parent's key column it
     * stands for) are {@code null} when not written.
     */
    public record PrimaryKeyJoinColumnSpec(String name, String columnDefinition, Origin origin,
            String referencedColumnName) {
    }
}
