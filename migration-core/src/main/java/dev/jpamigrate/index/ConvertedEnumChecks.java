package dev.jpamigrate.index;

import static dev.jpamigrate.index.ProjectClasses.describe;
import static dev.jpamigrate.index.ProjectClasses.instance;
import static dev.jpamigrate.index.ProjectClasses.load;
import static dev.jpamigrate.index.ProjectClasses.simpleName;

import dev.jpamigrate.core.Log;
import dev.jpamigrate.index.ProjectClasses.Failure;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.ConvertedEnumCheck;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the {@link ConvertedEnumCheck} placeholders of an entity schema into the CHECK that
 * Hibernate 7 writes, by running the application's converter on each constant of the enum, as
 * Hibernate does at boot. A converter that cannot be loaded, made or run leaves that condition out
 * of the schema, with one warning that names the converter and the field.
 *
 * <pre>{@code
 * Schema entities = ConvertedEnumChecks.resolve(snapshotSchema, projectClassLoader, log);
 * }</pre>
 */
public final class ConvertedEnumChecks {
    /**
     * The placeholder's "enum" for a converted {@code Boolean}: {@code java.lang.Boolean} for the values of false, true
     * and null, {@code boolean} for those of false and true (Hibernate before 6.6).
     */
    private static final Set<String> BOOLEAN_VALUES = Set.of("java.lang.Boolean", "boolean");
    private static final Object[] BOOLEANS = {false, true};

    private ConvertedEnumChecks() {
    }

    private static Object convert(Method convert, Object converter, ConvertedEnumCheck placeholder, Object constant)
            throws Failure {
        try {
            return convert.invoke(converter, constant);
        } catch (InvocationTargetException e) {
            throw new Failure(simpleName(placeholder.converterClass()) + ".convertToDatabaseColumn("
                    + constant + ") threw " + describe(e.getCause()));
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new Failure(simpleName(placeholder.converterClass()) + " cannot be called: "
                    + describe(e));
        }
    }

    /** {@code schema} with every placeholder replaced by its condition, or left out with a warning. */
    public static Schema resolve(Schema schema, ClassLoader classLoader, Log log) {
        Schema result = schema;
        for (Table table : schema.tables()) {
            if (table.checks().stream().noneMatch(c -> ConvertedEnumCheck.isIn(c.expression()))) {
                continue;
            }
            List<CheckConstraint> checks = new ArrayList<>();
            for (CheckConstraint check : table.checks()) {
                resolve(table.name(), check, classLoader, log).ifPresent(checks::add);
            }
            result = result.withTable(table.withChecks(old -> checks));
        }
        return result;
    }

    private static Optional<CheckConstraint> resolve(String table, CheckConstraint check, ClassLoader classLoader,
            Log log) {
        String expression = check.expression();
        for (ConvertedEnumCheck placeholder : ConvertedEnumCheck.in(expression)) {
            try {
                expression = placeholder.resolve(expression, condition(placeholder, classLoader));
            } catch (Failure e) {
                log.warn("No CHECK on " + table + "." + placeholder.column() + " (" + placeholder.field() + "): "
                        + e.getMessage() + "; Hibernate 7 checks the column against the values the converter gives"
                        + " the constants of " + simpleName(placeholder.enumClass()) + ", this schema leaves it out.");
                Optional<String> rest = placeholder.remove(expression);
                if (rest.isEmpty()) {
                    return Optional.empty();
                }
                expression = rest.get();
            }
        }
        return Optional.of(new CheckConstraint(check.name(), expression));
    }

    /**
     * {@code priority in ('H','L','M')}, as Hibernate 7's {@code Dialect.getCheckCondition} writes it: the
     * converted values in the order of the {@code HashSet} Hibernate collects them in (so sized as
     * Hibernate sizes it), strings and characters quoted, numbers bare, and {@code or priority is null} when
     * a constant converts to null. A converted {@code Boolean}'s check, {@code gift in ('N','Y')}, is made the same
     * way of the values of {@code false} and {@code true}.
     */
    static String condition(ConvertedEnumCheck placeholder, ClassLoader classLoader) throws Failure {
        boolean bool = BOOLEAN_VALUES.contains(placeholder.enumClass());
        Object[] constants = bool ? BOOLEANS : load(placeholder.enumClass(), classLoader, "enum").getEnumConstants();
        if (constants == null) {
            throw new Failure(simpleName(placeholder.enumClass()) + " is not an enum");
        }
        Method convert = converter(placeholder, classLoader);
        Object converter = instance(placeholder.converterClass(), classLoader, "converter");
        // A Boolean's values in Hibernate's order: false's, true's, then (java.lang.Boolean: Hibernate 6.6 and later)
        // null's when it is a value, each written even when it repeats one (in ('n','y','n')), as BooleanJavaType does.
        Collection<Object> values = bool ? new ArrayList<>()
                : new HashSet<>(Math.max((int) (constants.length / .75f) + 1, 16), .75f);
        if (bool && placeholder.enumClass().equals("java.lang.Boolean")) {
            constants = new Object[] {false, true, null};
        }
        for (Object constant : constants) {
            if (bool && constant == null) {
                Object value = convert(convert, converter, placeholder, null);
                if (value != null) {
                    values.add(value);
                }
                continue;
            }
            values.add(convert(convert, converter, placeholder, constant));
        }
        StringBuilder condition = new StringBuilder(placeholder.column()).append(" in (");
        String separator = "";
        boolean nullable = false;
        for (Object value : values) {
            if (value == null) {
                nullable = true;
                continue;
            }
            condition.append(separator);
            if (value instanceof CharSequence || value instanceof Character) {
                condition.append('\'').append(value.toString().replace("'", "''")).append('\'');
            } else if (value instanceof Number) {
                condition.append(value);
            } else {
                throw new Failure(simpleName(placeholder.converterClass()) + " gives "
                        + value.getClass().getSimpleName() + " values, for which Hibernate writes no check");
            }
            separator = ",";
        }
        if (separator.isEmpty()) {
            throw new Failure(simpleName(placeholder.converterClass()) + " gives no value but null");
        }
        condition.append(')');
        if (nullable) {
            condition.append(" or ").append(placeholder.column()).append(" is null");
        }
        return condition.toString();
    }

    private static Method converter(ConvertedEnumCheck placeholder, ClassLoader classLoader) throws Failure {
        Class<?> type = load(placeholder.converterClass(), classLoader, "converter");
        try {
            Method method = type.getMethod("convertToDatabaseColumn", Object.class);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new Failure(simpleName(placeholder.converterClass()) + " has no convertToDatabaseColumn to"
                    + " call (" + describe(e) + ")");
        }
    }
}
