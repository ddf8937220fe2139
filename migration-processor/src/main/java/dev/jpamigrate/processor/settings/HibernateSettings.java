package dev.jpamigrate.processor.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The application's Hibernate settings, by Hibernate's property names, with the precedence
 * Spring Boot and Hibernate give their sources:
 * <ol>
 *   <li>processor options with Hibernate's names, {@code -Ahibernate.type.preferred_instant_jdbc_type=TIMESTAMP};
 *   <li>Spring Boot's {@code application-<profile>.properties/.yml} of the profiles of
 *       {@code -Amigration.profile} (else of {@code spring.profiles.active}), then
 *       {@code application.properties}, {@code .yml}, {@code .yaml}: {@code spring.jpa.properties.*}, and
 *       {@code spring.jpa.hibernate.naming.physical-strategy} / {@code implicit-strategy}, which win over
 *       the same setting under {@code spring.jpa.properties}; when the files configure Spring at all,
 *       Spring Boot's default naming strategies; or, in the same files, Quarkus' keys ({@link QuarkusSettings});
 *   <li>the properties of the persistence unit of {@code META-INF/persistence.xml}
 *       ({@code -Amigration.persistenceUnit} when there are several);
 *   <li>the session factory's properties of {@code hibernate.cfg.xml}, which Hibernate's own
 *       bootstrap reads over {@code hibernate.properties};
 *   <li>{@code hibernate.properties}.
 * </ol>
 * A processor option or setting read by any part of the processor is looked up here, so that
 * it is found wherever the application keeps it.
 */
public final class HibernateSettings {
    /** Settings files to read instead of looking for them in the class output, comma separated. */
    public static final String SETTINGS = "migration.settings";
    /** Spring profiles whose {@code application-<profile>} files apply, comma separated. */
    public static final String PROFILE = "migration.profile";
    /** The persistence unit of {@code persistence.xml} whose properties apply. */
    public static final String PERSISTENCE_UNIT = "migration.persistenceUnit";
    public static final Set<String> OPTIONS = Set.of(SETTINGS, PROFILE, PERSISTENCE_UNIT);

    /** Where the processor looks in the class output (Maven's process-resources copied them there before compiling). */
    /** Spring Boot's files, in the two class path locations it reads: the root, and {@code config/}, which wins. */
    static final List<String> SPRING_FILES = List.of("application.yaml", "application.yml", "application.properties",
            "config/application.yaml", "config/application.yml", "config/application.properties");
    static final String PERSISTENCE_XML = "META-INF/persistence.xml";
    static final String HIBERNATE_CFG_XML = "hibernate.cfg.xml";
    static final String HIBERNATE_PROPERTIES = "hibernate.properties";

    public static final String PHYSICAL_NAMING = "hibernate.physical_naming_strategy";
    public static final String IMPLICIT_NAMING = "hibernate.implicit_naming_strategy";
    static final String SPRING_PHYSICAL_DEFAULT = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    static final String SPRING_IMPLICIT_DEFAULT = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";

    private static final String SPRING_PROPERTIES = "spring.jpa.properties.";

    private final List<Map<String, Setting>> layers;
    private final PersistenceUnits units;
    private final Map<String, Setting> unitLayer;

    private HibernateSettings(List<Map<String, Setting>> layers, PersistenceUnits units, Map<String, Setting> unitLayer) {
        this.layers = layers;
        this.units = units;
        this.unitLayer = unitLayer;
    }

    /** No settings but the processor options. */
    public static HibernateSettings ofOptions(Map<String, String> options) {
        return new HibernateSettings(List.of(optionLayer(options)), PersistenceUnits.NONE, Map.of());
    }

    /**
     * Reads the settings.
     *
     * @param options the processor options
     * @param classOutput a resource of the class output by its relative name, when it exists
     * @param file a file named in {@code -Amigration.settings}, by its path, when it exists
     * @throws SettingsException when a file does not parse, or is not there
     */
    public static HibernateSettings read(Map<String, String> options, Function<String, Optional<String>> classOutput,
            Function<String, Optional<String>> file) {
        List<SettingsFile> files = new ArrayList<>();
        String named = options.getOrDefault(SETTINGS, "").trim();
        if (named.isEmpty()) {
            List<String> profiles = profiles(options.get(PROFILE));
            List<String> names = new ArrayList<>(SPRING_FILES);
            // Profile files are looked for when -Amigration.profile names them; spring.profiles.active is seen later.
            for (String profile : profiles) {
                SPRING_FILES.forEach(n -> names.add(n.replace("application", "application-" + profile)));
            }
            names.add(PERSISTENCE_XML);
            names.add(HIBERNATE_CFG_XML);
            names.add(HIBERNATE_PROPERTIES);
            for (String name : names) {
                classOutput.apply(name).ifPresent(text -> files.add(new SettingsFile(name, SettingsFile.kindOf(name), text)));
            }
            if (profiles.isEmpty()) {
                List<String> active = profiles(spring(files, List.of(), false).getOrDefault("spring.profiles.active",
                        new Setting("", "", "")).value());
                for (String profile : active) {
                    for (String name : SPRING_FILES) {
                        String profileFile = name.replace("application", "application-" + profile);
                        classOutput.apply(profileFile).ifPresent(text -> files.add(new SettingsFile(profileFile,
                                SettingsFile.Kind.SPRING, text)));
                    }
                }
            }
        } else {
            for (String path : named.split(",")) {
                String name = path.trim();
                SettingsFile.Kind kind = SettingsFile.kindOf(name);
                if (kind == null) {
                    throw new SettingsException("-A" + SETTINGS + " names " + name + ", which is none of application"
                            + ".properties, application.yml, persistence.xml, hibernate.cfg.xml or hibernate.properties");
                }
                String text = file.apply(name).orElseThrow(() -> new SettingsException("-A" + SETTINGS + " names "
                        + name + ", which does not exist"));
                files.add(new SettingsFile(name, kind, text));
            }
        }
        return of(options, files);
    }

