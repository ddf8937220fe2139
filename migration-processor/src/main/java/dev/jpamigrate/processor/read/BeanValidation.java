package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.ProcessorOptions.HibernateMinor;
import dev.jpamigrate.processor.ProcessorOptions.HibernateVersion;
import dev.jpamigrate.processor.ValidationOptions;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.ValidationSpec;
import dev.jpamigrate.processor.model.ValidationSpec.Bound;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Bean Validation constraints applied to the columns as Hibernate applies them to the DDL
 * ({@code TypeSafeActivator.applyRelationalConstraints}) when a Jakarta Validation provider is on the
 * application's class path: {@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank} make the column NOT
 * NULL (not in a {@code SINGLE_TABLE} subclass, not through an embedded field without {@code @NotNull}),
 * {@code @Size(max)} and Hibernate Validator's {@code @Length(max)} on a string set its length,
 * {@code @Digits} its precision and scale, {@code @Min} and {@code @Max} add a check; composed constraints
 * count by their composing ones, an embeddable's constraints only through {@code @Valid}. Only the
 * {@code jakarta.validation} constraints: Hibernate 6 and 7 read no other.
 */
public final class BeanValidation {
    /** The providers whose presence javac can see, as {@code Validation.buildDefaultValidatorFactory()} finds them. */
    private static final List<String> PROVIDERS = List.of("org.hibernate.validator.HibernateValidator",
            "org.apache.bval.jsr.ApacheValidationProvider");
    private static final String CONSTRAINTS = "jakarta.validation.constraints.";
    private static final Set<String> NOT_NULL = Set.of(CONSTRAINTS + "NotNull", CONSTRAINTS + "NotEmpty",
            CONSTRAINTS + "NotBlank");
    /** Before 6.5, Hibernate let {@code @NotNull} alone make a column NOT NULL. */
    private static final Set<String> NOT_NULL_BEFORE_6_5 = Set.of(CONSTRAINTS + "NotNull");
    private static final String LENGTH = "org.hibernate.validator.constraints.Length";

    private final boolean active;
    private final ValidationOptions options;
    private final HibernateVersion hibernate;
    private final Set<String> notNullConstraints;
    private final Map<Element, Found> cache = new HashMap<>();

    private BeanValidation(boolean active, ValidationOptions options, HibernateMinor minor) {
        this.active = active;
        this.options = options;
        this.hibernate = minor.line();
        this.notNullConstraints = minor.atLeast(HibernateMinor.V6_5) ? NOT_NULL : NOT_NULL_BEFORE_6_5;
    }

    /**
     * Looks for a provider on the compilation's class path; reports, as Hibernate fails at start-up, a
     * mode that requires one when there is none.
     */
    public static BeanValidation detect(Elements elements, ValidationOptions options, HibernateVersion hibernate,
            ErrorReporter reporter) {
        return detect(elements, options, hibernate == HibernateVersion.V7 ? HibernateMinor.V7_4 : HibernateMinor.V6_6,
                reporter);
    }

    /** @param minor the Hibernate minor whose rules apply */
    public static BeanValidation detect(Elements elements, ValidationOptions options, HibernateMinor minor,
            ErrorReporter reporter) {
        boolean provider = elements.getTypeElement("jakarta.validation.Validation") != null
                && PROVIDERS.stream().anyMatch(p -> isJakartaProvider(elements.getTypeElement(p)));
        if (!provider && options.requiresProvider()) {
            String mode = (options.modes().contains(ValidationOptions.Mode.DDL) ? ValidationOptions.Mode.DDL
                    : ValidationOptions.Mode.CALLBACK).name().toLowerCase(Locale.ROOT);
            reporter.error("Validation mode " + mode + " requires a Jakarta Validation provider, and none is on the"
                    + " class path: Hibernate would fail to start. Add one (org.hibernate.validator:hibernate-validator) to the dependencies, or set"
                    + " -A" + ValidationOptions.MODE + "=auto");
        }
        return new BeanValidation(provider && options.constraintsToDdl(), options, minor);
    }

