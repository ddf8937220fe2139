package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.ProcessorOptions.HibernateMinor;
import dev.jpamigrate.processor.ProcessorOptions.HibernateVersion;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.JavaType.Kind;
import dev.jpamigrate.processor.naming.PostgresNames;
import dev.jpamigrate.schema.ConvertedEnumCheck;
import java.util.Optional;
import java.util.Set;

/**
 * The CHECK that Hibernate 7 writes on an enum stored through an {@code AttributeConverter}: the
 * column is one of the values the converter gives the constants (Hibernate 6 writes none). Hibernate
 * learns them by calling the converter at boot, which the processor cannot do with a class that is
 * being compiled; so the snapshot holds a {@link ConvertedEnumCheck} placeholder, which the engine
 * resolves from the compiled classes.
 */
public final class ConvertedEnums {
    /**
     * The database types whose JDBC type Hibernate checks: character ones (values quoted) and integral
     * ones; for any other (a {@code Boolean}, a date) it writes no check.
     */
    private static final Set<String> CHECKED_TYPES = Set.of("java.lang.String", "java.lang.Character",
            "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte");

    private ConvertedEnums() {
    }

    /** The placeholder for {@code column}, when {@code attribute} is a converted enum that Hibernate checks. */
    public static Optional<String> check(String column, Attribute attribute, HibernateVersion hibernate) {
        if (hibernate != HibernateVersion.V7 || attribute.type().kind() != Kind.ENUM || attribute.converter() == null
                || !CHECKED_TYPES.contains(attribute.converter().databaseType().name())) {
            return Optional.empty();
        }
        return Optional.of(new ConvertedEnumCheck(PostgresNames.quoteIdent(column), attribute.type().name(),
                attribute.converter().converterClass(), attribute.declaringClass() + "." + fieldName(attribute)).placeholder());
    }

    /**
     * The placeholder for {@code column}, when {@code attribute} is a {@code Boolean} stored through a converter of the
     * application's to a character or integral type: Hibernate checks the column against the values the converter
     * gives {@code false} and {@code true} (BooleanJavaType), and since 6.6 also the one it gives {@code null} when
     * that is not null, even when it repeats one. The placeholder names {@code java.lang.Boolean} for those three,
     * {@code boolean} for two.
     */
    public static Optional<String> booleanCheck(String column, Attribute attribute, HibernateMinor minor) {
        if (attribute.converter() == null || !BooleanConverters.isBoolean(attribute.type())
                || BooleanConverters.check(column, attribute.converter()).isPresent()
                || !checks(attribute.converter())) {
            return Optional.empty();
        }
        String values = minor.atLeast(HibernateMinor.V6_6) ? "java.lang.Boolean" : "boolean";
        return Optional.of(new ConvertedEnumCheck(PostgresNames.quoteIdent(column), values,
                attribute.converter().converterClass(), attribute.declaringClass() + "." + fieldName(attribute)).placeholder());
    }

    /** Whether Hibernate checks the values of {@code converter}: it stores a character or integral type. */
    public static boolean checks(dev.jpamigrate.processor.model.ConverterSpec converter) {
        return CHECKED_TYPES.contains(converter.databaseType().name());
    }

    /** The field or getter as written: a map key's attribute is named after its map's. */
    private static String fieldName(Attribute attribute) {
        return attribute.origin() != null && attribute.origin().element() != null
                ? attribute.origin().element().getSimpleName().toString() : attribute.name();
    }
}
