package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Hibernate Envers ({@code org.hibernate.envers}): with it on the class path, Hibernate's schema
 * export also creates an audit table per audited entity ({@code <table>_AUD}), the revision table
 * {@code REVINFO} and its sequence. JPA Migrate does not write them yet. The annotations that make
 * them are a warning on the element, not ignored (the migrations would silently lack the tables) and
 * not an error (that would stop an application Hibernate runs). The others ({@code @NotAudited},
 * {@code @AuditTable}, ...) only qualify these.
 */
public final class EnversAnnotations {
    private static final String PACKAGE = "org.hibernate.envers.";
    /** The annotations that make Envers create tables. */
    private static final Set<String> TABLES = Set.of("Audited", "RevisionEntity");

    private EnversAnnotations() {
    }

    /** Records {@code mirror} on {@code element} if it is an Envers annotation that creates tables. */
    public static void check(AnnotationMirror mirror, Element element, List<UnsupportedUse> unsupported) {
        String name = Annotations.qualifiedName(mirror);
        if (name.startsWith(PACKAGE) && TABLES.contains(name.substring(PACKAGE.length()))) {
            unsupported.add(new UnsupportedUse("@" + name, Origin.of(element, mirror)));
        }
    }

    /** The message of a use recorded by {@link #check}, or {@code null} for another feature. */
    public static String message(UnsupportedUse use) {
        if (!use.feature().startsWith("@" + PACKAGE)) {
            return null;
        }
        String what = use.feature().endsWith(".RevisionEntity") ? "a revision entity replaces Hibernate Envers'"
                + " revision table REVINFO" : "Hibernate Envers creates an audit table (<table>_AUD) for the audited"
                + " entity, with the revision table REVINFO and its sequence REVINFO_SEQ";
        return "JPA Migrate does not write the tables of " + use.feature() + " yet: " + what + ", which the"
                + " migrations will lack: create them in a migration of your own (Hibernate's schema export with"
                + " hibernate-envers on the class path shows their DDL)";
    }
}
