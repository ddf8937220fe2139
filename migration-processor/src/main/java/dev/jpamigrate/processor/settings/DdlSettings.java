package dev.jpamigrate.processor.settings;

import dev.jpamigrate.processor.ProcessorOptions;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The application's settings that change the DDL, read from {@link HibernateSettings} and
 * checked as Hibernate checks them: a value Hibernate would refuse, or one whose schema JPA
 * Migrate does not reproduce, is a {@link SettingsException} naming the file and key.
 *
 * @param naming the naming strategies the settings choose, or null when they choose none
 * @param instantType {@code hibernate.type.preferred_instant_jdbc_type} as a JDBC type code, or null
 * @param uuidType {@code hibernate.type.preferred_uuid_jdbc_type}, or null
 * @param booleanType {@code hibernate.type.preferred_boolean_jdbc_type}, or null
 * @param durationType {@code hibernate.type.preferred_duration_jdbc_type}, or null
 * @param normalizeTimeZones whether {@code hibernate.timezone.default_storage=NORMALIZE} stores
 *     {@code OffsetDateTime} and {@code ZonedDateTime} without a time zone
 * @param defaultSchema {@code hibernate.default_schema}, or null
 * @param globallyQuoted {@code hibernate.globally_quoted_identifiers}: every name quoted
 * @param skipColumnDefinitions {@code hibernate.globally_quoted_identifiers_skip_column_definitions}: global
 *     quoting leaves {@code columnDefinition} alone (without it, Hibernate quotes the definition as a type name)
 * @param autoQuoteKeywords {@code hibernate.auto_quote_keyword}: names that are keywords quoted
 * @param idStructure {@code hibernate.id.db_structure_naming_strategy}: the names of unnamed sequences
 *     and generator tables
 * @param used the settings found, as the snapshot records them
 * @param timeZoneColumns whether {@code hibernate.timezone.default_storage=COLUMN} (or {@code AUTO}, which is
 *     {@code COLUMN} on PostgreSQL, whose {@code timestamp with time zone} keeps no offset) keeps the offset of an
 *     {@code OffsetDateTime}, {@code ZonedDateTime} or {@code OffsetTime} without {@code @TimeZoneStorage} in a
 *     column of its own
 */
