package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.ConverterSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads an {@code AttributeConverter} class into the two types it converts between, with
 * the type arguments of generic converter superclasses resolved.
 */
public final class ConverterReader {
    private static final List<String> ATTRIBUTE_CONVERTERS = List.of("jakarta.persistence.AttributeConverter",
            "javax.persistence.AttributeConverter");

    private final Types types;
    private final JavaTypes javaTypes;

    public ConverterReader(Types types, JavaTypes javaTypes) {
        this.types = types;
        this.javaTypes = javaTypes;
    }

    /** Whether {@code type} is a {@code @Converter(autoApply = true)}. */
    public static boolean isAutoApply(TypeElement type) {
        var converter = Annotations.jpa(type, "Converter");
        return converter != null && Annotations.bool(converter, "autoApply", false);
    }

    /** The converter, or empty when {@code type} implements no {@code AttributeConverter} with type arguments. */
    public Optional<ConverterSpec> read(TypeElement type) {
        Deque<TypeMirror> pending = new ArrayDeque<>(List.of(type.asType()));
        while (!pending.isEmpty()) {
            TypeMirror current = pending.pop();
            if (current instanceof DeclaredType declared
                    && ATTRIBUTE_CONVERTERS.contains(((TypeElement) declared.asElement()).getQualifiedName().toString())) {
                List<? extends TypeMirror> arguments = declared.getTypeArguments();
                if (arguments.size() != 2 || arguments.stream().anyMatch(a -> a.getKind() != TypeKind.DECLARED)) {
                    return Optional.empty();
                }
                return Optional.of(new ConverterSpec(type.getQualifiedName().toString(), javaTypes.of(arguments.get(0)),
                        javaTypes.of(arguments.get(1))));
            }
            // Direct supertypes come with the type arguments of this type substituted.
            pending.addAll(types.directSupertypes(current));
        }
        return Optional.empty();
    }
}
