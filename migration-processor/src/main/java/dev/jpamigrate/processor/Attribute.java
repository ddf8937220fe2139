package dev.jpamigrate.processor;

import java.util.List;

/**
 * A persistent field of an entity or of one of its mapped superclasses, with the JPA
 * annotations on it read into values (JPA's defaults applied; {@code null} where the
 * annotation is absent).
 *
 * @param declaringClass the qualified name of the class that declares the field
 * @param basicOptional {@code @Basic(optional)}, {@code true} without {@code @Basic}
 * @param relation the relation annotation, or {@code null} for a basic attribute
 * @param collection what a collection-valued field says about its table, or {@code null} for another field
 * @param details comments, defaults, checks and the like, beyond {@code @Column}
 * @param unsupported the features on this field that JPA Migrate does not map yet
 */
record Attribute(
        String name,
        String declaringClass,
        JavaType type,
        boolean id,
        boolean version,
        boolean lob,
        boolean basicOptional,
        ColumnSpec column,
        EnumeratedSpec enumerated,
        TemporalSpec temporal,
        GeneratedValueSpec generatedValue,
        List<SequenceGeneratorSpec> sequenceGenerators,
        RelationSpec relation,
        JoinColumnSpec joinColumn,
        CollectionSpec collection,
        ColumnDetails details,
        List<UnsupportedUse> unsupported,
        Origin origin) {

    Attribute {
        sequenceGenerators = List.copyOf(sequenceGenerators);
        unsupported = List.copyOf(unsupported);
    }

    /** The relation kinds; only the owning {@code @ManyToOne} and {@code @OneToOne} have a column. */
    enum RelationKind {
        MANY_TO_ONE("@ManyToOne"), ONE_TO_ONE("@OneToOne"), ONE_TO_MANY("@OneToMany"), MANY_TO_MANY("@ManyToMany");

        private final String annotation;

        RelationKind(String annotation) {
            this.annotation = annotation;
        }

        String annotation() {
            return annotation;
        }
    }

    enum Strategy { AUTO, IDENTITY, SEQUENCE, TABLE, UUID }

    enum EnumStorage { ORDINAL, STRING }

    enum TemporalKind { DATE, TIME, TIMESTAMP }

    /**
     * {@code @Column}.
     *
     * @param name the name as written, or {@code null}
     * @param length the length when written explicitly, or {@code null} (JPA's default is 255)
     * @param secondPrecision {@code secondPrecision} when written, or {@code null}
     * @param columnDefinition the definition when written, or {@code null}
     */
    record ColumnSpec(String name, boolean nullable, boolean unique, Integer length, int precision, int scale,
            Integer secondPrecision, String columnDefinition, Origin origin) {
    }

    record EnumeratedSpec(EnumStorage storage, Origin origin) {
    }

    record TemporalSpec(TemporalKind kind, Origin origin) {
    }

    /** {@code @GeneratedValue}; {@code generator} is {@code null} when not written. */
    record GeneratedValueSpec(Strategy strategy, String generator, Origin origin) {
    }

    /**
     * A relation annotation.
     *
     * @param mappedBy the owning attribute of the other side, or {@code null} on the owning side
     * @param target the entity at the other end: the field type, the collection's element
     *     type, or {@code targetEntity}
     */
    record RelationSpec(RelationKind kind, String mappedBy, boolean optional, JavaType target, Origin origin) {
        boolean owning() {
            return mappedBy == null;
        }
    }

    /**
     * {@code @JoinColumn}.
     *
     * @param name the name as written, or {@code null}
     * @param referencedColumnName as written, or {@code null}
     * @param foreignKeyName {@code foreignKey = @ForeignKey(name)} when written, or {@code null}
     * @param noConstraint {@code foreignKey = @ForeignKey(NO_CONSTRAINT)}
     */
    record JoinColumnSpec(String name, String referencedColumnName, boolean nullable, boolean unique,
            String columnDefinition, String foreignKeyName, boolean noConstraint, Origin origin) {
    }

    /** The column name as Hibernate sees it before PostgreSQL folds it: {@code @Column(name)} or the field name. */
    String logicalColumnName() {
        return column != null && column.name() != null ? column.name() : name;
    }

    boolean isRelation() {
        return relation != null;
    }

    /** {@code @ElementCollection}: the values live in a collection table of their own. */
    boolean isElementCollection() {
        return collection != null && collection.elementCollection() != null;
    }

    /**
     * The element of an {@code @ElementCollection} (a map's value) as an attribute of its
     * own: the collection's {@code @Column}, {@code @Enumerated}, {@code @Temporal} and
     * {@code @Lob} describe its column.
     */
    Attribute element() {
        return new Attribute(name, declaringClass, collection.element(), false, false, lob, true, column, enumerated,
                temporal, null, List.of(), null, null, null, details, List.of(), origin);
    }

    /** The key of a map as an attribute: {@code @MapKeyColumn}, {@code @MapKeyEnumerated} and {@code @MapKeyTemporal}. */
    Attribute mapKey() {
        return new Attribute(name + "_KEY", declaringClass, collection.key(), false, false, false, true,
                collection.mapKeyColumn(), collection.mapKeyEnumerated(), collection.mapKeyTemporal(), null, List.of(),
                null, null, null, ColumnDetails.NONE, List.of(), origin);
    }

    /** An owning {@code @ManyToOne} or {@code @OneToOne}: the attribute that has a join column. */
    boolean hasJoinColumn() {
        return relation != null && relation.owning()
                && (relation.kind() == RelationKind.MANY_TO_ONE || relation.kind() == RelationKind.ONE_TO_ONE);
    }
}