public record DdlSettings(NamingSetting naming, Integer instantType, Integer uuidType, Integer booleanType,
        Integer durationType, boolean normalizeTimeZones, String defaultSchema, boolean globallyQuoted,
        boolean skipColumnDefinitions, boolean autoQuoteKeywords, IdStructure idStructure, List<Setting> used,
        boolean timeZoneColumns) {
    public static final String DEFAULT_SCHEMA = "hibernate.default_schema";
    public static final String DEFAULT_CATALOG = "hibernate.default_catalog";
    public static final String GLOBALLY_QUOTED = "hibernate.globally_quoted_identifiers";
    public static final String SKIP_COLUMN_DEFINITIONS = "hibernate.globally_quoted_identifiers_skip_column_definitions";
    public static final String AUTO_QUOTE_KEYWORD = "hibernate.auto_quote_keyword";
    public static final String INSTANT = "hibernate.type.preferred_instant_jdbc_type";
    public static final String UUID = "hibernate.type.preferred_uuid_jdbc_type";
    public static final String BOOLEAN = "hibernate.type.preferred_boolean_jdbc_type";
    public static final String DURATION = "hibernate.type.preferred_duration_jdbc_type";
    public static final String TIME_ZONE_STORAGE = "hibernate.timezone.default_storage";
    public static final String ID_STRUCTURE = "hibernate.id.db_structure_naming_strategy";

    /** The Hibernate settings this class reads, which are also processor options. */
    public static final Set<String> KEYS = Set.of(HibernateSettings.PHYSICAL_NAMING, HibernateSettings.IMPLICIT_NAMING,
            DEFAULT_SCHEMA, DEFAULT_CATALOG, GLOBALLY_QUOTED, SKIP_COLUMN_DEFINITIONS, AUTO_QUOTE_KEYWORD, INSTANT, UUID, BOOLEAN, DURATION,
            TIME_ZONE_STORAGE, ID_STRUCTURE);

    public static final DdlSettings DEFAULTS = new DdlSettings(null, null, null, null, null, false, null, false, false,
            false, IdStructure.STANDARD, List.of(), false);

    /** {@code org.hibernate.type.SqlTypes} names of the codes these settings take on PostgreSQL. */
    private static final Map<String, Integer> TYPE_NAMES = Map.ofEntries(
            Map.entry("BIT", -7), Map.entry("TINYINT", -6), Map.entry("SMALLINT", 5), Map.entry("INTEGER", 4),
            Map.entry("BIGINT", -5), Map.entry("NUMERIC", 2), Map.entry("DECIMAL", 3), Map.entry("CHAR", 1),
            Map.entry("VARCHAR", 12), Map.entry("BINARY", -2), Map.entry("VARBINARY", -3), Map.entry("BOOLEAN", 16),
            Map.entry("TIMESTAMP", 93), Map.entry("TIMESTAMP_WITH_TIMEZONE", 2014), Map.entry("TIMESTAMP_UTC", 3003),
            Map.entry("INSTANT", 3008), Map.entry("UUID", 3000), Map.entry("INTERVAL_SECOND", 3100),
            Map.entry("DURATION", 3015));

    /** Which codes each preference takes in JPA Migrate, by the Java type's default first. */
    private static final Map<String, List<String>> REPRODUCED = Map.of(
            INSTANT, List.of("TIMESTAMP_UTC", "TIMESTAMP_WITH_TIMEZONE", "TIMESTAMP"),
            UUID, List.of("UUID", "CHAR", "VARCHAR", "BINARY", "VARBINARY"),
            BOOLEAN, List.of("BOOLEAN", "BIT", "INTEGER", "SMALLINT", "TINYINT"),
            DURATION, List.of("NUMERIC", "DECIMAL", "INTERVAL_SECOND", "BIGINT"));

    /**
     * The physical and implicit naming the settings choose.
     *
     * @param physical the built-in physical strategy, or null with {@code physicalClass}
     * @param physicalClass the strategy class JPA Migrate loads and runs, or null
     * @param implicit the implicit strategy
     */
    public record NamingSetting(Naming.Strategy physical, String physicalClass, Naming.Implicit implicit) {
        /** As the snapshot and {@code generate} say it: {@code spring-boot}, {@code jpa}, or the classes. */
        public String describe() {
            if (physicalClass == null && (physical == Naming.Strategy.SPRING_BOOT && implicit == Naming.Implicit.SPRING_BOOT
                    || physical == Naming.Strategy.JPA && implicit == Naming.Implicit.JPA)) {
                return physical.option();
            }
            String physicalName = physicalClass != null ? physicalClass : physical.option();
            return physicalName + " with " + implicit.option() + " implicit naming";
        }
    }

    /** @throws SettingsException when a setting has a value Hibernate refuses, or one JPA Migrate does not reproduce */
    public static DdlSettings read(HibernateSettings settings) {
        List<Setting> used = new ArrayList<>();
        Function<String, Optional<Setting>> get = key -> {
            Optional<Setting> setting = settings.get(key).filter(s -> !s.value().isEmpty());
            setting.ifPresent(used::add);
            return setting;
        };
        NamingSetting naming = naming(get.apply(HibernateSettings.PHYSICAL_NAMING), get.apply(HibernateSettings.IMPLICIT_NAMING));
        Integer instant = type(get.apply(INSTANT));
        Integer uuid = type(get.apply(UUID));
        Integer bool = type(get.apply(BOOLEAN));
        Integer duration = type(get.apply(DURATION));
        Optional<Setting> timeZoneStorage = get.apply(TIME_ZONE_STORAGE);
        boolean normalize = timeZoneStorage.map(DdlSettings::normalizes).orElse(false);
        boolean timeZoneColumns = timeZoneStorage.map(s -> s.value().toUpperCase(Locale.ROOT))
                .filter(v -> v.equals("COLUMN") || v.equals("AUTO")).isPresent();
        String schema = get.apply(DEFAULT_SCHEMA).map(Setting::value).orElse(null);
        get.apply(DEFAULT_CATALOG); // PostgreSQL's names have no catalog: Hibernate leaves them as they are.
        boolean quoted = get.apply(GLOBALLY_QUOTED).map(DdlSettings::bool).orElse(false);
        boolean skip = get.apply(SKIP_COLUMN_DEFINITIONS).map(DdlSettings::bool).orElse(false);
        boolean keywords = get.apply(AUTO_QUOTE_KEYWORD).map(DdlSettings::bool).orElse(false);
        IdStructure ids = get.apply(ID_STRUCTURE).map(IdStructure::of).orElse(IdStructure.STANDARD);
        return new DdlSettings(naming, instant, uuid, bool, duration, normalize, schema, quoted, skip, keywords,
                ids, List.copyOf(used), timeZoneColumns);
    }

    private static NamingSetting naming(Optional<Setting> physical, Optional<Setting> implicit) {
        if (physical.isEmpty() && implicit.isEmpty()) {
            return null;
        }
        Naming.Implicit spring = implicit.map(DdlSettings::implicit).orElse(Naming.Implicit.JPA);
        if (physical.isEmpty()) {
            return new NamingSetting(Naming.Strategy.JPA, null, spring);
        }
        String name = physical.get().value();
        if (name.equals("org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl")) {
            return new NamingSetting(Naming.Strategy.JPA, null, spring);
        }
        if (name.equals("org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")) {
            return new NamingSetting(Naming.Strategy.SNAKE_CASE, null, spring);
        }
        if (name.equals(HibernateSettings.SPRING_PHYSICAL_DEFAULT)
                || name.equals("org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy")) {
            return new NamingSetting(Naming.Strategy.SPRING_BOOT, null, spring);
        }
        if (!name.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.$]*")) {
            throw physical.get().refused("give the class name of a PhysicalNamingStrategy");
        }
        // Any other class, Hibernate's own or the application's, runs as the application's strategy does.
        return new NamingSetting(null, name, spring);
    }

    private static Naming.Implicit implicit(Setting implicit) {
        String name = implicit.value();
        if (name.equals("default") || name.equals("jpa")
                || name.equals("org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl")) {
            return Naming.Implicit.JPA;
        }
        if (name.equals("legacy-jpa") || name.equals("org.hibernate.boot.model.naming.ImplicitNamingStrategyLegacyJpaImpl")) {
            return Naming.Implicit.LEGACY_JPA;
        }
        if (name.startsWith("org.springframework.") && name.endsWith(".SpringImplicitNamingStrategy")) {
            return Naming.Implicit.SPRING_BOOT;
        }
        throw new SettingsException(implicit.source() + ": " + implicit.key() + "=" + name + " is an implicit naming"
                + " strategy JPA Migrate does not reproduce (it reproduces Hibernate's JPA-compliant and legacy-jpa ones"
                + " and Spring Boot's SpringImplicitNamingStrategy); name the tables and columns it names with @Table,"
                + " @Column and @JoinTable, and leave the setting out");
    }

    private static Integer type(Optional<Setting> setting) {
        if (setting.isEmpty()) {
            return null;
        }
        Setting s = setting.get();
        List<String> reproduced = REPRODUCED.get(s.key());
        String value = s.value().toUpperCase(Locale.ROOT);
        Integer code = TYPE_NAMES.get(value);
        if (code == null) {
            try {
                code = Integer.valueOf(s.value());
            } catch (NumberFormatException e) {
                throw s.refused("give the name or number of a JDBC type of org.hibernate.type.SqlTypes, such as "
                        + reproduced.get(0));
            }
        }
        Integer found = code;
        String name = TYPE_NAMES.entrySet().stream().filter(e -> e.getValue().equals(found)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (name == null || !reproduced.contains(name)) {
            throw new SettingsException(s.source() + ": " + s.key() + "=" + s.value() + " is a JDBC type JPA Migrate"
                    + " does not reproduce for this setting; it reproduces " + reproduced);
        }
        return code;
    }

    private static boolean normalizes(Setting setting) {
        return switch (setting.value().toUpperCase(Locale.ROOT)) {
            case "NORMALIZE" -> true;
            case "NORMALIZE_UTC", "NATIVE", "DEFAULT", "COLUMN", "AUTO" -> false;
            default -> throw setting.refused("use one of NATIVE, NORMALIZE, NORMALIZE_UTC, COLUMN, AUTO, DEFAULT");
        };
    }

    /** As Hibernate reads a boolean setting: {@code true} or {@code false}, in any case. */
    private static boolean bool(Setting setting) {
        return switch (setting.value().strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw setting.refused("use true or false");
        };
    }

    /**
     * The quoting these settings ask of Hibernate {@code hibernate}: it quotes a given foreign key name since 7.3,
     * and leaves a name with {@code $} unquoted since 7.0.
     */
    public Quoting quoting(ProcessorOptions.HibernateMinor hibernate) {
        return new Quoting(globallyQuoted, autoQuoteKeywords,
                globallyQuoted && hibernate.atLeast(ProcessorOptions.HibernateMinor.V7_3),
                hibernate.atLeast(ProcessorOptions.HibernateMinor.V7_0));
    }

    /** Whether Hibernate writes a {@code columnDefinition} in quotes, as the name of a type. */
    public boolean quotesColumnDefinitions() {
        return globallyQuoted && !skipColumnDefinitions;
    }

}
