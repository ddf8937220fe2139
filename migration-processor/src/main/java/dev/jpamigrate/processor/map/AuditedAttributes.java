package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.UnsupportedUse;
import dev.jpamigrate.processor.read.Annotations;
import dev.jpamigrate.processor.read.EnversAnnotations;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Which attributes of an audited entity Envers audits, as its {@code AuditedPropertiesReader} decides: never the
 * {@code @Version} nor one with {@code @NotAudited}; one that an {@code @AuditOverride(name, isAudited = false)}
 * leaves out neither; else one with {@code @Audited}; else one whose declaring class is audited, by {@code
 * @AuditOverride(forClass)} on the entity or a mapped superclass or else by its own {@code @Audited}; else one that an
 * {@code @AuditOverride(name)} audits. The attributes of an embeddable follow the entity's field that holds them, less
 * those that an {@code @AuditOverride(name, isAudited = false)} on that field leaves out.
 */
final class AuditedAttributes {
    private AuditedAttributes() {
    }

    /** One {@code @AuditOverride}: {@code name} is {@code null} for the whole of {@code forClass}. */
    private record Override(String forClass, String name, boolean audited) {
    }

    static boolean audited(EntityClass entity, Attribute attribute) {
        Element field = attribute.embedding() == null ? attribute.origin().element()
                : attribute.embedding().root().element();
        if (attribute.version() || EnversAnnotations.has(field, "NotAudited")
                || EnversAnnotations.has(attribute.origin().element(), "NotAudited")) {
            return false;
        }
        if (attribute.embedding() != null && embeddedOverrides(field).stream().anyMatch(o -> !o.audited()
                && o.name().equals(attribute.embedding().pathInRoot().split("\\.")[0]))) {
            return false;
        }
        String name = attribute.embedding() == null ? attribute.name() : attribute.embedding().rootName();
        Element declaring = field == null ? null : field.getEnclosingElement();
        String declaringClass = declaring instanceof TypeElement type ? type.getQualifiedName().toString() : null;
        List<Override> overrides = overrides(entity);
        if (overrides.stream()
                .anyMatch(o -> !o.audited() && name.equals(o.name()) && o.forClass().equals(declaringClass))) {
            return false;
        }
        if (EnversAnnotations.has(field, "Audited")) {
            return true;
        }
        Boolean classOverride = overrides.stream().filter(o -> o.name() == null && o.forClass().equals(declaringClass))
                .map(Override::audited).reduce((a, b) -> b).orElse(null);
        if (classOverride != null ? classOverride : EnversAnnotations.has(declaring, "Audited")) {
            return true;
        }
        return overrides.stream()
                .anyMatch(o -> o.audited() && name.equals(o.name()) && o.forClass().equals(declaringClass));
    }

    /**
     * Whether JPA Migrate applies {@code use}: an {@code @AuditOverride} or {@code @AuditOverrides} on a class, each
     * naming its {@code forClass}; or on a field or getter, each naming an attribute of the embeddable it holds and no
     * {@code forClass}.
     */
    static boolean written(UnsupportedUse use) {
        List<AnnotationMirror> mirrors = mirrors(use);
        if (use.origin().element() instanceof TypeElement) {
            return !mirrors.isEmpty() && mirrors.stream().allMatch(m -> forClass(m) != null);
        }
        return !mirrors.isEmpty() && mirrors.stream().allMatch(m -> forClass(m) == null
                && Annotations.string(m, "name") != null);
    }

    /** Whether {@code use} is an {@code @AuditOverride} or {@code @AuditOverrides}. */
    static boolean isOverride(UnsupportedUse use) {
        return !mirrors(use).isEmpty();
    }

    /** The {@code @AuditOverride}s on the entity's {@code @Embedded} field {@code field}, each with its name. */
    private static List<Override> embeddedOverrides(Element field) {
        List<Override> overrides = new ArrayList<>();
        if (field == null) {
            return overrides;
        }
        for (AnnotationMirror m : field.getAnnotationMirrors()) {
            String annotation = Annotations.qualifiedName(m);
            List<AnnotationMirror> each = annotation.equals("org.hibernate.envers.AuditOverride") ? List.of(m)
                    : annotation.equals("org.hibernate.envers.AuditOverrides") ? Annotations.annotations(m, "value")
                    : List.of();
            for (AnnotationMirror o : each) {
                String name = Annotations.string(o, "name");
                if (name != null && forClass(o) == null) {
                    overrides.add(new Override(null, name, Annotations.bool(o, "isAudited", true)));
                }
            }
        }
        return overrides;
    }

    private static List<Override> overrides(EntityClass entity) {
        List<Override> overrides = new ArrayList<>();
        for (UnsupportedUse use : entity.unsupported()) {
            if (use.origin().element() instanceof TypeElement && written(use)) {
                for (AnnotationMirror m : mirrors(use)) {
                    String name = Annotations.string(m, "name");
                    overrides.add(new Override(forClass(m), name == null || name.isEmpty() ? null : name,
                            Annotations.bool(m, "isAudited", true)));
                }
            }
        }
        return overrides;
    }

    /** The {@code @AuditOverride}s of {@code use}: itself, or those {@code @AuditOverrides} holds. */
    private static List<AnnotationMirror> mirrors(UnsupportedUse use) {
        if (use.feature().endsWith(".AuditOverride")) {
            return List.of(use.origin().annotation());
        }
        if (use.feature().endsWith(".AuditOverrides")) {
            return Annotations.annotations(use.origin().annotation(), "value");
        }
        return List.of();
    }

    /** {@code forClass}'s qualified name, or {@code null} when it is not given. */
    private static String forClass(AnnotationMirror override) {
        TypeMirror type = Annotations.type(override, "forClass");
        return type == null || type.getKind() == TypeKind.VOID ? null : type.toString();
    }
}
