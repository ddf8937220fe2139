package dev.jpamigrate.schema;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type of a column that Hibernate's {@code @Type(SomeUserType.class)} maps without a {@code
 * columnDefinition}: Hibernate asks the UserType for its JDBC type code ({@code getSqlType()}) at boot and
 * writes the dialect's type for that code. The processor cannot run a class that is being compiled, so the
 * entity snapshot holds this placeholder as the column's type:
 *
 * <pre>
 * column amount "{user-type dev.acme.MoneyType - 10 2 dev.acme.Order.amount}"
 * </pre>
 *
 * The engine replaces it with the concrete type ({@code numeric(10,2)}) when it reads the entity snapshot,
 * running the UserType from the application's classes; the migrations snapshot holds only concrete types.
 *
 * <p>With a {@code columnDefinition}, Hibernate writes the definition, but orders the column among the table's by
 * the size of the type {@code getSqlType()} gives (ColumnOrderingStrategyStandard reads the JDBC type code, not the
 * definition): the placeholder ends with the definition's type, which becomes the column's.
 *
 * <pre>
 * column country "{user-type dev.acme.CountryCodeType - - - dev.acme.Parcel.country varchar(2)}"
 * </pre>
 *
 * @param userType the UserType's qualified (or binary) name
 * @param length {@code @Column(length)} when given, or {@code null}
 * @param precision {@code @Column(precision)} when given, or {@code null}
 * @param scale {@code @Column(scale)} when given, or {@code null}
 * @param field where the mapping is, {@code dev.acme.Order.amount}, for messages
 * @param definition the type of {@code @Column(columnDefinition)}, which the column gets, or {@code null} without one
 */
public record UserTypeColumn(String userType, Integer length, Integer precision, Integer scale, String field,
        String definition) {
    private static final String KEYWORD = "{user-type ";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{user-type ([\\w.$]+) (-|\\d+) (-|\\d+) (-|\\d+)"
            + " ([^\\s{}]+)(?: (\\S.*))?}");

    public UserTypeColumn {
        if (userType == null || userType.isBlank() || field == null || field.isBlank()) {
            throw new IllegalArgumentException("a UserType column needs a UserType and a field");
        }
        definition = definition == null || definition.isBlank() ? null : definition.strip();
    }

    /** The placeholder of a column without {@code columnDefinition}, whose type the UserType says. */
    public UserTypeColumn(String userType, Integer length, Integer precision, Integer scale, String field) {
        this(userType, length, precision, scale, field, null);
    }

    /** The text that stands for the column's type until the engine resolves it. */
    public String placeholder() {
        return KEYWORD + userType + " " + number(length) + " " + number(precision) + " " + number(scale) + " "
                + field.replace(' ', '_') + (definition == null ? "" : " " + definition) + "}";
    }

    /** Whether {@code type} is a placeholder (cheap: most types are not looked at further). */
    public static boolean isIn(String type) {
        return type.startsWith(KEYWORD);
    }

    /** The placeholder {@code type} stands for, or empty when it is a concrete type. */
    public static Optional<UserTypeColumn> of(String type) {
        if (!isIn(type)) {
            return Optional.empty();
        }
        Matcher matcher = PLACEHOLDER.matcher(type.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a UserType placeholder: " + type);
        }
        return Optional.of(new UserTypeColumn(matcher.group(1), parse(matcher.group(2)), parse(matcher.group(3)),
                parse(matcher.group(4)), matcher.group(5), matcher.group(6)));
    }

    private static String number(Integer value) {
        return value == null ? "-" : value.toString();
    }

    private static Integer parse(String text) {
        return text.equals("-") ? null : Integer.valueOf(text);
    }
}
