package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Decides which annotations and annotation attributes JPA Migrate does not map yet, and
 * records each use as an {@link UnsupportedUse} on its element. What is not known to be
 * harmless to the schema counts as unsupported.
 */
public final class UnsupportedAnnotations {
    /** JPA annotations of an entity class that change no table. */
    public static final Set<String> CLASS_ANNOTATIONS_WITHOUT_TABLES = Set.of("Access", "Cacheable", "EntityListeners",
            "ExcludeDefaultListeners", "ExcludeSuperclassListeners", "NamedQuery", "NamedQueries", "NamedNativeQuery",
            "NamedNativeQueries", "NamedStoredProcedureQuery", "NamedStoredProcedureQueries", "NamedEntityGraph",
            "NamedEntityGraphs", "SqlResultSetMapping", "SqlResultSetMappings");

    private UnsupportedAnnotations() {
    }

    /**
     * A Hibernate annotation that JPA Migrate refuses or does not know: {@link HibernateAnnotations}, and
     * Hibernate Envers' that create tables: {@link EnversAnnotations}; another provider's, which Hibernate ignores:
     * {@link OtherProviderAnnotations}.
     */
    public static void checkHibernate(AnnotationMirror mirror, Element element, List<UnsupportedUse> unsupported) {
        HibernateAnnotations.check(mirror, element, unsupported);
        EnversAnnotations.check(mirror, element, unsupported);
        OtherProviderAnnotations.check(mirror, element, unsupported);
    }

    /** Attributes (such as JPA 3.2's {@code options}) that change the schema in ways not mapped yet. */
    public static void checkAttributes(Element element, AnnotationMirror mirror, String annotation,
            List<UnsupportedUse> unsupported, String... attributes) {
        for (String attribute : attributes) {
            if (Annotations.isSet(mirror, attribute)) {
                unsupported.add(new UnsupportedUse(annotation + "(" + attribute + ")",
                        new Origin(element, mirror, Annotations.value(mirror, attribute))));
            }
        }
    }
}
