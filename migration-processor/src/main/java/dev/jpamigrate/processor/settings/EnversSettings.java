package dev.jpamigrate.processor.settings;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Hibernate Envers settings that rename its audit tables and columns, as Envers 7.4 reads them ({@code
 * org.hibernate.envers.*}): an audit table is {@code <prefix><table><suffix>} ({@code @AuditTable} and {@code
 * @AuditJoinTable} names stay as written), its revision column {@code revision_field_name} and its revision type
 * column {@code revision_type_field_name}; {@code default_schema} holds the audit tables and {@code REVINFO}, not
 * {@code REVINFO_SEQ}; {@code embeddable_set_ordinal_field_name} names the ordinal column of a {@code Set} of
 * embeddables' audit table. {@code audit_strategy} set to Envers' validity strategy ({@code validity}, {@code
 * ValidityAuditStrategy}, by simple or full class name) adds the end revision column ({@code
 * audit_strategy_validity_end_rev_field_name}, {@code REVEND}) and, with {@code
 * audit_strategy_validity_store_revend_timestamp}, the end revision's timestamp ({@code
 * audit_strategy_validity_revend_timestamp_field_name}, {@code REVEND_TSTMP}; a {@code bigint} with {@code
 * audit_strategy_validity_revend_timestamp_numeric}), in its legacy placement. Any other Envers setting, or value of
 * these, is {@link #unread}.
 *
 * @param defaultSchema the schema as written, or {@code null}
 * @param validity the validity audit strategy's end revision columns, or {@code null} for Envers' default strategy
 */
public record EnversSettings(String prefix, String suffix, String revisionField, String revisionTypeField,
        String defaultSchema, String setOrdinalField, Validity validity) {
    private static final String PREFIX = "org.hibernate.envers.";
    private static final String AUDIT_TABLE_PREFIX = PREFIX + "audit_table_prefix";
    private static final String AUDIT_TABLE_SUFFIX = PREFIX + "audit_table_suffix";
    private static final String REVISION_FIELD_NAME = PREFIX + "revision_field_name";
    private static final String REVISION_TYPE_FIELD_NAME = PREFIX + "revision_type_field_name";
    private static final String DEFAULT_SCHEMA = PREFIX + "default_schema";
    private static final String SET_ORDINAL_FIELD_NAME = PREFIX + "embeddable_set_ordinal_field_name";
    private static final String AUDIT_STRATEGY = PREFIX + "audit_strategy";
    private static final String END_REVISION_FIELD_NAME = PREFIX + "audit_strategy_validity_end_rev_field_name";
    private static final String STORE_END_TIMESTAMP = PREFIX + "audit_strategy_validity_store_revend_timestamp";
    private static final String END_TIMESTAMP_FIELD_NAME = PREFIX + "audit_strategy_validity_revend_timestamp_field_name";
    private static final String END_TIMESTAMP_NUMERIC = PREFIX + "audit_strategy_validity_revend_timestamp_numeric";
    private static final String END_TIMESTAMP_LEGACY_PLACEMENT = PREFIX
            + "audit_strategy_validity_revend_timestamp_legacy_placement";
    /** The settings read, which the processor also takes as {@code -A} options. */
    public static final Set<String> READ = Set.of(AUDIT_TABLE_PREFIX, AUDIT_TABLE_SUFFIX, REVISION_FIELD_NAME,
            REVISION_TYPE_FIELD_NAME, DEFAULT_SCHEMA, SET_ORDINAL_FIELD_NAME, AUDIT_STRATEGY, END_REVISION_FIELD_NAME,
            STORE_END_TIMESTAMP, END_TIMESTAMP_FIELD_NAME, END_TIMESTAMP_NUMERIC, END_TIMESTAMP_LEGACY_PLACEMENT);
    /** The names Envers' strategy selector resolves to its default and to its validity strategy (6.4 to 7.4 alike). */
    private static final Set<String> DEFAULT_STRATEGY = Set.of("default", "DefaultAuditStrategy",
            "org.hibernate.envers.strategy.DefaultAuditStrategy",
            "org.hibernate.envers.strategy.internal.DefaultAuditStrategy");
    private static final Set<String> VALIDITY_STRATEGY = Set.of("validity", "ValidityAuditStrategy",
            "org.hibernate.envers.strategy.ValidityAuditStrategy",
            "org.hibernate.envers.strategy.internal.ValidityAuditStrategy");

    /**
     * The columns the validity audit strategy adds to each audit table that has a revision type column (an entity
     * hierarchy's root, a collection's), as {@code ValidityAuditStrategy.addAdditionalColumns} adds them.
     *
     * @param endRevisionField the end revision column, a nullable reference to the revision table
     * @param endTimestampField the end revision's timestamp column, or {@code null} when it is not stored
     * @param endTimestampNumeric whether that timestamp is a {@code Long} ({@code bigint}), else a {@code Date}
     */
    public record Validity(String endRevisionField, String endTimestampField, boolean endTimestampNumeric) {
    }

    /** Envers' defaults. */
    public static final EnversSettings DEFAULTS = new EnversSettings("", "_AUD", "REV", "REVTYPE", null,
            "SETORDINAL", null);

    public static EnversSettings of(HibernateSettings settings) {
        return new EnversSettings(value(settings, AUDIT_TABLE_PREFIX, DEFAULTS.prefix),
                value(settings, AUDIT_TABLE_SUFFIX, DEFAULTS.suffix),
                value(settings, REVISION_FIELD_NAME, DEFAULTS.revisionField),
                value(settings, REVISION_TYPE_FIELD_NAME, DEFAULTS.revisionTypeField),
                value(settings, DEFAULT_SCHEMA, null),
                value(settings, SET_ORDINAL_FIELD_NAME, DEFAULTS.setOrdinalField),
                validity(settings));
    }

    private static Validity validity(HibernateSettings settings) {
        if (!settings.get(AUDIT_STRATEGY).map(s -> VALIDITY_STRATEGY.contains(s.value())).orElse(false)) {
            return null;
        }
        boolean stored = flag(settings, STORE_END_TIMESTAMP, false);
        return new Validity(value(settings, END_REVISION_FIELD_NAME, "REVEND"),
                stored ? value(settings, END_TIMESTAMP_FIELD_NAME, "REVEND_TSTMP") : null,
                flag(settings, END_TIMESTAMP_NUMERIC, false));
    }

    /** A boolean setting as Hibernate's {@code ConfigurationHelper} reads it. */
    private static boolean flag(HibernateSettings settings, String key, boolean defaultValue) {
        return settings.get(key).map(s -> s.value().trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /**
     * The Envers settings JPA Migrate does not read: the audit tables it writes are not the ones they make. An audit
     * strategy of the application's own, and the timestamp's placement in {@code JOINED} subclasses' audit tables
     * ({@code legacy_placement=false}), are not read either.
     */
    public static List<Setting> unread(HibernateSettings settings) {
        return settings.containing(PREFIX).stream().filter(s -> !READ.contains(s.key())
                || s.key().equals(AUDIT_STRATEGY) && !DEFAULT_STRATEGY.contains(s.value())
                        && !VALIDITY_STRATEGY.contains(s.value())
                || s.key().equals(END_TIMESTAMP_LEGACY_PLACEMENT) && !flag(settings, END_TIMESTAMP_LEGACY_PLACEMENT, true))
                .toList();
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
