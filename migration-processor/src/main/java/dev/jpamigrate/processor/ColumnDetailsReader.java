package dev.jpamigrate.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reads what a field says about its column beyond {@code @Column}'s name, type and
 * nullability ({@link ColumnDetails}), and a class's comment and checks.
 */
final class ColumnDetailsReader {
    /** The Hibernate annotations on a field that this reader maps. */
    static final Set<String> HIBERNATE_FIELD_ANNOTATIONS = Set.of("Comment", "ColumnDefault", "Check", "Checks",
            "JdbcTypeCode", "NaturalId", "Nationalized", "CreationTimestamp", "UpdateTimestamp");

    /** The Hibernate annotations on a class that this reader maps. */
    static final Set<String> HIBERNATE_CLASS_ANNOTATIONS = Set.of("Comment", "Check", "Checks");

    /** {@code org.hibernate.type.SqlTypes.JSON}: stored as {@code jsonb} on PostgreSQL. */
    private static final int JSON = 3001;

    private ColumnDetailsReader() {
    }

    /** @param column the field's {@code @Column}, or {@code null} */
    static ColumnDetails read(Element field, AnnotationMirror column, List<UnsupportedUse> unsupported) {
        String comment = column == null ? null : Annotations.string(column, "comment");
        List<CheckSpec> checks = new ArrayList<>(column == null ? List.of() : checkConstraints(field, column, "check"));
        String defaultValue = null;
        String sqlType = null;
        boolean naturalId = false;
        boolean generatedTimestamp = false;
        for (AnnotationMirror m : field.getAnnotationMirrors()) {
            String hibernate = Annotations.hibernateName(m);
            if (hibernate == null) {
                continue;
            }
            switch (hibernate) {
                case "Comment" -> comment = Annotations.string(m, "value");
                case "ColumnDefault" -> defaultValue = Annotations.string(m, "value");
                case "Check", "Checks" -> checks.addAll(hibernateChecks(field, m));
                case "NaturalId" -> naturalId = true;
                case "CreationTimestamp", "UpdateTimestamp" -> generatedTimestamp = true;
                case "JdbcTypeCode" -> {
                    Integer code = Annotations.integer(m, "value");
                    if (code != null && code == JSON) {
                        sqlType = "jsonb";
                    } else {
                        unsupported.add(new UnsupportedUse("@JdbcTypeCode(" + code + ")", Origin.of(field, m)));
                    }
                }
                default -> { }
            }
        }
        return new ColumnDetails(comment, defaultValue, checks, sqlType, naturalId, generatedTimestamp);
    }

    /** A class's {@code @Comment}, or {@code @Table(comment)} when it has none. */
    static String tableComment(Element type, AnnotationMirror table) {
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            if ("Comment".equals(Annotations.hibernateName(m))) {
                return Annotations.string(m, "value");
            }
        }
        return table == null ? null : Annotations.string(table, "comment");
    }

    /** A class's {@code @Check}s and {@code @Table(check)}. */
    static List<CheckSpec> tableChecks(Element type, AnnotationMirror table) {
        List<CheckSpec> checks = new ArrayList<>(table == null ? List.of() : checkConstraints(type, table, "check"));
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            String hibernate = Annotations.hibernateName(m);
            if ("Check".equals(hibernate) || "Checks".equals(hibernate)) {
                checks.addAll(hibernateChecks(type, m));
            }
        }
        return checks;
    }

    /** Hibernate's {@code @Check(name, constraints)}, or each of {@code @Checks}. */
    private static List<CheckSpec> hibernateChecks(Element element, AnnotationMirror m) {
        if ("Checks".equals(Annotations.hibernateName(m))) {
            return Annotations.annotations(m, "value").stream()
                    .map(check -> check(element, m, check, "constraints")).toList();
        }
        return List.of(check(element, m, m, "constraints"));
    }

    /** JPA 3.2's {@code check = @CheckConstraint(name, constraint)} of {@code @Column} or {@code @Table}. */
    private static List<CheckSpec> checkConstraints(Element element, AnnotationMirror owner, String attribute) {
        List<CheckSpec> checks = new ArrayList<>();
        for (AnnotationValue value : Annotations.list(owner, attribute)) {
            checks.add(check(element, owner, (AnnotationMirror) value.getValue(), "constraint"));
        }
        return checks;
    }

    private static CheckSpec check(Element element, AnnotationMirror owner, AnnotationMirror check, String expression) {
        String name = Annotations.string(check, "name");
        return new CheckSpec(name == null || name.isBlank() ? null : name, Annotations.string(check, expression),
                Origin.of(element, owner));
    }
}
