package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Attribute.Embedding;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.CollectionSpec;
import dev.jpamigrate.processor.model.ColumnDetails;
import dev.jpamigrate.processor.model.DiscriminatorSpec;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.Problem;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads a persistent member (a field, or a getter) into attributes, and one that holds an
 * {@code @Embeddable} ({@code @Embedded}, {@code @EmbeddedId}, or only typed so) into itself
 * followed by the attributes of its embeddable, nested ones included, each with the column the
 * overrides give it. The table then has one column per basic attribute, as in Hibernate. An
 * embeddable's members are those of its access type ({@link AccessTypes}): by default the access
 * type of the member that embeds it.
 */
public final class EmbeddableReader {
    /** The name Hibernate gives the discriminator of an embeddable hierarchy in its paths. */
    private static final String DISCRIMINATOR = "{discriminator}";

    private final Types types;
    private final AttributeReader attributes;
    private final AccessTypes access;
    private final EmbeddableHierarchies hierarchies;

    public EmbeddableReader(Types types, AttributeReader attributes, AccessTypes access,
            EmbeddableHierarchies hierarchies) {
        this.types = types;
        this.attributes = attributes;
        this.access = access;
        this.hierarchies = hierarchies;
    }

    /**
     * {@code member} of {@code declaring}, read as a member of {@code ownerType}, and what it
     * embeds.
     *
     * @param classOverrides the overrides on the entity class, for the attributes of its mapped superclasses
     * @param classAccess the access type of {@code declaring}, which an embeddable it embeds takes by default
     * @param idMember the entity's id attribute, whose access the embeddables of a collection take by default
     * @param problems where to add what Hibernate rejects or ignores in the members of the embeddables
     */
    public List<Attribute> read(Member member, DeclaredType ownerType, TypeElement declaring,
            Overrides classOverrides, AccessTypes.Access classAccess, Member idMember, List<Problem> problems) {
        Attribute attribute = attributes.read(member, ownerType, declaring);
        if (AnyColumns.isAny(member.element())) {
            return AnyColumns.columns(attribute, member.element(), hierarchies.hibernate(), null, problems).stream()
                    .map(column -> column.withOverrides(null, classOverrides.column(column.name()), null, false))
                    .toList();
        }
        if (ManyToAnyTable.isManyToAny(member.element())) {
            return List.of(ManyToAnyTable.collection(attribute, member.element(), hierarchies.hibernate(), problems));
        }
        if (hasEmbeddableElements(attribute) || hasEmbeddableKey(attribute)) {
            Attribute collection = hasEmbeddableElements(attribute) ? attribute
                    : classOverrides.withAssociation(attribute, attribute.name());
            return List.of(withEmbeddableParts(collection, member, ownerType, classOverrides,
                    access.collectionEmbeddable(member, idMember, classAccess), problems));
        }
        AccessTypes.Access embedded = access.embedded(member, classAccess);
        Overrides.Convert classConvert = classOverrides.convert(attribute.name());
        if (classConvert != null && !attribute.isEmbedded()) {
            // @Convert(attributeName) on the entity class replaces the attribute's own or auto-applied converter.
            List<UnsupportedUse> unsupported = new ArrayList<>();
            attribute = attribute.withConverter(attributes.converter(classConvert.element(), classConvert.annotation(),
                    unsupported));
            attribute = unsupported.isEmpty() ? attribute : attribute.withUnsupported(unsupported);
        }
        if (!attribute.isEmbedded()) {
            return List.of(classOverrides.withAssociation(attribute.withOverrides(null,
                    classOverrides.column(attribute.name()), classOverrides.joinColumn(attribute.name()), false),
                    attribute.name()));
        }
        List<Attribute> read = new ArrayList<>(List.of(attribute));
        Overrides overrides = classOverrides.copy();
        overrides.addFrom(member.element(), attribute.name());
        Set<String> enclosing = new HashSet<>(Set.of(attribute.type().name()));
        List<UnsupportedUse> unsupported = new ArrayList<>();
        expand(member.type(types, ownerType), attribute.name(), Origin.of(member.element()), attribute.id(),
                overrides, enclosing, embedded, new Sinks(unsupported, problems), read);
        unsupported.addAll(overrides.unsupported());
        if (!unsupported.isEmpty()) {
            read.set(0, attribute.withUnsupported(unsupported));
        }
        return read;
    }

