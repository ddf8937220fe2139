package dev.jpamigrate.processor.settings;

/**
 * One Hibernate setting as the application gives it.
 *
 * @param key Hibernate's property name, {@code hibernate.default_schema}
 * @param value the value as written, trimmed
 * @param source where it comes from, for messages and the snapshot: {@code application.yml},
 *     {@code -Ahibernate.default_schema}, {@code application.yml (Spring Boot's default)}
 */
public record Setting(String key, String value, String source) {
    /** {@code hibernate.default_schema=app (application.yml)}, as an error message names it. */
    public String describe() {
        return key + "=" + value + " (" + source + ")";
    }

    /** A compile error's text for a value Hibernate refuses: names the file and key, and what to write instead. */
    public SettingsException refused(String expected) {
        return new SettingsException(source + ": " + key + "=" + value + " is not a value Hibernate accepts; " + expected);
    }
}
