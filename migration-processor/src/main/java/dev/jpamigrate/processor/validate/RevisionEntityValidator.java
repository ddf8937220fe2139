package dev.jpamigrate.processor.validate;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import dev.jpamigrate.processor.read.EnversAnnotations;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate Envers' revision entity, as Envers 7.4 refuses it when the application starts: a second
 * {@code @RevisionEntity} in the persistence unit, an audited one, one without a {@code @RevisionNumber} or {@code
 * @RevisionTimestamp} field or getter (its class's or a superclass's), a revision number that is not an int or a long.
 */
final class RevisionEntityValidator {
    private static final Set<String> NUMBER_TYPES = Set.of("int", "long", "java.lang.Integer", "java.lang.Long");

    private RevisionEntityValidator() {
    }

    static void validate(EntityModel model, ErrorReporter reporter) {
        EntityClass first = null;
        for (EntityClass entity : model.entities()) {
            UnsupportedUse use = EnversAnnotations.revisionEntity(entity);
            if (use == null) {
                continue;
            }
            if (first != null) {
                reporter.error(use.origin(), "Hibernate Envers takes one revision entity (\"Only one entity can be"
                        + " annotated with @RevisionEntity\"), and " + first.qualifiedName() + " is one already: keep"
                        + " @RevisionEntity on one of them");
                continue;
            }
            first = entity;
            if (EnversAnnotations.has(entity.origin().element(), "Audited")) {
                reporter.error(use.origin(), "Hibernate Envers does not audit its revision entity (\"The"
                        + " @RevisionEntity entity cannot be audited\"): remove @Audited from " + entity.qualifiedName());
            }
            checkMember(entity, use.origin(), "RevisionNumber", reporter);
            checkMember(entity, use.origin(), "RevisionTimestamp", reporter);
        }
    }

    private static void checkMember(EntityClass entity, Origin origin, String annotation, ErrorReporter reporter) {
        Element member = member((TypeElement) entity.origin().element(), annotation);
        if (member == null) {
            reporter.error(origin, "Hibernate Envers refuses revision entity " + entity.qualifiedName() + " without"
                    + " @" + annotation + " (\"An entity annotated with @RevisionEntity must have a field annotated"
                    + " with @" + annotation + "\"): annotate " + ("RevisionNumber".equals(annotation) ? "its id"
                    : "a long, Long, java.util.Date, java.sql.Date, LocalDateTime or Instant field") + " with @"
                    + annotation + ", or extend org.hibernate.envers.RevisionMapping");
            return;
        }
        if ("RevisionNumber".equals(annotation)) {
            TypeMirror type = member instanceof ExecutableElement getter ? getter.getReturnType() : member.asType();
            if (!NUMBER_TYPES.contains(type.toString())) {
                reporter.error(Origin.of(member), "Hibernate Envers takes an int, Integer, long or Long as the"
                        + " @RevisionNumber of revision entity " + entity.qualifiedName() + ", and " + member
                        + " is a " + type + ": make it one of them");
            }
        }
    }

    /** The field or getter of {@code type} or a superclass annotated {@code annotation}, or {@code null}. */
    private static Element member(TypeElement type, String annotation) {
        for (TypeElement t = type; t != null; t = superclass(t)) {
            for (Element member : t.getEnclosedElements()) {
                if ((member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD)
                        && EnversAnnotations.has(member, annotation)) {
                    return member;
                }
            }
        }
        return null;
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
    }
}
