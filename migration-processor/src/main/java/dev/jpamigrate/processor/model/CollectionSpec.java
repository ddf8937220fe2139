package dev.jpamigrate.processor.model;

import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.Attribute.EnumeratedSpec;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.Attribute.TemporalSpec;
import dev.jpamigrate.processor.model.EntityClass.IndexSpec;
import dev.jpamigrate.processor.model.EntityClass.UniqueSpec;
import java.util.List;

/**
 * What a collection-valued field says about its table: the kind of collection, its element
 * and key types, and the {@code @ElementCollection}, {@code @JoinTable},
 * {@code @CollectionTable}, {@code @OrderColumn} and {@code @MapKey*} annotations on it
 * ({@code null} where absent).
 *
 * @param element the element type, the value type of a map, or {@code null} for a raw type
 * @param key the key type of a map, or {@code null}
 * @param elementCollection {@code @ElementCollection}, or {@code null}
 * @param table {@code @JoinTable} or {@code @CollectionTable}, or {@code null}
 * @param mapKey {@code @MapKey}, which names an attribute of the target and makes no column
 * @param elementAttributes the attributes of an {@code @Embeddable} element, nested ones flattened as for
 *     {@code @Embedded} (each with its {@link Attribute.Embedding} under the collection field); empty otherwise
 * @param keyConverter the converter of a basic map key, {@code @Convert(attributeName = "key")}, or {@code null}
 * @param keyAttributes the attributes of an {@code @Embeddable} map key, at {@code "<field>.key.<attribute>"}; empty
 *     otherwise
 * @param softDelete Hibernate's {@code @SoftDelete} indicator column in the collection's table, or {@code null}
 * @param collectionId Hibernate's {@code @CollectionId} of an id bag, or {@code null}
 * @param mapKeyJoinColumns {@code @MapKeyJoinColumns}, the join columns to a map key entity's composite key; empty
 *     otherwise (a single one is {@code mapKeyJoinColumn})
 */
