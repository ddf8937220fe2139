package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.ProcessorOptions.HibernateVersion;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.CheckSpec;
import dev.jpamigrate.processor.model.ConverterSpec;
import dev.jpamigrate.processor.model.EntityClass.IdClassSpec;
import dev.jpamigrate.processor.model.EntityClass.IndexSpec;
import dev.jpamigrate.processor.model.EntityClass.TableSpec;
import dev.jpamigrate.processor.model.EntityClass.UniqueSpec;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityClass.SecondaryTableSpec;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.JavaType.Kind;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.Problem;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads entity classes, from source or from compiled classes, into {@link EntityClass}
 * values. With the readers it uses ({@link AttributeReader}, {@link JavaTypes},
 * {@link GeneratorReader}) it is the one layer that looks at
 * {@code javax.lang.model}; validation and mapping work on the values. One reader serves
 * one round and reads each class once.
 */
public final class EntityReader {
    private final Elements elements;
    private final Types types;
    private final GenericGeneratorReader generic;
    private final JavaTypes javaTypes;
    private final AccessTypes access;
    private final EmbeddableReader attributes;
    private final SoftDeleteReader softDeletes;
    private final Map<String, EntityClass> read = new HashMap<>();

    /**
     * @param autoApplyConverters the module's {@code @Converter(autoApply = true)} classes
     * @param embeddables the module's embeddable hierarchies
     * @param hibernate the Hibernate version whose rules decide which members are persistent where versions differ
     * @param bodies what the application's methods do, where the compilation shows it
     */
    public EntityReader(Elements elements, Types types, List<TypeElement> autoApplyConverters,
            EmbeddableHierarchies embeddables, HibernateVersion hibernate, MethodBodies bodies) {
        this.elements = elements;
        this.types = types;
        this.javaTypes = new JavaTypes(elements, types);
        this.access = new AccessTypes(types, hibernate);
        ConverterReader converters = new ConverterReader(types, javaTypes);
        this.softDeletes = new SoftDeleteReader(converters);
        Map<String, ConverterSpec> autoApplied = new HashMap<>();
        for (TypeElement converter : autoApplyConverters) {
            converters.read(converter).ifPresent(c -> autoApplied.putIfAbsent(c.attributeType().name(), c));
        }
        this.generic = new GenericGeneratorReader(elements, bodies);
        this.attributes = new EmbeddableReader(types, new AttributeReader(types, javaTypes, converters, autoApplied,
                new CollectionReader(elements, types, javaTypes, softDeletes), generic), access,
                embeddables);
    }

    /** Whether {@code type} carries {@code @Entity}. */
    public static boolean isEntity(Element type) {
        return Annotations.jpa(type, "Entity") != null;
    }

    /**
     * Reads the entities of this module, and the entities their relations point at (their
     * table and id are all a join column needs).
     */
    public EntityModel readModule(List<TypeElement> moduleTypes) {
        List<EntityClass> entities = new ArrayList<>();
        moduleTypes.forEach(t -> entities.add(read(t)));
        entities.sort(Comparator.comparing(EntityClass::qualifiedName));
        Map<String, EntityClass> all = new LinkedHashMap<>();
        entities.forEach(e -> all.put(e.qualifiedName(), e));
        for (EntityClass entity : entities) {
            // A subclass's entity superclasses hold its rows (or part of them) and its id.
            for (String parent = entity.inheritance().parent(); parent != null;
                    parent = all.get(parent).inheritance().parent()) {
                all.computeIfAbsent(parent, name -> read(javaTypes.entity(name)));
            }
        }
        for (EntityClass entity : List.copyOf(all.values())) {
            List<Attribute> attributes = new ArrayList<>(entity.attributes());
            // The relations in an embeddable element of an @ElementCollection join from its collection table.
            entity.attributes().stream().filter(a -> a.collection() != null)
                    .forEach(a -> attributes.addAll(a.collection().elementAttributes()));
            for (Attribute attribute : attributes) {
                if (attribute.relation() != null && attribute.relation().target().kind() == Kind.ENTITY) {
                    String target = attribute.relation().target().name();
                    all.computeIfAbsent(target, name -> read(javaTypes.entity(name)));
                }
                JavaType mapKey = attribute.collection() == null ? null : attribute.collection().key();
                if (mapKey != null && mapKey.kind() == Kind.ENTITY) {
                    all.computeIfAbsent(mapKey.name(), name -> read(javaTypes.entity(name)));
                }
            }
        }
        return new EntityModel(entities, all);
    }

