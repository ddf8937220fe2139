package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.JavaType.Kind;
import dev.jpamigrate.processor.model.JavaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import java.util.Locale;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ErrorType;
import javax.lang.model.type.NoType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.TypeVisitor;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.SimpleTypeVisitor14;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Describes compiler types as {@link JavaType}s, and remembers the entity classes it met on the way. */
public final class JavaTypes {
    private final Elements elements;
    private final Types types;
    private final TypeMirror collection;
    private final TypeMirror map;
    private final TypeMirror serializable;
    private final Map<String, TypeElement> entities = new HashMap<>();

    public JavaTypes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
        this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
        this.serializable = elements.getTypeElement("java.io.Serializable").asType();
    }

    public JavaType of(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> {
                return JavaType.of(name(type), Kind.PRIMITIVE);
            }
            case ARRAY -> {
                return JavaType.arrayOf(of(((ArrayType) type).getComponentType()));
            }
            case ERROR -> {
                return JavaType.of(name(type), Kind.UNRESOLVED);
            }
            case DECLARED -> {
                return declared(type);
            }
            default -> {
                return JavaType.of(name(type), Kind.OTHER);
            }
        }
    }

    /**
     * The name of a type as the mapping compares it: {@code int}, {@code byte[]},
     * {@code java.lang.String}, without its type arguments and without the type-use
     * annotations written on it. {@code TypeMirror.toString()} is no name: for
     * {@code @Min(0) int quantity} it is {@code "@jakarta.validation.constraints.Min(0L) int"},
     * and every Bean Validation constraint (and JSpecify's and Checker's nullness
     * annotations) is a type-use annotation, so it ends up on the type of the field, the
     * getter's return type, an array's component or a type argument.
     */
    public static String name(TypeMirror type) {
        return type.accept(NAMES, null);
    }

    private static final TypeVisitor<String, Void> NAMES = new SimpleTypeVisitor14<>() {
        @Override
        public String visitPrimitive(PrimitiveType t, Void unused) {
            return t.getKind().name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String visitArray(ArrayType t, Void unused) {
            return t.getComponentType().accept(this, null) + "[]";
        }

        @Override
        public String visitDeclared(DeclaredType t, Void unused) {
            return t.asElement() instanceof TypeElement element ? element.getQualifiedName().toString()
                    : defaultAction(t, null);
        }

        @Override
        public String visitError(ErrorType t, Void unused) {
            return visitDeclared(t, null);
        }

        @Override
        public String visitTypeVariable(TypeVariable t, Void unused) {
            return t.asElement().getSimpleName().toString();
        }

        @Override
        public String visitWildcard(WildcardType t, Void unused) {
            TypeMirror extendsBound = t.getExtendsBound();
            TypeMirror superBound = t.getSuperBound();
            return extendsBound != null ? "? extends " + extendsBound.accept(this, null)
                    : superBound != null ? "? super " + superBound.accept(this, null) : "?";
        }

        @Override
        public String visitNoType(NoType t, Void unused) {
            return t.getKind() == TypeKind.VOID ? "void" : "none";
        }

        @Override
        protected String defaultAction(TypeMirror t, Void unused) {
            // Intersections, unions and executables are no attribute types; their text is only ever shown.
            String text = t.toString();
            return t.getAnnotationMirrors().isEmpty() ? text : text.replaceAll("@\\S+(\\([^)]*\\))?\\s+", "");
        }
    };

    /**
     * The type of a field of an entity class that has no relation annotation: Hibernate (6.6, 7.4) maps it as a basic
     * value and stores the entity serialized when its class is {@code Serializable} (EclipseLink and OpenJPA default
     * the field to a {@code @ManyToOne}); {@code type} itself when the class is not {@code Serializable}.
     */
    public JavaType serializedEntity(TypeMirror fieldType, JavaType type) {
        return type.kind() == Kind.ENTITY && types.isAssignable(types.erasure(fieldType), serializable)
                ? JavaType.of(type.name(), Kind.SERIALIZABLE) : type;
    }

    /**
     * The type of a field declared as a collection or map class (an {@code ArrayList}, a {@code LinkedHashMap}, a class
     * of the application's that extends one) without a relation or {@code @ElementCollection}: Hibernate (6.6, 7.4)
     * maps a {@code Serializable} class as a basic value and stores it serialized, bytea ({@code oid} with {@code @Lob}),
     * as it stores any other; only an interface ({@code List<String>}) becomes an array column. {@code type} itself
     * otherwise, and for a raw {@code ArrayList}, on which Hibernate 7.4 fails (a NullPointerException in its binder).
     */
    public JavaType serializedCollection(TypeMirror fieldType, JavaType type) {
        return type.kind() == Kind.COLLECTION && fieldType instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement element && element.getKind() == ElementKind.CLASS
                && declared.getTypeArguments().size() == element.getTypeParameters().size()
                && types.isAssignable(types.erasure(fieldType), serializable)
                ? JavaType.of(type.name(), Kind.SERIALIZABLE) : type;
    }

    /**
     * Whether {@code element} is one of the JDK's classes: one of its {@code java.*} or {@code jdk.*} modules holds it
     * ({@code javax.security.auth.x500.X500Principal} of {@code java.base}, not {@code javax.mail.internet.InternetAddress}
     * of a jar). Its package's name cannot tell: {@code javax.} and {@code jakarta.} packages come from libraries too.
     * Without modules (source level 8), only {@code java.*} packages, which the JVM keeps to the JDK, are sure to be.
     */
    public boolean isJdkClass(TypeElement element) {
        ModuleElement module = elements.getModuleOf(element);
        if (module == null || module.isUnnamed()) {
            return element.getQualifiedName().toString().startsWith("java.");
        }
        String name = module.getQualifiedName().toString();
        return name.startsWith("java.") || name.startsWith("jdk.");
    }

    /** The class of an entity type that {@link #of} described, by qualified name. */
    public TypeElement entity(String qualifiedName) {
        return entities.get(qualifiedName);
    }

    /** What {@link #declared} said of each class: it depends on the class alone, and every attribute asks several times. */
    private final Map<TypeElement, JavaType> byClass = new HashMap<>();

    private JavaType declared(TypeMirror type) {
        TypeElement element = (TypeElement) types.asElement(type);
        JavaType known = byClass.get(element);
        if (known == null) {
            known = declared(element, type);
            byClass.put(element, known);
        }
        return known;
    }

    private JavaType declared(TypeElement element, TypeMirror type) {
        String name = element.getQualifiedName().toString();
        if (element.getKind() == ElementKind.ENUM) {
            List<String> constants = element.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(e -> e.getSimpleName().toString())
                    .toList();
            return new JavaType(name, Kind.ENUM, constants);
        }
        if (Annotations.jpa(element, "Entity") != null) {
            entities.put(name, element);
            return JavaType.of(name, Kind.ENTITY);
        }
        if (Annotations.jpa(element, "Embeddable") != null) {
            return JavaType.of(name, Kind.EMBEDDABLE);
        }
        TypeMirror erased = types.erasure(type);
        if (types.isAssignable(erased, collection) || types.isAssignable(erased, map)) {
            return JavaType.of(name, Kind.COLLECTION);
        }
        // The JDK's own classes are left OTHER: Hibernate has types of its own for many of them (the column types
        // name those the processor knows), and a serialized column would hide one it does not know.
        // So are the geometries Hibernate Spatial maps (geometry, not bytea) and Hibernate's own types. A library's
        // class in a javax. or jakarta. package (Jakarta Mail's InternetAddress) is no JDK class: Hibernate
        // serializes it as any other.
        boolean known = isJdkClass(element) || name.startsWith("org.locationtech.jts.")
                || name.startsWith("org.geolatte.") || name.startsWith("org.hibernate.");
        if ((!known || name.equals("java.io.Serializable")) && types.isAssignable(erased, serializable)) {
            return JavaType.of(name, Kind.SERIALIZABLE);
        }
        return JavaType.of(name, Kind.OTHER);
    }
}
