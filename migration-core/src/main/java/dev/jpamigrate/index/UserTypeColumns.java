package dev.jpamigrate.index;

import static dev.jpamigrate.index.ProjectClasses.describe;
import static dev.jpamigrate.index.ProjectClasses.instance;
import static dev.jpamigrate.index.ProjectClasses.simpleName;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.index.ProjectClasses.Failure;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.HibernateColumnSizes;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UserTypeColumn;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the {@link UserTypeColumn} placeholders of an entity schema into the column types Hibernate writes for
 * them on PostgreSQL: it makes the application's UserType (as Hibernate does, by its constructor without
 * arguments), asks it for its JDBC type code ({@code getSqlType()}) and, where the column says none, its default
 * length, precision and scale, and writes the type Hibernate's PostgreSQL dialect gives that code (Hibernate 6.6
 * and 7.4 write the same). The column then takes the place Hibernate's column order gives its size.
 *
 * <p>A UserType that cannot be made or asked, or whose code has no column type, stops the build with an error
 * naming the field: a column of unknown type cannot be created nor compared, and leaving it out would drop it.
 *
 * <pre>{@code
 * Schema entities = UserTypeColumns.resolve(snapshotSchema, projectClassLoader);
 * }</pre>
 */
public final class UserTypeColumns {
    /** Hibernate's default sizes of a UserType's column ({@code Size.DEFAULT_LENGTH}, precision and scale). */
    private static final int DEFAULT_LENGTH = 255;
    private static final int DEFAULT_PRECISION = 19;
    private static final int DEFAULT_SCALE = 2;
    /** PostgreSQL's finest time and timestamp precision: it lowers Hibernate's default of 19 to it. */
    private static final int MAX_SECOND_PRECISION = 6;
    /** What the PostgreSQL dialect gives LONGVARCHAR: a varchar of Hibernate's "long" length. */
    private static final int LONG_VARCHAR_LENGTH = 32_600;
    /** A type of no size known to Hibernate, which orders its column among the largest. */
    private static final String LARGEST = "other";
    private static final String FIX = "say the column's type with @Column(columnDefinition = \"…\")";

    private UserTypeColumns() {
    }

    /**
     * {@code schema} with every placeholder replaced by its column type.
     *
     * @throws MigrationException when a UserType cannot be loaded, made or asked, or gives a code without column type
     */
    public static Schema resolve(Schema schema, ClassLoader classLoader) {
        Schema result = schema;
        for (Table table : schema.tables()) {
            if (table.columns().stream().noneMatch(c -> UserTypeColumn.isIn(c.type()))) {
                continue;
            }
            List<Column> columns = new ArrayList<>(table.columns());
            // Each resolved column with the column Hibernate orders it as (its type the one getSqlType() gives).
            Map<Column, Column> resolved = new LinkedHashMap<>();
            for (Column column : table.columns()) {
                Optional<UserTypeColumn> placeholder = UserTypeColumn.of(column.type());
                if (placeholder.isPresent()) {
                    columns.remove(column);
                    String definition = placeholder.get().definition();
                    Column ordered = column.withType(definition == null
                            ? type(table.name(), column.name(), placeholder.get(), classLoader)
                            : orderingType(placeholder.get(), classLoader));
                    resolved.put(definition == null ? ordered : column.withType(definition), ordered);
                }
            }
            resolved.forEach((column, ordered) -> {
                int at = 0;
                while (at < columns.size() && HibernateColumnSizes.compare(columns.get(at), ordered) <= 0) {
                    at++;
                }
                columns.add(at, column);
            });
            result = result.withTable(table.withColumns(old -> columns));
        }
        return result;
    }

    private static String type(String table, String column, UserTypeColumn placeholder, ClassLoader classLoader) {
        String where = table + "." + column + " (" + placeholder.field() + ", @Type("
                + simpleName(placeholder.userType()) + ".class))";
        try {
            Object userType = instance(placeholder.userType(), classLoader, "UserType");
            int code = sqlType(userType);
            return columnType(code, placeholder, userType).orElseThrow(() -> new Failure(reason(code)));
        } catch (Failure e) {
            throw new MigrationException("The type of column " + where + " cannot be known: " + e.getMessage()
                    + "; " + FIX + ".");
        }
    }

    /**
     * The type Hibernate orders a UserType's column with a {@code columnDefinition} by: the one of its getSqlType()'s
     * code, a code without column type ({@code OTHER}) counting as the largest, as Hibernate counts it. A UserType that
     * cannot be asked leaves the column ordered by its definition: its type is known all the same.
     */
    private static String orderingType(UserTypeColumn placeholder, ClassLoader classLoader) {
        try {
            Object userType = instance(placeholder.userType(), classLoader, "UserType");
            return columnType(sqlType(userType), placeholder, userType).orElse(LARGEST);
        } catch (Failure | RuntimeException e) {
            return placeholder.definition();
        }
    }

