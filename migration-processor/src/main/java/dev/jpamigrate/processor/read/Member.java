package dev.jpamigrate.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The member of a class that holds a persistent attribute: a field (field access) or a getter
 * (property access), with the attribute's name ({@code name} for {@code getName()},
 * {@code URL} for {@code getURL()}). Its annotations are the attribute's mapping.
 */
public record Member(Element element, String name) {
    public boolean isGetter() {
        return element.getKind() == ElementKind.METHOD;
    }

    /** The attribute's type, as a member of {@code owner}: a field's type, or a getter's return type. */
    public TypeMirror type(Types types, DeclaredType owner) {
        TypeMirror type = types.asMemberOf(owner, element);
        type = type instanceof ExecutableType getter ? getter.getReturnType() : type;
        return targetClass(types, type);
    }

    /**
     * The class Hibernate maps for a declared type (an interface, say): Hibernate 7's {@code @TargetEmbeddable} on
     * the member or on the declared type, Hibernate 6's {@code @Target} on the member; else the declared type. On a
     * collection, Hibernate 7.4 takes {@code @TargetEmbeddable} as the class of its elements (of a map's values):
     * the collection of that class.
     */
    private TypeMirror targetClass(Types types, TypeMirror declared) {
        AnnotationMirror target = targetAnnotation(declared);
        if (target == null) {
            return declared;
        }
        TypeMirror value = Annotations.type(target, "value");
        if (value == null || value.getKind() != TypeKind.DECLARED) {
            return declared;
        }
        if (!isPlural(types, declared)) {
            return value;
        }
        // Hibernate 6.6 fails on @Target on a collection, whatever it holds: HibernateAnnotations refuses it.
        if (!"TargetEmbeddable".equals(Annotations.hibernateName(target)) || !(declared instanceof DeclaredType plural)
                || plural.getTypeArguments().isEmpty()) {
            return declared;
        }
        TypeMirror[] arguments = plural.getTypeArguments().toArray(TypeMirror[]::new);
        arguments[arguments.length - 1] = value;
        return types.getDeclaredType((TypeElement) plural.asElement(), arguments);
    }

    /**
     * {@code @TargetEmbeddable} or {@code @Target} on the member, else {@code @TargetEmbeddable} on its type; looked
     * for before asking whether the type is a collection, which walks all its supertypes, for every member.
     */
    private AnnotationMirror targetAnnotation(TypeMirror declared) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            String name = Annotations.hibernateName(m);
            if ("TargetEmbeddable".equals(name) || "Target".equals(name)) {
                return m;
            }
        }
        if (declared instanceof DeclaredType type) {
            for (AnnotationMirror m : type.asElement().getAnnotationMirrors()) {
                if ("TargetEmbeddable".equals(Annotations.hibernateName(m))) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The member as the source names it: {@code name}, or {@code getName()}. */
    public String describe() {
        return isGetter() ? element.getSimpleName() + "()" : element.getSimpleName().toString();
    }

    /** Whether {@code type} is a {@code java.util.Collection} or {@code Map}, or a type that extends one. */
    private static boolean isPlural(Types types, TypeMirror type) {
        if (!(type instanceof DeclaredType declared)) {
            return false;
        }
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        return name.equals("java.util.Collection") || name.equals("java.util.Map")
                || types.directSupertypes(type).stream().anyMatch(s -> isPlural(types, s));
    }
}
