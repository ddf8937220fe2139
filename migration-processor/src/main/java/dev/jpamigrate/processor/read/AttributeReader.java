package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.map.JdbcTypeCodes;
import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.Attribute.EnumStorage;
import dev.jpamigrate.processor.model.Attribute.EnumeratedSpec;
import dev.jpamigrate.processor.model.Attribute.GeneratedValueSpec;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.Attribute.RelationKind;
import dev.jpamigrate.processor.model.Attribute.RelationSpec;
import dev.jpamigrate.processor.model.Attribute.Strategy;
import dev.jpamigrate.processor.model.Attribute.TemporalKind;
import dev.jpamigrate.processor.model.Attribute.TemporalSpec;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.CollectionSpec;
import dev.jpamigrate.processor.model.ConverterSpec;
import dev.jpamigrate.processor.model.GeneratorSpec;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Reads the persistent attributes (fields, or getters in property access) of a class into {@link Attribute}s. */
public final class AttributeReader {
    private final Types types;
    private final JavaTypes javaTypes;
    private final ConverterReader converters;
    private final Map<String, ConverterSpec> autoApplied;
    private final CollectionReader collections;
    private final GenericGeneratorReader generic;

    /** @param autoApplied the module's {@code @Converter(autoApply = true)}s, by the type they convert */
    public AttributeReader(Types types, JavaTypes javaTypes, ConverterReader converters,
            Map<String, ConverterSpec> autoApplied, CollectionReader collections, GenericGeneratorReader generic) {
        this.types = types;
        this.javaTypes = javaTypes;
        this.converters = converters;
        this.autoApplied = Map.copyOf(autoApplied);
        this.collections = collections;
        this.generic = generic;
    }

