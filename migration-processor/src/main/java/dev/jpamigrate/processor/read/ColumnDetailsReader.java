package dev.jpamigrate.processor.read;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.processor.map.JdbcTypeCodes;
import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.CheckSpec;
import dev.jpamigrate.processor.model.ColumnDetails;
import dev.jpamigrate.processor.model.ColumnDetails.ColumnComment;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import dev.jpamigrate.processor.model.ValidationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads what a field says about its column beyond {@code @Column}'s name, type and
 * nullability ({@link ColumnDetails}), and a class's comment and checks.
 */
public final class ColumnDetailsReader {
    /** The start of the feature of a class's {@code @Comment(on)} that names a secondary table. */
    public static final String SECONDARY_TABLE_COMMENT = "a comment of the secondary table ";

    private ColumnDetailsReader() {
    }

    /** @param column the field's {@code @Column}, or {@code null} */
    public static ColumnDetails read(Element field, AnnotationMirror column, List<UnsupportedUse> unsupported) {
        String comment = column == null ? null : Annotations.string(column, "comment");
        Origin commentOrigin = column == null ? null : Origin.of(field, column);
        List<CheckSpec> checks = new ArrayList<>(column == null ? List.of() : checkConstraints(field, column, "check"));
        String defaultValue = null;
        Integer jdbcTypeCode = null;
        boolean naturalId = false;
        boolean generatedTimestamp = false;
        ForeignKeyAction onDelete = ForeignKeyAction.NO_ACTION;
        String timeZoneStorage = null;
        ColumnSpec timeZoneColumn = null;
        String collation = null;
        String generatedAs = null;
        String userType = null;
        List<ColumnComment> comments = new ArrayList<>();
        for (AnnotationMirror m : DialectOverrides.effective(field)) {
            String hibernate = Annotations.hibernateName(m);
            if (hibernate == null) {
                continue;
            }
            switch (hibernate) {
                case "Comment" -> {
                    comment = Annotations.string(m, "value");
                    commentOrigin = Origin.of(field, m);
                    comments.add(columnComment(field, m, m, unsupported));
                }
                // Each @Comment in the order written; those of a class, or of two of one "on", are refused by
                // HibernateAnnotations.
                case "Comments" -> {
                    comment = soleComment(m).orElse(comment);
                    commentOrigin = soleComment(m).isPresent() ? Origin.of(field, m) : commentOrigin;
                    for (AnnotationMirror one : Annotations.annotations(m, "value")) {
                        comments.add(columnComment(field, m, one, unsupported));
                    }
                }
                case "ColumnDefault" -> defaultValue = Annotations.string(m, "value");
                case "Check", "Checks" -> checks.addAll(hibernateChecks(field, m));
                case "NaturalId" -> naturalId = true;
                case "TimeZoneStorage" -> timeZoneStorage = Objects.requireNonNullElse(
                        Annotations.enumConstant(m, "value"), "DEFAULT");
                case "TimeZoneColumn" -> timeZoneColumn = timeZoneColumn(field, m, unsupported);
                case "CreationTimestamp", "UpdateTimestamp" -> generatedTimestamp = true;
                case "Collate" -> collation = Annotations.string(m, "value");
                case "GeneratedColumn" -> generatedAs = Annotations.string(m, "value");
                // The UserType's getSqlType() says the column's type, or with a columnDefinition where Hibernate
                // orders the column: the engine asks it. Those of SQL type OTHER that the processor knows sort last.
                case "Type" -> userType = column != null && Annotations.string(column, "columnDefinition") != null
                        && OtherSqlTypeUserTypes.contains(HibernateAnnotations.userType(m))
                        ? null : HibernateAnnotations.userType(m);
                // Hibernate's OnDeleteAction constants are named as ours.
                case "OnDelete" -> onDelete = ForeignKeyAction.valueOf(Annotations.enumConstant(m, "action"));
                case "JdbcTypeCode" -> {
                    Integer code = Annotations.integer(m, "value");
                    if (code != null && JdbcTypeCodes.isKnown(code)) {
                        jdbcTypeCode = code;
                    } else {
                        unsupported.add(new UnsupportedUse("@JdbcTypeCode(" + code + ")", Origin.of(field, m)));
                    }
                }
                case "JdbcType" -> {
                    TypeMirror type = Annotations.type(m, "value");
                    String name = type == null ? "" : JavaTypes.name(type);
                    String simpleName = name.substring(name.lastIndexOf('.') + 1);
                    Optional<Integer> code = JdbcTypeCodes.ofJdbcType(simpleName);
                    if (code.isPresent()) {
                        jdbcTypeCode = code.get();
                    } else {
                        unsupported.add(new UnsupportedUse("@JdbcType(" + simpleName + ".class)", Origin.of(field, m)));
                    }
                }
                default -> { }
            }
        }
        if (comments.stream().allMatch(c -> c.on() == null)) {
            // No @Comment names a column: the field's comment is the one above.
            comments.clear();
        }
        comment = ApostropheComments.kept(comment, "column", commentOrigin, comments.isEmpty() ? unsupported
                : new ArrayList<>());
        return new ColumnDetails(comment, defaultValue, checks, jdbcTypeCode, naturalId, generatedTimestamp, onDelete,
                ValidationSpec.NONE, timeZoneStorage, timeZoneColumn, collation, generatedAs, userType, comments);
    }

