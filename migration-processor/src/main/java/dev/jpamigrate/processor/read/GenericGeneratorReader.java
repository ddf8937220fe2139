package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.GeneratorSpec;
import dev.jpamigrate.processor.model.GenericGeneratorSpec;
import dev.jpamigrate.processor.model.GenericGeneratorSpec.ConfigureOverrides;
import dev.jpamigrate.processor.model.GenericGeneratorSpec.Kind;
import dev.jpamigrate.processor.model.NativeGeneratorSpec;
import dev.jpamigrate.processor.model.Origin;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads Hibernate's generator annotations: Hibernate 7's {@code @NativeGenerator}, a sequence on
 * PostgreSQL; and {@code @GenericGenerator}s, deciding what each creates in the database,
 * from the strategy's name as Hibernate 6.6 and 7 resolve it ({@code "native"} is a sequence on
 * PostgreSQL) or from the generator class: Hibernate's own classes are known, and an
 * application's class is what it extends, unless it registers database objects of its own.
 */
public final class GenericGeneratorReader {
    private static final String SEQUENCE_STYLE = "org.hibernate.id.enhanced.SequenceStyleGenerator";
    private static final String TABLE = "org.hibernate.id.enhanced.TableGenerator";
    private static final String IDENTITY = "org.hibernate.id.IdentityGenerator";
    /** Hibernate's generators that make the value in Java, or take it from the entity or another one. */
    private static final Set<String> IN_JAVA = Set.of("org.hibernate.id.UUIDGenerator",
            "org.hibernate.id.UUIDHexGenerator", "org.hibernate.id.GUIDGenerator", "org.hibernate.id.IncrementGenerator",
            "org.hibernate.id.Assigned", "org.hibernate.id.ForeignGenerator", "org.hibernate.id.uuid.UuidGenerator");
    /** The interfaces of a generator that makes its value in Java, before the insert. */
    private static final Set<String> BEFORE_INSERT = Set.of("org.hibernate.id.IdentifierGenerator",
            "org.hibernate.generator.BeforeExecutionGenerator");
    private static final String ON_INSERT = "org.hibernate.generator.OnExecutionGenerator";
    /** SequenceStyleGenerator's and TableGenerator's protected setup methods that decide their DDL (6.4 to 7.4). */
    private static final Set<String> SETUP_HOOKS = Set.of("determineSequenceName", "determineValueColumnName",
            "determineInitialValue", "determineIncrementSize", "determineOptimizationStrategy",
            "determineAdjustedIncrementSize", "buildDatabaseStructure", "buildSequenceStructure", "buildTableStructure",
            "isPhysicalSequence", "determineGeneratorTableName", "determineSegmentColumnName",
            "determineSegmentColumnSize");
    private static final Set<String> OPTIMIZERS = Set.of("none", "hilo", "legacy-hilo", "pooled", "pooled-lo",
            "pooled-lotl");
    /** {@code type}'s default: no class given. */
    private static final String NO_TYPE = "org.hibernate.generator.Generator";
    private static final String FIX = "use @GeneratedValue(strategy = SEQUENCE) with @SequenceGenerator, or"
            + " @UuidGenerator for UUID keys";

    private final Elements elements;
    private final MethodBodies bodies;

    public GenericGeneratorReader(Elements elements, MethodBodies bodies) {
        this.elements = elements;
        this.bodies = bodies;
    }

    /** Whether {@code hibernateName} is one of the annotations this reader reads. */
    public static boolean isHibernateGenerator(String hibernateName) {
        return "GenericGenerator".equals(hibernateName) || "GenericGenerators".equals(hibernateName)
                || "NativeGenerator".equals(hibernateName);
    }

    /** The generators {@code m} declares: one, or those of {@code @GenericGenerators}. */
    public List<GeneratorSpec> read(Element element, AnnotationMirror m) {
        String name = Annotations.hibernateName(m);
        if ("NativeGenerator".equals(name)) {
            return List.of(nativeGenerator(element, m));
        }
        if ("GenericGenerators".equals(name)) {
            return Annotations.annotations(m, "value").stream().<GeneratorSpec>map(g -> generator(element, g)).toList();
        }
        return List.of(generator(element, m));
    }

    /** Its sequence form, the only one PostgreSQL uses (the table form is for databases without sequences). */
    private static NativeGeneratorSpec nativeGenerator(Element element, AnnotationMirror m) {
        AnnotationValue form = Annotations.value(m, "sequenceForm");
        Origin origin = Origin.of(element, m);
        if (form == null) {
            return new NativeGeneratorSpec("", null, null, 1, null, origin);
        }
        AnnotationMirror sequence = (AnnotationMirror) form.getValue();
        String name = Annotations.string(sequence, "name");
        int allocationSize = Annotations.integer(sequence, "allocationSize", 50);
        return new NativeGeneratorSpec(name == null ? "" : name, Annotations.string(sequence, "sequenceName"),
                Annotations.string(sequence, "schema"), Annotations.integer(sequence, "initialValue", 1),
                allocationSize == 50 ? null : allocationSize, origin);
    }

