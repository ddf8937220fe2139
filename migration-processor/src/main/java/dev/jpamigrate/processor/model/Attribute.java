package dev.jpamigrate.processor.model;

import java.util.List;

/**
 * A persistent attribute of an entity or of one of its mapped superclasses (a field, or a
 * getter in property access), with the JPA annotations on it read into values (JPA's defaults applied; {@code null} where the
 * annotation is absent).
 *
 * @param name the attribute's name: the field's, or the property's ({@code name} for {@code getName()})
 * @param declaringClass the qualified name of the class that declares the field or getter
 * @param basicOptional {@code @Basic(optional)}, {@code true} without {@code @Basic}
 * @param relation the relation annotation, or {@code null} for a basic attribute
 * @param converter the {@code AttributeConverter} that applies, or {@code null}
 * @param collection what a collection-valued field says about its table, or {@code null} for another field
 * @param details comments, defaults, checks and the like, beyond {@code @Column}
 * @param unsupported the features on this field that JPA Migrate does not map yet
 * @param embedding where the field sits when it is an attribute of an embeddable, or {@code null}
 * @param joinColumns {@code @JoinColumns}, the join columns of a relation to a composite key; empty without it
 * @param mapsId {@code @MapsId}: {@code ""} for the entity's own id, the attribute of its embedded id, or
 *     {@code null} without it
 * @param primaryKeyJoin {@code @PrimaryKeyJoinColumn}: the relation joins by the primary key, and has no column
 * @param joinFormula Hibernate's {@code @JoinFormula} (alone, or as the only parts of {@code @JoinColumnOrFormula}
 *     and {@code @JoinColumnsOrFormulas}): the relation joins by an SQL expression, and has no column and no foreign key
 */
