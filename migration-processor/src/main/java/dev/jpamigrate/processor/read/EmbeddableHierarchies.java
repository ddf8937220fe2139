package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.ProcessorOptions.HibernateMinor;
import dev.jpamigrate.processor.model.DiscriminatorSpec;
import dev.jpamigrate.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Embeddable inheritance (Hibernate 6.6 and later): an {@code @Embeddable} whose {@code @Embeddable}
 * subclasses share its columns. Hibernate finds the subclasses among the classes of the persistence
 * unit; the processor among the {@code @Embeddable} classes of the module and of the root's package.
 */
public final class EmbeddableHierarchies {
    private final Elements elements;
    private final Types types;
    private final List<TypeElement> embeddables;
    private final HibernateMinor hibernate;
    /** The subclasses found, by the root's name: a package is listed once per embeddable, not per embedding. */
    private final Map<String, List<TypeElement>> subclasses = new java.util.HashMap<>();
    /** The {@code @Embeddable} classes of each package looked into. */
    private final Map<String, List<TypeElement>> packageEmbeddables = new java.util.HashMap<>();

    /**
     * @param embeddables the module's {@code @Embeddable} classes, among which the subclasses of an embeddable are
     * @param hibernate the Hibernate version the schema is for
     */
    public EmbeddableHierarchies(Elements elements, Types types, List<TypeElement> embeddables,
            HibernateMinor hibernate) {
        this.elements = elements;
        this.types = types;
        this.embeddables = embeddables;
        this.hibernate = hibernate;
    }

    /** Whether the Hibernate version maps embeddable inheritance: 6.6 and later. */
    public boolean mapped() {
        return hibernate.atLeast(HibernateMinor.V6_6);
    }

    /** The Hibernate version the schema is for, as {@code migration.hibernate} names it. */
    public String hibernate() {
        return hibernate.option();
    }

    /** Whether {@code embeddable} extends an {@code @Embeddable}. */
    public boolean isSubclass(TypeElement embeddable) {
        return embeddableSuperclass(embeddable) != null;
    }

    /** The {@code @Embeddable} that {@code embeddable} directly extends, or {@code null}. */
    public TypeElement embeddableSuperclass(TypeElement embeddable) {
        TypeMirror superclass = embeddable.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) types.asElement(superclass);
        return Annotations.jpa(element, "Embeddable") != null ? element : null;
    }

    /**
     * The {@code @Embeddable} subclasses of {@code embeddable}, each followed by its own, depth first;
     * siblings by name, the order in which a scan of the class path lists them to Hibernate. They are
     * looked for among the module's embeddables and the classes of the embeddable's package, compiled
     * or not (a compile of changed files only, or a jar, has the others there).
     */
    public List<TypeElement> subclasses(TypeElement embeddable) {
        return subclasses.computeIfAbsent(embeddable.getQualifiedName().toString(), name -> find(embeddable));
    }

    private List<TypeElement> find(TypeElement embeddable) {
        Map<String, TypeElement> direct = new TreeMap<>();
        List<TypeElement> candidates = new ArrayList<>(embeddables);
        PackageElement in = elements.getPackageOf(embeddable);
        candidates.addAll(packageEmbeddables.computeIfAbsent(in.getQualifiedName().toString(), name ->
                in.getEnclosedElements().stream().filter(e -> e instanceof TypeElement)
                        .map(e -> (TypeElement) e).filter(t -> Annotations.jpa(t, "Embeddable") != null).toList()));
        for (TypeElement candidate : candidates) {
            TypeElement parent = embeddableSuperclass(candidate);
            if (parent != null && parent.getQualifiedName().contentEquals(embeddable.getQualifiedName())) {
                direct.putIfAbsent(candidate.getQualifiedName().toString(), candidate);
            }
        }
        List<TypeElement> all = new ArrayList<>();
        for (TypeElement subclass : direct.values()) {
            all.add(subclass);
            all.addAll(find(subclass));
        }
        return List.copyOf(all);
    }

    /**
     * The discriminator column of the hierarchy rooted at {@code root}, embedded by the attribute
     * {@code attributeName}: {@code @DiscriminatorColumn} on the root, by default a {@code STRING} of
     * 31 named after the attribute with {@code _DTYPE}.
     */
    public DiscriminatorSpec discriminator(TypeElement root, String attributeName) {
        AnnotationMirror column = Annotations.jpa(root, "DiscriminatorColumn");
        if (column == null) {
            return new DiscriminatorSpec(attributeName + "_DTYPE", DiscriminatorSpec.Type.STRING, 31, null,
                    Origin.of(root));
        }
        return InheritanceReader.discriminatorColumn(root, column, attributeName + "_DTYPE");
    }
}
