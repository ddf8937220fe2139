package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.ProcessorOptions.HibernateMinor;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A {@code columnDefinition} of blanks only ({@code " "}): Hibernate 7 ignores it, as if it were not written; Hibernate
 * 6 fails on it ("Identifier text cannot be null"). The reader reads it as absent and records a use that the
 * validator reports on Hibernate 6 only.
 */
public final class BlankColumnDefinition {
    /** The feature of the recorded use. */
    public static final String FEATURE = "a blank columnDefinition";

    private BlankColumnDefinition() {
    }

    /** {@code mirror}'s {@code columnDefinition}, {@code null} when absent or blank (recorded in {@code unsupported}). */
    public static String read(Element element, AnnotationMirror mirror, List<UnsupportedUse> unsupported) {
        String definition = Annotations.string(mirror, "columnDefinition");
        if (definition != null && definition.isBlank()) {
            unsupported.add(new UnsupportedUse(FEATURE, Origin.of(element, mirror)));
            return null;
        }
        return definition;
    }

    /** Whether {@code use} is a blank definition. */
    public static boolean is(UnsupportedUse use) {
        return use.feature().equals(FEATURE);
    }

    /** Whether Hibernate {@code minor} fails on a blank definition: the 6.x minors do, 7.x ignore it. */
    public static boolean fails(HibernateMinor minor) {
        return !minor.atLeast(HibernateMinor.V7_0);
    }

    /** The error on a Hibernate that fails. */
    public static String message(HibernateMinor minor) {
        return "Hibernate " + minor.option() + " fails on a blank columnDefinition (\"Identifier text cannot be null\"),"
                + " which Hibernate 7 ignores: remove columnDefinition, or write the column's type there";
    }
}
