package dev.jpamigrate.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code @Entity} class as read from source or from its compiled class, with the
 * attributes of its mapped superclasses first.
 *
 * @param binaryName the name the class loader knows ({@code shop.Outer$Inner}), which the index files list
 * @param entityName {@code @Entity(name)}, or the simple class name
 * @param classGenerators the {@code @SequenceGenerator}s and {@code @TableGenerator}s on the class itself
 * @param packageGenerators the generators of its package ({@code package-info.java})
 * @param idClass {@code @IdClass}, or {@code null}
 * @param attributes the persistent attributes (fields, or getters in property access), those of entity and mapped
 *     superclasses first
 * @param inheritance its place in an entity hierarchy
 * @param secondaryTables {@code @SecondaryTable}s, in the order written
 * @param overrides the {@code @AttributeOverride}s and {@code @AssociationOverride}s on the class and its fields
 * @param problems what is wrong with the members of the class, its superclasses and its embeddables
 */
public record EntityClass(
        String qualifiedName,
        String binaryName,
        String packageName,
        String entityName,
        TableSpec table,
        List<GeneratorSpec> classGenerators,
        List<GeneratorSpec> packageGenerators,
        List<Attribute> attributes,
        List<UnsupportedUse> unsupported,
        Origin origin,
        IdClassSpec idClass,
        InheritanceSpec inheritance,
        List<SecondaryTableSpec> secondaryTables,
        List<OverrideSpec> overrides,
        List<Problem> problems) {

    public EntityClass {
        problems = List.copyOf(problems);
        classGenerators = List.copyOf(classGenerators);
        packageGenerators = List.copyOf(packageGenerators);
        attributes = List.copyOf(attributes);
        unsupported = List.copyOf(unsupported);
        secondaryTables = List.copyOf(secondaryTables);
        overrides = List.copyOf(overrides);
    }

    /**
     * {@code @Table}, with the class's {@code @Comment} and {@code @Check}; every part is
     * {@code null} or empty when not written.
     *
     * @param origin the {@code @Table} annotation, or the class when there is none
     */
    public record TableSpec(String name, String schema, List<IndexSpec> indexes, List<UniqueSpec> uniqueConstraints,
            String comment, List<CheckSpec> checks, Origin origin) {
        public TableSpec {
            indexes = List.copyOf(indexes);
            uniqueConstraints = List.copyOf(uniqueConstraints);
            checks = List.copyOf(checks);
        }
    }

    /**
     * {@code @IdClass}: the class, and its persistent fields with their types, which must be the
     * entity's {@code @Id} fields.
     */
    public record IdClassSpec(String name, Map<String, String> fieldTypes, Origin origin) {
        public IdClassSpec {
            fieldTypes = Collections.unmodifiableMap(new LinkedHashMap<>(fieldTypes));
        }
    }

    /** {@code @Index}; {@code name} is {@code null} when not written. */
    public record IndexSpec(String name, String columnList, boolean unique, Origin origin) {
    }

    /** {@code @UniqueConstraint}; {@code name} is {@code null} when not written. */
    public record UniqueSpec(String name, List<String> columnNames, Origin origin) {
        public UniqueSpec {
            columnNames = List.copyOf(columnNames);
        }
    }

    /**
     * {@code @SecondaryTable}.
     *
     * @param keyColumns its {@code pkJoinColumns} (name and referencedColumnName, as a join column's); empty for
     *     the default, the names of the entity's key columns
     * @param foreignKeyName {@code foreignKey = @ForeignKey(name)}, or {@code null}
     */
    public record SecondaryTableSpec(TableSpec table, List<Attribute.JoinColumnSpec> keyColumns,
            String foreignKeyName) {
        public SecondaryTableSpec {
            keyColumns = List.copyOf(keyColumns);
        }
    }

    /** This entity with {@code table} in place of its own, to map one of its secondary tables. */
    public EntityClass withTable(TableSpec table) {
        return new EntityClass(qualifiedName, binaryName, packageName, entityName, table, List.of(), List.of(),
                attributes, unsupported, origin, idClass, inheritance, List.of(), overrides, problems);
    }

    /** The attributes of the primary key's columns: the {@code @Id} fields, or the attributes of the embedded id. */
    public List<Attribute> ids() {
        // A loop, not a stream: validation and mapping ask for every relation to the entity.
        List<Attribute> ids = new ArrayList<>(1);
        for (Attribute a : attributes) {
            if (a.id() && !a.isEmbedded()) {
                ids.add(a);
            }
        }
        return Collections.unmodifiableList(ids);
    }

    /** The single {@code @Id} attribute, when there is exactly one. */
    public Optional<Attribute> id() {
        List<Attribute> ids = ids();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** The attribute at {@code path}: a field's name, or a dotted path into an embeddable ({@code "address.country"}). */
    public Optional<Attribute> attribute(String path) {
        return attributes.stream()
                .filter(a -> (a.embedding() == null ? a.name() : a.embedding().path()).equals(path))
                .findFirst();
    }

    /** The table name as Hibernate sees it before PostgreSQL folds it: {@code @Table(name)} or the entity name. */
    public String logicalTableName() {
        return table.name() != null ? table.name() : entityName;
    }
}
