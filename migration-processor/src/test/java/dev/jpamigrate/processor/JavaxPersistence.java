package dev.jpamigrate.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Stand-ins for the {@code javax.persistence} annotations (JPA 2.2), which are not on the
 * test class path: compiled along with the fixtures, they let the tests show that the
 * processor reads {@code javax.persistence} as it reads {@code jakarta.persistence}.
 */
final class JavaxPersistence {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("Entity", "@interface Entity { String name() default \"\"; }"),
            Map.entry("Table", "@interface Table { String name() default \"\"; String schema() default \"\";"
                    + " String catalog() default \"\"; Index[] indexes() default {};"
                    + " UniqueConstraint[] uniqueConstraints() default {}; }"),
            Map.entry("Index", "@interface Index { String name() default \"\"; String columnList();"
                    + " boolean unique() default false; }"),
            Map.entry("UniqueConstraint", "@interface UniqueConstraint { String name() default \"\";"
                    + " String[] columnNames(); }"),
            Map.entry("Id", "@interface Id { }"),
            Map.entry("Column", "@interface Column { String name() default \"\"; boolean unique() default false;"
                    + " boolean nullable() default true; String columnDefinition() default \"\";"
                    + " int length() default 255; int precision() default 0; int scale() default 0; }"),
            Map.entry("GeneratedValue", "@interface GeneratedValue { GenerationType strategy() default GenerationType.AUTO;"
                    + " String generator() default \"\"; }"),
            Map.entry("GenerationType", "enum GenerationType { TABLE, SEQUENCE, IDENTITY, AUTO }"),
            Map.entry("SequenceGenerator", "@interface SequenceGenerator { String name(); String sequenceName() default \"\";"
                    + " String schema() default \"\"; int initialValue() default 1; int allocationSize() default 50; }"),
            Map.entry("ManyToOne", "@interface ManyToOne { Class<?> targetEntity() default void.class;"
                    + " boolean optional() default true; }"),
            Map.entry("OneToOne", "@interface OneToOne { Class<?> targetEntity() default void.class;"
                    + " boolean optional() default true; String mappedBy() default \"\"; }"),
            Map.entry("OneToMany", "@interface OneToMany { Class<?> targetEntity() default void.class;"
                    + " String mappedBy() default \"\"; }"),
            Map.entry("ManyToMany", "@interface ManyToMany { Class<?> targetEntity() default void.class;"
                    + " String mappedBy() default \"\"; }"),
            Map.entry("ElementCollection", "@interface ElementCollection { }"),
            Map.entry("JoinTable", "@interface JoinTable { String name() default \"\"; String schema() default \"\";"
                    + " JoinColumn[] joinColumns() default {}; JoinColumn[] inverseJoinColumns() default {}; }"),
            Map.entry("CollectionTable", "@interface CollectionTable { String name() default \"\";"
                    + " JoinColumn[] joinColumns() default {}; }"),
            Map.entry("OrderColumn", "@interface OrderColumn { String name() default \"\"; }"),
            Map.entry("JoinColumn", "@interface JoinColumn { String name() default \"\";"
                    + " String referencedColumnName() default \"\"; boolean unique() default false;"
                    + " boolean nullable() default true; ForeignKey foreignKey() default"
                    + " @ForeignKey(ConstraintMode.PROVIDER_DEFAULT); }"),
            Map.entry("ForeignKey", "@interface ForeignKey { String name() default \"\";"
                    + " ConstraintMode value() default ConstraintMode.CONSTRAINT; }"),
            Map.entry("ConstraintMode", "enum ConstraintMode { CONSTRAINT, NO_CONSTRAINT, PROVIDER_DEFAULT }"),
            Map.entry("Enumerated", "@interface Enumerated { EnumType value() default EnumType.ORDINAL; }"),
            Map.entry("EnumType", "enum EnumType { ORDINAL, STRING }"),
            Map.entry("Transient", "@interface Transient { }"),
            Map.entry("Version", "@interface Version { }"),
            Map.entry("MappedSuperclass", "@interface MappedSuperclass { }"),
            Map.entry("Inheritance", "@interface Inheritance { InheritanceType strategy()"
                    + " default InheritanceType.SINGLE_TABLE; }"),
            Map.entry("InheritanceType", "enum InheritanceType { SINGLE_TABLE, TABLE_PER_CLASS, JOINED }"),
            Map.entry("DiscriminatorColumn", "@interface DiscriminatorColumn { String name() default \"DTYPE\";"
                    + " DiscriminatorType discriminatorType() default DiscriminatorType.STRING;"
                    + " String columnDefinition() default \"\"; int length() default 31; }"),
            Map.entry("DiscriminatorType", "enum DiscriminatorType { STRING, CHAR, INTEGER }"),
            Map.entry("DiscriminatorValue", "@interface DiscriminatorValue { String value(); }"),
            Map.entry("PrimaryKeyJoinColumn", "@interface PrimaryKeyJoinColumn { String name() default \"\";"
                    + " String referencedColumnName() default \"\"; String columnDefinition() default \"\";"
                    + " ForeignKey foreignKey() default @ForeignKey(ConstraintMode.PROVIDER_DEFAULT); }"),
            Map.entry("Basic", "@interface Basic { boolean optional() default true; }"),
            Map.entry("Embeddable", "@interface Embeddable { }"),
            Map.entry("Embedded", "@interface Embedded { }"),
            Map.entry("EmbeddedId", "@interface EmbeddedId { }"),
            Map.entry("AttributeOverride", "@interface AttributeOverride { String name(); Column column(); }"),
            Map.entry("JoinColumns", "@interface JoinColumns { JoinColumn[] value(); }"),
            Map.entry("IdClass", "@interface IdClass { Class<?> value(); }"),
            Map.entry("MapsId", "@interface MapsId { String value() default \"\"; }"));

    private JavaxPersistence() {
    }

    /** The stand-ins, with the fixtures after them. */
    static JavaFileObject[] withStubs(JavaFileObject... fixtures) {
        List<JavaFileObject> sources = new ArrayList<>();
        TYPES.forEach((name, declaration) -> sources.add(Sources.source("javax.persistence." + name,
                (declaration.startsWith("@") ? "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
                        : "") + "public " + declaration)));
        sources.addAll(List.of(fixtures));
        return sources.toArray(JavaFileObject[]::new);
    }
}