    /**
     * Where expanding an embeddable adds what it finds wrong.
     *
     * @param mapKey whether the embeddable is the key of a map, whose attributes Hibernate converts only by their own
     *     {@code @Convert}
     * @param collection whether the embeddable is the element or key of a collection
     */
    private record Sinks(List<UnsupportedUse> unsupported, List<Problem> problems, boolean mapKey,
            boolean collection) {
        Sinks(List<UnsupportedUse> unsupported, List<Problem> problems) {
            this(unsupported, problems, false, false);
        }
    }

    /** An {@code @ElementCollection} of an {@code @Embeddable} (a map's value): its table has a column per attribute. */
    private static boolean hasEmbeddableElements(Attribute attribute) {
        return attribute.isElementCollection() && attribute.collection().element() != null
                && attribute.collection().element().kind() == JavaType.Kind.EMBEDDABLE;
    }

    /** A {@code Map} keyed by an {@code @Embeddable}: its table has a column per attribute of the key. */
    private static boolean hasEmbeddableKey(Attribute attribute) {
        return attribute.collection() != null && attribute.collection().key() != null
                && attribute.collection().key().kind() == JavaType.Kind.EMBEDDABLE;
    }

    /**
     * {@code collection} with the attributes of its embeddable element and of its embeddable map
     * key, at paths under the member, as the member's {@code @AttributeOverride(name = "street")}
     * names them (JPA's {@code "value.street"} and {@code "key.street"} for a map).
     */
    private Attribute withEmbeddableParts(Attribute collection, Member member, DeclaredType ownerType,
            Overrides classOverrides, AccessTypes.Access embedded, List<Problem> problems) {
        Overrides overrides = classOverrides.copy();
        overrides.addFrom(member.element(), collection.name());
        List<UnsupportedUse> unsupported = new ArrayList<>();
        CollectionSpec spec = collection.collection();
        if (hasEmbeddableElements(collection)) {
            List<Attribute> element = new ArrayList<>();
            String path = spec.isMap() ? collection.name() + ".value" : collection.name();
            expand(elementType(member, ownerType), path, Origin.of(member.element()), false, overrides,
                    new HashSet<>(Set.of(spec.element().name())), embedded, new Sinks(unsupported, problems, false, true),
                    element);
            element.forEach(a -> unsupported.addAll(a.unsupported()));
            spec = spec.withElementAttributes(element);
        }
        if (hasEmbeddableKey(collection)) {
            List<Attribute> key = new ArrayList<>();
            expand(keyType(member, ownerType), collection.name() + ".key", Origin.of(member.element()), false,
                    overrides, new HashSet<>(Set.of(spec.key().name())), embedded,
                    new Sinks(unsupported, problems, true, true), key);
            key.forEach(a -> unsupported.addAll(a.unsupported()));
            spec = spec.withKeyAttributes(key);
        }
        unsupported.addAll(overrides.unsupported());
        Attribute read = collection.withCollection(spec);
        return unsupported.isEmpty() ? read : read.withUnsupported(unsupported);
    }

    /** The key type of a map: {@code @MapKeyClass}, or its first type argument. */
    private TypeMirror keyType(Member member, DeclaredType ownerType) {
        AnnotationMirror keyClass = Annotations.jpa(member.element(), "MapKeyClass");
        TypeMirror target = keyClass == null ? null : Annotations.type(keyClass, "value");
        if (target != null && target.getKind() == TypeKind.DECLARED) {
            return target;
        }
        return ((DeclaredType) member.type(types, ownerType)).getTypeArguments().get(0);
    }