public record Attribute(
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
        List<GeneratorSpec> generators,
        RelationSpec relation,
        JoinColumnSpec joinColumn,
        ConverterSpec converter,
        CollectionSpec collection,
        ColumnDetails details,
        List<UnsupportedUse> unsupported,
        Origin origin,
        Embedding embedding,
        List<JoinColumnSpec> joinColumns,
        String mapsId,
        boolean primaryKeyJoin,
        boolean joinFormula) {

    public Attribute {
        generators = List.copyOf(generators);
        unsupported = List.copyOf(unsupported);
        joinColumns = List.copyOf(joinColumns);
    }

    /**
     * Where an attribute of an embeddable sits in its entity.
     *
     * @param path the attributes from the entity to this one, as {@code "shipping.location.latitude"}
     * @param root the entity's {@code @Embedded} or {@code @EmbeddedId} field that holds it
     */
    public record Embedding(String path, Origin root) {
        /** The entity's field that holds it ({@code shipping}). */
        public String rootName() {
            return path.substring(0, path.indexOf('.'));
        }

        /** The path inside that field ({@code location.latitude}), as {@code @AttributeOverride(name)} names it. */
        public String pathInRoot() {
            return path.substring(path.indexOf('.') + 1);
        }
    }

    /**
     * This attribute at {@code embedding} ({@code null} for a field of the entity), with the
     * column and join column that overrides give it (its own where they give {@code null}).
     */
    public Attribute withOverrides(Embedding embedding, ColumnSpec columnOverride, JoinColumnSpec joinColumnOverride,
            boolean partOfId) {
        return new Attribute(name, declaringClass, type, id || partOfId, version, lob, basicOptional,
                columnOverride != null ? columnOverride : column, enumerated, temporal, generatedValue,
                generators, relation, joinColumnOverride != null ? joinColumnOverride : joinColumn, converter,
                collection, details, unsupported, origin, embedding, joinColumns, mapsId, primaryKeyJoin, joinFormula);
    }

    /**
     * This relation joined by {@code several} columns, as an {@code @AssociationOverride} with
     * several join columns gives them to a relation to a composite key.
     */
    public Attribute withJoinColumns(List<JoinColumnSpec> several) {
        return new Attribute(name, declaringClass, type, id, version, lob, basicOptional, column, enumerated, temporal,
                generatedValue, generators, relation, null, converter, collection, details, unsupported, origin,
                embedding, several, mapsId, primaryKeyJoin, joinFormula);
    }

    /**
     * This to-one mapped by {@code @JoinTable}: joined by {@code inTable}, the join table's inverse join columns, and
     * no collection.
     */
    public Attribute inJoinTable(List<JoinColumnSpec> inTable) {
        return new Attribute(name, declaringClass, type, id, version, lob, basicOptional, column, enumerated, temporal,
                generatedValue, generators, relation, inTable.size() == 1 ? inTable.get(0) : null, converter, null,
                details, unsupported, origin, embedding, inTable.size() == 1 ? List.of() : inTable, mapsId,
                primaryKeyJoin, joinFormula);
    }

    /** The join table of a to-one mapped by {@code @JoinTable}, or {@code null} for one joined from its entity's table. */
    public String joinTable() {
        JoinColumnSpec first = joinColumn != null ? joinColumn : joinColumns.isEmpty() ? null : joinColumns.get(0);
        return first == null ? null : first.table();
    }

    public Attribute withUnsupported(List<UnsupportedUse> more) {
        List<UnsupportedUse> all = new java.util.ArrayList<>(unsupported);
        all.addAll(more);
        return new Attribute(name, declaringClass, type, id, version, lob, basicOptional, column, enumerated, temporal,
                generatedValue, generators, relation, joinColumn, converter, collection, details, all, origin,
                embedding, joinColumns, mapsId, primaryKeyJoin, joinFormula);
    }

    public Attribute withDetails(ColumnDetails other) {
        return new Attribute(name, declaringClass, type, id, version, lob, basicOptional, column, enumerated, temporal,
                generatedValue, generators, relation, joinColumn, converter, collection, other, unsupported, origin,
                embedding, joinColumns, mapsId, primaryKeyJoin, joinFormula);
    }

    /** This attribute converted by {@code other} instead, or by none when it is {@code null}. */
    public Attribute withConverter(ConverterSpec other) {
        return new Attribute(name, declaringClass, type, id, version, lob, basicOptional, column, enumerated, temporal,
                generatedValue, generators, relation, joinColumn, other, collection, details, unsupported, origin,
                embedding, joinColumns, mapsId, primaryKeyJoin, joinFormula);
    }

    /** The attribute with another Java type and {@code @Column}, as a composite maps a part of it. */
    public Attribute withColumn(JavaType otherType, ColumnSpec otherColumn) {
        return new Attribute(name, declaringClass, otherType, id, version, lob, basicOptional, otherColumn, enumerated,
                temporal, generatedValue, generators, relation, joinColumn, converter, collection, details, unsupported,
                origin, embedding, joinColumns, mapsId, primaryKeyJoin, joinFormula);
    }

    /** This basic attribute as a part of the key, as an {@code @IdClass} attribute of its name makes it. */
    public Attribute asKeyPart() {
        return new Attribute(name, declaringClass, type, true, version, lob, basicOptional, column, enumerated, temporal,
                generatedValue, generators, relation, joinColumn, converter, collection, details, unsupported, origin,
                embedding, joinColumns, mapsId, primaryKeyJoin, joinFormula);
    }

    public Attribute withCollection(CollectionSpec more) {
        return new Attribute(name, declaringClass, type, id, version, lob, basicOptional, column, enumerated, temporal,
                generatedValue, generators, relation, joinColumn, converter, more, details, unsupported, origin,
                embedding, joinColumns, mapsId, primaryKeyJoin, joinFormula);
    }

    /** An {@code @Embedded} or {@code @EmbeddedId} field: no column itself, its embeddable's attributes follow it. */
    public boolean isEmbedded() {
        return type.kind() == JavaType.Kind.EMBEDDABLE && relation == null && details.jdbcTypeCode() == null
                && converter == null;
    }

    /** The relation kinds; only the owning {@code @ManyToOne} and {@code @OneToOne} have a column. */
    public enum RelationKind {
        MANY_TO_ONE("@ManyToOne"), ONE_TO_ONE("@OneToOne"), ONE_TO_MANY("@OneToMany"), MANY_TO_MANY("@ManyToMany");

        private final String annotation;

        RelationKind(String annotation) {
            this.annotation = annotation;
        }

        public String annotation() {
            return annotation;
        }
    }

    public enum Strategy { AUTO, IDENTITY, SEQUENCE, TABLE, UUID }

    public enum EnumStorage { ORDINAL, STRING }

    public enum TemporalKind { DATE, TIME, TIMESTAMP }

    /**
     * {@code @Column}.
     *
     * @param name the name as written, or {@code null}
     * @param length the length when written explicitly, or {@code null} (JPA's default is 255)
     * @param secondPrecision {@code secondPrecision} when written, or {@code null}
     * @param columnDefinition the definition when written, or {@code null}
     * @param table the {@code @SecondaryTable} the column is in, or {@code null} for the entity's table
     * @param readOnly {@code insertable = false, updatable = false}: the column may be another attribute's
     */
    public record ColumnSpec(String name, boolean nullable, boolean unique, Integer length, int precision, int scale,
            Integer secondPrecision, String columnDefinition, Origin origin, String table, boolean readOnly) {
    }

    public record EnumeratedSpec(EnumStorage storage, Origin origin) {
    }

    public record TemporalSpec(TemporalKind kind, Origin origin) {
    }

    /**
     * {@code @GeneratedValue}; {@code generator} is {@code null} when not written.
     *
     * @param declaredType the qualified name of the id's type as its class declares it, erased: the bound of a type
     *     variable ({@code java.io.Serializable} for Spring Data's {@code AbstractPersistable<PK extends Serializable>}),
     *     which is what Hibernate 7 asks under {@code GenerationType.AUTO} whether the id is a UUID
     */
    public record GeneratedValueSpec(Strategy strategy, String generator, Origin origin, String declaredType) {
    }

    /**
     * A relation annotation.
     *
     * @param mappedBy the owning attribute of the other side, or {@code null} on the owning side
     * @param target the entity at the other end: the field type, the collection's element
     *     type, or {@code targetEntity}
     * @param propertyRef Hibernate 7's {@code @PropertyRef}: the target's attribute that the join references instead
     *     of its key, or {@code null}
     */
    public record RelationSpec(RelationKind kind, String mappedBy, boolean optional, JavaType target, Origin origin,
            String propertyRef) {
        public RelationSpec(RelationKind kind, String mappedBy, boolean optional, JavaType target, Origin origin) {
            this(kind, mappedBy, optional, target, origin, null);
        }

        public boolean owning() {
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
     * @param table the join table of a to-one relation mapped by {@code @JoinTable} (the column is one of its inverse
     *     join columns), or {@code null} for the entity's table
     */
    public record JoinColumnSpec(String name, String referencedColumnName, boolean nullable, boolean unique,
            String columnDefinition, String foreignKeyName, boolean noConstraint, boolean insertable, boolean updatable,
            Origin origin, String table) {
        public JoinColumnSpec(String name, String referencedColumnName, boolean nullable, boolean unique,
                String columnDefinition, String foreignKeyName, boolean noConstraint, boolean insertable,
                boolean updatable, Origin origin) {
            this(name, referencedColumnName, nullable, unique, columnDefinition, foreignKeyName, noConstraint,
                    insertable, updatable, origin, null);
        }

        /** {@code insertable = false, updatable = false}: the column may be another attribute's. */
        public boolean readOnly() {
            return !insertable && !updatable;
        }

        /** This column under the foreign key that an enclosing annotation names. */
        public JoinColumnSpec withForeignKey(String newForeignKeyName, boolean newNoConstraint) {
            return new JoinColumnSpec(name, referencedColumnName, nullable, unique, columnDefinition, newForeignKeyName,
                    newNoConstraint, insertable, updatable, origin, table);
        }

        /** This column in the join table {@code joinTable}, as a to-one's {@code @JoinTable} places it. */
        public JoinColumnSpec inTable(String joinTable) {
            return new JoinColumnSpec(name, referencedColumnName, nullable, unique, columnDefinition, foreignKeyName,
                    noConstraint, insertable, updatable, origin, joinTable);
        }
    }

    /** The column name as Hibernate sees it before PostgreSQL folds it: {@code @Column(name)} or the field name. */
    public String logicalColumnName() {
        return column != null && column.name() != null ? column.name() : name;
    }

    /** The type the column stores: the converter's database type, or the field's own. */
    public JavaType columnType() {
        return converter != null ? converter.databaseType() : type;
    }

    public boolean isRelation() {
        return relation != null;
    }

    /** {@code @ElementCollection}: the values live in a collection table of their own. */
    public boolean isElementCollection() {
        return collection != null && collection.elementCollection() != null;
    }

    /**
     * The element of an {@code @ElementCollection} (a map's value) as an attribute of its
     * own: the collection's {@code @Column}, {@code @Enumerated}, {@code @Temporal} and
     * {@code @Lob} describe its column.
     */
    public Attribute element() {
        return new Attribute(name, declaringClass, collection.element(), false, false, lob, true, column, enumerated,
                temporal, null, List.of(), null, null, converter, null, details, List.of(), origin, null, List.of(),
                null, false, false);
    }

    /**
     * The key of a map as an attribute: {@code @MapKeyColumn}, {@code @MapKeyEnumerated}, {@code @MapKeyTemporal} and
     * {@code @Convert(attributeName = "key")}.
     */
    public Attribute mapKey() {
        return new Attribute(name + "_KEY", declaringClass, collection.key(), false, false, false, true,
                collection.mapKeyColumn(), collection.mapKeyEnumerated(), collection.mapKeyTemporal(), null, List.of(),
                null, null, collection.keyConverter(), null, ColumnDetails.NONE, List.of(), origin, null, List.of(), null,
                false, false);
    }

    /** An owning {@code @ManyToOne} or {@code @OneToOne}, not joined by the primary key: the attribute that has a join column. */
    public boolean hasJoinColumn() {
        return relation != null && relation.owning() && !primaryKeyJoin && !joinFormula
                && (relation.kind() == RelationKind.MANY_TO_ONE || relation.kind() == RelationKind.ONE_TO_ONE);
    }
}
