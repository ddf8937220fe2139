package dev.jpamigrate.processor;

import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.UserNamingStrategy;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The processor's options, given as compiler arguments ({@code -Amigration.naming=spring-boot}):
 * the naming strategy the application configures in Hibernate, and the Hibernate version
 * whose schema to reproduce where versions differ.
 *
 * @param naming the built-in strategy; with {@code namingClass}, the implicit naming it goes with
 *     ({@code spring-boot:<class>} for Spring Boot's, a bare class name for JPA's)
 * @param namingClass the application's own {@code PhysicalNamingStrategy} class, or {@code null}
 *     to use {@code naming}
 */
public record ProcessorOptions(Naming.Strategy naming, String namingClass, HibernateVersion hibernate) {
    public static final String NAMING = "migration.naming";
    public static final String HIBERNATE = "migration.hibernate";
    public static final Set<String> NAMES = Set.of(NAMING, HIBERNATE);
    private static final Pattern CLASS_NAME = Pattern.compile("(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*\\.)+"
            + "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

    /** The Hibernate ORM versions whose schemas differ where the processor knows it. */
    public enum HibernateVersion {
        V6_6("6.6"),
        V7("7");

        private final String option;

        HibernateVersion(String option) {
            this.option = option;
        }
    }

    /** Reads the options; an unknown value is reported and the default taken, so that the compile fails with the reason. */
    public static ProcessorOptions read(Map<String, String> options, ErrorReporter reporter) {
        String written = options.getOrDefault(NAMING, "").trim();
        String springPrefix = Naming.Strategy.SPRING_BOOT.option() + ":";
        boolean spring = written.startsWith(springPrefix);
        String candidate = spring ? written.substring(springPrefix.length()) : written;
        // A class name has a package; the built-in strategies have none.
        String namingClass = CLASS_NAME.matcher(candidate).matches() ? candidate : null;
        Naming.Strategy naming = namingClass != null ? (spring ? Naming.Strategy.SPRING_BOOT : Naming.Strategy.JPA)
                : value(options, NAMING, Naming.Strategy.values(), Naming.Strategy::option, reporter)
                        .orElse(Naming.Strategy.JPA);
        HibernateVersion hibernate = value(options, HIBERNATE, HibernateVersion.values(), v -> v.option, reporter)
                .orElse(HibernateVersion.V7);
        return new ProcessorOptions(naming, namingClass, hibernate);
    }

    /**
     * The naming the options choose.
     *
     * @throws IllegalArgumentException when the strategy class cannot be used, saying why
     */
    public Naming createNaming(ClassLoader processorPath) {
        return namingClass == null ? Naming.of(naming, hibernate)
                : new Naming(UserNamingStrategy.load(namingClass, processorPath), naming == Naming.Strategy.SPRING_BOOT);
    }

    private static <T> Optional<T> value(Map<String, String> options, String name, T[] values,
            java.util.function.Function<T, String> option, ErrorReporter reporter) {
        String given = options.get(name);
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        Optional<T> found = Arrays.stream(values)
                .filter(v -> option.apply(v).equals(given.trim().toLowerCase(Locale.ROOT))).findFirst();
        if (found.isEmpty()) {
            reporter.error("Unknown value for -A" + name + ": " + given + "; use one of "
                    + Arrays.stream(values).map(option).toList()
                    + (name.equals(NAMING) ? ", or the class name of your Hibernate PhysicalNamingStrategy" : ""));
        }
        return found;
    }
}