    /** The class of a binary name from an index file ({@code shop.Outer$Inner}), or {@code null} when it is gone. */
    public TypeElement typeNamed(String binaryName) {
        return typeNamed(elements, binaryName);
    }

    /** A compiled or compiling class by its binary name ({@code Outer$Inner}), or null when there is none. */
    public static TypeElement typeNamed(Elements elements, String binaryName) {
        TypeElement type = elements.getTypeElement(binaryName);
        if (type == null && binaryName.indexOf('$') > 0) {
            type = elements.getTypeElement(binaryName.replace('$', '.'));
        }
        return type;
    }

    public String binaryName(TypeElement type) {
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
        if (type.getKind() != ElementKind.CLASS) {
            unsupported.add(new UnsupportedUse("@Entity on a " + type.getKind().toString().toLowerCase(Locale.ROOT),
                    Origin.of(type)));
        }
        checkClassAnnotations(type, unsupported);
        List<TypeElement> hierarchy = persistentHierarchy(type, unsupported);
        TypeElement parent = hierarchy.stream().filter(t -> t != type && isEntity(t)).reduce((a, b) -> b).orElse(null);
        List<Attribute> fields = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        checkMappedSuperclasses(hierarchy, type, problems);
        Overrides classOverrides = new Overrides();
        classOverrides.addFrom(type, "");
        unsupported.addAll(classOverrides.unsupported());
        Map<TypeElement, AccessTypes.Access> classAccess = classAccess(hierarchy);
        Map<TypeElement, List<Member>> members = new LinkedHashMap<>();
        for (TypeElement declaring : hierarchy) {
            // A getter's setter may be declared by the entity that binds the getter's class, below it.
            members.put(declaring, access.members(declaring, classAccess.get(declaring),
                    bindingEntity(hierarchy, declaring), Origin.of(type), problems));
        }
        Member idMember = AccessTypes.idMember(members.values().stream().flatMap(List::stream).toList());
        members.forEach((declaring, declared) -> {
            for (Member member : declared) {
                if (AttributeReader.hasColumn(member)) {
                    for (Attribute attribute : attributes.read(member, (DeclaredType) type.asType(), declaring,
                            classOverrides, classAccess.get(declaring), idMember, problems)) {
                        addRedeclaring(fields, attribute, unsupported);
                    }
                }
            }
        });
        softDeletes.ofEntity(hierarchy, unsupported).ifPresent(fields::add);
        IdClassSpec idClass = idClass(type, classAccess.get(type));
        List<Attribute> idClassKey = idClassKey(type, classAccess.get(type), problems);
        if (idClassKey.isEmpty()) {
            promoteIdClassAttributes(fields, idClass);
        } else {
            takeIdClassKey(fields, idClassKey);
        }
        List<SecondaryTableSpec> secondaryTables = ToOneJoinTables.move(fields,
                SecondaryTableReader.read(type, unsupported), problems);
        EntityClass result = new EntityClass(
                qualifiedName,
                binaryName(type),
                elements.getPackageOf(type).getQualifiedName().toString(),
                entityName != null ? entityName : type.getSimpleName().toString(),
                table(type, unsupported),
                GeneratorReader.readAll(type, generic, unsupported),
                GeneratorReader.readAll(elements.getPackageOf(type), generic, unsupported),
                fields,
                unsupported,
                Origin.of(type),
                idClass,
                InheritanceReader.read(type, parent, unsupported),
                secondaryTables,
                classOverrides.written(),
                problems);
        read.put(qualifiedName, result);
        return result;
    }

    /**
     * Makes part of the key each basic attribute that {@code @IdClass} names without its {@code @Id}: Hibernate takes
     * every attribute of the id class as a key attribute of the entity, the entity's attribute of that name giving its
     * column (which becomes {@code not null} and joins the primary key), as ThingsBoard's time series table has its
     * timestamp. Hibernate 7 checks that the two types are the same (boxed or not), Hibernate 6.6 does not; an id class
     * attribute of another type, or naming no attribute (which Hibernate fails on), is left to the validator's error.
     */
    private static void promoteIdClassAttributes(List<Attribute> fields, IdClassSpec idClass) {
        if (idClass == null) {
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            Attribute a = fields.get(i);
            String idType = idClass.fieldTypes().get(a.name());
            if (!a.id() && idType != null && a.embedding() == null && a.relation() == null && a.collection() == null
                    && !a.version() && JavaType.sameBoxed(a.type().name(), idType)) {
                fields.set(i, a.asKeyPart());
            }
        }
    }