    /** One {@code @Comment} of a field, without its text when it has an apostrophe (recorded in {@code unsupported}). */
    private static ColumnComment columnComment(Element field, AnnotationMirror written, AnnotationMirror comment,
            List<UnsupportedUse> unsupported) {
        String on = Annotations.string(comment, "on");
        Origin origin = Origin.of(field, written);
        return new ColumnComment(on == null || on.isEmpty() ? null : on,
                ApostropheComments.kept(Annotations.string(comment, "value"), "column", origin, unsupported), origin);
    }

    /**
     * Whether Hibernate maps {@code @Comments} on {@code element} as JPA Migrate maps it: on a field or getter of one
     * basic column, no two of its {@code @Comment}s naming the same column (Hibernate fails on those: "Multiple
     * '@Comment' annotations ... had the same 'on'"). A class's, a collection's, an embedded or a relation field's
     * several comments are not mapped.
     */
    public static boolean commentsOfOneColumn(Element element, AnnotationMirror comments) {
        if (element.getKind() != ElementKind.FIELD && element.getKind() != ElementKind.METHOD) {
            return false;
        }
        for (String other : List.of("Embedded", "EmbeddedId", "ElementCollection", "ManyToOne", "OneToOne",
                "OneToMany", "ManyToMany")) {
            if (Annotations.jpa(element, other) != null) {
                return false;
            }
        }
        TypeMirror type = element instanceof ExecutableElement getter ? getter.getReturnType() : element.asType();
        if (type instanceof DeclaredType declared && Annotations.jpa(declared.asElement(), "Embeddable") != null) {
            return false;
        }
        List<String> ons = Annotations.annotations(comments, "value").stream()
                .map(c -> Objects.requireNonNullElse(Annotations.string(c, "on"), "")).toList();
        return ons.size() == Set.copyOf(ons).size();
    }

    /** {@code @TimeZoneColumn}: the offset column's name and definition, and whether it is written. */
    private static ColumnSpec timeZoneColumn(Element field, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        UnsupportedAnnotations.checkAttributes(field, m, "@TimeZoneColumn", unsupported, "table", "options", "comment");
        return new ColumnSpec(Annotations.string(m, "name"), true, false, null, 0, 0, null,
                Annotations.string(m, "columnDefinition"), Origin.of(field, m), null,
                !Annotations.bool(m, "insertable", true) && !Annotations.bool(m, "updatable", true));
    }

