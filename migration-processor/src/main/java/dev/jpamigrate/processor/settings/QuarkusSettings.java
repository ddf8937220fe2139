package dev.jpamigrate.processor.settings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Quarkus' keys of {@code application.properties} (or {@code .yaml}) as the Hibernate properties Quarkus hands to
 * Hibernate for the default persistence unit: {@code quarkus.hibernate-orm.*} and {@code quarkus.hibernate-envers.*},
 * with the {@code %prod.} profile's keys over the others, as a packaged application runs.
 */
final class QuarkusSettings {
    private static final String ORM = "quarkus.hibernate-orm.";
    private static final String ENVERS = "quarkus.hibernate-envers.";
    private static final String UNSUPPORTED = "unsupported-properties.";
    private static final String PROD = "%prod.";

    /** Quarkus' keys that name one Hibernate setting each, after {@code quarkus.hibernate-orm.}. */
    private static final Map<String, String> ORM_KEYS = Map.ofEntries(
            Map.entry("physical-naming-strategy", HibernateSettings.PHYSICAL_NAMING),
            Map.entry("implicit-naming-strategy", HibernateSettings.IMPLICIT_NAMING),
            Map.entry("database.default-schema", "hibernate.default_schema"),
            Map.entry("database.default-catalog", "hibernate.default_catalog"),
            Map.entry("database.globally-quoted-identifiers", "hibernate.globally_quoted_identifiers"),
            Map.entry("mapping.timezone.default-storage", "hibernate.timezone.default_storage"),
            Map.entry("mapping.duration.preferred-jdbc-type", "hibernate.type.preferred_duration_jdbc_type"),
            Map.entry("mapping.instant.preferred-jdbc-type", "hibernate.type.preferred_instant_jdbc_type"),
            Map.entry("mapping.boolean.preferred-jdbc-type", "hibernate.type.preferred_boolean_jdbc_type"),
            Map.entry("mapping.uuid.preferred-jdbc-type", "hibernate.type.preferred_uuid_jdbc_type"));

    /**
     * What {@code database.orm-compatibility.version=5.6} sets on PostgreSQL (Quarkus'
     * {@code DatabaseOrmCompatibilityVersion}), under the settings the application gives itself.
     */
    private static final Map<String, String> ORM_5_6 = Map.of(
            "hibernate.id.db_structure_naming_strategy", "legacy",
            "hibernate.type.preferred_duration_jdbc_type", "BIGINT",
            "hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP",
            "hibernate.timezone.default_storage", "NORMALIZE");

    private QuarkusSettings() {
    }

    /** The Hibernate settings of the Quarkus keys among {@code keys} (every key of the application's files). */
    static Map<String, Setting> hibernateOf(Map<String, Setting> keys) {
        Map<String, Setting> quarkus = new LinkedHashMap<>();
        keys.values().stream().filter(s -> !s.key().startsWith(PROD)).forEach(s -> quarkus.put(s.key(), s));
        keys.values().stream().filter(s -> s.key().startsWith(PROD))
                .forEach(s -> quarkus.put(s.key().substring(PROD.length()), s));
        Map<String, Setting> hibernate = new LinkedHashMap<>();
        Setting compatibility = null;
        for (Map.Entry<String, Setting> entry : quarkus.entrySet()) {
            String key = entry.getKey();
            Setting setting = entry.getValue();
            if (key.startsWith(ORM + UNSUPPORTED)) {
                put(hibernate, unquoted(key.substring((ORM + UNSUPPORTED).length())), setting.value(), setting);
            } else if (key.startsWith(ENVERS)) {
                put(hibernate, "org.hibernate.envers." + key.substring(ENVERS.length()).replace('-', '_'),
                        setting.value(), setting);
            } else if (key.equals(ORM + "quote-identifiers.strategy")) {
                quoting(setting, hibernate);
            } else if (key.equals(ORM + "database.orm-compatibility.version")) {
                compatibility = setting;
            } else if (key.startsWith(ORM) && ORM_KEYS.containsKey(key.substring(ORM.length()))) {
                String name = ORM_KEYS.get(key.substring(ORM.length()));
                String value = name.equals("hibernate.timezone.default_storage")
                        ? setting.value().trim().replace('-', '_').toUpperCase(Locale.ROOT) : setting.value();
                put(hibernate, name, value, setting);
            }
        }
        if (compatibility != null && compatibility.value().trim().equals("5.6")) {
            for (Map.Entry<String, String> legacy : ORM_5_6.entrySet()) {
                hibernate.putIfAbsent(legacy.getKey(), new Setting(legacy.getKey(), legacy.getValue(),
                        compatibility.source() + ", " + compatibility.key() + "=5.6"));
            }
        }
        return hibernate;
    }

    /** {@code none}, {@code all}, {@code all-except-column-definitions}, {@code only-keywords}. */
    private static void quoting(Setting strategy, Map<String, Setting> hibernate) {
        switch (strategy.value().trim().toLowerCase(Locale.ROOT)) {
            case "all" -> put(hibernate, "hibernate.globally_quoted_identifiers", "true", strategy);
            case "all-except-column-definitions" -> {
                put(hibernate, "hibernate.globally_quoted_identifiers", "true", strategy);
                put(hibernate, "hibernate.globally_quoted_identifiers_skip_column_definitions", "true", strategy);
            }
            case "only-keywords" -> put(hibernate, "hibernate.auto_quote_keyword", "true", strategy);
            case "none" -> {
            }
            default -> throw strategy.refused("use one of none, all, all-except-column-definitions, only-keywords");
        }
    }

    private static void put(Map<String, Setting> hibernate, String key, String value, Setting from) {
        hibernate.put(key, new Setting(key, value, from.source() + ", " + from.key()));
    }

    /** {@code "hibernate.order_updates"} as YAML and properties files quote a key with dots. */
    private static String unquoted(String key) {
        return key.length() > 1 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1) : key;
    }
}