    private GenericGeneratorSpec generator(Element element, AnnotationMirror m) {
        String name = Annotations.string(m, "name");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (AnnotationMirror parameter : Annotations.annotations(m, "parameters")) {
            String value = Annotations.string(parameter, "value");
            parameters.put(Annotations.string(parameter, "name"), value == null ? "" : value);
        }
        TypeMirror type = Annotations.type(m, "type");
        TypeElement typeElement = type instanceof DeclaredType declared ? (TypeElement) declared.asElement() : null;
        String strategy = Annotations.string(m, "strategy");
        Origin origin = Origin.of(element, m);
        String written;
        Kind kind;
        String refusal = null;
        if (typeElement != null && !typeElement.getQualifiedName().contentEquals(NO_TYPE)) {
            written = typeElement.getQualifiedName().toString();
            kind = ofClass(typeElement);
        } else if (strategy == null) {
            written = "";
            kind = Kind.REFUSED;
            refusal = "@GenericGenerator names neither a strategy nor a type, which Hibernate refuses: give"
                    + " strategy = \"...\" or type = ....class";
        } else {
            written = strategy;
            kind = ofStrategy(strategy);
            if (kind == null) {
                TypeElement named = EntityReader.typeNamed(elements, strategy);
                kind = named == null ? Kind.REFUSED : ofClass(named);
                if (named == null) {
                    refusal = "@GenericGenerator(strategy = \"" + strategy + "\") names no strategy Hibernate knows"
                            + " and no class of this compilation or its class path: add the class to the class path,"
                            + " or " + FIX;
                }
            }
        }
        if (kind == Kind.REFUSED && refusal == null) {
            refusal = "the generator class " + written + " creates database objects of its own or lets the"
                    + " database generate the value, which JPA Migrate cannot know at compile time: " + FIX;
        }
        ConfigureOverrides overrides = ConfigureOverrides.NONE;
        if (kind == Kind.SEQUENCE || kind == Kind.TABLE) {
            refusal = unmappedParameter(kind, parameters);
            if (refusal != null) {
                kind = Kind.REFUSED;
            }
            TypeElement generatorClass = typeElement != null && !typeElement.getQualifiedName().contentEquals(NO_TYPE)
                    ? typeElement : EntityReader.typeNamed(elements, written);
            overrides = generatorClass == null ? ConfigureOverrides.NONE : configureOverrides(generatorClass, bodies);
            String hook = generatorClass == null ? null : setupHook(generatorClass, bodies);
            if (hook != null) {
                kind = Kind.REFUSED;
                refusal = "the generator class " + written + " overrides " + hook + ", which Hibernate (6 and 7) calls"
                        + " while it sets the generator up, and which may name or size its database objects other"
                        + " than the @Parameters do, which JPA Migrate cannot read at compile time: give what it"
                        + " returns as @Parameters of the @GenericGenerator, and remove the override";
            }
        }
        return new GenericGeneratorSpec(name == null ? "" : name, written, kind, parameters, refusal, overrides, origin);
    }

    /** The strategies Hibernate 6.6 and 7 know by name; {@code null} for a class name. */
    private static Kind ofStrategy(String strategy) {
        return switch (strategy) {
            // PostgreSQL's native strategy is a sequence, in Hibernate 6.6 as in 7.
            case "native", "sequence", "enhanced-sequence" -> Kind.SEQUENCE;
            case "enhanced-table", "table" -> Kind.TABLE;
            case "identity" -> Kind.IDENTITY;
            // select reads back what a trigger wrote: the column is a plain one.
            case "assigned", "increment", "foreign", "uuid", "uuid2", "uuid.hex", "guid", "select" -> Kind.NONE;
            default -> null;
        };
    }

    /**
     * What a generator class creates: that of the Hibernate class it extends, unless an application
     * class on the way registers database objects of its own; a class that makes its value in Java
     * creates nothing.
     */
    private Kind ofClass(TypeElement generator) {
        for (TypeElement type = generator; type != null; type = superclass(type)) {
            String name = type.getQualifiedName().toString();
            if (name.equals(SEQUENCE_STYLE)) {
                return Kind.SEQUENCE;
            }
            if (name.equals(TABLE)) {
                return Kind.TABLE;
            }
            if (name.equals(IDENTITY)) {
                return Kind.IDENTITY;
            }
            if (IN_JAVA.contains(name)) {
                return Kind.NONE;
            }
            if (!name.startsWith("org.hibernate.") && registersObjects(type)) {
                return Kind.REFUSED;
            }
        }
        Set<String> interfaces = interfaces(generator);
        if (interfaces.contains(ON_INSERT)) {
            return Kind.REFUSED;
        }
        return interfaces.stream().anyMatch(BEFORE_INSERT::contains) ? Kind.NONE : Kind.REFUSED;
    }

