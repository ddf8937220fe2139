package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.map.JdbcTypeCodes;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.ColumnDetails;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.Problem;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate's {@code @Any}: a polymorphic to-one association, stored as two basic columns of the owner's table, the
 * discriminator (which entity) and the key (its id). Hibernate writes no foreign key, as the key may point at several
 * tables, and no check on the discriminator's values (6.6 and 7.4 alike). So the attribute reads as those two basic
 * attributes, which the table mapper maps as any other.
 */
final class AnyColumns {
    /** The suffix of the key attribute's name, and Hibernate 7's implicit name of the key column. */
    private static final String KEY = "_id";

    private AnyColumns() {
    }

    /** Whether {@code member} is annotated with Hibernate's {@code @Any}. */
    static boolean isAny(Element member) {
        return hibernate(member, "Any").isPresent();
    }

    /**
     * The discriminator and key columns of {@code any}, the attribute read from an {@code @Any} member, as basic
     * attributes; none, with a problem, where Hibernate refuses the mapping.
     *
     * @param hibernate the Hibernate minor the schema is for ({@code 6.6}, {@code 7})
     * @param embedding the entity's field that embeds the member, or {@code null} for an entity's own member (in an
     *     embeddable, Hibernate 7 names an unnamed key column by a rule not proven here)
     */
    static List<Attribute> columns(Attribute any, Element member, String hibernate, Origin embedding,
            List<Problem> problems) {
        boolean embedded = embedding != null;
        Origin context = embedded ? embedding : Origin.of(member);
        Origin origin = Origin.of(member, hibernate(member, "Any").orElseThrow());
        String name = any.name();
        JoinColumnSpec joinColumn = any.joinColumn();
        // Where Hibernate refuses the mapping, the discriminator alone carries what else the member has wrong.
        Attribute discriminator = new Attribute(name, any.declaringClass(), discriminatorType(member), false, false,
                false, true, any.column(), null, null, null, List.of(), null, null, null, null, ColumnDetails.NONE,
                any.unsupported(), any.origin(), any.embedding(), List.of(), null, false, false);
        if (joinColumn == null) {
            problems.add(new Problem(false, "Hibernate refuses @Any " + name + " without a @JoinColumn (\"must declare"
                    + " at least one '@JoinColumn'\"): add @JoinColumn(name = \"" + name + "_id\") for the key column",
                    origin, context));
            return List.of(discriminator);
        }
        String keyName = joinColumn.name();
        if (keyName == null || keyName.isEmpty()) {
            if (hibernate.startsWith("6") || embedded) {
                problems.add(new Problem(false, "@Any " + name + "'s @JoinColumn has no name, "
                        + (embedded ? "which Hibernate 7 derives in an embeddable by a rule JPA Migrate does not map"
                                : "on which Hibernate 6 fails (a NullPointerException)")
                        + ": name the key column, @JoinColumn(name = \"" + name + "_id\")", joinColumn.origin(),
                        context));
                return List.of(discriminator);
            }
            keyName = name + KEY;
        }
        JavaType keyType = keyType(member);
        if (keyType == null && hibernate(member, "AnyKeyJavaType").isEmpty()) {
            problems.add(new Problem(false, "Hibernate refuses @Any " + name + " without the key's type (\"Could not"
                    + " determine key type for '@Any' mapping\"): add @AnyKeyJavaClass(Long.class), the type of the"
                    + " targets' ids", origin, context));
        }
        if (keyType == null) {
            return List.of(discriminator);
        }
        // The key is NOT NULL when the join column or @Any(optional = false) says so; the discriminator only by its
        // own @Column(nullable = false), as Hibernate 6.6 and 7.4 write them.
        boolean optional = Annotations.bool(hibernate(member, "Any").orElseThrow(), "optional", true);
        ColumnSpec keyColumn = new ColumnSpec(keyName, joinColumn.nullable() && optional, joinColumn.unique(), null, 0,
                0, null, joinColumn.columnDefinition(), joinColumn.origin(), null, joinColumn.readOnly());
        ColumnDetails keyDetails = keyJdbcTypeCode(member)
                .map(code -> new ColumnDetails(null, null, List.of(), code, false, false,
                        ColumnDetails.NONE.onDelete(), ColumnDetails.NONE.validation(), null, null))
                .orElse(ColumnDetails.NONE);
        // A JdbcType class of the application's own decides the type at run time, as for @JdbcType.
        Optional<AnnotationMirror> jdbcType = hibernate(member, "AnyKeyJdbcType");
        List<UnsupportedUse> unknownJdbcType = jdbcType.isPresent() && keyDetails.jdbcTypeCode() == null
                ? List.of(new UnsupportedUse("@AnyKeyJdbcType with a JdbcType class other than Hibernate's",
                        Origin.of(member, jdbcType.orElseThrow())))
                : List.of();
        Attribute key = new Attribute(name + KEY, any.declaringClass(), keyType, false, false, false, true, keyColumn,
                null, null, null, List.of(), null, null, null, null, keyDetails, unknownJdbcType, any.origin(), null,
                List.of(), null, false, false);
        return List.of(discriminator, key);
    }

    /** {@code @AnyDiscriminator(STRING)} (the default) is a {@code varchar}, {@code CHAR} a {@code char(1)}. */
    static JavaType discriminatorType(Element member) {
        String type = hibernate(member, "AnyDiscriminator").map(m -> Annotations.enumConstant(m, "value"))
                .orElse("STRING");
        return JavaType.of(switch (type == null ? "STRING" : type) {
            case "CHAR" -> "java.lang.Character";
            case "INTEGER" -> "java.lang.Integer";
            default -> "java.lang.String";
        }, JavaType.Kind.OTHER);
    }

    /** {@code @AnyKeyJavaClass}'s class, or {@code null} when the key's type is not said. */
    static JavaType keyType(Element member) {
        TypeMirror type = hibernate(member, "AnyKeyJavaClass").map(m -> Annotations.type(m, "value")).orElse(null);
        if (type == null) {
            return null;
        }
        if (type.getKind().isPrimitive()) {
            return JavaType.of(JavaTypes.name(type), JavaType.Kind.PRIMITIVE);
        }
        return type.getKind() == TypeKind.DECLARED ? JavaType.of(JavaTypes.name(type), JavaType.Kind.OTHER) : null;
    }

    /** {@code @AnyKeyJdbcTypeCode}, or the code of {@code @AnyKeyJdbcType}'s Hibernate class. */
    static Optional<Integer> keyJdbcTypeCode(Element member) {
        Optional<Integer> code = hibernate(member, "AnyKeyJdbcTypeCode").map(m -> Annotations.integer(m, "value"));
        if (code.isPresent()) {
            return code;
        }
        return hibernate(member, "AnyKeyJdbcType").map(m -> Annotations.type(m, "value"))
                .filter(t -> t instanceof DeclaredType)
                .flatMap(t -> JdbcTypeCodes.ofJdbcType(((DeclaredType) t).asElement().getSimpleName().toString()));
    }

    static Optional<AnnotationMirror> hibernate(Element member, String simpleName) {
        // A loop, not a stream: this runs for every member of every entity and embeddable.
        for (AnnotationMirror m : member.getAnnotationMirrors()) {
            if (simpleName.equals(Annotations.hibernateName(m))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