    /** The element type of a collection: its last type argument, or {@code @ElementCollection(targetClass)}. */
    private TypeMirror elementType(Member member, DeclaredType ownerType) {
        TypeMirror target = Annotations.type(Annotations.jpa(member.element(), "ElementCollection"), "targetClass");
        if (target != null && target.getKind() == TypeKind.DECLARED) {
            return target;
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) member.type(types, ownerType)).getTypeArguments();
        return arguments.get(arguments.size() - 1);
    }

    /**
     * @param embeddedAccess the access type the embeddable takes unless it declares its own
     * @param sinks where to add what JPA Migrate does not map (reported on the entity's member) and what
     *     Hibernate rejects or ignores
     */
    private void expand(TypeMirror type, String path, Origin root, boolean id, Overrides overrides,
            Set<String> enclosing, AccessTypes.Access embeddedAccess, Sinks sinks, List<Attribute> into) {
        DeclaredType embeddableType = (DeclaredType) type;
        TypeElement embeddable = (TypeElement) embeddableType.asElement();
        checkEmbeddableMappedSuperclasses(embeddable, root, sinks);
        for (TypeElement declaring : withMappedSuperclasses(embeddable)) {
            AccessTypes.Access classAccess = access.classAccess(declaring, embeddedAccess);
            expandMembers(declaring, classAccess, embeddableType, embeddable, path, root, id, overrides,
                    enclosing, sinks, into);
        }
        // Hibernate maps a hierarchy from its root only: a subclass embedded as itself gets no discriminator, and none
        // of its own subclasses' columns.
        List<TypeElement> subclasses = hierarchies.isSubclass(embeddable) ? List.of() : hierarchies.subclasses(embeddable);
        if (subclasses.isEmpty()) {
            return;
        }
        if (!hierarchies.mapped()) {
            // Hibernate 6.5 and earlier do not know it; what they make of the subclasses is not proven here.
            sinks.unsupported().add(new UnsupportedUse("embeddable inheritance on Hibernate " + hierarchies.hibernate()
                    + " (" + embeddable.getSimpleName() + " has @Embeddable subclasses)", root));
            return;
        }
        if (id || sinks.collection()) {
            // Hibernate refuses it in an @EmbeddedId; in a collection it ignores the subclasses (6.6 and 7.4).
            sinks.unsupported().add(new UnsupportedUse("embeddable inheritance " + (id ? "in an id" : "in a collection")
                    + " (" + embeddable.getSimpleName() + " has @Embeddable subclasses)", root));
            return;
        }
        // Hibernate adds a discriminator column to the root's columns, then the columns of each subclass.
        into.add(discriminator(hierarchies.discriminator(embeddable, path.substring(path.lastIndexOf('.') + 1)),
                embeddable, path, root));
        for (TypeElement subclass : subclasses) {
            DeclaredType subclassType = (DeclaredType) subclass.asType();
            expandMembers(subclass, access.classAccess(subclass, embeddedAccess), subclassType, subclass, path, root,
                    false, overrides, enclosing, sinks, into);
        }
    }

    /** The attributes of the members that {@code declaring} declares, at {@code path}, nested embeddables expanded. */
    private void expandMembers(TypeElement declaring, AccessTypes.Access classAccess, DeclaredType embeddableType,
            TypeElement embeddable, String path, Origin root, boolean id, Overrides overrides,
            Set<String> enclosing, Sinks sinks, List<Attribute> into) {
        for (Member member : access.members(declaring, classAccess, embeddable, root, sinks.problems())) {
            if (!AttributeReader.hasColumn(member)) {
                continue;
            }
            Attribute attribute = attributes.read(member, embeddableType, declaring);
            if (AnyColumns.isAny(member.element())) {
                for (Attribute column : AnyColumns.columns(attribute, member.element(), hierarchies.hibernate(), root,
                        sinks.problems())) {
                    String columnPath = path + "." + column.name();
                    into.add(column.withOverrides(new Embedding(columnPath, root), overrides.column(columnPath), null,
                            id));
                }
                continue;
            }
            if (ManyToAnyTable.isManyToAny(member.element())) {
                sinks.unsupported().add(new UnsupportedUse("@ManyToAny in an embeddable", Origin.of(member.element())));
                continue;
            }
            String fieldPath = path + "." + attribute.name();
            Overrides.Convert convert = overrides.convert(fieldPath);
            if (convert != null && sinks.mapKey()) {
                // As the conformance suite shows, Hibernate 6.6 and 7.4 leave such a key attribute unconverted.
                sinks.problems().add(new Problem(false, "Hibernate ignores @Convert(attributeName = \""
                        + fieldPath.substring(fieldPath.indexOf(".key.") + 1) + "\") on the embeddable key of a"
                        + " Map, and keeps the column's own type: put @Convert on field " + attribute.name()
                        + " of " + embeddable.getSimpleName() + ", or remove it",
                        Origin.of(convert.element(), convert.annotation()), root));
            } else if (convert != null) {
                // @Convert(attributeName) on the embedding field replaces the attribute's own or auto-applied one.
                attribute = attribute.withConverter(attributes.converter(convert.element(), convert.annotation(),
                        sinks.unsupported()));
            }
            Attribute embedded = overrides.withAssociation(attribute.withOverrides(
                    new Embedding(fieldPath, root), overrides.column(fieldPath),
                    overrides.joinColumn(fieldPath), id), fieldPath);
            if (attribute.isEmbedded() && !enclosing.add(attribute.type().name())) {
                // Hibernate cannot map it either: the embeddable would have infinitely many columns.
                into.add(embedded.withUnsupported(List.of(new UnsupportedUse("an embeddable that contains itself ("
                        + attribute.type().name() + ")", attribute.origin()))));
                continue;
            }
            into.add(embedded);
            if (attribute.isEmbedded()) {
                overrides.addFrom(member.element(), fieldPath);
                expand(member.type(types, embeddableType), fieldPath, root, id, overrides, enclosing,
                        access.embedded(member, classAccess), sinks, into);
                enclosing.remove(attribute.type().name());
            }
        }
    }

    /** The discriminator column of an embeddable hierarchy, as an attribute of the embeddable at {@code path}. */
    private static Attribute discriminator(DiscriminatorSpec spec, TypeElement root, String path, Origin embedding) {
        String type = switch (spec.type()) {
            case STRING -> "java.lang.String";
            case CHAR -> "java.lang.Character";
            case INTEGER -> "java.lang.Integer";
        };
        // NOT NULL, as the conformance suite shows, though the embedded field may be null.
        Attribute.ColumnSpec column = new Attribute.ColumnSpec(spec.name(), false, false,
                spec.type() == DiscriminatorSpec.Type.STRING ? spec.length() : null, 0, 0, null,
                spec.columnDefinition(), spec.origin(), null, false);
        return new Attribute(DISCRIMINATOR, root.getQualifiedName().toString(), JavaType.of(type, JavaType.Kind.OTHER),
                false, false, false, true, column, null, null, null, List.of(), null, null, null, null,
                ColumnDetails.NONE, List.of(), spec.origin(), new Embedding(path + "." + DISCRIMINATOR, embedding),
                List.of(), null, false, false);
    }

    /**
     * Hibernate 5 let a class be both @Embeddable and @MappedSuperclass (the base of OpenLMIS's measurements, OHDSI
     * WebAPI's generation info); 6 and 7 fail on it when they bind it, as Spring Boot's entity scan and a persistence
     * unit's class scan give them every annotated class.
     */
    private void checkEmbeddableMappedSuperclasses(TypeElement embeddable, Origin root, Sinks sinks) {
        for (TypeMirror t = embeddable.asType(); t.getKind() == TypeKind.DECLARED; ) {
            TypeElement c = (TypeElement) types.asElement(t);
            AnnotationMirror mappedSuperclass = Annotations.jpa(c, "MappedSuperclass");
            if (mappedSuperclass != null && Annotations.jpa(c, "Embeddable") != null) {
                sinks.problems().add(new Problem(false, "Hibernate refuses " + c.getQualifiedName() + ", which is"
                        + " both @Embeddable and @MappedSuperclass (\"Invalid class annotated both '@Embeddable' and"
                        + " '@MappedSuperclass'\"): keep @Embeddable if it is embedded, else @MappedSuperclass",
                        Origin.of(c, mappedSuperclass), root));
            }
            t = c.getSuperclass();
        }
    }

    /**
     * The {@code @MappedSuperclass}es of an embeddable, top first, then the embeddable itself;
     * Hibernate maps no field of a superclass without an annotation.
     */
    private List<TypeElement> withMappedSuperclasses(TypeElement embeddable) {
        Deque<TypeElement> hierarchy = new ArrayDeque<>();
        hierarchy.add(embeddable);
        for (TypeMirror s = embeddable.getSuperclass(); s.getKind() == TypeKind.DECLARED; ) {
            TypeElement superclass = (TypeElement) types.asElement(s);
            if (Annotations.jpa(superclass, "Embeddable") != null) {
                // Embedded as itself, a subclass of an @Embeddable has only the attributes it declares (and those of
                // its mapped superclasses below that @Embeddable): Hibernate 6.4 to 7.4 map none of the superclass's,
                // nor a discriminator, nor the subclass's own subclasses (the conformance suite shows it).
                break;
            } else if (Annotations.jpa(superclass, "MappedSuperclass") != null) {
                hierarchy.addFirst(superclass);
            }
            s = superclass.getSuperclass();
        }
        return List.copyOf(hierarchy);
    }
}
