package dev.jpamigrate.processor.read;

import java.util.Set;

/**
 * The UserTypes of hypersistence-utils whose {@code getSqlType()} is {@code Types.OTHER}: Hibernate's PostgreSQL
 * dialect has no column type for that code, so Hibernate's schema export fails on them ("no type mapping for
 * org.hibernate.type.SqlTypes code: 1111 (OTHER)") unless {@code @Column(columnDefinition)} says the type, as the
 * library's documentation always does. Probed with hypersistence-utils-hibernate-63 3.15.2 on Hibernate 6.6 and
 * -73 3.15.4 on Hibernate 7.4. Known at compile time by name, so the mapping is refused on the field.
 */
public final class OtherSqlTypeUserTypes {
    private static final String PACKAGE = "io.hypersistence.utils.hibernate.type.";

    /** The class, by its name in {@code io.hypersistence.utils.hibernate.type}, with the definition to write. */
    private static final Set<String> CLASSES = Set.of("json.JsonType", "json.JsonBinaryType",
            "array.ListArrayType", "array.StringArrayType", "array.IntArrayType", "array.LongArrayType",
            "array.UUIDArrayType", "array.EnumArrayType", "array.BooleanArrayType", "array.DateArrayType",
            "array.DecimalArrayType", "array.DoubleArrayType", "array.FloatArrayType", "array.TimestampArrayType",
            "array.LocalDateArrayType", "array.LocalDateTimeArrayType", "basic.PostgreSQLInetType",
            "basic.PostgreSQLHStoreType");

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
        return userType != null && userType.startsWith(PACKAGE) && CLASSES.contains(userType.substring(PACKAGE.length()));
    }
}
