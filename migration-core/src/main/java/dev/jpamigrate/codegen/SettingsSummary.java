package dev.jpamigrate.codegen;

import dev.jpamigrate.schema.SchemaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The line {@code generate} prints to say which settings the entities were mapped with, as
 * their snapshots record them:
 * {@code Hibernate 7.4 settings: naming spring-boot (application.yml, Spring Boot's default),
 * preferred_instant_jdbc_type=TIMESTAMP (application.yml)}.
 */
final class SettingsSummary {
    private SettingsSummary() {
    }

    /** The line, or empty when the snapshots record no settings (written by an older processor). */
    static Optional<String> of(List<SchemaFile.Setting> settings) {
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        List<String> versions = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (SchemaFile.Setting setting : settings) {
            if (setting.name().equals("hibernate")) {
                versions.add(setting.value());
            } else if (setting.name().equals("naming")) {
                others.add("naming " + setting.value() + " (" + setting.source() + ")");
            } else {
                others.add(setting.name().replaceFirst("^hibernate\\.(type\\.)?", "") + "=" + setting.value()
                        + " (" + setting.source() + ")");
            }
        }
        return Optional.of("Hibernate " + (versions.isEmpty() ? "" : String.join(" and ", versions.stream().distinct()
                .toList()) + " ") + "settings: " + String.join(", ", others));
    }
}