    /**
     * Whether a member that {@link AccessTypes} chose has a column: Hibernate's {@code @Formula}
     * attributes are read, not written, and an embeddable's {@code @Parent} is its owner.
     */
    public static boolean hasColumn(Member member) {
        // A @DialectOverride.Formula without @Formula does not make a formula: Hibernate 6.6 and 7 keep the column.
        for (AnnotationMirror m : member.element().getAnnotationMirrors()) {
            String name = Annotations.hibernateName(m);
            if ("Formula".equals(name) || "Parent".equals(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The erased type of a field, or of a getter's result, as its class declares it: a type variable's bound, not the
     * entity's type argument.
     */
    private String declaredType(Element member) {
        TypeMirror declared = member instanceof ExecutableElement getter
                ? getter.getReturnType() : member.asType();
        return JavaTypes.name(types.erasure(declared));
    }

    /**
     * Reads {@code member} of {@code declaring} as a member of {@code entityType}, so that the type
     * of a generic mapped superclass's field ({@code ID id}) is the entity's type argument. The
     * member is a field, or a getter in property access, whose annotations are the mapping.
     */
    public Attribute read(Member member, DeclaredType entityType, TypeElement declaring) {
        Element field = member.element();
        TypeMirror fieldType = member.type(types, entityType);
        List<UnsupportedUse> unsupported = new ArrayList<>();
        boolean id = false;
        boolean version = false;
        boolean lob = false;
        boolean basicOptional = true;
        ColumnSpec column = null;
        EnumeratedSpec enumerated = null;
        TemporalSpec temporal = null;
        GeneratedValueSpec generatedValue = null;
        List<GeneratorSpec> generators = new ArrayList<>();
        RelationSpec relation = null;
        JoinColumnSpec joinColumn = null;
        List<JoinColumnSpec> joinColumns = new ArrayList<>();
        String mapsId = null;
        boolean primaryKeyJoin = false;
        AnnotationMirror columnAnnotation = null;
        AnnotationMirror convert = null;
        AnnotationMirror keyConvert = null;
        boolean joinFormula = false;
        List<AnnotationMirror> namedConverts = new ArrayList<>();
        Map<String, AnnotationMirror> collectionAnnotations = new HashMap<>();
        for (AnnotationMirror m : field.getAnnotationMirrors()) {
            String hibernate = Annotations.hibernateName(m);
            UnsupportedAnnotations.checkHibernate(m, field, unsupported);
            // Hibernate's tenant column is NOT NULL, as for @Basic(optional = false).
            if ("TenantId".equals(hibernate)) {
                basicOptional = false;
            }
            if (GenericGeneratorReader.isHibernateGenerator(hibernate)) {
                generators.addAll(generic.read(field, m));
            }
            if (HibernateAnnotations.isFormulaJoin(m)) {
                joinFormula = true;
            }
            // @JoinColumnOrFormula(s) of columns only: Hibernate maps them as the @JoinColumn(s) they hold.
            List<AnnotationMirror> columnJoins = HibernateAnnotations.columnJoins(m);
            if (columnJoins.size() == 1) {
                joinColumn = joinColumn(field, columnJoins.get(0), unsupported);
            } else {
                columnJoins.forEach(c -> joinColumns.add(joinColumn(field, c, unsupported)));
            }
            String jpa = Annotations.jpaName(m);
            if (jpa == null) {
                continue;
            }
            Origin origin = Origin.of(field, m);
            if (CollectionReader.ANNOTATIONS.contains(jpa)) {
                collectionAnnotations.put(jpa, m);
                continue;
            }
            switch (jpa) {
                case "Id" -> id = true;
                case "EmbeddedId" -> {
                    id = true;
                    checkEmbeddable(fieldType, m, origin, unsupported);
                }
                case "Version" -> version = true;
                case "Lob" -> lob = true;
                case "Basic" -> basicOptional = basicOptional && Annotations.bool(m, "optional", true);
                case "Column" -> {
                    column = column(field, m, unsupported);
                    columnAnnotation = m;
                }
                case "Enumerated" -> enumerated = new EnumeratedSpec(
                        "STRING".equals(Annotations.enumConstant(m, "value")) ? EnumStorage.STRING : EnumStorage.ORDINAL,
                        origin);
                case "Temporal" -> temporal = new TemporalSpec(
                        constant(TemporalKind.class, Annotations.enumConstant(m, "value"), TemporalKind.TIMESTAMP), origin);
                case "GeneratedValue" -> {
                    String strategy = Annotations.enumConstant(m, "strategy");
                    Strategy known = constant(Strategy.class, strategy, Strategy.AUTO);
                    if (strategy != null && !strategy.equals(known.name())) {
                        unsupported.add(new UnsupportedUse("GenerationType." + strategy, origin));
                    }
                    generatedValue = new GeneratedValueSpec(known, Annotations.string(m, "generator"), origin,
                            declaredType(field));
                }
                case "SequenceGenerator", "SequenceGenerators", "TableGenerator", "TableGenerators" ->
                        generators.addAll(GeneratorReader.read(field, m, unsupported));
                case "ManyToOne" -> relation = relation(RelationKind.MANY_TO_ONE, m, field, fieldType);
                case "OneToOne" -> relation = relation(RelationKind.ONE_TO_ONE, m, field, fieldType);
                case "OneToMany" -> relation = relation(RelationKind.ONE_TO_MANY, m, field, fieldType);
                case "ManyToMany" -> relation = relation(RelationKind.MANY_TO_MANY, m, field, fieldType);
                case "JoinColumn" -> joinColumn = joinColumn(field, m, unsupported);
                case "Convert", "Converts" -> {
                    // With attributeName, it converts an attribute of the embeddable: Overrides reads it.
                    for (AnnotationMirror c : jpa.equals("Convert") ? List.of(m) : Annotations.annotations(m, "value")) {
                        String attributeName = Annotations.string(c, "attributeName");
                        // On a Map, "value" names the values (as no attributeName does) and "key" the keys.
                        boolean map = isMap(fieldType);
                        if (attributeName == null || attributeName.isEmpty() || map && attributeName.equals("value")) {
                            convert = c;
                        } else if (map && attributeName.equals("key")) {
                            keyConvert = c;
                        } else {
                            namedConverts.add(c);
                        }
                    }
                }
                case "JoinColumns" -> joinColumns.addAll(joinColumns(field, m, unsupported));
                case "PrimaryKeyJoinColumn" -> {
                    primaryKeyJoin = true;
                    UnsupportedAnnotations.checkAttributes(field, m, "@PrimaryKeyJoinColumn", unsupported, "name",
                            "referencedColumnName", "columnDefinition", "foreignKey", "options");
                }
                case "MapsId" -> mapsId = Objects.requireNonNullElse(Annotations.string(m, "value"), "");
                case "Embedded" -> checkEmbeddable(fieldType, m, origin, unsupported);
                // The overrides apply to the embeddable's attributes, which EmbeddableReader reads.
                case "AttributeOverride", "AttributeOverrides", "AssociationOverride", "AssociationOverrides" -> { }
                case "OrderBy" -> MinorFailures.orderBy(field, member.name(), m, fieldType.getKind() == TypeKind.ARRAY
                        || javaTypes.of(fieldType).kind() == JavaType.Kind.COLLECTION, unsupported);
                case "Access" -> { }
                default -> unsupported.add(new UnsupportedUse("@" + jpa, origin));
            }
        }
        column = ColumnDetailsReader.withFractionalSeconds(field, column);
        if (!isEmbedded(field, fieldType) && !(collectionAnnotations.containsKey("ElementCollection")
                && embeddableElements(fieldType)) && !embeddableMapKey(fieldType)) {
            namedConverts.forEach(c -> unsupported.add(new UnsupportedUse("@Convert(attributeName)", Origin.of(field, c))));
        }
        // A UserType's attribute is one basic column, whatever its Java type (a Map, a record, an enum).
        boolean userType = HibernateAnnotations.isUserTypeColumn(field);
        if (userType) {
            // The UserType writes the column: Hibernate ignores an @Enumerated beside @Type (as INCEpTION writes them).
            enumerated = null;
        }
        JavaType type = userType ? JavaType.of(JavaTypes.name(types.erasure(fieldType)), JavaType.Kind.OTHER)
                : basicPlural(field, fieldType, javaTypes.of(fieldType));
        if (embedsUnannotatedClass(field, fieldType, type)) {
            // Hibernate (6.6, 7.4) maps the class of an @Embedded or @EmbeddedId field as an embeddable, @Embeddable
            // or not, as link entities keyed by a nested Id class without the annotation rely on.
            type = JavaType.of(type.name(), JavaType.Kind.EMBEDDABLE);
        }
        if (relation == null && convert == null && !userType) {
            type = javaTypes.serializedEntity(fieldType, type);
            if (!collectionAnnotations.containsKey("ElementCollection") && !ManyToAnyTable.isManyToAny(field)) {
                type = javaTypes.serializedCollection(fieldType, type);
            }
        }
        ConverterSpec converter;
        if (convert != null) {
            converter = converter(field, convert, unsupported);
        } else {
            // JPA: an auto-applied converter skips ids, versions, relations, and @Enumerated and @Temporal fields.
            boolean applies = !id && !version && relation == null && enumerated == null && temporal == null
                    && !userType;
            converter = applies ? autoApplied.get(type.name()) : null;
        }
        if (relation == null && convert == null && converter == null && !userType && collectionAnnotations.isEmpty()
                && !ManyToAnyTable.isManyToAny(field) && !hasExplicitType(field)) {
            type = implicitBasicPlural(fieldType, type);
        }
        boolean toMany = relation != null
                && (relation.kind() == RelationKind.ONE_TO_MANY || relation.kind() == RelationKind.MANY_TO_MANY);
        // A converted field is one column, whatever its Java type; in an @ElementCollection, the converter is the elements'.
        CollectionSpec collection = (converter != null || userType) && !collectionAnnotations.containsKey("ElementCollection") ? null
                : collections.read(field, fieldType, toMany, collectionAnnotations, unsupported);
        if (keyConvert != null && collection != null) {
            collection = collection.withKeyConverter(converter(field, keyConvert, unsupported));
        }
        if (converter == null && convert == null && collection != null && collection.elementCollection() != null
                && collection.element() != null && enumerated == null && temporal == null) {
            // An auto-applied converter converts the elements of an @ElementCollection too.
            converter = autoApplied.get(collection.element().name());
        }
        return new Attribute(member.name(), declaring.getQualifiedName().toString(),
                type, id, version, lob, basicOptional, column, enumerated, temporal, generatedValue,
                generators, relation, joinColumn, converter, collection,
                ColumnDetailsReader.read(field, columnAnnotation, unsupported), unsupported, Origin.of(field), null,
                joinColumns, mapsId, primaryKeyJoin, joinFormula);
    }

    /**
     * A {@code List<E>} or {@code Set<E>} with {@code @JdbcTypeCode(SqlTypes.ARRAY)} is one array
     * column, which Hibernate maps as it maps {@code E[]}.
     */
    private JavaType basicPlural(Element field, TypeMirror fieldType, JavaType type) {
        if (type.kind() != JavaType.Kind.COLLECTION || !(fieldType instanceof DeclaredType declared)
                || declared.getTypeArguments().size() != 1) {
            return type;
        }
        boolean array = field.getAnnotationMirrors().stream()
                .anyMatch(m -> "JdbcTypeCode".equals(Annotations.hibernateName(m))
                        && Integer.valueOf(JdbcTypeCodes.ARRAY).equals(Annotations.integer(m, "value")));
        return array ? JavaType.arrayOf(javaTypes.of(declared.getTypeArguments().get(0))) : type;
    }

    /** The collection interfaces Hibernate (6.2 to 7.4) maps as a basic plural value, without an annotation. */
    private static final Set<String> BASIC_PLURALS = Set.of("java.util.List", "java.util.Set", "java.util.Collection",
            "java.util.SortedSet");

    /**
     * A {@code List<E>}, {@code Set<E>}, {@code Collection<E>} or {@code SortedSet<E>} of a basic {@code E} (a
     * {@code String}, a number, an enum, a serialized class) without a relation, {@code @ElementCollection} or
     * converter: Hibernate maps it as it maps {@code E[]}, one array column ({@code varchar(255) array}), and so
     * does JPA Migrate. {@code type} itself otherwise: for a {@code NavigableSet}, a {@code Queue}, a {@code Map}, or
     * elements that are entities, embeddables, arrays, collections or no class ({@code List<?>}), Hibernate fails
     * ("Basic collection has element type ... which is not a known basic type"), and so does the processor.
     */
    private JavaType implicitBasicPlural(TypeMirror fieldType, JavaType type) {
        if (type.kind() != JavaType.Kind.COLLECTION || !(fieldType instanceof DeclaredType declared)
                || declared.getTypeArguments().size() != 1 || !BASIC_PLURALS.contains(type.name())
                || declared.getTypeArguments().get(0).getKind() != TypeKind.DECLARED
                        && declared.getTypeArguments().get(0).getKind() != TypeKind.ERROR) {
            return type;
        }
        JavaType element = javaTypes.of(declared.getTypeArguments().get(0));
        return switch (element.kind()) {
            case ENUM, OTHER, SERIALIZABLE, UNRESOLVED -> JavaType.arrayOf(element);
            default -> type;
        };
    }

    /**
     * Whether Hibernate's {@code @JdbcTypeCode}, {@code @JdbcType} or {@code @JavaType} gives the field's type: its
     * column is then the one they say ({@code @JdbcTypeCode(SqlTypes.JSON) List<String>} is one jsonb column).
     */
    private static boolean hasExplicitType(Element field) {
        return field.getAnnotationMirrors().stream().map(Annotations::hibernateName)
                .anyMatch(n -> "JdbcTypeCode".equals(n) || "JdbcType".equals(n) || "JavaType".equals(n));
    }

    /** Whether the values of a collection (a map's values) are embeddables, whose attributes {@code @Convert} can name. */
    private boolean embeddableElements(TypeMirror fieldType) {
        return fieldType instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()
                && javaTypes.of(declared.getTypeArguments().get(declared.getTypeArguments().size() - 1)).kind()
                        == JavaType.Kind.EMBEDDABLE;
    }

    /** A {@code Map} (a collection of two type arguments), whose {@code @Convert} may name its "key" or "value". */
    private boolean isMap(TypeMirror fieldType) {
        return fieldType instanceof DeclaredType declared && declared.getTypeArguments().size() == 2
                && javaTypes.of(fieldType).kind() == JavaType.Kind.COLLECTION;
    }

    /** A {@code Map} keyed by an embeddable, whose attributes {@code @Convert(attributeName = "key.…")} names. */
    private boolean embeddableMapKey(TypeMirror fieldType) {
        return fieldType instanceof DeclaredType declared && declared.getTypeArguments().size() == 2
                && javaTypes.of(declared.getTypeArguments().get(0)).kind() == JavaType.Kind.EMBEDDABLE;
    }

    /** An {@code @Embedded} or {@code @EmbeddedId} field whose class, one of the application's, has no {@code @Embeddable}. */
    private boolean embedsUnannotatedClass(Element field, TypeMirror fieldType, JavaType type) {
        return (Annotations.jpa(field, "Embedded") != null || Annotations.jpa(field, "EmbeddedId") != null)
                && isApplicationClass(fieldType, type);
    }

    /**
     * A class (or record) of the application's or of a library's, neither an entity, an enum nor a collection: not the
     * JDK's, whose fields are no columns (Hibernate maps a {@code String} or a {@code LocalDate} as a basic value).
     */
    private boolean isApplicationClass(TypeMirror fieldType, JavaType type) {
        if (type.kind() != JavaType.Kind.OTHER && type.kind() != JavaType.Kind.SERIALIZABLE
                || !(fieldType instanceof DeclaredType declared)) {
            return false;
        }
        Element element = declared.asElement();
        return (element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.RECORD)
                && !javaTypes.isJdkClass((TypeElement) element);
    }

    private boolean isEmbedded(Element field, TypeMirror fieldType) {
        return Annotations.jpa(field, "Embedded") != null || Annotations.jpa(field, "EmbeddedId") != null
                || javaTypes.of(fieldType).kind() == JavaType.Kind.EMBEDDABLE;
    }

    /**
     * {@code @Convert}: its converter, or {@code null} when it disables conversion.
     *
     * @param field the element it is written on, where its problems are reported
     */
    public ConverterSpec converter(Element field, AnnotationMirror convert, List<UnsupportedUse> unsupported) {
        Origin origin = Origin.of(field, convert);
        if (Annotations.bool(convert, "disableConversion", false)) {
            return null;
        }
        TypeMirror converterType = Annotations.type(convert, "converter");
        if (!Annotations.isSet(convert, "converter") || converterType == null
                || converterType.getKind() != TypeKind.DECLARED) {
            unsupported.add(new UnsupportedUse("@Convert without a converter class", origin));
            return null;
        }
        TypeElement converterClass = (TypeElement) types.asElement(converterType);
        return converters.read(converterClass).orElseGet(() -> {
            unsupported.add(new UnsupportedUse("converter " + converterClass.getQualifiedName()
                    + ", whose AttributeConverter type arguments are not classes,", origin));
            return null;
        });
    }

    /**
     * {@code @Embedded} and {@code @EmbeddedId} map the attributes of a class: an {@code @Embeddable} one, or one of
     * the application's own classes without the annotation, which Hibernate maps the same way.
     */
    private void checkEmbeddable(TypeMirror fieldType, AnnotationMirror m, Origin origin,
            List<UnsupportedUse> unsupported) {
        JavaType type = javaTypes.of(fieldType);
        if (type.kind() != JavaType.Kind.EMBEDDABLE && type.kind() != JavaType.Kind.UNRESOLVED
                && !isApplicationClass(fieldType, type)) {
            unsupported.add(new UnsupportedUse("@" + Annotations.jpaName(m) + " on a class that is not @Embeddable ("
                    + type.name() + ")", origin));
        }
    }

    public static ColumnSpec column(Element field, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        UnsupportedAnnotations.checkAttributes(field, m, "@Column", unsupported, "options");
        Integer secondPrecision = Annotations.integer(m, "secondPrecision");
        return new ColumnSpec(Annotations.string(m, "name"), Annotations.bool(m, "nullable", true),
                Annotations.bool(m, "unique", false), Annotations.integer(m, "length"),
                Annotations.integer(m, "precision", 0), Annotations.integer(m, "scale", 0),
                secondPrecision == null || secondPrecision < 0 ? null : secondPrecision,
                MinorFailures.columnDefinition(field, m, unsupported), Origin.of(field, m), Annotations.string(m, "table"),
                !Annotations.bool(m, "insertable", true) && !Annotations.bool(m, "updatable", true));
    }

    public static JoinColumnSpec joinColumn(Element field, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        UnsupportedAnnotations.checkAttributes(field, m, "@JoinColumn", unsupported, "table", "comment", "check",
                "options");
        String foreignKeyName = null;
        boolean noConstraint = false;
        AnnotationValue foreignKey = Annotations.value(m, "foreignKey");
        if (foreignKey != null && foreignKey.getValue() instanceof AnnotationMirror fk) {
            UnsupportedAnnotations.checkAttributes(field, fk, "@ForeignKey", unsupported, "foreignKeyDefinition",
                    "options");
            foreignKeyName = Annotations.string(fk, "name");
            noConstraint = "NO_CONSTRAINT".equals(Annotations.enumConstant(fk, "value"));
        }
        return new JoinColumnSpec(Annotations.string(m, "name"), Annotations.string(m, "referencedColumnName"),
                Annotations.bool(m, "nullable", true), Annotations.bool(m, "unique", false),
                MinorFailures.columnDefinition(field, m, unsupported), foreignKeyName, noConstraint,
                Annotations.bool(m, "insertable", true), Annotations.bool(m, "updatable", true), Origin.of(field, m));
    }

    /** {@code @JoinColumns} (or {@code @MapKeyJoinColumns}); its {@code foreignKey} names the key over all of them. */
    static List<JoinColumnSpec> joinColumns(Element field, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        List<JoinColumnSpec> joinColumns = new ArrayList<>();
        AnnotationValue foreignKey = Annotations.value(m, "foreignKey");
        AnnotationMirror fk = foreignKey != null && foreignKey.getValue() instanceof AnnotationMirror a ? a : null;
        for (AnnotationMirror c : Annotations.annotations(m, "value")) {
            JoinColumnSpec spec = joinColumn(field, c, unsupported);
            if (fk != null) {
                UnsupportedAnnotations.checkAttributes(field, fk, "@ForeignKey", unsupported, "foreignKeyDefinition",
                        "options");
                spec = spec.withForeignKey(Annotations.string(fk, "name"),
                        "NO_CONSTRAINT".equals(Annotations.enumConstant(fk, "value")));
            }
            joinColumns.add(spec);
        }
        return joinColumns;
    }

    private RelationSpec relation(RelationKind kind, AnnotationMirror m, Element field, TypeMirror fieldType) {
        TypeMirror target = Annotations.type(m, "targetEntity");
        if (target == null || target.getKind() == TypeKind.VOID) {
            target = kind == RelationKind.ONE_TO_MANY || kind == RelationKind.MANY_TO_MANY ? elementType(fieldType)
                    : fieldType;
        }
        return new RelationSpec(kind, Annotations.string(m, "mappedBy"), Annotations.bool(m, "optional", true),
                javaTypes.of(target), Origin.of(field, m), propertyRef(field));
    }

    /** Hibernate 7's {@code @PropertyRef("attribute")} on {@code field}, or {@code null}. */
    private static String propertyRef(Element field) {
        for (AnnotationMirror m : field.getAnnotationMirrors()) {
            if ("PropertyRef".equals(Annotations.hibernateName(m))) {
                return Annotations.string(m, "value");
            }
        }
        return null;
    }

    /** The element type of a collection ({@code List<Order>}), or the value type of a map. */
    private static TypeMirror elementType(TypeMirror collectionType) {
        if (collectionType instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            return arguments.get(arguments.size() - 1);
        }
        return collectionType;
    }

    /** The constant of {@code type} named {@code name}; {@code fallback} when none is written or known. */
    private static <E extends Enum<E>> E constant(Class<E> type, String name, E fallback) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return fallback;
    }
}
