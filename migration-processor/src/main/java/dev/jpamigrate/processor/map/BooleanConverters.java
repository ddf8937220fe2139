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

    private BooleanConverters() {
    }

    public static boolean isBoolean(JavaType type) {
        return type.name().equals("boolean") || type.name().equals("java.lang.Boolean");
    }

    /** Hibernate's CHECK on {@code column}, when {@code converter} is one of Hibernate's. */
    public static Optional<String> check(String column, ConverterSpec converter) {
        return Optional.ofNullable(VALUES.get(converter.converterClass())).map(v -> column + " in (" + v + ")");
    }
}