    /**
     * The application's {@code configure} methods on the way from the generator class up to Hibernate's: Hibernate 6
     * sets a generator up through {@code configure(Type, Properties, ServiceRegistry)}, Hibernate 7 through
     * {@code configure(GeneratorCreationContext, Properties)} (its TableGenerator and SequenceStyleGenerator no longer
     * call the first), and either may name the table, columns or increment other than the parameters do. An override
     * whose body only calls {@code super.configure} with its own parameters (Broadleaf's generators) changes nothing.
     */
    private static ConfigureOverrides configureOverrides(TypeElement generator, MethodBodies bodies) {
        String legacy = null;
        String creation = null;
        for (TypeElement type = generator; type != null && !type.getQualifiedName().toString().startsWith("org.hibernate.");
                type = superclass(type)) {
            for (Element member : type.getEnclosedElements()) {
                if (member.getKind() != ElementKind.METHOD || !member.getSimpleName().contentEquals("configure")
                        || bodies.onlyCallsSuper((ExecutableElement) member)) {
                    continue;
                }
                List<? extends VariableElement> parameters = ((ExecutableElement) member).getParameters();
                String first = parameters.isEmpty() ? "" : parameters.get(0).asType().toString();
                if (legacy == null && parameters.size() == 3 && first.equals("org.hibernate.type.Type")) {
                    legacy = type.getQualifiedName().toString();
                } else if (creation == null && parameters.size() == 2
                        && first.equals("org.hibernate.generator.GeneratorCreationContext")) {
                    creation = type.getQualifiedName().toString();
                }
            }
        }
        return new ConfigureOverrides(legacy, creation);
    }

    /**
     * The first of the protected hooks through which Hibernate's SequenceStyleGenerator and TableGenerator (6.4 to 7.4)
     * decide the names, sizes and numbers of their database objects that an application class on the way overrides
     * with more than a call of Hibernate's, as "{@code Class.method}"; {@code null} when none does.
     */
    private static String setupHook(TypeElement generator, MethodBodies bodies) {
        for (TypeElement type = generator; type != null && !type.getQualifiedName().toString().startsWith("org.hibernate.");
                type = superclass(type)) {
            for (Element member : type.getEnclosedElements()) {
                if (member.getKind() == ElementKind.METHOD && SETUP_HOOKS.contains(member.getSimpleName().toString())
                        && !bodies.onlyCallsSuper((ExecutableElement) member)) {
                    return type.getQualifiedName() + "." + member.getSimpleName() + "(...)";
                }
            }
        }
        return null;
    }

    /** Whether the class declares how to create database objects: Hibernate calls it when it builds the schema. */
    private boolean registersObjects(TypeElement type) {
        return type.getEnclosedElements().stream().anyMatch(e -> e.getKind() == ElementKind.METHOD
                && e.getSimpleName().contentEquals("registerExportables")
                && !bodies.onlyCallsSuper((ExecutableElement) e));
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
    }

    private static Set<String> interfaces(TypeElement generator) {
        Set<String> names = new java.util.HashSet<>();
        Deque<TypeElement> pending = new ArrayDeque<>(List.of(generator));
        while (!pending.isEmpty()) {
            TypeElement type = pending.pop();
            TypeElement superclass = superclass(type);
            if (superclass != null) {
                pending.push(superclass);
            }
            for (TypeMirror implemented : type.getInterfaces()) {
                TypeElement element = (TypeElement) ((DeclaredType) implemented).asElement();
                if (names.add(element.getQualifiedName().toString())) {
                    pending.push(element);
                }
            }
        }
        return names;
    }

    /** A parameter whose DDL JPA Migrate does not reproduce, as the refusal; {@code null} when there is none. */
    private static String unmappedParameter(Kind kind, Map<String, String> parameters) {
        if (parameters.containsKey("catalog")) {
            return "@Parameter(name = \"catalog\") qualifies the name with a catalog, which PostgreSQL does not"
                    + " have: remove it";
        }
        if (kind == Kind.SEQUENCE && Boolean.parseBoolean(parameters.get("force_table_use"))) {
            return "@Parameter(name = \"force_table_use\") emulates the sequence with a table, which JPA Migrate"
                    + " does not map yet: remove it (PostgreSQL has sequences)";
        }
        String optimizer = parameters.get("optimizer");
        if (kind == Kind.SEQUENCE && optimizer != null && !OPTIMIZERS.contains(optimizer)) {
            return "@Parameter(name = \"optimizer\", value = \"" + optimizer + "\") is an optimizer class, whose"
                    + " sequence increment JPA Migrate cannot know: use one of " + OPTIMIZERS;
        }
        String length = parameters.get("segment_value_length");
        if (kind == Kind.TABLE && length != null && !length.equals("255")) {
            return "@Parameter(name = \"segment_value_length\") sizes the key column, which JPA Migrate does not map"
                    + " yet: remove it (255)";
        }
        for (String number : List.of("initial_value", "increment_size")) {
            String value = parameters.get(number);
            if (value != null && !value.matches("-?\\d+")) {
                return "@Parameter(name = \"" + number + "\", value = \"" + value + "\") is not a number, which"
                        + " Hibernate refuses: give an integer";
            }
        }
        return null;
    }
}
