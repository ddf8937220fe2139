package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.ConverterSpec;
import dev.jpamigrate.processor.model.JavaType;
import java.util.Map;
import java.util.Optional;

/**
 * Hibernate writes a CHECK on a converted {@code Boolean} column, with the two values the
 * converter gives for {@code false} and {@code true}. It calls the converter to learn them,
 * which a compiler cannot do with a class it is compiling; so JPA Migrate knows Hibernate's
 * own boolean converters only.
 */
public final class BooleanConverters {
    private static final Map<String, String> VALUES = Map.of(
            "org.hibernate.type.YesNoConverter", "'N','Y'",
            "org.hibernate.type.TrueFalseConverter", "'F','T'",
            "org.hibernate.type.NumericBooleanConverter", "0,1");
    private static final String NEGATED = " (negated)";

    private BooleanConverters() {
    }

    public static boolean isBoolean(JavaType type) {
        return type.name().equals("boolean") || type.name().equals("java.lang.Boolean");
    }

    /**
     * {@code converter} applied to the negation of the value, as Hibernate applies it to the indicator of
     * {@code @SoftDelete(strategy = ACTIVE)}: the same column, with the values of its CHECK in reverse order.
     */
    public static ConverterSpec negated(ConverterSpec converter) {
        return new ConverterSpec(converter.converterClass() + NEGATED, converter.attributeType(),
                converter.databaseType());
    }

    /** The value {@code converter} stores for {@code false}, when it is one of Hibernate's: {@code 'N'}, {@code 'F'}, {@code 0}. */
    public static Optional<String> falseValue(ConverterSpec converter) {
        return check("c", converter).map(c -> c.substring("c in (".length(), c.length() - 1).split(",")[0]);
    }

    /** Hibernate's CHECK on {@code column}, when {@code converter} is one of Hibernate's. */
    public static Optional<String> check(String column, ConverterSpec converter) {
        String name = converter.converterClass();
        boolean negated = name.endsWith(NEGATED);
        return Optional.ofNullable(VALUES.get(negated ? name.substring(0, name.length() - NEGATED.length()) : name))
                .map(v -> column + " in (" + (negated ? String.join(",", v.split(",")[1], v.split(",")[0]) : v) + ")");
    }
}
