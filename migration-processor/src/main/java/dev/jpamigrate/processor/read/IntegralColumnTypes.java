package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.map.JdbcTypeCodes;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The type Hibernate gives a list's order column ({@code @ListIndexJdbcTypeCode}, {@code @ListIndexJdbcType}, {@code
 * @ListIndexJavaType}) or an id bag's key ({@code @CollectionIdJdbcTypeCode}, {@code @CollectionIdJdbcType}, {@code
 * @CollectionIdJavaType}, {@code @CollectionIdJavaClass}), as Hibernate 6.6 and 7.4 write it on PostgreSQL: {@code
 * smallint} for TINYINT and SMALLINT, {@code integer}, {@code bigint}. Other types, and classes other than Hibernate's
 * own, are refused (the classification's {@code …(type)} uses).
 */
public final class IntegralColumnTypes {
    /** The list index's annotations, by the prefix of their names. */
    public static final String LIST_INDEX = "ListIndex";
    /** The collection id's annotations, by the prefix of their names. */
    public static final String COLLECTION_ID = "CollectionId";

    private static final String JAVA_TYPES = "org.hibernate.type.descriptor.java.";
    private static final String JDBC_TYPES = "org.hibernate.type.descriptor.jdbc.";
    private static final Map<String, Integer> JAVA_TYPE_CLASSES = Map.of("ByteJavaType", JdbcTypeCodes.TINYINT,
            "ShortJavaType", JdbcTypeCodes.SMALLINT, "IntegerJavaType", JdbcTypeCodes.INTEGER,
            "LongJavaType", JdbcTypeCodes.BIGINT);
    private static final Map<String, Integer> JAVA_CLASSES = Map.of("byte", JdbcTypeCodes.TINYINT,
            "java.lang.Byte", JdbcTypeCodes.TINYINT, "short", JdbcTypeCodes.SMALLINT, "java.lang.Short",
            JdbcTypeCodes.SMALLINT, "int", JdbcTypeCodes.INTEGER, "java.lang.Integer", JdbcTypeCodes.INTEGER,
            "long", JdbcTypeCodes.BIGINT, "java.lang.Long", JdbcTypeCodes.BIGINT);

    private IntegralColumnTypes() {
    }

    /** The SQL type that {@code element}'s annotations of {@code prefix} give, or empty without one JPA Migrate maps. */
    public static Optional<String> of(Element element, String prefix) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            String name = Annotations.hibernateName(m);
            if (name != null && name.startsWith(prefix) && isTypeAnnotation(name.substring(prefix.length()))) {
                Optional<String> type = code(m).flatMap(IntegralColumnTypes::sqlType);
                if (type.isPresent()) {
                    return type;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code mirror}, one of the type annotations, says a type JPA Migrate maps. */
    static boolean known(AnnotationMirror mirror) {
        return code(mirror).flatMap(IntegralColumnTypes::sqlType).isPresent();
    }

    /** Whether the rest of an annotation's name after its prefix names a type annotation. */
    static boolean isTypeAnnotation(String rest) {
        return rest.equals("JdbcTypeCode") || rest.equals("JdbcType") || rest.equals("JavaType")
                || rest.equals("JavaClass");
    }

    /** {@code smallint}, {@code integer} or {@code bigint} for an integral JDBC type code. */
    public static Optional<String> sqlType(int code) {
        return switch (code) {
            case JdbcTypeCodes.TINYINT, JdbcTypeCodes.SMALLINT -> Optional.of("smallint");
            case JdbcTypeCodes.INTEGER -> Optional.of("integer");
            case JdbcTypeCodes.BIGINT -> Optional.of("bigint");
            default -> Optional.empty();
        };
    }

    /** The JDBC type code of one type annotation, or empty for a class JPA Migrate does not know. */
    private static Optional<Integer> code(AnnotationMirror m) {
        String name = Annotations.hibernateName(m);
        if (name.endsWith("JdbcTypeCode")) {
            return Optional.ofNullable(Annotations.integer(m, "value"));
        }
        if (name.endsWith("JavaClass")) {
            return Optional.ofNullable(JAVA_CLASSES.get(className(Annotations.type(m, "idType"))));
        }
        String type = className(Annotations.type(m, "value"));
        if (name.endsWith("JdbcType")) {
            return type != null && type.startsWith(JDBC_TYPES)
                    ? JdbcTypeCodes.ofJdbcType(type.substring(JDBC_TYPES.length())) : Optional.empty();
        }
        return type != null && type.startsWith(JAVA_TYPES)
                ? Optional.ofNullable(JAVA_TYPE_CLASSES.get(type.substring(JAVA_TYPES.length()))) : Optional.empty();
    }

    private static String className(TypeMirror type) {
        if (type == null) {
            return null;
        }
        if (type instanceof DeclaredType declared) {
            return ((javax.lang.model.element.TypeElement) declared.asElement()).getQualifiedName().toString();
        }
        return type.toString();
    }
}