    /** The settings of the options and of these files, in the order of precedence of their kinds. */
    static HibernateSettings of(Map<String, String> options, List<SettingsFile> files) {
        List<String> profiles = profiles(options.get(PROFILE));
        Map<String, Setting> base = spring(files, List.of(), false);
        if (profiles.isEmpty() && base.containsKey("spring.profiles.active")) {
            profiles = profiles(base.get("spring.profiles.active").value());
        }
        Map<String, Setting> configXml = settingsOf(files, SettingsFile.Kind.HIBERNATE_CFG_XML);
        Map<String, Setting> hibernate = settingsOf(files, SettingsFile.Kind.HIBERNATE_PROPERTIES);
        PersistenceUnits units = PersistenceUnits.NONE;
        for (SettingsFile f : files) {
            if (f.kind() == SettingsFile.Kind.PERSISTENCE_XML) {
                units = new PersistenceUnits(f.name(), f.persistenceUnits(), options.get(PERSISTENCE_UNIT));
            }
        }
        List<Map<String, Setting>> layers = new ArrayList<>();
        layers.add(optionLayer(options));
        Map<String, Setting> applicationKeys = spring(files, profiles, true);
        Map<String, Setting> application = hibernateOfSpring(applicationKeys);
        QuarkusSettings.hibernateOf(applicationKeys).forEach(application::putIfAbsent);
        layers.add(application);
        Map<String, Setting> unitLayer = units.selected();
        layers.add(unitLayer);
        layers.add(configXml);
        layers.add(hibernate);
        return new HibernateSettings(List.copyOf(layers), units, unitLayer);
    }

