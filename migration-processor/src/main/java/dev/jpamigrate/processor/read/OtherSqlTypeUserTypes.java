package dev.jpamigrate.processor.read;

import java.util.Map;
import java.util.Set;

/**
 * The UserTypes of hypersistence-utils, and of its predecessor hibernate-types-60 ({@code com.vladmihalcea}, which
 * Hibernate 6.4 and 6.6 still load), whose {@code getSqlType()} is {@code Types.OTHER}: Hibernate's PostgreSQL dialect
 * has no column type for that code, so Hibernate's schema export fails on them ("no type mapping for
 * org.hibernate.type.SqlTypes code: 1111 (OTHER)") unless {@code @Column(columnDefinition)} says the type, as the
 * library's documentation always does. Probed with hypersistence-utils-hibernate-63 3.15.2 on Hibernate 6.6 and -73
 * 3.15.4 on Hibernate 7.4, and hibernate-types-60 2.21.1 on Hibernate 6.4 and 6.6 (its array types are of SQL type
 * ARRAY, on which Hibernate fails otherwise: not here). Known at compile time by name, so the mapping is refused on the
 * field.
 */
public final class OtherSqlTypeUserTypes {
    /** hypersistence-utils' classes, by their names in {@code io.hypersistence.utils.hibernate.type}. */
    private static final Set<String> HYPERSISTENCE = Set.of("json.JsonType", "json.JsonBinaryType",
            "json.JsonNodeBinaryType", "array.ListArrayType", "array.StringArrayType", "array.IntArrayType",
            "array.LongArrayType", "array.UUIDArrayType", "array.EnumArrayType", "array.BooleanArrayType",
            "array.DateArrayType", "array.DecimalArrayType", "array.DoubleArrayType", "array.FloatArrayType",
            "array.TimestampArrayType", "array.LocalDateArrayType", "array.LocalDateTimeArrayType",
            "array.MultiDimensionalArrayType", "basic.PostgreSQLInetType", "basic.PostgreSQLHStoreType",
            "basic.PostgreSQLLTreeType", "interval.PostgreSQLIntervalType", "interval.PostgreSQLPeriodType",
            "range.PostgreSQLRangeType", "range.guava.PostgreSQLGuavaRangeType",
            "range.spring.PostgreSQLSpringRangeType", "search.PostgreSQLTSVectorType");

    /**
     * hibernate-types-60's classes, by their names in {@code com.vladmihalcea.hibernate.type}: unlike hypersistence's,
     * its citext type is of type OTHER too.
     */
    private static final Set<String> HIBERNATE_TYPES = Set.of("json.JsonType", "json.JsonBinaryType",
            "json.JsonNodeBinaryType", "basic.PostgreSQLEnumType", "basic.PostgreSQLInetType",
            "basic.PostgreSQLHStoreType", "basic.PostgreSQLCITextType", "interval.PostgreSQLIntervalType",
            "interval.PostgreSQLPeriodType", "range.PostgreSQLRangeType", "range.guava.PostgreSQLGuavaRangeType",
            "search.PostgreSQLTSVectorType");

    private static final Map<String, Set<String>> BY_PACKAGE = Map.of("io.hypersistence.utils.hibernate.type.",
            HYPERSISTENCE, "com.vladmihalcea.hibernate.type.", HIBERNATE_TYPES);

    private OtherSqlTypeUserTypes() {
    }

    /**
     * Whether {@code element} (a field or getter, or {@code null}) has {@code @Type} of one of these classes: Hibernate
     * sizes its column as the largest when it orders the columns, whatever its columnDefinition says.
     */
    public static boolean isOn(javax.lang.model.element.Element element) {
        return element != null && element.getAnnotationMirrors().stream()
                .anyMatch(m -> "Type".equals(Annotations.hibernateName(m)) && contains(HibernateAnnotations.userType(m)));
    }

    /** Whether Hibernate's schema export fails on a column of {@code userType} without a columnDefinition. */
    public static boolean contains(String userType) {
        return userType != null && BY_PACKAGE.entrySet().stream()
                .anyMatch(library -> userType.startsWith(library.getKey())
                        && library.getValue().contains(userType.substring(library.getKey().length())));
    }
}