    private static int sqlType(Object userType) throws Failure {
        try {
            return (Integer) call(userType, "getSqlType");
        } catch (Failure e) {
            // Hibernate's UserTypeSupport answers once Hibernate has resolved its JdbcType at boot, from the code it
            // was made with: that code.
            for (Class<?> c = userType.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals("org.hibernate.usertype.UserTypeSupport")) {
                    try {
                        java.lang.reflect.Field code = c.getDeclaredField("jdbcTypeCode");
                        code.setAccessible(true);
                        return code.getInt(userType);
                    } catch (ReflectiveOperationException | RuntimeException unreadable) {
                        throw e;
                    }
                }
            }
            throw e;
        }
    }

    /** The column type Hibernate's PostgreSQL dialect writes for {@code code}, as probed on Hibernate 6.6 and 7.4. */
    static Optional<String> columnType(int code, UserTypeColumn placeholder, Object userType) throws Failure {
        return Optional.ofNullable(switch (code) {
            case java.sql.Types.CHAR, java.sql.Types.NCHAR -> "char(" + length(placeholder, userType) + ")";
            case java.sql.Types.VARCHAR, java.sql.Types.NVARCHAR -> "varchar(" + length(placeholder, userType) + ")";
            case java.sql.Types.LONGVARCHAR, java.sql.Types.LONGNVARCHAR -> "varchar(" + LONG_VARCHAR_LENGTH + ")";
            case SqlTypeCodes.LONG32VARCHAR, SqlTypeCodes.LONG32NVARCHAR -> "text";
            case java.sql.Types.INTEGER -> "integer";
            case java.sql.Types.SMALLINT, java.sql.Types.TINYINT -> "smallint";
            case java.sql.Types.BIGINT -> "bigint";
            case java.sql.Types.BOOLEAN -> "boolean";
            case java.sql.Types.NUMERIC, java.sql.Types.DECIMAL -> "numeric(" + precision(placeholder, userType) + ","
                    + scale(placeholder, userType) + ")";
            case java.sql.Types.DOUBLE -> "double precision";
            case java.sql.Types.REAL -> "real";
            case java.sql.Types.DATE -> "date";
            case java.sql.Types.TIME -> "time(" + secondPrecision(placeholder, userType) + ")";
            case java.sql.Types.TIMESTAMP -> "timestamp(" + secondPrecision(placeholder, userType) + ")";
            case java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp(" + secondPrecision(placeholder, userType)
                    + ") with time zone";
            case java.sql.Types.VARBINARY -> "bytea";
            case java.sql.Types.BLOB, java.sql.Types.CLOB -> "oid";
            case java.sql.Types.SQLXML -> "xml";
            case SqlTypeCodes.UUID -> "uuid";
            case SqlTypeCodes.JSON -> "jsonb";
            case SqlTypeCodes.INET -> "inet";
            default -> null;
        });
    }

    /** Why {@code code} has no column type: Hibernate fails on some codes itself. */
    private static String reason(int code) {
        return switch (code) {
            case java.sql.Types.OTHER, java.sql.Types.BIT -> "its getSqlType() is " + code + " ("
                    + (code == java.sql.Types.OTHER ? "OTHER" : "BIT") + "), for which Hibernate's PostgreSQL dialect"
                    + " has no column type (Hibernate's schema export fails on it too: \"no type mapping for"
                    + " org.hibernate.type.SqlTypes code\")";
            case java.sql.Types.ARRAY -> "its getSqlType() is 2003 (ARRAY), on which Hibernate's schema export fails"
                    + " too (a UserType is no BasicPluralType)";
            default -> "its getSqlType() is " + code + ", a JDBC type code JPA Migrate does not map for a UserType";
        };
    }

    private static int length(UserTypeColumn placeholder, Object userType) throws Failure {
        return placeholder.length() != null ? placeholder.length() : defaultSize(userType, "getDefaultSqlLength",
                DEFAULT_LENGTH);
    }

    private static int precision(UserTypeColumn placeholder, Object userType) throws Failure {
        return placeholder.precision() != null ? placeholder.precision() : defaultSize(userType,
                "getDefaultSqlPrecision", DEFAULT_PRECISION);
    }

    private static int scale(UserTypeColumn placeholder, Object userType) throws Failure {
        return placeholder.scale() != null ? placeholder.scale() : defaultSize(userType, "getDefaultSqlScale",
                DEFAULT_SCALE);
    }

    private static int secondPrecision(UserTypeColumn placeholder, Object userType) throws Failure {
        return Math.min(precision(placeholder, userType), MAX_SECOND_PRECISION);
    }

    /**
     * The UserType's {@code getDefaultSqlLength(Dialect, JdbcType)} (or precision, or scale), which Hibernate asks
     * where {@code @Column} gives none; called without a dialect, as the defaults of Hibernate 6.6 and 7 read none.
     */
    private static int defaultSize(Object userType, String method, int fallback) throws Failure {
        Method sized = null;
        for (Method m : userType.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == 2) {
                sized = m;
            }
        }
        if (sized == null) {
            return fallback;
        }
        Object size = invoke(userType, sized, null, null);
        return size instanceof Number n ? (int) Math.min(n.longValue(), Integer.MAX_VALUE) : fallback;
    }

    private static Object call(Object target, String method) throws Failure {
        try {
            return invoke(target, target.getClass().getMethod(method));
        } catch (NoSuchMethodException e) {
            throw new Failure(simpleName(target.getClass().getName()) + " has no " + method + "() (is it a UserType?)");
        }
    }

    private static Object invoke(Object target, Method method, Object... arguments) throws Failure {
        String name = simpleName(target.getClass().getName()) + "." + method.getName() + "()";
        try {
            method.setAccessible(true);
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw new Failure(name + " threw " + describe(e.getCause()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Failure(name + " cannot be called: " + describe(e));
        }
    }

    /** Hibernate's own codes of {@code org.hibernate.type.SqlTypes} beyond {@code java.sql.Types}. */
    private static final class SqlTypeCodes {
        static final int LONG32VARCHAR = 4001;
        static final int LONG32NVARCHAR = 4002;
        static final int UUID = 3000;
        static final int JSON = 3001;
        static final int INET = 3002;
    }
}
