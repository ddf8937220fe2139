package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.ProcessorOptions.HibernateVersion;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Which members of a class hold its persistent attributes: JPA's access types (JPA 3.2 §2.3) as
 * Hibernate ORM decides them, which is what the schema follows where the two differ.
 *
 * <ul>
 *   <li>The default access type of an entity (used by it and the mapped superclasses it binds,
 *       those above it up to the next entity) follows the placement of {@code @Id} or
 *       {@code @EmbeddedId}: the first class from the entity upwards that has one on a getter
 *       (property access) or a field (field access). Hibernate 6.6 takes the {@code @Access} of
 *       the topmost class of the hierarchy first, for every class below it; Hibernate 7 instead
 *       passes over the classes that declare {@code @Access}, and without an id elsewhere looks for
 *       the first field or getter with a mapping annotation (in the entity, its root entity, then
 *       its mapped superclasses), and takes property access when there is none.</li>
 *   <li>{@code @Access} on a class sets its own access type, and no other class's (below the
 *       topmost class, in Hibernate 6.6).</li>
 *   <li>An embeddable takes the access type of the member that embeds it: that member's
 *       {@code @Access}, or its class's access type; its own {@code @Access} wins, and its mapped
 *       superclasses take the embedding's. The embeddable elements and map keys of a collection
 *       instead take, without the collection's {@code @Access}, the way the owning entity's id is
 *       accessed (Hibernate's {@code CollectionBinder.accessType}): an {@code @Id} field with
 *       {@code @Access(PROPERTY)} in a field-access entity makes them property access.</li>
 *   <li>{@code @Access(FIELD)} on a field, or {@code @Access(PROPERTY)} on a getter, makes that
 *       member an attribute whatever its class's access type; of the other members, the class's
 *       access type picks the fields or the getters.</li>
 *   <li>A getter (Hibernate reads no setter to find them) is a method without parameters that
 *       returns a value, is not static, and whose name starts with {@code get}, or with {@code is}
 *       when it returns {@code boolean} or {@code Boolean} (Hibernate 6.6: with {@code is} whatever
 *       it returns); the attribute is named as JavaBeans decapitalizes the rest ({@code getURL()}
 *       is {@code URL}). {@code @Transient} members are none.</li>
 *   <li>What Hibernate does where JPA says "undefined": it ignores the annotations on the members of
 *       the other access type (a warning here), maps every getter of a property-access class, and
 *       fails to start when one has no setter (an error here), or when two getters name one
 *       property ({@code isActive()} and {@code getActive()}).</li>
 * </ul>
 */
public final class AccessTypes {
    /** The access type of a class or attribute. */
    public enum Access { FIELD, PROPERTY }

    /** JPA annotations that map nothing, so that Hibernate 7 infers no access type from them. */
    private static final Set<String> NOT_MAPPING = Set.of("PostLoad", "PostPersist", "PostRemove", "PostUpdate",
            "PrePersist", "PreRemove", "PreUpdate", "Transient", "Access");

    private final Types types;
    private final boolean hibernate66;
    private final Map<TypeElement, Access> entityDefaults = new HashMap<>();

    public AccessTypes(Types types, HibernateVersion hibernate) {
        this.types = types;
        this.hibernate66 = hibernate == HibernateVersion.V6_6;
    }

    /** The access type of the classes that {@code entity} binds: itself and its mapped superclasses up to the next entity. */
    public Access entityDefault(TypeElement entity) {
        // Once per class: every entity of a hierarchy asks again for each class above it, and the answer walks the
        // members of all of them.
        return entityDefaults.computeIfAbsent(entity, e -> hibernate66 ? entityDefault66(e) : entityDefault7(e));
    }

    private Access entityDefault7(TypeElement entity) {
        for (TypeElement c = entity; c != null; c = superclass(c)) {
            if (isEntityOrMappedSuperclass(c) && declared(c) == null) {
                for (ExecutableElement getter : getters(c)) {
                    if (hasId(getter) && canInferFrom(getter)) {
                        return Access.PROPERTY;
                    }
                }
                for (Element field : fields(c)) {
                    if (hasId(field) && canInferFrom(field)) {
                        return Access.FIELD;
                    }
                }
            }
        }
        Access fromMembers = fromMappedMembers(entity);
        if (fromMembers != null) {
            return fromMembers;
        }
        TypeElement root = null;
        for (TypeElement c = entity; c != null; c = superclass(c)) {
            root = EntityReader.isEntity(c) ? c : root;
        }
        fromMembers = root == null ? null : fromMappedMembers(root);
        if (fromMembers != null) {
            return fromMembers;
        }
        for (TypeElement c = superclass(entity); c != null; c = superclass(c)) {
            fromMembers = isMappedSuperclass(c) ? fromMappedMembers(c) : null;
            if (fromMembers != null) {
                return fromMembers;
            }
        }
        // Hibernate's AccessType.DEFAULT, which its PropertyContainer reads as property access.
        return Access.PROPERTY;
    }

    private Access entityDefault66(TypeElement entity) {
        for (TypeElement c = entity; c != null; c = superclass(c)) {
            if (superclass(c) == null && isEntityOrMappedSuperclass(c) && declared(c) != null) {
                return declared(c);
            }
        }
        for (TypeElement c = entity; c != null; c = superclass(c)) {
            if (isEntityOrMappedSuperclass(c)) {
                if (getters(c).stream().anyMatch(AccessTypes::hasId)) {
                    return Access.PROPERTY;
                }
                if (fields(c).stream().anyMatch(AccessTypes::hasId)) {
                    return Access.FIELD;
                }
            }
        }
        // Hibernate 6.6 refuses an entity without an id, which validation reports.
        return Access.FIELD;
    }

    /** Hibernate 7: field access for a field with a mapping annotation, property access for such a getter. */
    private Access fromMappedMembers(TypeElement c) {
        if (fields(c).stream().anyMatch(f -> canInferFrom(f) && hasMappingAnnotation(f))) {
            return Access.FIELD;
        }
        if (getters(c).stream().anyMatch(g -> canInferFrom(g) && hasMappingAnnotation(g))) {
            return Access.PROPERTY;
        }
        return null;
    }

    /** The access type of class {@code c}: its {@code @Access}, or {@code inherited}. */
    public Access classAccess(TypeElement c, Access inherited) {
        Access declared = declared(c);
        return declared != null ? declared : inherited;
    }

    /** The default access type of an embeddable that {@code member} embeds: its {@code @Access}, or its class's. */
    public Access embedded(Member member, Access classAccess) {
        Access declared = declared(member.element());
        return declared != null ? declared : classAccess;
    }

    /**
     * The default access type of the embeddable elements or map key of a collection {@code member}:
     * its {@code @Access}, else how the entity's id attribute is accessed, {@code idMember}'s
     * {@code @Access} or the kind of member it is; {@code classAccess} for an entity without an id.
     */
    public Access collectionEmbeddable(Member member, Member idMember, Access classAccess) {
        Access declared = declared(member.element());
        if (declared != null || idMember == null) {
            return declared != null ? declared : classAccess;
        }
        Access idAccess = declared(idMember.element());
        return idAccess != null ? idAccess : idMember.isGetter() ? Access.PROPERTY : Access.FIELD;
    }

    /** The first of {@code members} that is an {@code @Id} or {@code @EmbeddedId}, or null. */
    public static Member idMember(List<Member> members) {
        return members.stream().filter(m -> hasId(m.element())).findFirst().orElse(null);
    }

    /**
     * The members of {@code declaring} that hold attributes when it has the access type
     * {@code access}, in the order they are declared.
     *
     * @param owner the class whose instances hold them (the entity or embeddable being mapped), where a
     *     setter may be declared too
     * @param context where the class is mapped from, for the problems of a class compiled elsewhere
     * @param problems where to add what Hibernate rejects or ignores
     */
    public List<Member> members(TypeElement declaring, Access access, TypeElement owner, Origin context,
            List<Problem> problems) {
        List<Element> fields = fields(declaring);
        List<ExecutableElement> getters = getters(declaring);
        Map<String, Element> chosen = new LinkedHashMap<>();
        Map<String, ExecutableElement> byGetter = new HashMap<>();
        for (Element field : fields) {
            if (declared(field) == Access.FIELD) {
                chosen.put(field.getSimpleName().toString(), field);
            }
        }
        for (ExecutableElement getter : getters) {
            if (declared(getter) == Access.PROPERTY) {
                choose(getter, declaring, chosen, byGetter, context, problems);
            }
        }
        // A record's attributes are its components (their fields) whatever the access type, as in Hibernate.
        if (access == Access.FIELD || declaring.getKind() == ElementKind.RECORD) {
            fields.forEach(f -> chosen.putIfAbsent(f.getSimpleName().toString(), f));
        } else {
            for (ExecutableElement getter : getters) {
                ExecutableElement same = byGetter.get(propertyName(getter));
                if (same == null && !chosen.containsKey(propertyName(getter))) {
                    choose(getter, declaring, chosen, byGetter, context, problems);
                } else if (same != null && same != getter) {
                    ambiguous(declaring, same, getter, context, problems);
                }
            }
        }
        List<? extends Element> enclosed = declaring.getEnclosedElements();
        List<Member> members = new ArrayList<>();
        chosen.forEach((name, element) -> members.add(new Member(element, name)));
        members.sort(Comparator.comparingInt(m -> enclosed.indexOf(m.element())));
        for (Member member : members) {
            if (member.isGetter() && !hasSetter(owner, member)) {
                problems.add(new Problem(false, "Hibernate maps " + member.describe() + " of "
                        + declaring.getQualifiedName() + " as a persistent property (property access) and fails to"
                        + " start without a setter for it: add set" + capitalized(member.name()) + "("
                        + JavaTypes.name(((ExecutableElement) member.element()).getReturnType()) + "), or mark the"
                        + " getter @Transient", Origin.of(member.element()), context));
            }
        }
        warnIgnored(declaring, access, fields, getters, chosen, context, problems);
        return members;
    }

    private void choose(ExecutableElement getter, TypeElement declaring, Map<String, Element> chosen,
            Map<String, ExecutableElement> byGetter, Origin context, List<Problem> problems) {
        String name = propertyName(getter);
        ExecutableElement same = byGetter.putIfAbsent(name, getter);
        if (same != null) {
            ambiguous(declaring, same, getter, context, problems);
        } else {
            chosen.put(name, getter);
        }
    }

    private static void ambiguous(TypeElement declaring, ExecutableElement first, ExecutableElement second,
            Origin context, List<Problem> problems) {
        problems.add(new Problem(false, "Hibernate refuses " + declaring.getQualifiedName() + ", where "
                + first.getSimpleName() + "() and " + second.getSimpleName() + "() are getters of the same property "
                + propertyName(first) + ": mark one of them @Transient, or rename it", Origin.of(second), context));
    }

    /** A mapping annotation on a member that the access type passes over is one Hibernate ignores. */
    private void warnIgnored(TypeElement declaring, Access access, List<Element> fields,
            List<ExecutableElement> getters, Map<String, Element> chosen, Origin context, List<Problem> problems) {
        List<Element> candidates = new ArrayList<>(fields);
        candidates.addAll(getters);
        for (Element member : candidates) {
            if (chosen.containsValue(member)) {
                continue;
            }
            AnnotationMirror mapping = member.getAnnotationMirrors().stream().filter(AccessTypes::isMapping)
                    .findFirst().orElse(null);
            if (mapping == null) {
                continue;
            }
            boolean getter = member.getKind() == ElementKind.METHOD;
            String name = getter ? propertyName((ExecutableElement) member) : member.getSimpleName().toString();
            String annotation = "@" + mapping.getAnnotationType().asElement().getSimpleName();
            String used = chosen.containsKey(name) ? (chosen.get(name).getKind() == ElementKind.METHOD
                    ? chosen.get(name).getSimpleName() + "()" : "field " + chosen.get(name).getSimpleName()) : null;
            String what = getter ? member.getSimpleName() + "()" : "field " + member.getSimpleName();
            problems.add(new Problem(true, "Hibernate ignores " + annotation + " on " + what + ": "
                    + declaring.getSimpleName() + " uses " + (access == Access.FIELD ? "field" : "property")
                    + " access" + (used != null ? ", and maps " + name + " by " + used : "") + "; move the"
                    + " annotations to " + (used != null ? used : getter ? "the field" : "the getter") + ", or write"
                    + " @Access(AccessType." + (getter ? "PROPERTY" : "FIELD") + ") on " + what,
                    Origin.of(member, mapping), context));
        }
    }

    private static boolean isMapping(AnnotationMirror m) {
        String jpa = Annotations.jpaName(m);
        return jpa != null ? !NOT_MAPPING.contains(jpa) : Annotations.hibernateName(m) != null;
    }

    /**
     * Hibernate's setter lookup ({@code ReflectHelper.findSetterMethod}): a method of one parameter whose
     * name is {@code set} and the property's, in the class, its superclasses or their interfaces.
     */
    private boolean hasSetter(TypeElement owner, Member getter) {
        for (TypeElement c = owner; c != null; c = superclass(c)) {
            if (declaresSetter(c, getter.name())) {
                return true;
            }
            for (TypeMirror i : c.getInterfaces()) {
                if (types.asElement(i) instanceof TypeElement face && declaresSetter(face, getter.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean declaresSetter(TypeElement c, String property) {
        for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
            String name = method.getSimpleName().toString();
            if (method.getParameters().size() == 1 && name.startsWith("set")) {
                String rest = name.substring(3);
                if (rest.equals(property) || decapitalize(rest).equals(property)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The fields that may hold attributes: not static, not {@code transient}, not {@code @Transient}. */
    private static List<Element> fields(TypeElement c) {
        return ElementFilter.fieldsIn(c.getEnclosedElements()).stream()
                .filter(f -> !f.getModifiers().contains(Modifier.STATIC) && !f.getModifiers().contains(Modifier.TRANSIENT)
                        && Annotations.jpa(f, "Transient") == null)
                .map(Element.class::cast)
                .toList();
    }

    /** The getters that may hold attributes: not static, not {@code @Transient}. */
    private List<ExecutableElement> getters(TypeElement c) {
        return ElementFilter.methodsIn(c.getEnclosedElements()).stream()
                .filter(m -> isGetter(m) && Annotations.jpa(m, "Transient") == null)
                .toList();
    }

    private boolean isGetter(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        TypeMirror returned = method.getReturnType();
        if (!method.getParameters().isEmpty() || method.getModifiers().contains(Modifier.STATIC)
                || returned.getKind() == TypeKind.VOID || JavaTypes.name(returned).equals("java.lang.Void")) {
            return false;
        }
        // A method named "get" or "is" would name the property "", which Hibernate cannot map either.
        if (name.startsWith("get") && name.length() > 3) {
            return true;
        }
        boolean bool = returned.getKind() == TypeKind.BOOLEAN || JavaTypes.name(returned).equals("java.lang.Boolean");
        return name.startsWith("is") && name.length() > 2 && (bool || hibernate66);
    }

    /** The property a getter reads, named as JavaBeans names it: {@code getName()} is {@code name}, {@code getURL()} {@code URL}. */
    static String propertyName(ExecutableElement getter) {
        String name = getter.getSimpleName().toString();
        return decapitalize(name.startsWith("get") ? name.substring(3) : name.substring(2));
    }

    private static String capitalized(String property) {
        return Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    private static boolean hasId(Element member) {
        return Annotations.jpa(member, "Id") != null || Annotations.jpa(member, "EmbeddedId") != null;
    }

    private static boolean canInferFrom(Element member) {
        return Annotations.jpa(member, "Access") == null;
    }

    private static boolean hasMappingAnnotation(Element member) {
        return member.getAnnotationMirrors().stream().anyMatch(m -> Annotations.jpaName(m) != null
                && !NOT_MAPPING.contains(Annotations.jpaName(m)));
    }

    /** The {@code @Access} written on a class or member, or {@code null}. */
    private static Access declared(Element element) {
        AnnotationMirror access = Annotations.jpa(element, "Access");
        String value = access == null ? null : Annotations.enumConstant(access, "value");
        return value == null ? null : Access.valueOf(value);
    }

    private static boolean isEntityOrMappedSuperclass(TypeElement c) {
        return EntityReader.isEntity(c) || isMappedSuperclass(c);
    }

    private static boolean isMappedSuperclass(TypeElement c) {
        return Annotations.jpa(c, "MappedSuperclass") != null;
    }

    /** The superclass, or {@code null} above the last class before {@code Object}. */
    private TypeElement superclass(TypeElement c) {
        TypeMirror superclass = c.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) types.asElement(superclass);
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }

    /** {@code java.beans.Introspector.decapitalize}, as Hibernate spells it: {@code Name} is {@code name}, {@code URL} stays. */
    private static String decapitalize(String name) {
        if (name.isEmpty() || name.length() > 1 && Character.isUpperCase(name.charAt(0))
                && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
