package dev.jpamigrate.processor;

import dev.jpamigrate.processor.settings.HibernateSettings;
import dev.jpamigrate.processor.settings.Setting;
import dev.jpamigrate.processor.settings.SettingsException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The settings by which Hibernate decides whether Bean Validation constraints change the DDL, under
 * Hibernate's own property names, as processor options
 * ({@code -Ajakarta.persistence.validation.mode=none}) or wherever the application keeps its settings.
 *
 * @param modes {@code jakarta.persistence.validation.mode} (or {@code javax.persistence.validation.mode}):
 *     {@code auto} (the default), {@code callback}, {@code ddl}, {@code none}, or several of the first three
 * @param applyToDdl {@code hibernate.validator.apply_to_ddl}, {@code true} by default
 * @param ddlGroups {@code org.hibernate.validator.group.ddl}: the qualified names of the groups whose
 *     constraints reach the DDL; {@code jakarta.validation.groups.Default} by default
 */
public record ValidationOptions(Set<Mode> modes, boolean applyToDdl, List<String> ddlGroups) {
    public static final String MODE = "jakarta.persistence.validation.mode";
    public static final String LEGACY_MODE = "javax.persistence.validation.mode";
    public static final String APPLY_TO_DDL = "hibernate.validator.apply_to_ddl";
    public static final String DDL_GROUPS = "org.hibernate.validator.group.ddl";
    public static final Set<String> NAMES = Set.of(MODE, LEGACY_MODE, APPLY_TO_DDL, DDL_GROUPS);
    public static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";

    /** Hibernate's {@code ValidationMode}. */
    public enum Mode { AUTO, CALLBACK, DDL, NONE }

    public ValidationOptions {
        modes = Set.copyOf(modes);
        ddlGroups = List.copyOf(ddlGroups);
    }

    /**
     * Reads the settings as Hibernate reads them, wherever the application keeps them; a value Hibernate
     * would refuse is reported, naming where it was written.
     */
    public static ValidationOptions read(HibernateSettings settings, ErrorReporter reporter) {
        Optional<Setting> mode = get(settings, MODE, reporter).or(() -> get(settings, LEGACY_MODE, reporter));
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        for (String name : mode.map(m -> m.value().split(",")).orElse(new String[] {""})) {
            if (name.isBlank()) {
                modes.add(Mode.AUTO);
                continue;
            }
            try {
                modes.add(Mode.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                reporter.error(unknown(mode.get(), name.trim(), "auto, callback, ddl or none (as Hibernate reads it)"));
                modes.add(Mode.AUTO);
            }
        }
        if (modes.size() > 1 && (modes.contains(Mode.AUTO) || modes.contains(Mode.NONE))) {
            // Hibernate refuses it at start-up: "Incompatible validation modes mixed".
            reporter.error(mode.get().describe() + " mixes auto or none with other modes, which Hibernate refuses;"
                    + " give one mode, or several of callback and ddl");
        }
        boolean applyToDdl = true;
        Optional<Setting> apply = get(settings, APPLY_TO_DDL, reporter).filter(a -> !a.value().isBlank());
        if (apply.isPresent()) {
            String value = apply.get().value();
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                applyToDdl = Boolean.parseBoolean(value);
            } else {
                reporter.error(unknown(apply.get(), value, "true or false"));
            }
        }
        List<String> groups = new ArrayList<>();
        Optional<Setting> ddlGroups = get(settings, DDL_GROUPS, reporter);
        if (ddlGroups.isEmpty()) {
            groups.add(DEFAULT_GROUP);
        } else {
            for (String group : ddlGroups.get().value().split(",")) {
                if (!group.isBlank()) {
                    groups.add(group.trim());
                }
            }
        }
        return new ValidationOptions(modes, applyToDdl, groups);
    }

    private static Optional<Setting> get(HibernateSettings settings, String key, ErrorReporter reporter) {
        try {
            return settings.get(key);
        } catch (SettingsException e) {
            reporter.error(e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code Unknown value strict for jakarta.persistence.validation.mode (application.yml); use ...}. */
    private static String unknown(Setting setting, String value, String expected) {
        return "Unknown value " + value + " for " + setting.key() + " (" + setting.source() + "); use " + expected;
    }

    /** Whether constraints reach the DDL when a provider is present: Hibernate's modes {@code auto} and {@code ddl}. */
    public boolean constraintsToDdl() {
        return applyToDdl && (modes.contains(Mode.AUTO) || modes.contains(Mode.DDL));
    }

    /** Whether Hibernate fails to start without a Bean Validation provider: modes {@code callback} and {@code ddl}. */
    public boolean requiresProvider() {
        return modes.contains(Mode.CALLBACK) || modes.contains(Mode.DDL);
    }
}
