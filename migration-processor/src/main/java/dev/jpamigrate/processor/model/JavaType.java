package dev.jpamigrate.processor.model;

import java.util.List;
import java.util.Map;

/**
 * The Java type of an attribute, as far as the mapping needs it.
 *
 * @param name {@code int}, {@code byte[]}, or the qualified name of a class ({@code java.lang.String})
 * @param enumConstants the constants of an enum, in declaration order; empty otherwise
 * @param component the element type of an array ({@code int} of {@code int[]}), or {@code null}
 */
public record JavaType(String name, Kind kind, List<String> enumConstants, JavaType component) {
    public enum Kind {
        PRIMITIVE, ARRAY, ENUM, ENTITY, EMBEDDABLE, COLLECTION, OTHER,
        /**
         * A class of the application's (or {@code java.io.Serializable} itself) that implements {@code Serializable}
         * and is neither an entity, an embeddable, an enum nor a collection: Hibernate stores it serialized.
         */
        SERIALIZABLE,
        /** A type the compiler cannot resolve (yet): javac reports it, or a later round generates it. */
        UNRESOLVED
    }

    public JavaType {
        enumConstants = List.copyOf(enumConstants);
    }

    public JavaType(String name, Kind kind, List<String> enumConstants) {
        this(name, kind, enumConstants, null);
    }

    /** The array of {@code component}: {@code String[]}, or the array Hibernate makes of a basic {@code List<String>}. */
    public static JavaType arrayOf(JavaType component) {
        return new JavaType(component.name() + "[]",
                component.kind() == Kind.UNRESOLVED ? Kind.UNRESOLVED : Kind.ARRAY, List.of(), component);
    }

    public static JavaType of(String name, Kind kind) {
        return new JavaType(name, kind, List.of());
    }

    public boolean isPrimitive() {
        return kind == Kind.PRIMITIVE;
    }

    private static final Map<String, String> BOXES = Map.of("boolean", "java.lang.Boolean", "byte", "java.lang.Byte",
            "short", "java.lang.Short", "char", "java.lang.Character", "int", "java.lang.Integer", "long",
            "java.lang.Long", "float", "java.lang.Float", "double", "java.lang.Double");

    /**
     * Whether two type names are one type, boxed or not ({@code long} and {@code java.lang.Long}), as Hibernate matches
     * an {@code @IdClass} attribute to the entity's.
     */
    public static boolean sameBoxed(String one, String other) {
        return BOXES.getOrDefault(one, one).equals(BOXES.getOrDefault(other, other));
    }
}
