package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.ProcessorOptions;
import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.Attribute.EnumStorage;
import dev.jpamigrate.processor.model.Attribute.TemporalKind;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.JavaType.Kind;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.settings.DdlSettings;
import dev.jpamigrate.schema.UserTypeColumn;
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
    private final ProcessorOptions.HibernateVersion hibernate;
    private final DdlSettings settings;
    private final boolean durationPreferred;
    private final ColumnSizes sizes = new ColumnSizes(this);
    private final EnumHints enumHints = new EnumHints();

    public ColumnTypes(ProcessorOptions.HibernateVersion hibernate) {
        this(hibernate, DdlSettings.DEFAULTS);
    }

    /** Whether the settings make Hibernate write a {@code columnDefinition} in quotes. */
    public boolean quotesColumnDefinitions() {
        return settings.quotesColumnDefinitions();
    }

    /** @param settings the application's preferred JDBC types and time zone storage */
    public ColumnTypes(ProcessorOptions.HibernateVersion hibernate, DdlSettings settings) {
        this(hibernate, settings, true);
    }

    /**
     * @param durationPreferred whether Hibernate reads {@code hibernate.type.preferred_duration_jdbc_type}: 6.2 and 6.3
     *     do not, and keep every {@code Duration} in {@code numeric(21,0)}
     */
    public ColumnTypes(ProcessorOptions.HibernateVersion hibernate, DdlSettings settings, boolean durationPreferred) {
        this.durationPreferred = durationPreferred;
        this.defaultTimePrecision = hibernate == ProcessorOptions.HibernateVersion.V6_6 ? 6 : 0;
        this.hibernate = hibernate;
        this.settings = settings;
    }

    /** The Hibernate version whose types these are. */
    public ProcessorOptions.HibernateVersion hibernate() {
        return hibernate;
    }

    /** Which attributes keep their offset in a column of their own, by the application's settings. */
    public TimeZoneColumns timeZoneColumns() {
        return new TimeZoneColumns(settings);
    }

    /** How the module's columns are sized for Hibernate's column order, as the mappers note them. */
    public ColumnSizes sizes() {
        return sizes;
    }

    /** The constants of the enum columns the mappers wrote, for the diff's hints. */
    public EnumHints enumHints() {
        return enumHints;
    }

    /** The type of a basic attribute's column, or empty when JPA Migrate does not know how Hibernate maps it. */
    public Optional<String> of(Attribute attribute) {
        return of(attribute, attribute.column());
    }

    /**
     * The type of the attribute's own column, with the length, precision and scale that Bean Validation's
     * {@code @Size}, {@code @Length} and {@code @Digits} set. Only there: Hibernate applies them after binding,
     * so the join and key columns that copy the column keep what {@code @Column} says.
     */
    public Optional<String> ofValidated(Attribute attribute) {
        return of(attribute, attribute.details().validation().applyTo(attribute.column()));
    }

    private Optional<String> of(Attribute attribute, ColumnSpec column) {
        if (column != null && column.columnDefinition() != null) {
            String type = ColumnDefinition.parse(column.columnDefinition()).map(ColumnDefinition::type)
                    .orElse(column.columnDefinition());
            // Hibernate writes the definition, and orders the column by the UserType's getSqlType(): the engine asks it.
            return Optional.of(attribute.details().userType() == null ? type
                    : userTypeColumn(attribute, column, type).placeholder());
        }
        return withoutDefinition(attribute, column);
    }

    /**
     * The placeholder of a UserType's column: the UserType, the length, precision and scale {@code @Column} gives, and
     * the type of its {@code columnDefinition} ({@code null} without one).
     */
    private static UserTypeColumn userTypeColumn(Attribute attribute, ColumnSpec column, String definition) {
        Integer length = column == null ? null : column.length();
        Integer precision = column == null || column.precision() <= 0 ? null : column.precision();
        // Hibernate takes @Column's scale with its precision only (precision 10 alone is numeric(10,0), scale 4 alone
        // leaves the UserType's numeric(19,2)).
        Integer scale = precision == null ? null : column.scale();
        return new UserTypeColumn(attribute.details().userType(), length, precision, scale,
                attribute.declaringClass() + "." + attribute.name(), definition);
    }

    /**
     * The type of a basic attribute's column as if it had no {@code columnDefinition}: what Hibernate sizes it by.
     *
     * @param column the attribute's column, with the length Bean Validation sets where it sets one
     */
    public Optional<String> withoutDefinition(Attribute attribute, ColumnSpec column) {
        if (attribute.details().userType() != null) {
            // Hibernate asks the UserType at boot; the engine asks the compiled one (UserTypeColumns).
            return Optional.of(userTypeColumn(attribute, column, null).placeholder());
        }
        Integer code = attribute.details().jdbcTypeCode();
        JavaType type = attribute.columnType();
        if (code != null && code == JdbcTypeCodes.ARRAY || code == null && isBasicArray(type)) {
            // Hibernate 6 and 7 map an array of a basic type (and a basic List<E>) to a PostgreSQL array of E's type.
            return type.component() == null ? Optional.empty() : basic(attribute, type.component(), column).map(t -> t + "[]");
        }
        if (code != null) {
            return JdbcTypeCodes.columnType(code, type, column);
        }
        return basic(attribute, type, column);
    }

    /**
     * An array that Hibernate stores as a PostgreSQL array: not {@code byte[]} or {@code char[]}
     * (one {@code bytea} or {@code varchar}), nor {@code Byte[]} or {@code Character[]}, which
     * Hibernate refuses unless {@code hibernate.type.wrapper_array_handling} says how to store them.
     */
    public static boolean isBasicArray(JavaType type) {
        return type.kind() == Kind.ARRAY && !Set.of("byte[]", "char[]", "java.lang.Byte[]", "java.lang.Character[]")
                .contains(type.name());
    }

    /** @param column the column as written, with Bean Validation's length and digits applied */
    private Optional<String> basic(Attribute attribute, JavaType type, ColumnSpec column) {
        if (type.kind() == Kind.ENUM) {
            boolean string = attribute.enumerated() != null && attribute.enumerated().storage() == EnumStorage.STRING;
            if (!string) {
                return Optional.of("smallint");
            }
            // Hibernate (EnumJavaType) picks CHAR for a column written with length 1, before Bean Validation sizes it.
            ColumnSpec written = attribute.column();
            boolean oneCharacter = written != null && written.length() != null && written.length() == 1;
            return Optional.of(oneCharacter ? "char(1)" : varchar(column));
        }
        // @Lob makes a character column a CLOB and a binary or serialized one a BLOB, both oid on PostgreSQL; Hibernate
        // ignores it on other types (numbers, dates and times, UUID, Boolean, InetAddress, enums), whose column stays.
        if (attribute.lob() && (LOB_TYPES.contains(type.name()) || type.kind() == Kind.SERIALIZABLE)) {
            return Optional.of("oid");
        }
        Optional<String> preferred = preferred(attribute, type, column);
        if (preferred.isPresent()) {
            return preferred;
        }
        return Optional.ofNullable(switch (type.name()) {
            case "boolean", "java.lang.Boolean" -> "boolean";
            case "byte", "java.lang.Byte", "short", "java.lang.Short" -> "smallint";
            case "int", "java.lang.Integer", "java.time.Year" -> "integer";
            case "long", "java.lang.Long" -> "bigint";
            case "float", "java.lang.Float" -> column != null && column.precision() > 0 ? floatingPoint(column) : "real";
            case "double", "java.lang.Double" -> column != null && column.precision() > 0 ? floatingPoint(column) : "double precision";
            case "char", "java.lang.Character" -> "char(" + (column != null && column.length() != null ? column.length() : 1) + ")";
            case "java.lang.String", "char[]", "java.util.Locale", "java.time.ZoneId", "java.util.TimeZone",
                    "java.net.URL", "java.lang.Class" -> varchar(column);
            // Hibernate has no type of its own for a URI, a MonthDay or a YearMonth: it serializes them, as any
            // Serializable class.
            case "java.net.URI", "java.time.MonthDay", "java.time.YearMonth" -> "bytea";
            case "java.util.Currency" -> varchar(column, 3);
            case "java.time.ZoneOffset" -> varchar(column, 6);
            case "java.net.InetAddress" -> "inet";
            // JDBC's large objects are Hibernate's BLOB, CLOB and NCLOB, which PostgreSQL stores as oid, @Lob or not.
            case "java.sql.Blob", "java.sql.Clob", "java.sql.NClob" -> "oid";
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
            // An application's Serializable class (or a field typed Serializable) is stored serialized.
            default -> type.kind() == Kind.SERIALIZABLE ? "bytea" : null;
        });
    }

    /**
     * The type the application's settings prefer for the Java type: its preferred JDBC type
     * ({@code hibernate.type.preferred_*_jdbc_type}) as {@code @JdbcTypeCode} would give it, and
     * {@code timestamp} for offset date-times that {@code @TimeZoneStorage(NORMALIZE)} or {@code
     * hibernate.timezone.default_storage=NORMALIZE} normalizes to the JVM's zone.
     */
    private Optional<String> preferred(Attribute attribute, JavaType type, ColumnSpec column) {
        Integer code = switch (type.name()) {
            case "java.time.Instant" -> settings.instantType();
            case "java.util.UUID" -> settings.uuidType();
            case "boolean", "java.lang.Boolean" -> settings.booleanType();
            case "java.time.Duration" -> durationPreferred ? settings.durationType() : null;
            default -> null;
        };
        if (code != null) {
            return switch (code) {
                case JdbcTypeCodes.TIMESTAMP -> Optional.of(timestamp(column));
                case JdbcTypeCodes.TIMESTAMP_UTC, JdbcTypeCodes.TIMESTAMP_WITH_TIMEZONE ->
                        Optional.of(timestamp(column) + " with time zone");
                case -7 -> Optional.of("boolean"); // BIT: PostgreSQL's bit(1) is not what Hibernate writes
                case 2, 3 -> Optional.of("numeric(21,0)"); // NUMERIC, DECIMAL: Duration's nanoseconds
                case 3100 -> Optional.of("interval second(6)");
                default -> JdbcTypeCodes.columnType(code, type, column);
            };
        }
        boolean offset = type.name().equals("java.time.OffsetDateTime") || type.name().equals("java.time.ZonedDateTime");
        // The field's own @TimeZoneStorage, but DEFAULT, wins over the setting.
        String storage = attribute.details().timeZoneStorage();
        boolean bySetting = storage == null || storage.equals("DEFAULT");
        boolean normalized = "NORMALIZE".equals(storage) || bySetting && settings.normalizeTimeZones();
        return offset && normalized ? Optional.of(timestamp(column)) : Optional.empty();
    }

    /**
     * The types {@code @Lob} stores as a large object: those Hibernate maps to a character column (a CLOB with
     * {@code @Lob}), to a binary one or by serializing them (a BLOB), and JDBC's own LOBs.
     */
    private static final Set<String> LOB_TYPES = Set.of("java.lang.String", "char[]", "byte[]", "java.sql.Blob",
            "java.sql.Clob", "java.sql.NClob", "char", "java.lang.Character", "java.util.Locale", "java.time.ZoneId",
            "java.time.ZoneOffset", "java.util.TimeZone", "java.util.Currency", "java.net.URL", "java.net.URI",
            "java.lang.Class");

    /** The binary digits of PostgreSQL's {@code double precision}; {@code float(n)} up to 24 is a {@code real}. */
    public static final int DOUBLE_BINARY_PRECISION = 53;
    private static final int REAL_BINARY_PRECISION = 24;

    /**
     * The binary digits Hibernate gives a float or double column whose {@code @Column(precision)} counts decimal
     * digits: {@code float(34)} for a precision of 10, which PostgreSQL makes a {@code double precision}.
     */
    public static int binaryPrecision(int decimalDigits) {
        return (int) Math.ceil(decimalDigits / Math.log10(2));
    }

    private static String floatingPoint(ColumnSpec column) {
        return binaryPrecision(column.precision()) <= REAL_BINARY_PRECISION ? "real" : "double precision";
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

    /**
     * A {@code varchar} of {@code @Column(length)}, or {@code text} beyond PostgreSQL's longest {@code varchar}, as
     * the dialect writes every character type (VARCHAR and LONGVARCHAR alike).
     *
     * @param defaultLength the length Hibernate gives the Java type without {@code @Column(length)}
     */
    static String varchar(ColumnSpec column, int defaultLength) {
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
