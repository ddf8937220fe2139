package dev.jpamigrate.processor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings by which Hibernate decides whether Bean Validation constraints change the DDL, under
 * Hibernate's own property names, given as processor options
 * ({@code -Ajakarta.persistence.validation.mode=none}).
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

    /** Reads the options as Hibernate reads the settings; a value Hibernate would refuse is reported. */
    public static ValidationOptions read(Map<String, String> options, ErrorReporter reporter) {
        String modeName = options.containsKey(MODE) ? MODE : LEGACY_MODE;
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        String written = options.get(modeName);
        for (String mode : written == null ? new String[] {""} : written.split(",")) {
            if (mode.isBlank()) {
                modes.add(Mode.AUTO);
                continue;
            }
            try {
                modes.add(Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                reporter.error("Unknown value for -A" + modeName + ": " + mode.trim()
                        + "; use auto, callback, ddl or none (as Hibernate reads it)");
                modes.add(Mode.AUTO);
            }
        }
        if (modes.size() > 1 && (modes.contains(Mode.AUTO) || modes.contains(Mode.NONE))) {
            // Hibernate refuses it at start-up: "Incompatible validation modes mixed".
            reporter.error("-A" + modeName + "=" + written + " mixes auto or none with other modes, which Hibernate"
                    + " refuses; give one mode, or several of callback and ddl");
        }
        boolean applyToDdl = true;
        String apply = options.get(APPLY_TO_DDL);
        if (apply != null && !apply.isBlank()) {
            if (apply.trim().equalsIgnoreCase("true") || apply.trim().equalsIgnoreCase("false")) {
                applyToDdl = Boolean.parseBoolean(apply.trim());
            } else {
                reporter.error("Unknown value for -A" + APPLY_TO_DDL + ": " + apply + "; use true or false");
            }
        }
        List<String> groups = new ArrayList<>();
        String ddlGroups = options.get(DDL_GROUPS);
        if (ddlGroups == null) {
            groups.add(DEFAULT_GROUP);
        } else {
            for (String group : ddlGroups.split(",")) {
                if (!group.isBlank()) {
                    groups.add(group.trim());
                }
            }
        }
        return new ValidationOptions(modes, applyToDdl, groups);
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