    /**
     * The column with Hibernate 7's {@code @FractionalSeconds} as its {@code secondPrecision}, which
     * Hibernate takes over {@code @Column(secondPrecision)}; {@code column} is {@code null} without {@code @Column}.
     */
    public static ColumnSpec withFractionalSeconds(Element field, ColumnSpec column) {
        for (AnnotationMirror m : field.getAnnotationMirrors()) {
            Integer precision = "FractionalSeconds".equals(Annotations.hibernateName(m))
                    ? Annotations.integer(m, "value") : null;
            if (precision == null) {
                continue;
            }
            return column == null
                    ? new ColumnSpec(null, true, false, null, 0, 0, precision, null, Origin.of(field, m), null, false)
                    : new ColumnSpec(column.name(), column.nullable(), column.unique(), column.length(),
                            column.precision(), column.scale(), precision, column.columnDefinition(), column.origin(),
                            column.table(), column.readOnly());
        }
        return column;
    }

    /**
     * A class's {@code @Comment} (or the one of its {@code @Comments}), or {@code @Table(comment)} when it has none; one
     * with an apostrophe is recorded in {@code unsupported} and left out, as Hibernate's DDL fails on it.
     */
    public static String tableComment(Element type, AnnotationMirror table, List<UnsupportedUse> unsupported) {
        AnnotationMirror secondary = secondaryTableComment(type);
        if (secondary != null) {
            String on = Annotations.string(secondary, "on");
            unsupported.add(new UnsupportedUse(SECONDARY_TABLE_COMMENT + on + " (@Comment(on = \"" + on + "\"))",
                    Origin.of(type, secondary)));
            return table == null ? null : Annotations.string(table, "comment");
        }
        return ApostropheComments.kept(tableComment(type, table), "table", tableCommentOrigin(type, table), unsupported);
    }

    /**
     * The class's {@code @Comment} whose {@code on} names one of its {@code @SecondaryTable}s (compared without case, as
     * Hibernate does), which comments that table rather than the class's; {@code null} when it has none.
     */
    private static AnnotationMirror secondaryTableComment(Element type) {
        List<AnnotationMirror> secondaries = new ArrayList<>();
        AnnotationMirror single = Annotations.jpa(type, "SecondaryTable");
        if (single != null) {
            secondaries.add(single);
        }
        AnnotationMirror several = Annotations.jpa(type, "SecondaryTables");
        if (several != null) {
            secondaries.addAll(Annotations.annotations(several, "value"));
        }
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            String on = "Comment".equals(Annotations.hibernateName(m)) ? Annotations.string(m, "on") : null;
            if (on != null && secondaries.stream().anyMatch(t -> on.equalsIgnoreCase(Annotations.string(t, "name")))) {
                return m;
            }
        }
        return null;
    }

    /** Where the class's table comment is written: its {@code @Comment}, {@code @Comments} or {@code @Table}. */
    private static Origin tableCommentOrigin(Element type, AnnotationMirror table) {
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            if ("Comment".equals(Annotations.hibernateName(m)) || "Comments".equals(Annotations.hibernateName(m))
                    && soleComment(m).isPresent()) {
                return Origin.of(type, m);
            }
        }
        return table == null ? Origin.of(type) : Origin.of(type, table);
    }

    /** A class's {@code @Comment} (or the one of its {@code @Comments}), or {@code @Table(comment)} when it has none. */
    public static String tableComment(Element type, AnnotationMirror table) {
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            if ("Comment".equals(Annotations.hibernateName(m))) {
                return Annotations.string(m, "value");
            }
            if ("Comments".equals(Annotations.hibernateName(m)) && soleComment(m).isPresent()) {
                return soleComment(m).get();
            }
        }
        return table == null ? null : Annotations.string(table, "comment");
    }

    /** A class's {@code @Check}s and {@code @Table(check)}. */
    public static List<CheckSpec> tableChecks(Element type, AnnotationMirror table) {
        List<CheckSpec> checks = new ArrayList<>(table == null ? List.of() : checkConstraints(type, table, "check"));
        for (AnnotationMirror m : DialectOverrides.effective(type)) {
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

    /** The comment of {@code @Comments} holding one {@code @Comment} without {@code on}, as Hibernate reads it. */
    static Optional<String> soleComment(AnnotationMirror comments) {
        List<AnnotationMirror> all = Annotations.annotations(comments, "value");
        return all.size() == 1 && !Annotations.isSet(all.get(0), "on")
                ? Optional.ofNullable(Annotations.string(all.get(0), "value")) : Optional.empty();
    }
}
