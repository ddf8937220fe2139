package dev.jpamigrate.processor.validate;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.read.Annotations;
import javax.lang.model.element.AnnotationMirror;

/**
 * Hibernate's {@code @TenantId} columns: Hibernate refuses tenant ids of different Java types in
 * one persistence unit ("all @TenantId fields must have the same type"), as its tenant filter has
 * one parameter type.
 */
final class TenantIdValidator {
    private TenantIdValidator() {
    }

    static void validate(EntityModel model, ErrorReporter reporter) {
        Attribute first = null;
        for (EntityClass entity : model.entities()) {
            for (Attribute attribute : entity.attributes()) {
                if (!isTenantId(attribute)) {
                    continue;
                }
                if (first == null) {
                    first = attribute;
                } else if (!first.type().name().equals(attribute.type().name())) {
                    reporter.error(attribute.origin(), "@TenantId " + attribute.name() + " is a "
                            + attribute.type().name() + ", and @TenantId " + first.name() + " of "
                            + first.declaringClass() + " a " + first.type().name() + ": Hibernate refuses tenant ids"
                            + " of different types in one persistence unit; give them the same type");
                }
            }
        }
    }

    private static boolean isTenantId(Attribute attribute) {
        if (attribute.origin().element() != null) {
            for (AnnotationMirror m : attribute.origin().element().getAnnotationMirrors()) {
                if ("TenantId".equals(Annotations.hibernateName(m))) {
                    return true;
                }
            }
        }
        return false;
    }
}