    private static Map<String, Setting> settingsOf(List<SettingsFile> files, SettingsFile.Kind kind) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        files.stream().filter(f -> f.kind() == kind)
                .forEach(f -> f.documents().forEach(d -> d.forEach((k, v) -> settings.put(k, new Setting(k, v, f.name())))));
        return settings;
    }

    /** The settings, from every source, whose names contain {@code part}: for settings JPA Migrate does not read. */
    public List<Setting> containing(String part) {
        return layers.stream().flatMap(layer -> layer.values().stream()).filter(s -> s.key().contains(part)).toList();
    }

    /**
     * The setting of this Hibernate property name, from the source that wins.
     *
     * @throws SettingsException when only {@code persistence.xml} has it, in several units that disagree
     */
    public Optional<Setting> get(String key) {
        for (Map<String, Setting> layer : layers) {
            Setting setting = layer.get(key);
            if (setting != null) {
                return Optional.of(setting);
            }
            if (layer == unitLayer) {
                Optional<Setting> agreed = units.agreed(key);
                if (agreed.isPresent()) {
                    return agreed;
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Setting> optionLayer(Map<String, String> options) {
        Map<String, Setting> layer = new TreeMap<>();
        options.forEach((key, value) -> {
            if (value != null) {
                layer.put(key, new Setting(key, value.trim(), "-A" + key));
            }
        });
        return layer;
    }

    private static List<String> profiles(String written) {
        return written == null || written.isBlank() ? List.of()
                : Arrays.stream(written.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * Spring's own keys, merged as Spring merges its property sources: {@code .properties} over
     * {@code .yml} over {@code .yaml}, profile files over the base files, later documents of a YAML
     * file over earlier ones, and a document activated for a profile only when that profile is active.
     */
    private static Map<String, Setting> spring(List<SettingsFile> files, List<String> profiles, boolean withProfiles) {
        List<SettingsFile> ordered = new ArrayList<>();
        files.stream().filter(f -> f.kind() == SettingsFile.Kind.SPRING && profileOf(f) == null).forEach(ordered::add);
        if (withProfiles) {
            for (String profile : profiles) {
                files.stream().filter(f -> f.kind() == SettingsFile.Kind.SPRING && profile.equals(profileOf(f)))
                        .forEach(ordered::add);
            }
        }
        ordered.sort((a, b) -> Integer.compare(rank(a, profiles), rank(b, profiles)));
        Map<String, Setting> merged = new LinkedHashMap<>();
        for (SettingsFile f : ordered) {
            for (Map<String, String> document : f.documents()) {
                String onProfile = document.getOrDefault("spring.config.activate.on-profile",
                        document.get("spring.profiles"));
                if (onProfile != null && (!withProfiles || profiles(onProfile).stream().noneMatch(p ->
                        p.startsWith("!") ? !profiles.contains(p.substring(1)) : profiles.contains(p)))) {
                    continue;
                }
                document.forEach((k, v) -> merged.put(k, new Setting(k, v, f.name())));
            }
        }
        return merged;
    }

    /** Base files first, then each profile's in the order given; within each, .yaml, .yml, .properties. */
    private static int rank(SettingsFile file, List<String> profiles) {
        String profile = profileOf(file);
        int group = profile == null ? 0 : 1 + profiles.indexOf(profile);
        int format = file.name().endsWith(".properties") ? 2 : file.name().endsWith(".yml") ? 1 : 0;
        int location = file.name().startsWith("config/") ? 3 : 0;
        return group * 6 + location + format;
    }

    /** {@code prod} of {@code application-prod.yml}; null for {@code application.yml}. */
    private static String profileOf(SettingsFile file) {
        String name = file.name();
        String simple = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (!simple.startsWith("application-")) {
            return null;
        }
        return simple.substring("application-".length(), simple.lastIndexOf('.'));
    }

    /** Spring's keys as the Hibernate properties Spring Boot's JPA configuration hands to Hibernate. */
    private static Map<String, Setting> hibernateOfSpring(Map<String, Setting> spring) {
        Map<String, Setting> hibernate = new LinkedHashMap<>();
        String anySpringFile = null;
        for (Setting setting : spring.values()) {
            if (setting.key().startsWith(SPRING_PROPERTIES)) {
                String key = setting.key().substring(SPRING_PROPERTIES.length());
                hibernate.put(key, new Setting(key, setting.value(), setting.source()));
            }
            if (setting.key().startsWith("spring.") && anySpringFile == null) {
                anySpringFile = setting.source();
            }
        }
        for (Setting setting : spring.values()) {
            // Spring's relaxed binding: physical-strategy, physicalStrategy and physical_strategy are one key.
            String relaxed = setting.key().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            if (relaxed.equals("spring.jpa.hibernate.naming.physicalstrategy")) {
                hibernate.put(PHYSICAL_NAMING, new Setting(PHYSICAL_NAMING, setting.value(), setting.source()));
            } else if (relaxed.equals("spring.jpa.hibernate.naming.implicitstrategy")) {
                hibernate.put(IMPLICIT_NAMING, new Setting(IMPLICIT_NAMING, setting.value(), setting.source()));
            }
        }
        if (anySpringFile != null) {
            String source = anySpringFile + ", Spring Boot's default";
            hibernate.putIfAbsent(PHYSICAL_NAMING, new Setting(PHYSICAL_NAMING, SPRING_PHYSICAL_DEFAULT, source));
            hibernate.putIfAbsent(IMPLICIT_NAMING, new Setting(IMPLICIT_NAMING, SPRING_IMPLICIT_DEFAULT, source));
        }
        return hibernate;
    }

    /** The units of {@code persistence.xml}: the one chosen (or the only one), else what all units agree on. */
    private record PersistenceUnits(String file, Map<String, Map<String, String>> units, String chosen) {
        static final PersistenceUnits NONE = new PersistenceUnits("", Map.of(), null);

        PersistenceUnits {
            if (chosen != null && !chosen.isBlank() && !units.containsKey(chosen.trim())) {
                throw new SettingsException("-A" + PERSISTENCE_UNIT + "=" + chosen + ", but " + file + " has the"
                        + " persistence units " + units.keySet());
            }
        }

        Map<String, Setting> selected() {
            String name = chosen != null && !chosen.isBlank() ? chosen.trim()
                    : units.size() == 1 ? units.keySet().iterator().next() : null;
            Map<String, Setting> layer = new LinkedHashMap<>();
            if (name != null) {
                String source = units.size() == 1 ? file : file + ", unit " + name;
                units.get(name).forEach((k, v) -> layer.put(k, new Setting(k, v, source)));
            }
            return Map.copyOf(layer);
        }

        Optional<Setting> agreed(String key) {
            if (units.size() < 2 || chosen != null && !chosen.isBlank()) {
                return Optional.empty();
            }
            Set<String> values = new java.util.TreeSet<>();
            units.values().forEach(properties -> values.add(String.valueOf(properties.get(key))));
            if (values.size() == 1) {
                String value = units.values().iterator().next().get(key);
                return value == null ? Optional.empty() : Optional.of(new Setting(key, value, file + ", every unit"));
            }
            throw new SettingsException(file + " has several persistence units " + units.keySet() + " whose " + key
                    + " differ: choose one with -A" + PERSISTENCE_UNIT + "=NAME");
        }
    }
}
