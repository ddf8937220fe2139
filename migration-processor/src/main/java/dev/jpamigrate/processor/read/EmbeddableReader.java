package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Attribute.Embedding;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
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
public final class EmbeddableReader {
    private final Types types;
    private final AttributeReader attributes;

    public EmbeddableReader(Types types, AttributeReader attributes) {
        this.types = types;
        this.attributes = attributes;
    }

    /**
     * {@code field} of {@code declaring}, read as a member of {@code ownerType}, and what it
     * embeds.
     *
     * @param classOverrides the overrides on the entity class, for the attributes of its mapped superclasses
     */
    public List<Attribute> read(VariableElement field, DeclaredType ownerType, TypeElement declaring,
            Overrides classOverrides) {
        Attribute attribute = attributes.read(field, ownerType, declaring);
        if (hasEmbeddableElements(attribute)) {
            return List.of(withElementAttributes(attribute, field, ownerType, classOverrides));
        }
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

    /** An {@code @ElementCollection} of an {@code @Embeddable} (a map's value): its table has a column per attribute. */
    private static boolean hasEmbeddableElements(Attribute attribute) {
        return attribute.isElementCollection() && attribute.collection().element() != null
                && attribute.collection().element().kind() == JavaType.Kind.EMBEDDABLE;
    }

    /**
     * {@code collection} with the attributes of its embeddable element, at paths under the
     * field, as the field's {@code @AttributeOverride(name = "street")} names them (JPA's
     * {@code "value.street"} for the value of a map).
     */
    private Attribute withElementAttributes(Attribute collection, VariableElement field, DeclaredType ownerType,
            Overrides classOverrides) {
        Overrides overrides = classOverrides.copy();
        overrides.addFrom(field, collection.name());
        List<Attribute> element = new ArrayList<>();
        List<UnsupportedUse> unsupported = new ArrayList<>();
        Set<String> enclosing = new HashSet<>(Set.of(collection.collection().element().name()));
        String path = collection.collection().isMap() ? collection.name() + ".value" : collection.name();
        expand(elementType(field, ownerType), path, Origin.of(field), false, overrides, enclosing, unsupported, element);
        unsupported.addAll(overrides.unsupported());
        element.forEach(a -> unsupported.addAll(a.unsupported()));
        Attribute read = collection.withCollection(collection.collection().withElementAttributes(element));
        return unsupported.isEmpty() ? read : read.withUnsupported(unsupported);
    }

    /** The element type of a collection field: its last type argument, or {@code @ElementCollection(targetClass)}. */
    private TypeMirror elementType(VariableElement field, DeclaredType ownerType) {
        TypeMirror target = Annotations.type(Annotations.jpa(field, "ElementCollection"), "targetClass");
        if (target != null && target.getKind() == TypeKind.DECLARED) {
            return target;
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) types.asMemberOf(ownerType, field)).getTypeArguments();
        return arguments.get(arguments.size() - 1);
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