public record CollectionSpec(
        CollectionKind kind,
        JavaType element,
        JavaType key,
        Origin elementCollection,
        TableSpec table,
        OrderColumnSpec orderColumn,
        ColumnSpec mapKeyColumn,
        EnumeratedSpec mapKeyEnumerated,
        TemporalSpec mapKeyTemporal,
        JoinColumnSpec mapKeyJoinColumn,
        Origin mapKey,
        List<Attribute> elementAttributes,
        List<Attribute> keyAttributes,
        ConverterSpec keyConverter,
        Attribute softDelete,
        CollectionIdSpec collectionId,
        List<JoinColumnSpec> mapKeyJoinColumns) {

    public CollectionSpec {
        elementAttributes = List.copyOf(elementAttributes);
        keyAttributes = List.copyOf(keyAttributes);
        mapKeyJoinColumns = mapKeyJoinColumns == null ? List.of() : List.copyOf(mapKeyJoinColumns);
    }

    public CollectionSpec(CollectionKind kind, JavaType element, JavaType key, Origin elementCollection, TableSpec table,
            OrderColumnSpec orderColumn, ColumnSpec mapKeyColumn, EnumeratedSpec mapKeyEnumerated,
            TemporalSpec mapKeyTemporal, JoinColumnSpec mapKeyJoinColumn, Origin mapKey, List<Attribute> elementAttributes,
            List<Attribute> keyAttributes, ConverterSpec keyConverter, Attribute softDelete,
            CollectionIdSpec collectionId) {
        this(kind, element, key, elementCollection, table, orderColumn, mapKeyColumn, mapKeyEnumerated, mapKeyTemporal,
                mapKeyJoinColumn, mapKey, elementAttributes, keyAttributes, keyConverter, softDelete, collectionId,
                List.of());
    }

    /**
     * The join columns written for a map key entity: {@code @MapKeyJoinColumns}, or its one {@code @MapKeyJoinColumn},
     * or none.
     */
    public List<JoinColumnSpec> writtenMapKeyJoinColumns() {
        if (!mapKeyJoinColumns.isEmpty()) {
            return mapKeyJoinColumns;
        }
        return mapKeyJoinColumn == null ? List.of() : List.of(mapKeyJoinColumn);
    }

    /** This map with the join columns of {@code @MapKeyJoinColumns}. */
    public CollectionSpec withMapKeyJoinColumns(List<JoinColumnSpec> columns) {
        return new CollectionSpec(kind, element, key, elementCollection, table, orderColumn, mapKeyColumn,
                mapKeyEnumerated, mapKeyTemporal, mapKeyJoinColumn, mapKey, elementAttributes, keyAttributes, keyConverter,
                softDelete, collectionId, columns);
    }

    /** How Hibernate keeps the collection, which decides the primary key of its table. */
    public enum CollectionKind {
        SET, MAP,
        /** A {@code List} with an {@code @OrderColumn}. */
        LIST,
        /** A {@code Collection}, or a {@code List} without {@code @OrderColumn}: no key, duplicates allowed. */
        BAG,
        /** Not a collection at all: {@code @ElementCollection} or {@code @CollectionTable} on a plain field. */
        NONE
    }

    /**
     * {@code @JoinTable} or {@code @CollectionTable}; every part {@code null} or empty when not written.
     *
     * @param annotation {@code "@JoinTable"} or {@code "@CollectionTable"}, for messages
     * @param inverseJoinColumns empty for a {@code @CollectionTable}
     */
    public record TableSpec(String annotation, String name, String schema, List<JoinColumnSpec> joinColumns,
            List<JoinColumnSpec> inverseJoinColumns, String foreignKeyName, boolean noConstraint,
            String inverseForeignKeyName, boolean inverseNoConstraint, List<UniqueSpec> uniqueConstraints,
            List<IndexSpec> indexes, Origin origin) {
        public TableSpec {
            joinColumns = List.copyOf(joinColumns);
            inverseJoinColumns = List.copyOf(inverseJoinColumns);
            uniqueConstraints = List.copyOf(uniqueConstraints);
            indexes = List.copyOf(indexes);
        }
    }

    /**
     * Hibernate's {@code @CollectionId}: the surrogate key column of an id bag's table.
     *
     * @param column {@code @CollectionId(column = @Column(name))}, or {@code null} for Hibernate's {@code id}
     * @param generator {@code sequence} (a sequence {@code <table>_seq}) or {@code increment} (none)
     * @param jdbcTypeCode {@code @CollectionIdJdbcTypeCode}
     */
    public record CollectionIdSpec(String column, String generator, int jdbcTypeCode, Origin origin) {
    }

    /** {@code @OrderColumn}; {@code name} is {@code null} when not written. */
    public record OrderColumnSpec(String name, boolean nullable, Origin origin) {
    }

    public CollectionSpec withElementAttributes(List<Attribute> attributes) {
        return new CollectionSpec(kind, element, key, elementCollection, table, orderColumn, mapKeyColumn,
                mapKeyEnumerated, mapKeyTemporal, mapKeyJoinColumn, mapKey, attributes, keyAttributes, keyConverter,
                softDelete, collectionId, mapKeyJoinColumns);
    }

    /** This map with the attributes of its embeddable key. */
    public CollectionSpec withKeyAttributes(List<Attribute> attributes) {
        return new CollectionSpec(kind, element, key, elementCollection, table, orderColumn, mapKeyColumn,
                mapKeyEnumerated, mapKeyTemporal, mapKeyJoinColumn, mapKey, elementAttributes, attributes, keyConverter, softDelete,
                collectionId, mapKeyJoinColumns);
    }

    /** This collection in {@code other}: an {@code @AssociationOverride(joinTable)} replaces the written one. */
    public CollectionSpec withTable(TableSpec other) {
        return new CollectionSpec(kind, element, key, elementCollection, other, orderColumn, mapKeyColumn,
                mapKeyEnumerated, mapKeyTemporal, mapKeyJoinColumn, mapKey, elementAttributes, keyAttributes, keyConverter,
                softDelete, collectionId, mapKeyJoinColumns);
    }

    /** This map with its keys converted by {@code converter}. */
    public CollectionSpec withKeyConverter(ConverterSpec converter) {
        return new CollectionSpec(kind, element, key, elementCollection, table, orderColumn, mapKeyColumn,
                mapKeyEnumerated, mapKeyTemporal, mapKeyJoinColumn, mapKey, elementAttributes, keyAttributes, converter, softDelete,
                collectionId, mapKeyJoinColumns);
    }

    public boolean isMap() {
        return kind == CollectionKind.MAP;
    }
}
