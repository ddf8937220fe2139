package dev.jpamigrate.processor.settings;

import java.util.List;
import java.util.Set;

/**
 * The Hibernate Envers settings that rename its audit tables and columns, as Envers 7.4 reads them ({@code
 * org.hibernate.envers.*}): an audit table is {@code <prefix><table><suffix>} ({@code @AuditTable} and {@code
 * @AuditJoinTable} names stay as written), its revision column {@code revision_field_name} and its revision type
 * column {@code revision_type_field_name}; {@code default_schema} holds the audit tables and {@code REVINFO}, not
 * {@code REVINFO_SEQ}; {@code embeddable_set_ordinal_field_name} names the ordinal column of a {@code Set} of
 * embeddables' audit table. Any other Envers setting is {@link #unread}.
 *
 * @param defaultSchema the schema as written, or {@code null}
 */
public record EnversSettings(String prefix, String suffix, String revisionField, String revisionTypeField,
        String defaultSchema, String setOrdinalField) {
    private static final String PREFIX = "org.hibernate.envers.";
    private static final String AUDIT_TABLE_PREFIX = PREFIX + "audit_table_prefix";
    private static final String AUDIT_TABLE_SUFFIX = PREFIX + "audit_table_suffix";
    private static final String REVISION_FIELD_NAME = PREFIX + "revision_field_name";
    private static final String REVISION_TYPE_FIELD_NAME = PREFIX + "revision_type_field_name";
    private static final String DEFAULT_SCHEMA = PREFIX + "default_schema";
    private static final String SET_ORDINAL_FIELD_NAME = PREFIX + "embeddable_set_ordinal_field_name";
    /** The settings read, which the processor also takes as {@code -A} options. */
    public static final Set<String> READ = Set.of(AUDIT_TABLE_PREFIX, AUDIT_TABLE_SUFFIX, REVISION_FIELD_NAME,
            REVISION_TYPE_FIELD_NAME, DEFAULT_SCHEMA, SET_ORDINAL_FIELD_NAME);

    /** Envers' defaults. */
    public static final EnversSettings DEFAULTS = new EnversSettings("", "_AUD", "REV", "REVTYPE", null,
            "SETORDINAL");

    public static EnversSettings of(HibernateSettings settings) {
        return new EnversSettings(value(settings, AUDIT_TABLE_PREFIX, DEFAULTS.prefix),
                value(settings, AUDIT_TABLE_SUFFIX, DEFAULTS.suffix),
                value(settings, REVISION_FIELD_NAME, DEFAULTS.revisionField),
                value(settings, REVISION_TYPE_FIELD_NAME, DEFAULTS.revisionTypeField),
                value(settings, DEFAULT_SCHEMA, null),
                value(settings, SET_ORDINAL_FIELD_NAME, DEFAULTS.setOrdinalField));
    }

    /** The Envers settings JPA Migrate does not read: the audit tables it writes are not the ones they make. */
    public static List<Setting> unread(HibernateSettings settings) {
        return settings.containing(PREFIX).stream().filter(s -> !READ.contains(s.key())).toList();
    }

    /** The Envers settings given: the snapshot records them, as they change the audit tables. */
    public static List<Setting> used(HibernateSettings settings) {
        return READ.stream().sorted().flatMap(key -> settings.get(key).stream()).toList();
    }

    private static String value(HibernateSettings settings, String key, String defaultValue) {
        // Envers reads an empty prefix as none; a blank schema as none.
        return settings.get(key).map(Setting::value).filter(v -> !v.isBlank() || key.equals(AUDIT_TABLE_PREFIX))
                .orElse(defaultValue);
    }
}