    /**
     * The basic key attributes as the {@code @IdClass} maps them itself, when Hibernate takes the key's mapping from it
     * ({@link IdClassColumns}); empty when the entity's attributes map the key.
     */
    private List<Attribute> idClassKey(TypeElement type, AccessTypes.Access entityAccess, List<Problem> problems) {
        AnnotationMirror m = Annotations.jpa(type, "IdClass");
        TypeMirror idClass = m == null ? null : Annotations.type(m, "value");
        if (idClass == null || idClass.getKind() != TypeKind.DECLARED
                || !IdClassColumns.mapTheKey((TypeElement) types.asElement(idClass))) {
            return List.of();
        }
        TypeElement element = (TypeElement) types.asElement(idClass);
        List<Attribute> key = new ArrayList<>();
        for (Member member : access.members(element, access.classAccess(element, entityAccess), element,
                Origin.of(type, m), new ArrayList<>())) {
            if (AttributeReader.hasColumn(member)) {
                // Only basic key parts are kept, so no collection's embeddables ask for the entity's id member.
                for (Attribute attribute : attributes.read(member, (DeclaredType) idClass, element, new Overrides(),
                        entityAccess, null, problems)) {
                    if (attribute.relation() == null && attribute.collection() == null && attribute.embedding() == null
                            && !attribute.isEmbedded()) {
                        key.add(attribute.asKeyPart());
                    }
                }
            }
        }
        return key;
    }

    /**
     * Puts each key attribute of the id class in the place of the entity's attribute of its name, as Hibernate maps the
     * key from the id class and ignores the entity's mapping of it; an entity's {@code @ManyToOne} or {@code @OneToOne}
     * key part keeps its own mapping.
     */
    private static void takeIdClassKey(List<Attribute> fields, List<Attribute> idClassKey) {
        for (Attribute key : idClassKey) {
            for (int i = 0; i < fields.size(); i++) {
                Attribute a = fields.get(i);
                boolean toOne = a.relation() != null && (a.relation().kind() == Attribute.RelationKind.MANY_TO_ONE
                        || a.relation().kind() == Attribute.RelationKind.ONE_TO_ONE);
                if (a.name().equals(key.name()) && a.embedding() == null && !toOne) {
                    fields.set(i, key);
                    break;
                }
            }
        }
    }

    /**
     * Adds {@code attribute} to {@code fields}, unless it redeclares an attribute of a mapped superclass (a field of the
     * same name hiding it): Hibernate 6.6 and 7 map the mapped superclass's, and ignore the redeclaration's column, type
     * and generator (probed with a column name and a default of its own). Hibernate 7 refuses an
     * {@code @Id} redeclared with a {@code @GeneratedValue} of its own, Hibernate 6 takes it: recorded for the validator.
     */
    private void addRedeclaring(List<Attribute> fields, Attribute attribute, List<UnsupportedUse> unsupported) {
        for (int i = 0; attribute.embedding() == null && i < fields.size(); i++) {
            Attribute hidden = fields.get(i);
            if (hidden.embedding() == null && hidden.name().equals(attribute.name()) && hidden.id() == attribute.id()
                    && !hidden.declaringClass().equals(attribute.declaringClass())
                    && isMappedSuperclass(hidden.declaringClass())) {
                if (attribute.id() && attribute.generatedValue() != null) {
                    unsupported.add(MinorFailures.redeclaredGeneratedId(attribute, hidden));
                }
                return;
            }
        }
        fields.add(attribute);
    }

    private boolean isMappedSuperclass(String qualifiedName) {
        TypeElement type = elements.getTypeElement(qualifiedName);
        return type != null && Annotations.jpa(type, "MappedSuperclass") != null;
    }

