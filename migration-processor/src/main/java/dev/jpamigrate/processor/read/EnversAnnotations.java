package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Hibernate Envers ({@code org.hibernate.envers}): with it on the class path, Hibernate's schema
 * export also creates an audit table per audited entity ({@code <table>_AUD}), the revision table
 * {@code REVINFO} and its sequence. JPA Migrate writes them ({@code map/AuditTables} says which); the
 * annotations that make or change them are recorded here, and each use that
 * those tables do not cover is a warning on the element, not ignored (the migrations would silently
 * lack the tables) and not an error (that would stop an application Hibernate runs).
 * {@code @NotAudited} only leaves attributes out.
 */
public final class EnversAnnotations {
    private static final String PACKAGE = "org.hibernate.envers.";
    private static final String AUDITED = "@" + PACKAGE + "Audited";
    /** The annotations that make Envers create or rename tables. */
    private static final Set<String> TABLES = Set.of("Audited", "RevisionEntity", "AuditTable", "AuditOverride",
            "AuditOverrides", "AuditJoinTable", "SecondaryAuditTable", "SecondaryAuditTables", "AuditMappedBy");

    private EnversAnnotations() {
    }

    /** Records {@code mirror} on {@code element} if it is an Envers annotation that creates tables. */
    public static void check(AnnotationMirror mirror, Element element, List<UnsupportedUse> unsupported) {
        String name = Annotations.qualifiedName(mirror);
        if (name.startsWith(PACKAGE) && TABLES.contains(name.substring(PACKAGE.length()))) {
            unsupported.add(new UnsupportedUse("@" + name, Origin.of(element, mirror)));
        }
    }

    /** Whether {@code use} is an Envers annotation recorded by {@link #check}. */
    public static boolean isEnvers(UnsupportedUse use) {
        return use.feature().startsWith("@" + PACKAGE);
    }

    /** Whether {@code use} is {@code @Audited}. */
    public static boolean isAudited(UnsupportedUse use) {
        return use.feature().equals(AUDITED);
    }

    /** Whether {@code use} is {@code @RevisionEntity}. */
    public static boolean isRevisionEntity(UnsupportedUse use) {
        return use.feature().equals("@" + PACKAGE + "RevisionEntity");
    }

    /**
     * Whether {@code entity} is a revision entity: {@code @RevisionEntity} on its own class, where Envers looks for it
     * (on a mapped superclass or a parent entity it does not count).
     */
    public static boolean isRevisionEntity(EntityClass entity) {
        return revisionEntity(entity) != null;
    }

    /** {@code @RevisionEntity} on {@code entity}'s own class, or {@code null}. */
    public static UnsupportedUse revisionEntity(EntityClass entity) {
        return entity.unsupported().stream()
                .filter(u -> isRevisionEntity(u) && u.origin().element().equals(entity.origin().element()))
                .findFirst().orElse(null);
    }

    /** Whether {@code element} (a field, getter or class, or {@code null}) has Envers' annotation {@code name}. */
    public static boolean has(Element element, String name) {
        return element != null && element.getAnnotationMirrors().stream()
                .anyMatch(m -> Annotations.qualifiedName(m).equals(PACKAGE + name));
    }

    /** The message of a use recorded by {@link #check}, or {@code null} for another feature. */
    public static String message(UnsupportedUse use) {
        return message(use, null);
    }

    /**
     * The message of a use recorded by {@link #check}, or {@code null} for another feature.
     *
     * @param reason why the audit tables of the entity are not written, or {@code null}
     */
    public static String message(UnsupportedUse use, String reason) {
        if (!isEnvers(use)) {
            return null;
        }
        if (isRevisionEntity(use)) {
            // On the entity's own class it is mapped: only a mapped superclass's comes here.
            return "JPA Migrate does not write the audit tables of the module's audited entities with @RevisionEntity on"
                    + " mapped superclass " + use.origin().element() + ", where Hibernate Envers does not look for it"
                    + " (on an entity's own class only), and the migrations will lack them: put @RevisionEntity on the"
                    + " revision entity's class";
        }
        String what = isAudited(use) ? "Hibernate Envers creates an audit table (<table>_AUD) for the audited entity, with"
                        + " the revision table REVINFO and its sequence REVINFO_SEQ"
                : "it changes the audit tables (<table>_AUD) Hibernate Envers creates";
        return "JPA Migrate does not write the tables of " + use.feature() + " yet"
                + (reason == null ? "" : " (" + reason + ")") + ": " + what + ", which the"
                + " migrations will lack: create them in a migration of your own (Hibernate's schema export with"
                + " hibernate-envers on the class path shows their DDL)";
    }
}
