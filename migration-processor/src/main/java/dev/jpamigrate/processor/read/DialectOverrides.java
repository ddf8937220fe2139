package dev.jpamigrate.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate's {@code @DialectOverride.*}: an annotation that replaces another for one database. Hibernate
 * takes, for each overridable annotation, the first override whose {@code dialect} is the running dialect's
 * class or a superclass of it ({@code PostgreSQLDialect} or {@code Dialect}, not {@code CockroachDialect} or
 * {@code PostgresPlusDialect}), and whose {@code sameOrAfter}/{@code before} range holds the database's
 * version; it replaces the annotation itself (a {@code @Check} or {@code @Checks}), or stands alone. JPA
 * Migrate targets PostgreSQL {@value #POSTGRESQL_MAJOR}, the version its tests run.
 */
public final class DialectOverrides {
    /** The PostgreSQL version the overrides are chosen for. */
    public static final int POSTGRESQL_MAJOR = 17;

    private static final String OVERRIDE = "DialectOverride.";
    private static final Set<String> POSTGRESQL_DIALECTS = Set.of("org.hibernate.dialect.Dialect",
            "org.hibernate.dialect.PostgreSQLDialect");

    private DialectOverrides() {
    }

    /**
     * The annotations of {@code element} as Hibernate sees them on PostgreSQL: each overridden annotation
     * replaced by the override for PostgreSQL, and the overrides themselves left out.
     */
    public static List<AnnotationMirror> effective(Element element) {
        List<? extends AnnotationMirror> written = element.getAnnotationMirrors();
        Map<String, AnnotationMirror> chosen = new LinkedHashMap<>();
        for (AnnotationMirror m : written) {
            for (AnnotationMirror override : overrides(m)) {
                if (appliesToPostgreSql(override)) {
                    chosen.putIfAbsent(overridden(override), Annotations.annotations(override, "override").get(0));
                }
            }
        }
        if (chosen.isEmpty() && written.stream().noneMatch(DialectOverrides::isOverride)) {
            return List.copyOf(written);
        }
        List<AnnotationMirror> result = new ArrayList<>();
        for (AnnotationMirror m : written) {
            String name = Annotations.hibernateName(m);
            if (isOverride(m) || name != null && (chosen.containsKey(name) || chosen.containsKey(singular(name)))) {
                continue;
            }
            result.add(m);
        }
        result.addAll(chosen.values());
        return result;
    }

    /** The override for PostgreSQL that {@code mirror} (an override or a container of them) holds, or {@code null}. */
    public static AnnotationMirror forPostgreSql(AnnotationMirror mirror) {
        return overrides(mirror).stream().filter(DialectOverrides::appliesToPostgreSql).findFirst()
                .map(o -> Annotations.annotations(o, "override").get(0)).orElse(null);
    }

    /** A version range that splits PostgreSQL {@value #POSTGRESQL_MAJOR} by its minor, which JPA Migrate cannot decide. */
    public static boolean splitsTargetVersion(AnnotationMirror override) {
        return splits(override, "before") || splits(override, "sameOrAfter");
    }

    private static boolean splits(AnnotationMirror override, String bound) {
        List<AnnotationMirror> version = Annotations.annotations(override, bound);
        return !version.isEmpty() && Annotations.integer(version.get(0), "major", 0) == POSTGRESQL_MAJOR
                && Annotations.integer(version.get(0), "minor", 0) > 0;
    }

    /** {@code mirror} as a list of single overrides: itself, the overrides of a container, or none. */
    static List<AnnotationMirror> overrides(AnnotationMirror mirror) {
        if (!isOverride(mirror)) {
            return List.of();
        }
        return Annotations.value(mirror, "override") != null ? List.of(mirror) : Annotations.annotations(mirror, "value");
    }

    static boolean isOverride(AnnotationMirror mirror) {
        String name = Annotations.hibernateName(mirror);
        return name != null && name.startsWith(OVERRIDE);
    }

    /** The simple name of the annotation an override replaces: {@code Check} for {@code DialectOverride.Check}. */
    private static String overridden(AnnotationMirror override) {
        return Annotations.hibernateName(Annotations.annotations(override, "override").get(0));
    }

    /** {@code Check} for the container {@code Checks}, which the override of {@code Check} replaces too. */
    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    static boolean appliesToPostgreSql(AnnotationMirror override) {
        TypeMirror dialect = Annotations.type(override, "dialect");
        if (dialect == null || !POSTGRESQL_DIALECTS.contains(JavaTypes.name(dialect))) {
            return false;
        }
        List<AnnotationMirror> before = Annotations.annotations(override, "before");
        List<AnnotationMirror> sameOrAfter = Annotations.annotations(override, "sameOrAfter");
        return (before.isEmpty() || POSTGRESQL_MAJOR < Annotations.integer(before.get(0), "major", Integer.MAX_VALUE))
                && (sameOrAfter.isEmpty() || POSTGRESQL_MAJOR >= Annotations.integer(sameOrAfter.get(0), "major", 0));
    }
}