    /** Whether the constraints change the DDL in this compilation. */
    public boolean active() {
        return active;
    }

    /** Hibernate Validator 6 and older implement {@code javax.validation}, which Hibernate 6 and 7 do not use. */
    private static boolean isJakartaProvider(TypeElement provider) {
        return provider != null && provider.getInterfaces().stream()
                .anyMatch(i -> ((TypeElement) ((DeclaredType) i).asElement()).getQualifiedName()
                        .contentEquals("jakarta.validation.spi.ValidationProvider"));
    }

    /** {@code model} with the constraints on its attributes' columns. */
    public EntityModel apply(EntityModel model) {
        if (!active) {
            return model;
        }
        Map<String, EntityClass> byName = new LinkedHashMap<>();
        model.byName().forEach((name, entity) -> byName.put(name, apply(entity)));
        List<EntityClass> entities = model.entities().stream()
                .map(e -> byName.getOrDefault(e.qualifiedName(), apply(e))).toList();
        return new EntityModel(entities, byName);
    }

    private EntityClass apply(EntityClass e) {
        List<Attribute> attributes = e.attributes().stream().map(a -> apply(e, a)).toList();
        return new EntityClass(e.qualifiedName(), e.binaryName(), e.packageName(), e.entityName(), e.table(),
                e.classGenerators(), e.packageGenerators(), attributes, e.unsupported(), e.origin(), e.idClass(),
                e.inheritance(), e.secondaryTables(), e.overrides(), e.problems());
    }

    private Attribute apply(EntityClass entity, Attribute attribute) {
        boolean toOne = attribute.hasJoinColumn();
        // Hibernate's @SoftDelete indicator is no property: no constraint applies to it.
        if (attribute.isEmbedded() || attribute.isElementCollection() || attribute.isRelation() && !toOne
                || attribute.origin() == null || attribute.name().equals(SoftDeleteReader.ATTRIBUTE)) {
            return attribute;
        }
        // An embeddable's constraints count through @Valid embedded fields only, and make a column NOT NULL
        // only when each of those fields is @NotNull too.
        boolean notNullAllowed = true;
        if (attribute.embedding() != null) {
            String[] path = attribute.embedding().path().split("\\.");
            String prefix = "";
            for (int i = 0; i < path.length - 1; i++) {
                prefix = i == 0 ? path[0] : prefix + "." + path[i];
                Attribute embedded = embeddedAt(entity, prefix);
                if (embedded == null) {
                    return attribute;
                }
                Found found = found(embedded);
                if (!found.cascaded) {
                    return attribute;
                }
                notNullAllowed &= found.notNull;
            }
        }
        Found found = found(attribute);
        ValidationSpec spec = toOne ? new ValidationSpec(found.notNull && notNullAllowed, null, null, null, List.of())
                : new ValidationSpec(found.notNull && notNullAllowed, found.length, found.precision, found.scale,
                        found.bounds);
        return spec.equals(ValidationSpec.NONE) ? attribute
                : attribute.withDetails(attribute.details().withValidation(spec));
    }

    private static Attribute embeddedAt(EntityClass entity, String path) {
        for (Attribute a : entity.attributes()) {
            boolean at = path.indexOf('.') < 0 ? a.embedding() == null && a.name().equals(path)
                    : a.embedding() != null && a.embedding().path().equals(path);
            if (at && a.isEmbedded()) {
                return a;
            }
        }
        return null;
    }

