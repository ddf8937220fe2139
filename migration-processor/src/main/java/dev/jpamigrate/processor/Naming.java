package dev.jpamigrate.processor;

/**
 * How a name of the mapping becomes a name in the database: Hibernate's physical naming
 * strategy first, then PostgreSQL's folding of unquoted identifiers to lower case.
 * Constraint names are not physical names; Hibernate gives them as written or hashed.
 */
final class Naming {
    /** The physical naming strategies the processor reproduces. */
    enum Strategy {
        /** JPA's default: Hibernate's {@code PhysicalNamingStrategyStandardImpl} keeps the logical name. */
        JPA("jpa"),
        /** Spring Boot's default: {@code CamelCaseToUnderscoresNamingStrategy}, {@code firstName} as {@code first_name}. */
        SPRING_BOOT("spring-boot");

        private final String option;

        Strategy(String option) {
            this.option = option;
        }

        String option() {
            return option;
        }
    }

    private final Strategy strategy;

    Naming(Strategy strategy) {
        this.strategy = strategy;
    }

    /** The name after the physical naming strategy, as Hibernate hashes it into {@code FK…} and {@code IDX…} names. */
    String physical(String logical) {
        return strategy == Strategy.JPA ? logical : underscored(logical);
    }

    /** The name as PostgreSQL stores it. */
    String stored(String logical) {
        return PostgresNames.fold(physical(logical));
    }

    /**
     * {@code CamelCaseToUnderscoresNamingStrategy}: an underscore before each upper-case
     * letter that has a lower-case letter or digit before it and one after it, dots as
     * underscores, then lower case.
     */
    private static String underscored(String name) {
        StringBuilder text = new StringBuilder(name.replace('.', '_'));
        for (int i = 1; i < text.length() - 1; i++) {
            char before = text.charAt(i - 1);
            char current = text.charAt(i);
            char after = text.charAt(i + 1);
            if ((Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
                    && (Character.isLowerCase(after) || Character.isDigit(after))) {
                text.insert(i++, '_');
            }
        }
        return text.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