    /**
     * The entity and mapped superclasses of {@code type}, top first, then {@code type} itself:
     * a subclass has the fields of its entity superclasses too, read as its members so that
     * the type arguments of a generic superclass are its own.
     */
    private List<TypeElement> persistentHierarchy(TypeElement type, List<UnsupportedUse> unsupported) {
        Deque<TypeElement> hierarchy = new ArrayDeque<>();
        hierarchy.add(type);
        for (TypeMirror s = type.getSuperclass(); s.getKind() == TypeKind.DECLARED; ) {
            TypeElement superclass = (TypeElement) types.asElement(s);
            if (isEntity(superclass)) {
                hierarchy.addFirst(superclass);
            } else if (Annotations.jpa(superclass, "MappedSuperclass") != null) {
                hierarchy.addFirst(superclass);
                for (AnnotationMirror m : superclass.getAnnotationMirrors()) {
                    String name = Annotations.jpaName(m);
                    // @Audited on a mapped superclass audits its attributes in the entities' audit tables.
                    EnversAnnotations.check(m, superclass, unsupported);
                    if ("SequenceGenerator".equals(name) || "SequenceGenerators".equals(name)) {
                        // Hibernate 7 ignores it: mapped as written, the schema would name a sequence Hibernate never uses.
                        unsupported.add(new UnsupportedUse("@SequenceGenerator on a @MappedSuperclass ("
                                + superclass.getSimpleName() + ")", Origin.of(type)));
                    }
                }
            }
            s = superclass.getSuperclass();
        }
        return List.copyOf(hierarchy);
    }

    /**
     * What Hibernate 6 and 7 refuse on a mapped superclass (AnnotationBinder), which Hibernate 5
     * let pass: it has no table and starts no hierarchy, and it is not an entity as well.
     */
    private static void checkMappedSuperclasses(List<TypeElement> hierarchy, TypeElement type, List<Problem> problems) {
        for (TypeElement c : hierarchy) {
            if (Annotations.jpa(c, "MappedSuperclass") == null) {
                continue;
            }
            String name = c.getQualifiedName().toString();
            AnnotationMirror entity = Annotations.jpa(c, "Entity");
            if (entity != null) {
                problems.add(new Problem(false, "Hibernate refuses " + name + ", which is both @Entity and"
                        + " @MappedSuperclass: keep @Entity if it has a table of its own, else @MappedSuperclass",
                        Origin.of(c, entity), Origin.of(type)));
            }
            for (String refused : List.of("Table", "Inheritance")) {
                AnnotationMirror annotation = Annotations.jpa(c, refused);
                if (annotation != null) {
                    problems.add(new Problem(false, "Hibernate refuses @" + refused + " on the mapped superclass "
                            + name + ", which has no table of its own: move it to the entity that extends it, or"
                            + " remove it", Origin.of(c, annotation), Origin.of(type)));
                }
            }
        }
    }

    /**
     * The access type of each class of a hierarchy (top first): its own {@code @Access}, or the
     * default of the entity that binds it, which is the class itself or the nearest entity below it
     * (an entity binds the mapped superclasses above it, up to the next entity).
     */
    private Map<TypeElement, AccessTypes.Access> classAccess(List<TypeElement> hierarchy) {
        Map<TypeElement, AccessTypes.Access> classAccess = new HashMap<>();
        AccessTypes.Access inherited = null;
        for (int i = hierarchy.size() - 1; i >= 0; i--) {
            TypeElement c = hierarchy.get(i);
            if (inherited == null || isEntity(c)) {
                inherited = access.entityDefault(c);
            }
            classAccess.put(c, access.classAccess(c, inherited));
        }
        return classAccess;
    }

    /** The entity whose binding maps the members of {@code declaring}: itself, or the nearest entity below it. */
    private static TypeElement bindingEntity(List<TypeElement> hierarchy, TypeElement declaring) {
        for (int i = hierarchy.indexOf(declaring); i < hierarchy.size(); i++) {
            if (isEntity(hierarchy.get(i))) {
                return hierarchy.get(i);
            }
        }
        return hierarchy.get(hierarchy.size() - 1);
    }

