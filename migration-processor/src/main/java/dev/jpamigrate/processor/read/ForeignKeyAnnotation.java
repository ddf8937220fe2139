package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** The {@code foreignKey} attribute of the annotations that join tables by their keys. */
public final class ForeignKeyAnnotation {
    private ForeignKeyAnnotation() {
    }

    /**
     * The name {@code foreignKey = @ForeignKey(name)} of {@code m} gives, or {@code null};
     * {@code NO_CONSTRAINT} on a key join, which JPA Migrate does not map there, is reported.
     *
     * @param where the annotation {@code m} is, as {@code "@SecondaryTable"}
     */
    public static String name(Element type, AnnotationMirror m, String where, List<UnsupportedUse> unsupported) {
        AnnotationValue foreignKey = Annotations.value(m, "foreignKey");
        if (foreignKey != null && foreignKey.getValue() instanceof AnnotationMirror fk) {
            UnsupportedAnnotations.checkAttributes(type, fk, "@ForeignKey", unsupported, "foreignKeyDefinition",
                    "options");
            if ("NO_CONSTRAINT".equals(Annotations.enumConstant(fk, "value"))) {
                unsupported.add(new UnsupportedUse("@ForeignKey(NO_CONSTRAINT) on a " + where, Origin.of(type, m)));
            }
            return Annotations.string(fk, "name");
        }
        return null;
    }
}
