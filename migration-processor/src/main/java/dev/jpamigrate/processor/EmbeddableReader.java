package dev.jpamigrate.processor;

import dev.jpamigrate.processor.Attribute.Embedding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads a persistent field into attributes, and a field that holds an {@code @Embeddable}
 * ({@code @Embedded}, {@code @EmbeddedId}, or only typed so) into itself followed by the
 * attributes of its embeddable, nested ones included, each with the column the
 * overrides give it. The table then has one column per basic attribute, as in Hibernate.
 */
final class EmbeddableReader {
    private final Types types;
    private final AttributeReader attributes;

    EmbeddableReader(Types types, AttributeReader attributes) {
        this.types = types;
        this.attributes = attributes;
    }

    /**
     * {@code field} of {@code declaring}, read as a member of {@code ownerType}, and what it
     * embeds.
     *
     * @param classOverrides the overrides on the entity class, for the attributes of its mapped superclasses
     */
    List<Attribute> read(VariableElement field, DeclaredType ownerType, TypeElement declaring,
            Overrides classOverrides) {
        Attribute attribute = attributes.read(field, ownerType, declaring);
        if (!attribute.isEmbedded()) {
            return List.of(attribute.withOverrides(null, classOverrides.column(attribute.name()),
                    classOverrides.joinColumn(attribute.name()), false));
        }
        List<Attribute> read = new ArrayList<>(List.of(attribute));
        Overrides overrides = classOverrides.copy();
        overrides.addFrom(field, attribute.name());
        Set<String> enclosing = new HashSet<>(Set.of(attribute.type().name()));
        List<UnsupportedUse> unsupported = new ArrayList<>();
        expand(types.asMemberOf(ownerType, field), attribute.name(), Origin.of(field), attribute.id(), overrides,
                enclosing, unsupported, read);
        unsupported.addAll(overrides.unsupported());
        if (!unsupported.isEmpty()) {
            read.set(0, attribute.withUnsupported(unsupported));
        }
        return read;
    }

    /** @param unsupported where to add what JPA Migrate does not map, to report on the entity's field */
    private void expand(TypeMirror type, String path, Origin root, boolean id, Overrides overrides,
            Set<String> enclosing, List<UnsupportedUse> unsupported, List<Attribute> into) {
        DeclaredType embeddableType = (DeclaredType) type;
        TypeElement embeddable = (TypeElement) embeddableType.asElement();
        for (TypeElement declaring : withMappedSuperclasses(embeddable, root, unsupported)) {
            for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                if (!AttributeReader.isPersistent(field)) {
                    continue;
                }
                Attribute attribute = attributes.read(field, embeddableType, declaring);
                String fieldPath = path + "." + attribute.name();
                Attribute embedded = attribute.withOverrides(new Embedding(fieldPath, root), overrides.column(fieldPath),
                        overrides.joinColumn(fieldPath), id);
                if (attribute.isEmbedded() && !enclosing.add(attribute.type().name())) {
                    // Hibernate cannot map it either: the embeddable would have infinitely many columns.
                    into.add(embedded.withUnsupported(List.of(new UnsupportedUse("an embeddable that contains itself ("
                            + attribute.type().name() + ")", attribute.origin()))));
                    continue;
                }
                into.add(embedded);
                if (attribute.isEmbedded()) {
                    overrides.addFrom(field, fieldPath);
                    expand(types.asMemberOf(embeddableType, field), fieldPath, root, id, overrides, enclosing,
                            unsupported, into);
                    enclosing.remove(attribute.type().name());
                }
            }
        }
    }

    /**
     * The {@code @MappedSuperclass}es of an embeddable, top first, then the embeddable itself;
     * Hibernate maps no field of a superclass without an annotation.
     */
    private List<TypeElement> withMappedSuperclasses(TypeElement embeddable, Origin root,
            List<UnsupportedUse> unsupported) {
        Deque<TypeElement> hierarchy = new ArrayDeque<>();
        hierarchy.add(embeddable);
        for (TypeMirror s = embeddable.getSuperclass(); s.getKind() == TypeKind.DECLARED; ) {
            TypeElement superclass = (TypeElement) types.asElement(s);
            if (Annotations.jpa(superclass, "Embeddable") != null) {
                // Hibernate maps it with a discriminator column, since 6.6.
                unsupported.add(new UnsupportedUse("embeddable inheritance (" + embeddable.getSimpleName()
                        + " extends @Embeddable " + superclass.getSimpleName() + ")", root));
            } else if (Annotations.jpa(superclass, "MappedSuperclass") != null) {
                hierarchy.addFirst(superclass);
            }
            s = superclass.getSuperclass();
        }
        return List.copyOf(hierarchy);
    }
}