    private void checkClassAnnotations(TypeElement type, List<UnsupportedUse> unsupported) {
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            String jpa = Annotations.jpaName(m);
            if (jpa != null) {
                switch (jpa) {
                    case "Entity", "Table", "SequenceGenerator", "SequenceGenerators", "TableGenerator", "TableGenerators",
                            "IdClass", "AttributeOverride", "AttributeOverrides", "AssociationOverride",
                            "AssociationOverrides" -> { }
                    // @Convert(attributeName) on the class converts an attribute (of a mapped superclass): Overrides.
                    case "Convert", "Converts" -> { }
                    case "Inheritance", "DiscriminatorColumn", "DiscriminatorValue", "PrimaryKeyJoinColumn",
                            "PrimaryKeyJoinColumns", "SecondaryTable", "SecondaryTables" -> { }
                    // Which members are attributes: AccessTypes.
                    case "Access" -> { }
                    default -> {
                        if (!UnsupportedAnnotations.CLASS_ANNOTATIONS_WITHOUT_TABLES.contains(jpa)) {
                            unsupported.add(new UnsupportedUse("@" + jpa, Origin.of(type, m)));
                        }
                    }
                }
            }
            UnsupportedAnnotations.checkHibernate(m, type, unsupported);
        }
    }

    /**
     * {@code @IdClass}, with the types of the id class's attributes as the entity's {@code @Id}
     * attributes would have them; Hibernate reads the id class with the entity's access type.
     */
    private IdClassSpec idClass(TypeElement type, AccessTypes.Access entityAccess) {
        AnnotationMirror m = Annotations.jpa(type, "IdClass");
        TypeMirror idClass = m == null ? null : Annotations.type(m, "value");
        if (idClass == null || idClass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        Map<String, String> fieldTypes = new LinkedHashMap<>();
        TypeElement element = (TypeElement) types.asElement(idClass);
        // Hibernate does not instantiate it through these members, so what they lack is no problem of the entity.
        List<Problem> ignored = new ArrayList<>();
        for (Member member : access.members(element, access.classAccess(element, entityAccess), element,
                Origin.of(type, m), ignored)) {
            if (AttributeReader.hasColumn(member)) {
                fieldTypes.put(member.name(), javaTypes.of(member.type(types, (DeclaredType) idClass)).name());
            }
        }
        return new IdClassSpec(element.getQualifiedName().toString(), fieldTypes, Origin.of(type, m));
    }

    private TableSpec table(TypeElement type, List<UnsupportedUse> unsupported) {
        AnnotationMirror m = Annotations.jpa(type, "Table");
        if (m == null) {
            return new TableSpec(null, null, List.of(), List.of(), ColumnDetailsReader.tableComment(type, null, unsupported),
                    ColumnDetailsReader.tableChecks(type, null), Origin.of(type));
        }
        UnsupportedAnnotations.checkAttributes(type, m, "@Table", unsupported, "catalog", "options");
        return tableSpec(type, m, ColumnDetailsReader.tableComment(type, m, unsupported), ColumnDetailsReader.tableChecks(type, m),
                unsupported);
    }

    /** The name, schema, indexes and unique constraints of {@code @Table} or {@code @SecondaryTable}. */
    public static TableSpec tableSpec(TypeElement type, AnnotationMirror m, String comment, List<CheckSpec> checks,
            List<UnsupportedUse> unsupported) {
        List<IndexSpec> indexes = new ArrayList<>();
        for (AnnotationValue value : Annotations.list(m, "indexes")) {
            AnnotationMirror index = (AnnotationMirror) value.getValue();
            UnsupportedAnnotations.checkAttributes(type, index, "@Index", unsupported, "options");
            indexes.add(new IndexSpec(Annotations.string(index, "name"),
                    Annotations.string(index, "columnList") == null ? "" : Annotations.string(index, "columnList"),
                    Annotations.bool(index, "unique", false), new Origin(type, m, value)));
        }
        List<UniqueSpec> uniques = new ArrayList<>();
        for (AnnotationValue value : Annotations.list(m, "uniqueConstraints")) {
            AnnotationMirror unique = (AnnotationMirror) value.getValue();
            UnsupportedAnnotations.checkAttributes(type, unique, "@UniqueConstraint", unsupported, "options");
            uniques.add(new UniqueSpec(Annotations.string(unique, "name"), Annotations.strings(unique, "columnNames"),
                    new Origin(type, m, value)));
        }
        return new TableSpec(Annotations.string(m, "name"), Annotations.string(m, "schema"), indexes, uniques,
                comment, checks, Origin.of(type, m));
    }
}
