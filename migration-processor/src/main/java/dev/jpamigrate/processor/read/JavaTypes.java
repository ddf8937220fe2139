package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.JavaType.Kind;
import dev.jpamigrate.processor.model.JavaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Describes compiler types as {@link JavaType}s, and remembers the entity classes it met on the way. */
public final class JavaTypes {
    private final Types types;
    private final TypeMirror collection;
    private final TypeMirror map;
    private final Map<String, TypeElement> entities = new HashMap<>();

    public JavaTypes(Elements elements, Types types) {
        this.types = types;
        this.collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
        this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
    }

    public JavaType of(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> {
                return JavaType.of(type.toString(), Kind.PRIMITIVE);
            }
            case ARRAY -> {
                JavaType component = of(((ArrayType) type).getComponentType());
                return JavaType.of(component.name() + "[]",
                        component.kind() == Kind.UNRESOLVED ? Kind.UNRESOLVED : Kind.ARRAY);
            }
            case ERROR -> {
                return JavaType.of(type.toString(), Kind.UNRESOLVED);
            }
            case DECLARED -> {
                return declared(type);
            }
            default -> {
                return JavaType.of(type.toString(), Kind.OTHER);
            }
        }
    }

    /** The class of an entity type that {@link #of} described, by qualified name. */
    public TypeElement entity(String qualifiedName) {
        return entities.get(qualifiedName);
    }

    private JavaType declared(TypeMirror type) {
        TypeElement element = (TypeElement) types.asElement(type);
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
        return JavaType.of(name, Kind.OTHER);
    }
}
