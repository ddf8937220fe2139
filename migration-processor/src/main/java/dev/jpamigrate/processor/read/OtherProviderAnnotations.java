package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The mapping annotations of other JPA providers, OpenJPA's and EclipseLink's, left in an application that moved to
 * Hibernate: Hibernate ignores them, and so does the snapshot, but the tables they made (an OpenJPA
 * {@code @ElementJoinColumn} instead of a join table, an {@code @Index}) are not the tables Hibernate makes, which
 * a warning says rather than passing over them in silence.
 */
public final class OtherProviderAnnotations {
    private static final List<String> PACKAGES = List.of("org.apache.openjpa.persistence.",
            "org.eclipse.persistence.annotations.");
    private static final String FEATURE = "another provider's @";

    private OtherProviderAnnotations() {
    }

    /** Records {@code mirror} on {@code element} when it is another provider's annotation. */
    public static void check(AnnotationMirror mirror, Element element, List<UnsupportedUse> unsupported) {
        String name = Annotations.qualifiedName(mirror);
        if (PACKAGES.stream().anyMatch(name::startsWith)) {
            unsupported.add(new UnsupportedUse(FEATURE + name, Origin.of(element, mirror)));
        }
    }

    public static boolean isWarning(UnsupportedUse use) {
        return use.feature().startsWith(FEATURE);
    }

    /** The warning for a use {@link #check} recorded, or {@code null} for another feature. */
    public static String message(UnsupportedUse use) {
        if (!isWarning(use)) {
            return null;
        }
        String name = use.feature().substring(FEATURE.length() - 1);
        return "Hibernate ignores " + name + ", another JPA provider's annotation, and so does JPA Migrate: the"
                + " schema is what Hibernate makes of the JPA and Hibernate annotations, which can differ from the"
                + " tables that provider made; map with those what the table needs";
    }
}
