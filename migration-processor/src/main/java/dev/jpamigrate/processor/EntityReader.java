package dev.jpamigrate.processor;

import dev.jpamigrate.processor.Attribute.ColumnSpec;
import dev.jpamigrate.processor.Attribute.EnumStorage;
import dev.jpamigrate.processor.Attribute.EnumeratedSpec;
import dev.jpamigrate.processor.Attribute.GeneratedValueSpec;
import dev.jpamigrate.processor.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.Attribute.RelationKind;
import dev.jpamigrate.processor.Attribute.RelationSpec;
import dev.jpamigrate.processor.Attribute.Strategy;
import dev.jpamigrate.processor.Attribute.TemporalKind;
import dev.jpamigrate.processor.Attribute.TemporalSpec;
import dev.jpamigrate.processor.EntityClass.IndexSpec;
import dev.jpamigrate.processor.EntityClass.TableSpec;
import dev.jpamigrate.processor.EntityClass.UniqueSpec;
import dev.jpamigrate.processor.JavaType.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads entity classes, from source or from compiled classes, into {@link EntityClass}
 * values: the only part of the processor that looks at {@code javax.lang.model} types.
 * One reader serves one round and reads each class once.
 */
final class EntityReader {
    /** JPA annotations of an entity class that change no table. */
    private static final Set<String> CLASS_ANNOTATIONS_WITHOUT_TABLES = Set.of("Access", "Cacheable", "EntityListeners",
            "ExcludeDefaultListeners", "ExcludeSuperclassListeners", "NamedQuery", "NamedQueries", "NamedNativeQuery",
            "NamedNativeQueries", "NamedStoredProcedureQuery", "NamedStoredProcedureQueries", "NamedEntityGraph",
            "NamedEntityGraphs", "SqlResultSetMapping", "SqlResultSetMappings");

    /** JPA annotations that may stand on a method under field access. */
    private static final Set<String> METHOD_ANNOTATIONS_WITHOUT_MAPPING = Set.of("PrePersist", "PostPersist",
            "PreUpdate", "PostUpdate", "PreRemove", "PostRemove", "PostLoad", "Transient");

    /** Hibernate annotations that change behaviour at run time, not the schema. */
    private static final Set<String> HIBERNATE_WITHOUT_SCHEMA = Set.of("BatchSize", "Cache", "Cascade",
            "CreationTimestamp", "UpdateTimestamp", "DynamicInsert", "DynamicUpdate", "Fetch", "Immutable",
            "NaturalIdCache", "OptimisticLock", "SQLRestriction", "Where");

    private final Elements elements;
    private final Types types;
    private final TypeMirror collection;
    private final TypeMirror map;
    private final Map<String, EntityClass> read = new HashMap<>();
    private final Map<String, TypeElement> entityTypes = new HashMap<>();

    EntityReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.collection = erasure("java.util.Collection");
        this.map = erasure("java.util.Map");
    }

    /** Whether {@code type} carries {@code @Entity}. */
    static boolean isEntity(Element type) {
        return Annotations.jpa(type, "Entity") != null;
    }

    /**
     * Reads the entities of this module, and the entities their relations point at (their
     * table and id are all a join column needs).
     */
    EntityModel readModule(List<TypeElement> moduleTypes) {
        List<EntityClass> entities = new ArrayList<>();
        moduleTypes.forEach(t -> entities.add(read(t)));
        entities.sort(Comparator.comparing(EntityClass::qualifiedName));
        Map<String, EntityClass> all = new LinkedHashMap<>();
        entities.forEach(e -> all.put(e.qualifiedName(), e));
        for (EntityClass entity : entities) {
            for (Attribute attribute : entity.attributes()) {
                if (attribute.relation() != null && attribute.relation().target().kind() == Kind.ENTITY) {
                    String target = attribute.relation().target().name();
                    all.computeIfAbsent(target, name -> read(entityTypes.get(name)));
                }
            }
        }
        return new EntityModel(entities, all);
    }

    /** The class of a binary name from an index file ({@code shop.Outer$Inner}), or {@code null} when it is gone. */
    TypeElement typeNamed(String binaryName) {
        TypeElement type = elements.getTypeElement(binaryName);
        if (type == null && binaryName.indexOf('$') > 0) {
            type = elements.getTypeElement(binaryName.replace('$', '.'));
        }
        return type;
    }

    String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }

    private EntityClass read(TypeElement type) {
        String qualifiedName = type.getQualifiedName().toString();
        EntityClass known = read.get(qualifiedName);
        if (known != null) {
            return known;
        }
        List<UnsupportedUse> unsupported = new ArrayList<>();
        AnnotationMirror entity = Annotations.jpa(type, "Entity");
        String entityName = entity == null ? null : Annotations.string(entity, "name");
        checkClassAnnotations(type, unsupported);
        List<TypeElement> hierarchy = mappedHierarchy(type, unsupported);
        List<Attribute> attributes = new ArrayList<>();
        for (TypeElement declaring : hierarchy) {
            checkMethods(declaring, unsupported);
            for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                if (isPersistent(field)) {
                    attributes.add(attribute(field, (DeclaredType) type.asType(), declaring));
                }
            }
        }
        EntityClass result = new EntityClass(
                qualifiedName,
                binaryName(type),
                elements.getPackageOf(type).getQualifiedName().toString(),
                entityName != null ? entityName : type.getSimpleName().toString(),
                table(type, unsupported),
                sequenceGenerators(type, unsupported),
                sequenceGenerators(elements.getPackageOf(type), unsupported),
                attributes,
                unsupported,
                Origin.of(type, entity));
        read.put(qualifiedName, result);
        return result;
    }

    /** The mapped superclasses of {@code type}, top first, then {@code type} itself. */
    private List<TypeElement> mappedHierarchy(TypeElement type, List<UnsupportedUse> unsupported) {
        Deque<TypeElement> hierarchy = new ArrayDeque<>();
        hierarchy.add(type);
        for (TypeMirror s = type.getSuperclass(); s.getKind() == TypeKind.DECLARED; ) {
            TypeElement superclass = (TypeElement) types.asElement(s);
            AnnotationMirror entity = Annotations.jpa(superclass, "Entity");
            if (entity != null) {
                unsupported.add(new UnsupportedUse("entity inheritance (" + type.getSimpleName() + " extends @Entity "
                        + superclass.getSimpleName() + ")", Origin.of(type)));
                break;
            }
            AnnotationMirror mapped = Annotations.jpa(superclass, "MappedSuperclass");
            if (mapped != null) {
                hierarchy.addFirst(superclass);
                for (AnnotationMirror m : superclass.getAnnotationMirrors()) {
                    String name = Annotations.jpaName(m);
                    if ("SequenceGenerator".equals(name) || "SequenceGenerators".equals(name)) {
                        // Hibernate 7 does not look for generators on a mapped superclass: it would silently use another sequence.
                        unsupported.add(new UnsupportedUse("@SequenceGenerator on a @MappedSuperclass ("
                                + superclass.getSimpleName() + ")", Origin.of(type)));
                    }
                }
            }
            s = superclass.getSuperclass();
        }
        return List.copyOf(hierarchy);
    }

    private void checkClassAnnotations(TypeElement type, List<UnsupportedUse> unsupported) {
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            String jpa = Annotations.jpaName(m);
            if (jpa != null) {
                switch (jpa) {
                    case "Entity", "Table", "SequenceGenerator", "SequenceGenerators" -> { }
                    case "Access" -> {
                        if ("PROPERTY".equals(Annotations.enumConstant(m, "value"))) {
                            unsupported.add(new UnsupportedUse("property access", Origin.of(type, m)));
                        }
                    }
                    default -> {
                        if (!CLASS_ANNOTATIONS_WITHOUT_TABLES.contains(jpa)) {
                            unsupported.add(new UnsupportedUse("@" + jpa, Origin.of(type, m)));
                        }
                    }
                }
            }
            checkHibernate(m, type, unsupported);
        }
    }

    /** JPA mapping annotations on methods mean property access. */
    private void checkMethods(TypeElement declaring, List<UnsupportedUse> unsupported) {
        for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
            for (AnnotationMirror m : method.getAnnotationMirrors()) {
                String jpa = Annotations.jpaName(m);
                if (jpa != null && !METHOD_ANNOTATIONS_WITHOUT_MAPPING.contains(jpa)) {
                    unsupported.add(new UnsupportedUse("property access (@" + jpa + " on method "
                            + method.getSimpleName() + ")", Origin.of(method, m)));
                }
            }
        }
    }

    private static void checkHibernate(AnnotationMirror m, Element element, List<UnsupportedUse> unsupported) {
        String hibernate = Annotations.hibernateName(m);
        if (hibernate != null && !HIBERNATE_WITHOUT_SCHEMA.contains(hibernate)) {
            unsupported.add(new UnsupportedUse("@org.hibernate.annotations." + hibernate, Origin.of(element, m)));
        }
    }

    private static boolean isPersistent(VariableElement field) {
        Set<Modifier> modifiers = field.getModifiers();
        return !modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.TRANSIENT)
                && Annotations.jpa(field, "Transient") == null;
    }

    private Attribute attribute(VariableElement field, DeclaredType entityType, TypeElement declaring) {
        TypeMirror fieldType = types.asMemberOf(entityType, field);
        List<UnsupportedUse> unsupported = new ArrayList<>();
        boolean id = false;
        boolean version = false;
        boolean lob = false;
        boolean basicOptional = true;
        ColumnSpec column = null;
        EnumeratedSpec enumerated = null;
        TemporalSpec temporal = null;
        GeneratedValueSpec generatedValue = null;
        List<SequenceGeneratorSpec> generators = new ArrayList<>();
        RelationSpec relation = null;
        JoinColumnSpec joinColumn = null;
        for (AnnotationMirror m : field.getAnnotationMirrors()) {
            checkHibernate(m, field, unsupported);
            String jpa = Annotations.jpaName(m);
            if (jpa == null) {
                continue;
            }
            Origin origin = Origin.of(field, m);
            switch (jpa) {
                case "Id" -> id = true;
                case "Version" -> version = true;
                case "Lob" -> lob = true;
                case "Basic" -> basicOptional = Annotations.bool(m, "optional", true);
                case "Column" -> column = column(field, m, unsupported);
                case "Enumerated" -> enumerated = new EnumeratedSpec(
                        "STRING".equals(Annotations.enumConstant(m, "value")) ? EnumStorage.STRING : EnumStorage.ORDINAL,
                        origin);
                case "Temporal" -> {
                    String kind = Annotations.enumConstant(m, "value");
                    temporal = new TemporalSpec(kind == null ? TemporalKind.TIMESTAMP : TemporalKind.valueOf(kind), origin);
                }
                case "GeneratedValue" -> {
                    String strategy = Annotations.enumConstant(m, "strategy");
                    generatedValue = new GeneratedValueSpec(strategy == null ? Strategy.AUTO : Strategy.valueOf(strategy),
                            Annotations.string(m, "generator"), origin);
                }
                case "SequenceGenerator" -> generators.add(sequenceGenerator(field, m, unsupported));
                case "SequenceGenerators" -> Annotations.annotations(m, "value")
                        .forEach(g -> generators.add(sequenceGenerator(field, g, unsupported)));
                case "ManyToOne" -> relation = relation(RelationKind.MANY_TO_ONE, m, field, fieldType);
                case "OneToOne" -> relation = relation(RelationKind.ONE_TO_ONE, m, field, fieldType);
                case "OneToMany" -> relation = relation(RelationKind.ONE_TO_MANY, m, field, fieldType);
                case "ManyToMany" -> relation = relation(RelationKind.MANY_TO_MANY, m, field, fieldType);
                case "JoinColumn" -> joinColumn = joinColumn(field, m, unsupported);
                case "Access", "OrderBy" -> { }
                default -> unsupported.add(new UnsupportedUse("@" + jpa, origin));
            }
        }
        return new Attribute(field.getSimpleName().toString(), declaring.getQualifiedName().toString(),
                javaType(fieldType), id, version, lob, basicOptional, column, enumerated, temporal, generatedValue,
                generators, relation, joinColumn, unsupported, Origin.of(field));
    }

    private ColumnSpec column(Element field, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        flagAttributes(field, m, "@Column", unsupported, "table", "comment", "check", "options");
        Integer secondPrecision = Annotations.integer(m, "secondPrecision");
        return new ColumnSpec(Annotations.string(m, "name"), Annotations.bool(m, "nullable", true),
                Annotations.bool(m, "unique", false), Annotations.integer(m, "length"),
                Annotations.integer(m, "precision", 0), Annotations.integer(m, "scale", 0),
                secondPrecision == null || secondPrecision < 0 ? null : secondPrecision,
                Annotations.string(m, "columnDefinition"), Origin.of(field, m));
    }

    private JoinColumnSpec joinColumn(Element field, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        flagAttributes(field, m, "@JoinColumn", unsupported, "table", "comment", "check", "options");
        String foreignKeyName = null;
        boolean noConstraint = false;
        AnnotationValue foreignKey = Annotations.value(m, "foreignKey");
        if (foreignKey != null && foreignKey.getValue() instanceof AnnotationMirror fk) {
            flagAttributes(field, fk, "@ForeignKey", unsupported, "foreignKeyDefinition", "options");
            foreignKeyName = Annotations.string(fk, "name");
            noConstraint = "NO_CONSTRAINT".equals(Annotations.enumConstant(fk, "value"));
        }
        return new JoinColumnSpec(Annotations.string(m, "name"), Annotations.string(m, "referencedColumnName"),
                Annotations.bool(m, "nullable", true), Annotations.bool(m, "unique", false),
                Annotations.string(m, "columnDefinition"), foreignKeyName, noConstraint, Origin.of(field, m));
    }

    private RelationSpec relation(RelationKind kind, AnnotationMirror m, Element field, TypeMirror fieldType) {
        TypeMirror target = Annotations.type(m, "targetEntity");
        if (target == null || target.getKind() == TypeKind.VOID || isVoidClass(target)) {
            target = kind == RelationKind.ONE_TO_MANY || kind == RelationKind.MANY_TO_MANY ? elementType(fieldType)
                    : fieldType;
        }
        return new RelationSpec(kind, Annotations.string(m, "mappedBy"), Annotations.bool(m, "optional", true),
                javaType(target), Origin.of(field, m));
    }

    private static boolean isVoidClass(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("void");
    }

    /** The element type of a collection ({@code List<Order>}), or the value type of a map. */
    private TypeMirror elementType(TypeMirror collectionType) {
        if (collectionType instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            return arguments.get(arguments.size() - 1);
        }
        return collectionType;
    }

    private TableSpec table(TypeElement type, List<UnsupportedUse> unsupported) {
        AnnotationMirror m = Annotations.jpa(type, "Table");
        if (m == null) {
            return new TableSpec(null, null, List.of(), List.of(), Origin.of(type));
        }
        flagAttributes(type, m, "@Table", unsupported, "catalog", "check", "comment", "options");
        List<IndexSpec> indexes = new ArrayList<>();
        for (AnnotationValue value : Annotations.list(m, "indexes")) {
            AnnotationMirror index = (AnnotationMirror) value.getValue();
            flagAttributes(type, index, "@Index", unsupported, "options");
            indexes.add(new IndexSpec(Annotations.string(index, "name"),
                    Annotations.string(index, "columnList") == null ? "" : Annotations.string(index, "columnList"),
                    Annotations.bool(index, "unique", false), new Origin(type, m, value)));
        }
        List<UniqueSpec> uniques = new ArrayList<>();
        for (AnnotationValue value : Annotations.list(m, "uniqueConstraints")) {
            AnnotationMirror unique = (AnnotationMirror) value.getValue();
            flagAttributes(type, unique, "@UniqueConstraint", unsupported, "options");
            uniques.add(new UniqueSpec(Annotations.string(unique, "name"), Annotations.strings(unique, "columnNames"),
                    new Origin(type, m, value)));
        }
        return new TableSpec(Annotations.string(m, "name"), Annotations.string(m, "schema"), indexes, uniques,
                Origin.of(type, m));
    }

    private List<SequenceGeneratorSpec> sequenceGenerators(Element element, List<UnsupportedUse> unsupported) {
        List<SequenceGeneratorSpec> generators = new ArrayList<>();
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            String jpa = Annotations.jpaName(m);
            if ("SequenceGenerator".equals(jpa)) {
                generators.add(sequenceGenerator(element, m, unsupported));
            } else if ("SequenceGenerators".equals(jpa)) {
                Annotations.annotations(m, "value").forEach(g -> generators.add(sequenceGenerator(element, g, unsupported)));
            }
        }
        return generators;
    }

    private SequenceGeneratorSpec sequenceGenerator(Element element, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        flagAttributes(element, m, "@SequenceGenerator", unsupported, "catalog", "options");
        String name = Annotations.string(m, "name");
        return new SequenceGeneratorSpec(name == null ? "" : name, Annotations.string(m, "sequenceName"),
                Annotations.string(m, "schema"), Annotations.integer(m, "initialValue", 1),
                Annotations.integer(m, "allocationSize", 50), Origin.of(element, m));
    }

    /** Attributes (such as JPA 3.2's {@code comment} and {@code check}) that JPA Migrate does not map yet. */
    private static void flagAttributes(Element element, AnnotationMirror m, String annotation,
            List<UnsupportedUse> unsupported, String... attributes) {
        for (String attribute : attributes) {
            if (Annotations.isSet(m, attribute)) {
                unsupported.add(new UnsupportedUse(annotation + "(" + attribute + ")",
                        new Origin(element, m, Annotations.value(m, attribute))));
            }
        }
    }

    private JavaType javaType(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> {
                return JavaType.of(type.toString(), Kind.PRIMITIVE);
            }
            case ARRAY -> {
                JavaType component = javaType(((ArrayType) type).getComponentType());
                return JavaType.of(component.name() + "[]",
                        component.kind() == Kind.UNRESOLVED ? Kind.UNRESOLVED : Kind.ARRAY);
            }
            case ERROR -> {
                return JavaType.of(type.toString(), Kind.UNRESOLVED);
            }
            case DECLARED -> {
                return declaredType(type);
            }
            default -> {
                return JavaType.of(type.toString(), Kind.OTHER);
            }
        }
    }

    private JavaType declaredType(TypeMirror type) {
        TypeElement element = (TypeElement) types.asElement(type);
        String name = element.getQualifiedName().toString();
        if (element.getKind() == ElementKind.ENUM) {
            List<String> constants = element.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(e -> e.getSimpleName().toString())
                    .toList();
            return new JavaType(name, Kind.ENUM, constants);
        }
        if (isEntity(element)) {
            entityTypes.put(name, element);
            return JavaType.of(name, Kind.ENTITY);
        }
        if (Annotations.jpa(element, "Embeddable") != null) {
            return JavaType.of(name, Kind.EMBEDDABLE);
        }
        TypeMirror erased = types.erasure(type);
        if (types.isAssignable(erased, collection) || types.isAssignable(erased, map)) {
            return JavaType.of(name, Kind.COLLECTION);
        }
        return JavaType.of(name, Kind.OTHER);
    }

    private TypeMirror erasure(String className) {
        return types.erasure(elements.getTypeElement(className).asType());
    }
}
