package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.ProcessorOptions;
import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.Attribute.EnumStorage;
import dev.jpamigrate.processor.model.Attribute.TemporalKind;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.JavaType.Kind;
import dev.jpamigrate.processor.model.JavaType;
import java.util.Optional;
import java.util.Set;

/**
 * The column type that Hibernate ORM gives a basic attribute on PostgreSQL, in the model's
 * canonical spelling; where 6.6 and 7 differ (the default precision of {@code time}), as the
 * chosen version does. The conformance test checks each rule against Hibernate.
 */
public final class ColumnTypes {
    /** PostgreSQL's longest {@code varchar}; Hibernate maps a longer {@code String} to {@code text}. */
    public static final int MAX_VARCHAR_LENGTH = 10_485_760;

    private static final int DEFAULT_LENGTH = 255;
    private static final int DEFAULT_TIMESTAMP_PRECISION = 6;

    private static final Set<String> INTEGRAL = Set.of("short", "java.lang.Short", "int", "java.lang.Integer", "long",
            "java.lang.Long");
    private static final Set<String> FLOATING = Set.of("float", "java.lang.Float", "double", "java.lang.Double");
    private static final Set<String> LEGACY_TEMPORAL = Set.of("java.util.Date", "java.util.Calendar");

    private final int defaultTimePrecision;
    private final ColumnSizes sizes = new ColumnSizes(this);

    public ColumnTypes(ProcessorOptions.HibernateVersion hibernate) {
        this.defaultTimePrecision = hibernate == ProcessorOptions.HibernateVersion.V6_6 ? 6 : 0;
    }

    /** How the module's columns are sized for Hibernate's column order, as the mappers note them. */
    public ColumnSizes sizes() {
        return sizes;
    }

    /** The type of a basic attribute's column, or empty when JPA Migrate does not know how Hibernate maps it. */
    public Optional<String> of(Attribute attribute) {
        ColumnSpec column = attribute.column();
        if (column != null && column.columnDefinition() != null) {
            return Optional.of(column.columnDefinition());
        }
        return withoutDefinition(attribute);
    }

    /** The type of a basic attribute's column as if it had no {@code columnDefinition}: what Hibernate sizes it by. */
    public Optional<String> withoutDefinition(Attribute attribute) {
        ColumnSpec column = attribute.column();
        if (attribute.details().jdbcTypeCode() != null) {
            return JdbcTypeCodes.columnType(attribute.details().jdbcTypeCode(), attribute.columnType(), column);
        }
        JavaType type = attribute.columnType();
        if (type.kind() == Kind.ENUM) {
            boolean string = attribute.enumerated() != null && attribute.enumerated().storage() == EnumStorage.STRING;
            return Optional.of(string ? varchar(column) : "smallint");
        }
        if (attribute.lob()) {
            return switch (type.name()) {
                case "java.lang.String", "char[]", "byte[]" -> Optional.of("oid");
                default -> Optional.empty();
            };
        }
        return Optional.ofNullable(switch (type.name()) {
            case "boolean", "java.lang.Boolean" -> "boolean";
            case "byte", "java.lang.Byte", "short", "java.lang.Short" -> "smallint";
            case "int", "java.lang.Integer", "java.time.Year" -> "integer";
            case "long", "java.lang.Long" -> "bigint";
            case "float", "java.lang.Float" -> "real";
            case "double", "java.lang.Double" -> "double precision";
            case "char", "java.lang.Character" -> "char(" + (column != null && column.length() != null ? column.length() : 1) + ")";
            case "java.lang.String", "char[]", "java.util.Locale", "java.time.ZoneId", "java.util.TimeZone",
                    "java.net.URL", "java.lang.Class" -> varchar(column);
            case "java.util.Currency" -> varchar(column, 3);
            case "java.time.ZoneOffset" -> varchar(column, 6);
            case "java.net.InetAddress" -> "inet";
            case "byte[]" -> "bytea";
            case "java.math.BigDecimal" -> column != null && column.precision() > 0
                    ? "numeric(" + column.precision() + "," + column.scale() + ")"
                    : "numeric(38,2)";
            case "java.math.BigInteger" -> "numeric(" + (column != null && column.precision() > 0 ? column.precision() : 38) + ",0)";
            case "java.util.UUID" -> "uuid";
            case "java.time.Duration" -> "numeric(21,0)";
            case "java.time.LocalDate", "java.sql.Date" -> "date";
            case "java.time.LocalTime", "java.time.OffsetTime", "java.sql.Time" -> time(column);
            case "java.time.LocalDateTime", "java.sql.Timestamp" -> timestamp(column);
            case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime" -> timestamp(column) + " with time zone";
            case "java.util.Date", "java.util.Calendar" -> legacyTemporal(attribute);
            default -> null;
        });
    }

    /** Whether {@code type} can carry an identity column or a sequence-generated id. */
    public static boolean isIntegral(JavaType type) {
        return INTEGRAL.contains(type.name());
    }

    public static boolean isFloatingPoint(JavaType type) {
        return FLOATING.contains(type.name());
    }

    /** {@code java.util.Date} and {@code Calendar}, the types that {@code @Temporal} applies to. */
    public static boolean isLegacyTemporal(JavaType type) {
        return LEGACY_TEMPORAL.contains(type.name());
    }

    private String legacyTemporal(Attribute attribute) {
        TemporalKind kind = attribute.temporal() == null ? TemporalKind.TIMESTAMP : attribute.temporal().kind();
        return switch (kind) {
            case DATE -> "date";
            case TIME -> time(attribute.column());
            case TIMESTAMP -> timestamp(attribute.column());
        };
    }

    private static String varchar(ColumnSpec column) {
        return varchar(column, DEFAULT_LENGTH);
    }

    /** @param defaultLength the length Hibernate gives the Java type without {@code @Column(length)} */
    private static String varchar(ColumnSpec column, int defaultLength) {
        int length = column != null && column.length() != null ? column.length() : defaultLength;
        return length > MAX_VARCHAR_LENGTH ? "text" : "varchar(" + length + ")";
    }

    private String time(ColumnSpec column) {
        return "time(" + secondPrecision(column, defaultTimePrecision) + ")";
    }

    private static String timestamp(ColumnSpec column) {
        return "timestamp(" + secondPrecision(column, DEFAULT_TIMESTAMP_PRECISION) + ")";
    }

    private static int secondPrecision(ColumnSpec column, int defaultPrecision) {
        return column != null && column.secondPrecision() != null ? column.secondPrecision() : defaultPrecision;
    }
}
