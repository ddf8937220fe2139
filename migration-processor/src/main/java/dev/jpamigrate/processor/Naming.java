package dev.jpamigrate.processor;

/**
 * How a name of the mapping becomes a name in the database: Hibernate's physical naming
 * strategy first, then PostgreSQL's folding of unquoted identifiers to lower case. A name
 * quoted in the mapping ({@code "`order`"} or {@code "\"order\""}) is kept exactly.
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
    private final boolean strategyAppliesToQuoted;

    /**
     * @param hibernate Hibernate 6.6's {@code CamelCaseToUnderscoresNamingStrategy} also
     *     rewrites quoted names (keeping them quoted); Hibernate 7's leaves them alone
     */
    Naming(Strategy strategy, ProcessorOptions.HibernateVersion hibernate) {
        this.strategy = strategy;
        this.strategyAppliesToQuoted = hibernate == ProcessorOptions.HibernateVersion.V6_6;
    }

    /**
     * The implicit name of a join table: {@code <owner table>_<target table>} in JPA's
     * naming, {@code <owner table>_<attribute>} in Spring Boot's ({@code SpringImplicitNamingStrategy}).
     */
    String joinTable(String ownerTable, String targetTable, String attribute) {
        String name = text(physical(ownerTable)) + "_"
                + (strategy == Strategy.SPRING_BOOT ? attribute : text(physical(targetTable)));
        // Hibernate quotes the name when it is made of a quoted table's.
        return isQuoted(ownerTable) || isQuoted(targetTable) ? "`" + name + "`" : name;
    }

    /** The implicit name of a collection table: JPA's {@code <entity>_<attribute>}, quoted with the owner's table. */
    static String collectionTable(String entityName, String ownerTable, String attribute) {
        String name = entityName + "_" + attribute;
        return isQuoted(ownerTable) ? "`" + name + "`" : name;
    }

    /**
     * The name as Hibernate renders it into the text it hashes for {@code FK…} and
     * {@code IDX…} names: after the physical naming strategy, a quoted name in backticks.
     */
    String physical(String logical) {
        if (isQuoted(logical)) {
            return "`" + quotedText(logical) + "`";
        }
        return strategy == Strategy.JPA ? logical : underscored(logical);
    }

    /** The name as PostgreSQL stores it. */
    String stored(String logical) {
        return isQuoted(logical) ? quotedText(logical) : PostgresNames.fold(physical(logical));
    }

    private String quotedText(String quoted) {
        String text = unquoted(quoted);
        return strategy == Strategy.SPRING_BOOT && strategyAppliesToQuoted ? underscored(text) : text;
    }

    /** A constraint or index name as PostgreSQL stores it: no naming strategy, only quoting and folding. */
    static String constraint(String name) {
        return isQuoted(name) ? unquoted(name) : PostgresNames.fold(name);
    }

    static boolean isQuoted(String name) {
        return name.length() > 2 && (name.startsWith("`") && name.endsWith("`")
                || name.startsWith("\"") && name.endsWith("\""));
    }

    /** The name without its quotes, if it has any. */
    static String text(String name) {
        return isQuoted(name) ? unquoted(name) : name;
    }

    private static String unquoted(String name) {
        return name.substring(1, name.length() - 1);
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
