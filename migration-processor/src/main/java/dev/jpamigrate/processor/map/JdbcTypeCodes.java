package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.JavaType;
import java.util.Map;
import java.util.Optional;

/**
 * The column types that Hibernate's {@code @JdbcTypeCode} and {@code @JdbcType} choose on
 * PostgreSQL, for the codes of {@code org.hibernate.type.SqlTypes} that JPA Migrate knows.
 * Lengths come from {@code @Column(length)}, with Hibernate's defaults.
 */
public final class JdbcTypeCodes {
    public static final int CHAR = 1;
    public static final int VARCHAR = 12;
    public static final int LONGVARCHAR = -1;
    public static final int LONG32VARCHAR = 4001;
    public static final int NUMERIC = 2;
    public static final int DECIMAL = 3;
    public static final int INTEGER = 4;
    public static final int SMALLINT = 5;
    public static final int TINYINT = -6;
    public static final int BIGINT = -5;
    public static final int BOOLEAN = 16;
    public static final int BINARY = -2;
    public static final int VARBINARY = -3;
    public static final int LONGVARBINARY = -4;
    public static final int DATE = 91;
    public static final int TIMESTAMP = 93;
    public static final int TIMESTAMP_WITH_TIMEZONE = 2014;
    public static final int TIMESTAMP_UTC = 3003;
    public static final int SQLXML = 2009;
    public static final int UUID = 3000;
    public static final int JSON = 3001;
    public static final int INET = 3002;
    /** A PostgreSQL array of the element type's column type; see {@link ColumnTypes}. */
    public static final int ARRAY = 2003;

    /** Hibernate's own {@code JdbcType} classes, by simple name, with the code each stands for. */
    private static final Map<String, Integer> JDBC_TYPES = Map.ofEntries(
            Map.entry("CharJdbcType", CHAR),
            Map.entry("VarcharJdbcType", VARCHAR),
            Map.entry("LongVarcharJdbcType", LONGVARCHAR),
            Map.entry("IntegerJdbcType", INTEGER),
            Map.entry("SmallIntJdbcType", SMALLINT),
            Map.entry("TinyIntJdbcType", TINYINT),
            Map.entry("BigIntJdbcType", BIGINT),
            Map.entry("BooleanJdbcType", BOOLEAN),
            Map.entry("VarbinaryJdbcType", VARBINARY),
            Map.entry("UUIDJdbcType", UUID),
            // The PostgreSQL dialect's JSON types (in org.hibernate.dialect, org.hibernate.dialect.type since 7): both
            // make the column jsonb, whatever the attribute's type or converter (probed on 6.6 and 7.4).
            Map.entry("PostgreSQLJsonPGObjectJsonbType", JSON),
            Map.entry("PostgreSQLJsonPGObjectJsonType", JSON));

    /** What the PostgreSQL dialect gives {@code LONGVARCHAR} without a length: a {@code varchar} of Hibernate's "long" length. */
    private static final int LONG_VARCHAR_LENGTH = 32_600;

    private JdbcTypeCodes() {
    }

    /** The code a Hibernate {@code JdbcType} class stands for, when JPA Migrate knows it. */
    public static Optional<Integer> ofJdbcType(String simpleName) {
        return Optional.ofNullable(JDBC_TYPES.get(simpleName));
    }

    public static boolean isKnown(int code) {
        return code == ARRAY || code == NUMERIC || code == DECIMAL || columnType(code, JavaType.of("java.lang.Object", JavaType.Kind.OTHER), null).isPresent();
    }

    /** The column type of {@code code}, or empty when JPA Migrate does not know the code. */
    public static Optional<String> columnType(int code, JavaType type, ColumnSpec column) {
        Integer length = column == null ? null : column.length();
        return Optional.ofNullable(switch (code) {
            case CHAR -> "char(" + (length != null ? length : isCharacter(type) ? 1 : 255) + ")";
            // A UUID as text is 36 characters long.
            case VARCHAR -> ColumnTypes.varchar(column, type.name().equals("java.util.UUID") ? 36 : 255);
            // @Column(length) sizes it too (Broadleaf's Length.LONG32 - 1 is a text, as any varchar too long).
            case LONGVARCHAR -> ColumnTypes.varchar(column, LONG_VARCHAR_LENGTH);
            case LONG32VARCHAR -> "text";
            case NUMERIC, DECIMAL -> numeric(type, column);
            case INTEGER -> "integer";
            case SMALLINT, TINYINT -> "smallint";
            case BIGINT -> "bigint";
            case BOOLEAN -> "boolean";
            case BINARY, VARBINARY, LONGVARBINARY -> "bytea";
            case DATE -> "date";
            case TIMESTAMP -> "timestamp(6)";
            case TIMESTAMP_WITH_TIMEZONE, TIMESTAMP_UTC -> "timestamp(6) with time zone";
            case SQLXML -> "xml";
            case UUID -> "uuid";
            case JSON -> "jsonb";
            case INET -> "inet";
            default -> null;
        });
    }

    /**
     * {@code numeric} with {@code @Column}'s precision and scale, or when no precision is written the Java type's
     * defaults as Hibernate's {@code JavaType}s give them: 38 digits with 2 decimals for a BigDecimal, none for a
     * BigInteger and the integral types (with as many digits as they hold); {@code null} for other types.
     */
    private static String numeric(JavaType type, ColumnSpec column) {
        if (column != null && column.precision() > 0) {
            return "numeric(" + column.precision() + "," + column.scale() + ")";
        }
        return switch (type.name()) {
            case "java.math.BigDecimal" -> "numeric(38,2)";
            case "java.math.BigInteger" -> "numeric(38,0)";
            case "long", "java.lang.Long" -> "numeric(19,0)";
            case "int", "java.lang.Integer" -> "numeric(10,0)";
            case "short", "java.lang.Short" -> "numeric(5,0)";
            case "byte", "java.lang.Byte" -> "numeric(3,0)";
            default -> null;
        };
    }

    private static boolean isCharacter(JavaType type) {
        return type.name().equals("char") || type.name().equals("java.lang.Character");
    }
}
