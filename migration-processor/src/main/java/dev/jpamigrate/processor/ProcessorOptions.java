package dev.jpamigrate.processor;

import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.UserNamingStrategy;
import dev.jpamigrate.processor.settings.DdlSettings;
import dev.jpamigrate.processor.settings.EnversSettings;
import dev.jpamigrate.processor.settings.HibernateSettings;
import dev.jpamigrate.processor.settings.SettingsException;
import dev.jpamigrate.schema.SchemaFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * @param namingGiven whether {@code -Amigration.naming} chose the naming, which then wins over the settings
 * @param settings the application's Hibernate settings (files and {@code -Ahibernate.*} options),
 *     for any part of the processor that reads one: {@code settings().get("hibernate.column_ordering_strategy")}
 *     finds it as a processor option or wherever the application keeps it (add the key to
 *     {@link #NAMES} so that javac accepts it as an option)
 * @param ddl those of the settings that change the DDL
 * @param columnOrdering Hibernate's {@code hibernate.column_ordering_strategy}
 * @param hibernateMinor the Hibernate minor version {@code migration.hibernate} names; {@code hibernate}
 *     is its line
 */
public record ProcessorOptions(Naming.Strategy naming, String namingClass, HibernateVersion hibernate,
        boolean namingGiven, HibernateSettings settings, DdlSettings ddl, ColumnOrdering columnOrdering,
        HibernateMinor hibernateMinor) {
    public static final String NAMING = "migration.naming";
    public static final String HIBERNATE = "migration.hibernate";
    /** Hibernate's own setting, under its own name. */
    public static final String COLUMN_ORDERING = "hibernate.column_ordering_strategy";
    public static final Set<String> NAMES = names();
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

    private static Set<String> names() {
        Set<String> names = new HashSet<>(Set.of(NAMING, HIBERNATE, COLUMN_ORDERING));
        names.addAll(HibernateSettings.OPTIONS);
        names.addAll(DdlSettings.KEYS);
        return Set.copyOf(names);
    }

    /**
     * The Hibernate ORM minor versions applications run, each with the line whose DDL rules it
     * follows. {@code -Amigration.hibernate=6} is 6.6, {@code 7} the newest 7.x.
     */
    public enum HibernateMinor {
        V6_2("6.2", HibernateVersion.V6_6),
        V6_3("6.3", HibernateVersion.V6_6),
        V6_4("6.4", HibernateVersion.V6_6),
        V6_5("6.5", HibernateVersion.V6_6),
        V6_6("6.6", HibernateVersion.V6_6),
        V7_0("7.0", HibernateVersion.V7),
        V7_1("7.1", HibernateVersion.V7),
        V7_2("7.2", HibernateVersion.V7),
        V7_3("7.3", HibernateVersion.V7),
        V7_4("7.4", HibernateVersion.V7);

        private final String option;
        private final HibernateVersion line;

        HibernateMinor(String option, HibernateVersion line) {
            this.option = option;
            this.line = line;
        }

        public String option() {
            return option;
        }

        public HibernateVersion line() {
            return line;
        }

        /** Whether this is {@code other} or later. */
        public boolean atLeast(HibernateMinor other) {
            return compareTo(other) >= 0;
        }

        /** The minor an option names: {@code 6.3}, or a line ({@code 6}, {@code 7}) for its newest minor. */
        static Optional<HibernateMinor> of(String option) {
            String written = option.trim();
            String minor = written.equals("6") ? "6.6" : written.equals("7") ? V7_4.option : written;
            return Arrays.stream(values()).filter(v -> v.option.equals(minor)).findFirst();
        }
    }

    /**
     * How Hibernate orders the columns of a table it creates: {@code default} sorts them by size
     * and name ({@code ColumnOrderingStrategyStandard}), {@code legacy} keeps the mapping's order.
     */
    public enum ColumnOrdering {
        DEFAULT("default"),
        LEGACY("legacy");

        private final String option;

        ColumnOrdering(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }
    }

    /** The options alone, without settings files. */
    public static ProcessorOptions read(Map<String, String> options, ErrorReporter reporter) {
        return read(options, reporter, HibernateSettings.ofOptions(options));
    }

    /**
     * Reads the options and the settings; an unknown value is reported and the default taken, so
     * that the compile fails with the reason.
     */
    public static ProcessorOptions read(Map<String, String> options, ErrorReporter reporter, HibernateSettings settings) {
        String written = options.getOrDefault(NAMING, "").trim();
        String springPrefix = Naming.Strategy.SPRING_BOOT.option() + ":";
        boolean spring = written.startsWith(springPrefix);
        String candidate = spring ? written.substring(springPrefix.length()) : written;
        // A class name has a package; the built-in strategies have none.
        String namingClass = CLASS_NAME.matcher(candidate).matches() ? candidate : null;
        Naming.Strategy naming = namingClass != null ? (spring ? Naming.Strategy.SPRING_BOOT : Naming.Strategy.JPA)
                : value(options, NAMING, Naming.Strategy.values(), Naming.Strategy::option, reporter)
                        .orElse(Naming.Strategy.JPA);
        HibernateMinor hibernateMinor = hibernateMinor(options.get(HIBERNATE), reporter);
        HibernateVersion hibernate = hibernateMinor.line();
        ColumnOrdering columnOrdering = settings.get(COLUMN_ORDERING)
                .flatMap(s -> value(Map.of(COLUMN_ORDERING, s.value()), COLUMN_ORDERING, ColumnOrdering.values(),
                        ColumnOrdering::option, reporter))
                .orElse(ColumnOrdering.DEFAULT);
        DdlSettings ddl = DdlSettings.DEFAULTS;
        try {
            ddl = DdlSettings.read(settings);
        } catch (SettingsException e) {
            reporter.error(e.getMessage());
        }
        return new ProcessorOptions(naming, namingClass, hibernate, !written.isEmpty(), settings, ddl, columnOrdering,
                hibernateMinor);
    }

    /**
     * The settings the entities are mapped with, as their snapshot records them: the Hibernate
     * version, the naming, and each setting found that changes the DDL.
     */
    public List<SchemaFile.Setting> recordedSettings() {
        List<SchemaFile.Setting> recorded = new ArrayList<>();
        String version = hibernateMinor.option();
        recorded.add(new SchemaFile.Setting("hibernate", version, settings.get(HIBERNATE).isPresent() ? "-A" + HIBERNATE
                : "default"));
        String naming = describeNaming();
        int from = naming.lastIndexOf(" (");
        recorded.add(new SchemaFile.Setting("naming", naming.substring(0, from), naming.substring(from + 2,
                naming.length() - 1)));
        ddl.used().stream().filter(s -> !s.key().equals(HibernateSettings.PHYSICAL_NAMING)
                        && !s.key().equals(HibernateSettings.IMPLICIT_NAMING))
                .forEach(s -> recorded.add(new SchemaFile.Setting(s.key(), s.value(), s.source())));
        // Envers' settings rename the audit tables and columns.
        EnversSettings.used(settings).forEach(s -> recorded.add(new SchemaFile.Setting(s.key(), s.value(), s.source())));
        return recorded;
    }

    /** The naming as the snapshot records it, with where it comes from. */
    public String describeNaming() {
        if (namingGiven || ddl.naming() == null) {
            String name = namingClass == null ? naming.option()
                    : (naming == Naming.Strategy.SPRING_BOOT ? "spring-boot:" : "") + namingClass;
            return name + " (" + (namingGiven ? "-A" + NAMING : "default") + ")";
        }
        return ddl.naming().describe() + " (" + ddl.used().stream()
                .filter(s -> s.key().equals(HibernateSettings.PHYSICAL_NAMING) || s.key().equals(HibernateSettings.IMPLICIT_NAMING))
                .map(s -> s.source()).distinct().collect(java.util.stream.Collectors.joining(", ")) + ")";
    }

    private static HibernateMinor hibernateMinor(String given, ErrorReporter reporter) {
        if (given == null || given.isBlank()) {
            return HibernateMinor.V7_4;
        }
        return HibernateMinor.of(given).orElseGet(() -> {
            reporter.error("Unknown value for -A" + HIBERNATE + ": " + given + "; use one of "
                    + Arrays.stream(HibernateMinor.values()).map(HibernateMinor::option).toList()
                    + ", or 6 (for 6.6) or 7 (for the newest 7.x)");
            return HibernateMinor.V7_4;
        });
    }

    /**
     * The naming the options choose.
     *
     * @throws IllegalArgumentException when the strategy class cannot be used, saying why
     */
    public Naming createNaming(ClassLoader processorPath) {
        return strategyNaming(processorPath).withQuoting(ddl.quoting(hibernateMinor));
    }

    private Naming strategyNaming(ClassLoader processorPath) {
        if (!namingGiven && ddl.naming() != null) {
            DdlSettings.NamingSetting chosen = ddl.naming();
            return chosen.physicalClass() == null ? Naming.of(chosen.physical(), chosen.implicit(), hibernate)
                    : new Naming(UserNamingStrategy.load(chosen.physicalClass(), processorPath), chosen.implicit());
        }
        return namingClass == null ? Naming.of(naming, hibernate)
                : new Naming(UserNamingStrategy.load(namingClass, processorPath), naming == Naming.Strategy.SPRING_BOOT ? Naming.Implicit.SPRING_BOOT : Naming.Implicit.JPA);
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