    /** The constraints of an attribute: on its field and on its getter, as Bean Validation reads a property. */
    private Found found(Attribute attribute) {
        Element member = attribute.origin().element();
        return cache.computeIfAbsent(member, m -> {
            Found found = new Found(String.class.getName().equals(attribute.type().name()));
            for (Element element : propertyElements(m, attribute.name())) {
                List<Constraint> constraints = new ArrayList<>();
                for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
                    if (qualifiedName(mirror).equals("jakarta.validation.Valid")) {
                        found.cascaded = true;
                    }
                    constraints.addAll(constraints(mirror, Map.of()));
                }
                found.apply(constraints, true, false);
            }
            found.notNull = found.marked;
            return found;
        });
    }

    /** The field and the getter of a property, whichever of them {@code member} is. */
    private static List<Element> propertyElements(Element member, String property) {
        List<Element> elements = new ArrayList<>(List.of(member));
        if (!(member.getEnclosingElement() instanceof TypeElement owner)) {
            return elements;
        }
        String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Element other : owner.getEnclosedElements()) {
            String name = other.getSimpleName().toString();
            boolean counterpart = member.getKind() == ElementKind.FIELD
                    ? other.getKind() == ElementKind.METHOD && ((ExecutableElement) other).getParameters().isEmpty()
                            && (name.equals("get" + capitalized) || name.equals("is" + capitalized))
                    : other.getKind() == ElementKind.FIELD && name.equals(property);
            if (counterpart && !other.equals(member)) {
                elements.add(other);
            }
        }
        return elements;
    }

    /** A constraint with its attribute values, those a composed constraint overrides included. */
    private record Constraint(TypeElement type, AnnotationMirror mirror, Map<String, Object> values) {
        String name() {
            return type.getQualifiedName().toString();
        }
    }

    /**
     * The constraints {@code mirror} declares: itself when it is a constraint, the constraints a
     * {@code @Size.List} holds; none for another annotation.
     */
    private static List<Constraint> constraints(AnnotationMirror mirror, Map<String, Object> overrides) {
        TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
        if (isConstraint(type)) {
            Map<String, Object> values = new HashMap<>();
            mirror.getElementValues().forEach((k, v) -> values.put(k.getSimpleName().toString(), v.getValue()));
            for (Element e : type.getEnclosedElements()) {
                if (e instanceof ExecutableElement method && method.getDefaultValue() != null) {
                    values.putIfAbsent(method.getSimpleName().toString(), method.getDefaultValue().getValue());
                }
            }
            values.putAll(overrides);
            return List.of(new Constraint(type, mirror, values));
        }
        List<Constraint> held = new ArrayList<>();
        for (Element e : type.getEnclosedElements()) {
            if (e instanceof ExecutableElement method && method.getSimpleName().contentEquals("value")
                    && method.getReturnType() instanceof ArrayType array
                    && array.getComponentType().getKind() == TypeKind.DECLARED
                    && isConstraint((TypeElement) ((DeclaredType) array.getComponentType()).asElement())) {
                for (AnnotationMirror inner : Annotations.annotations(mirror, "value")) {
                    held.addAll(constraints(inner, overrides));
                }
            }
        }
        return held;
    }

    private static boolean isConstraint(TypeElement type) {
        return type.getAnnotationMirrors().stream()
                .anyMatch(m -> qualifiedName(m).equals("jakarta.validation.Constraint"));
    }

    /** The constraints a composed constraint is made of, with the values its {@code @OverridesAttribute}s pass on. */
    private static List<Constraint> composing(Constraint composed) {
        List<Constraint> composing = new ArrayList<>();
        for (AnnotationMirror meta : composed.type().getAnnotationMirrors()) {
            TypeElement metaType = (TypeElement) meta.getAnnotationType().asElement();
            if (metaType.getQualifiedName().toString().startsWith("java.lang.annotation.")) {
                continue;
            }
            for (Constraint c : constraints(meta, Map.of())) {
                composing.add(new Constraint(c.type(), c.mirror(), withOverrides(composed, c)));
            }
        }
        return composing;
    }

    private static Map<String, Object> withOverrides(Constraint composed, Constraint target) {
        Map<String, Object> values = new HashMap<>(target.values());
        for (Element e : composed.type().getEnclosedElements()) {
            if (!(e instanceof ExecutableElement method)) {
                continue;
            }
            for (AnnotationMirror m : method.getAnnotationMirrors()) {
                String name = qualifiedName(m);
                List<AnnotationMirror> overrides = name.equals("jakarta.validation.OverridesAttribute") ? List.of(m)
                        : name.equals("jakarta.validation.OverridesAttribute.List") ? Annotations.annotations(m, "value")
                        : List.of();
                for (AnnotationMirror override : overrides) {
                    TypeMirror constraint = Annotations.type(override, "constraint");
                    if (constraint != null && constraint.getKind() == TypeKind.DECLARED
                            && ((DeclaredType) constraint).asElement().equals(target.type())) {
                        String attribute = Annotations.string(override, "name");
                        String element = method.getSimpleName().toString();
                        values.put(attribute == null || attribute.isEmpty() ? element : attribute,
                                composed.values().get(element));
                    }
                }
            }
        }
        return values;
    }

    /** Hibernate Validator's {@code @ConstraintComposition(OR)}: NOT NULL only when every alternative is. */
    private boolean isOr(Constraint composed, List<Constraint> composing) {
        if (hibernate == HibernateVersion.V6_6 || composing.size() < 2) {
            return false;
        }
        return composed.type().getAnnotationMirrors().stream()
                .filter(m -> qualifiedName(m).equals("org.hibernate.validator.constraints.ConstraintComposition"))
                .anyMatch(m -> "OR".equals(Annotations.enumConstant(m, "value")));
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    private boolean inDdlGroups(Constraint constraint) {
        Object groups = constraint.values().get("groups");
        List<String> names = new ArrayList<>();
        if (groups instanceof List<?> list) {
            for (Object value : list) {
                Object type = value instanceof AnnotationValue v ? v.getValue() : value;
                if (type instanceof DeclaredType declared) {
                    names.add(((TypeElement) declared.asElement()).getQualifiedName().toString());
                }
            }
        }
        if (names.isEmpty()) {
            names.add(ValidationOptions.DEFAULT_GROUP);
        }
        return names.stream().anyMatch(options.ddlGroups()::contains);
    }

    /** What the constraints of one property set, gathered as {@code TypeSafeActivator.applyConstraints} walks them. */
    private final class Found {
        final boolean string;
        boolean cascaded;
        boolean marked;
        boolean notNull;
        Integer length;
        Integer precision;
        Integer scale;
        final List<Bound> bounds = new ArrayList<>();

        Found(boolean string) {
            this.string = string;
        }

        /** Hibernate's NOT NULL logic: any constraint of an AND composition, every one of an OR composition. */
        boolean apply(List<Constraint> constraints, boolean checkGroups, boolean or) {
            boolean first = true;
            boolean result = false;
            for (Constraint constraint : constraints) {
                boolean hasNotNull = false;
                if (!checkGroups || inDdlGroups(constraint)) {
                    hasNotNull = notNullConstraints.contains(constraint.name());
                    applyColumnRules(constraint);
                    List<Constraint> composing = composing(constraint);
                    if (!composing.isEmpty()) {
                        hasNotNull |= apply(composing, false, isOr(constraint, composing));
                    }
                }
                if (first) {
                    result = hasNotNull;
                    first = false;
                } else if (!or) {
                    result |= hasNotNull;
                } else {
                    result &= hasNotNull;
                }
            }
            marked |= result;
            return result;
        }

        private void applyColumnRules(Constraint constraint) {
            Map<String, Object> values = constraint.values();
            switch (constraint.name()) {
                case CONSTRAINTS + "Size", LENGTH -> {
                    int max = ((Number) values.get("max")).intValue();
                    if (string && max < Integer.MAX_VALUE) {
                        length = max;
                    }
                }
                case CONSTRAINTS + "Digits" -> {
                    int integer = ((Number) values.get("integer")).intValue();
                    int fraction = ((Number) values.get("fraction")).intValue();
                    precision = integer + fraction;
                    scale = fraction;
                }
                case CONSTRAINTS + "Min" -> bound(">=", ((Number) values.get("value")).longValue());
                case CONSTRAINTS + "Max" -> bound("<=", ((Number) values.get("value")).longValue());
                default -> { }
            }
        }

        private void bound(String operator, long value) {
            Bound bound = new Bound(operator, value);
            if (!bounds.contains(bound)) {
                bounds.add(bound);
            }
        }
    }
}
