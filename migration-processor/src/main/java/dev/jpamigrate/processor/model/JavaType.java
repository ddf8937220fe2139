package dev.jpamigrate.processor.model;

import java.util.List;

/**
 * The Java type of an attribute, as far as the mapping needs it.
 *
 * @param name {@code int}, {@code byte[]}, or the qualified name of a class ({@code java.lang.String})
 * @param enumConstants the constants of an enum, in declaration order; empty otherwise
 */
public record JavaType(String name, Kind kind, List<String> enumConstants) {
    public enum Kind {
        PRIMITIVE, ARRAY, ENUM, ENTITY, EMBEDDABLE, COLLECTION, OTHER,
        /** A type the compiler cannot resolve (yet): javac reports it, or a later round generates it. */
        UNRESOLVED
    }

    public JavaType {
        enumConstants = List.copyOf(enumConstants);
    }

    public static JavaType of(String name, Kind kind) {
        return new JavaType(name, kind, List.of());
    }

    public boolean isPrimitive() {
        return kind == Kind.PRIMITIVE;
    }
}
