package dev.jpamigrate.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code migration:init} adds to a pom, as {@code alembic init} creates the environment:
 * the {@code migration-annotations} dependency, the processor in the compiler plugin's
 * {@code <annotationProcessorPaths>}, the plugin, and the development database's URL as the
 * property {@code migration.url} (a property, so that {@code -Dmigration.url} still overrides it).
 * Only what is missing is added, at its place, in the file's own indentation; every other
 * character stays as it was, so running it twice changes nothing.
 */
public final class PomSetup {
    static final String GROUP = "dev.jpamigrate";
    static final String DEVELOPMENT_URL = "embedded:.migration/dev-db";
    /** The compiler plugin version written when the pom declares none; it reads annotationProcessorPaths from dependency management. */
    static final String COMPILER_PLUGIN_VERSION = "3.14.1";
    /**
     * Processors that javac finds on the class path as long as no {@code <annotationProcessorPaths>} is
     * declared; declaring it turns that discovery off, so these are listed there too.
     */
    private static final List<String> CLASS_PATH_PROCESSORS = List.of(
            "org.projectlombok:lombok",
            "org.projectlombok:lombok-mapstruct-binding",
            "org.mapstruct:mapstruct-processor",
            "org.hibernate.orm:hibernate-jpamodelgen",
            "org.hibernate.orm:hibernate-processor",
            "org.hibernate:hibernate-jpamodelgen",
            "org.immutables:value",
            "com.google.auto.value:auto-value",
            "com.google.auto.service:auto-service",
            "org.springframework.boot:spring-boot-configuration-processor");

    private PomSetup() {
    }

    /** The pom's new text, and what was added or already there, one line each. */
    public record Result(String text, List<String> added, List<String> present) {
        public boolean changed() {
            return !added.isEmpty();
        }
    }

    /**
     * @param version the version of JPA Migrate to declare
     * @throws IllegalArgumentException when the text is not a pom that can be edited safely
     */
    public static Result apply(String pom, String version) {
        XmlElement project = XmlElement.parse(pom);
        if (!project.name.equals("project")) {
            throw new IllegalArgumentException("the root element is <" + project.name + ">, not <project>");
        }
        PomText text = new PomText(pom, project);
        List<String> added = new ArrayList<>();
        List<String> present = new ArrayList<>();
        Optional<XmlElement> properties = project.child("properties");
        Optional<XmlElement> dependencies = project.child("dependencies");
        Optional<XmlElement> build = project.child("build");

        // migration.url, as the example has it.
        if (properties.flatMap(p -> p.child("migration.url")).isPresent()) {
            present.add("the property migration.url");
        } else {
            String url = "<!-- A development database in .migration/dev-db (git-ignored), started when a goal needs it. -->\n"
                    + "<migration.url>" + DEVELOPMENT_URL + "</migration.url>";
            if (properties.isPresent()) {
                text.append(properties.get(), url);
            } else {
                insertSection(text, project, "<properties>\n" + indent(url) + "\n</properties>",
                        dependencies.or(() -> build));
            }
            added.add("the property migration.url = " + DEVELOPMENT_URL);
        }

        // The API that migration classes compile against.
        List<XmlElement> declared = dependencies.map(d -> d.children("dependency")).orElse(List.of());
        if (declared.stream().anyMatch(d -> is(d, GROUP, "migration-annotations"))) {
            present.add("the dependency " + GROUP + ":migration-annotations");
        } else {
            String dependency = "<dependency>\n  <groupId>" + GROUP + "</groupId>\n"
                    + "  <artifactId>migration-annotations</artifactId>\n  <version>" + version + "</version>\n"
                    + "</dependency>";
            if (dependencies.isPresent()) {
                text.append(dependencies.get(), dependency);
            } else {
                insertSection(text, project, "<dependencies>\n" + indent(dependency) + "\n</dependencies>", build);
            }
            added.add("the dependency " + GROUP + ":migration-annotations:" + version);
        }

        // The processor; those javac found on the class path until now, listed beside it.
        List<XmlElement> classPathProcessors = declared.stream()
                .filter(d -> CLASS_PATH_PROCESSORS.contains(d.childText("groupId") + ":" + d.childText("artifactId")))
                .toList();
        Optional<XmlElement> plugins = build.flatMap(b -> b.child("plugins"));
        List<XmlElement> declaredPlugins = plugins.map(p -> p.children("plugin")).orElse(List.of());
        Optional<XmlElement> compiler = declaredPlugins.stream()
                .filter(p -> p.childText("artifactId").equals("maven-compiler-plugin")
                        && List.of("", "org.apache.maven.plugins").contains(p.childText("groupId")))
                .findFirst();
        List<String> newPlugins = new ArrayList<>();
        String processors = processorPaths(classPathProcessors, version);
        String others = classPathProcessors.isEmpty() ? "" : ", with "
                + String.join(", ", classPathProcessors.stream().map(d -> d.childText("artifactId")).toList())
                + " that the compiler found on the class path until now";
        if (compiler.isEmpty()) {
            newPlugins.add("<plugin>\n  <groupId>org.apache.maven.plugins</groupId>\n"
                    + "  <artifactId>maven-compiler-plugin</artifactId>\n  <version>" + COMPILER_PLUGIN_VERSION
                    + "</version>\n  <configuration>\n" + indent(indent(processors))
                    + "\n  </configuration>\n</plugin>");
            added.add("maven-compiler-plugin " + COMPILER_PLUGIN_VERSION + " with the processor migration-processor"
                    + others);
        } else {
            Optional<XmlElement> configuration = compiler.get().child("configuration");
            Optional<XmlElement> paths = configuration.flatMap(c -> c.child("annotationProcessorPaths"));
            if (paths.isPresent()) {
                if (paths.get().children("path").stream().anyMatch(p -> is(p, GROUP, "migration-processor"))) {
                    present.add("the processor migration-processor in annotationProcessorPaths");
                } else {
                    text.append(paths.get(), processorPath(version));
                    added.add("the processor migration-processor to annotationProcessorPaths");
                }
            } else if (configuration.isPresent()) {
                text.append(configuration.get(), processors);
                added.add("annotationProcessorPaths with the processor migration-processor" + others);
            } else {
                text.append(compiler.get(), "<configuration>\n" + indent(processors) + "\n</configuration>");
                added.add("annotationProcessorPaths with the processor migration-processor" + others);
            }
        }

        // The goals.
        if (declaredPlugins.stream().anyMatch(p -> is(p, GROUP, "migration-maven-plugin"))) {
            present.add("the plugin " + GROUP + ":migration-maven-plugin");
        } else {
            newPlugins.add("<plugin>\n  <groupId>" + GROUP + "</groupId>\n"
                    + "  <artifactId>migration-maven-plugin</artifactId>\n  <version>" + version + "</version>\n"
                    + "</plugin>");
            added.add("the plugin " + GROUP + ":migration-maven-plugin:" + version);
        }
        if (!newPlugins.isEmpty()) {
            String pluginList = String.join("\n", newPlugins);
            if (plugins.isPresent()) {
                text.append(plugins.get(), pluginList);
            } else if (build.isPresent()) {
                text.append(build.get(), "<plugins>\n" + indent(pluginList) + "\n</plugins>");
            } else {
                text.append(project, "\n<build>\n  <plugins>\n" + indent(indent(pluginList)) + "\n  </plugins>\n</build>");
            }
        }
        return new Result(text.result(), added, present);
    }

    /** A new top-level section before {@code next}, or at the end of the project after an empty line. */
    private static void insertSection(PomText text, XmlElement project, String xml, Optional<XmlElement> next) {
        if (next.isPresent()) {
            text.insertBefore(next.get(), xml);
        } else {
            text.append(project, "\n" + xml);
        }
    }

    private static String processorPaths(List<XmlElement> classPathProcessors, String version) {
        StringBuilder paths = new StringBuilder("<annotationProcessorPaths>\n");
        boolean managed = false;
        for (XmlElement d : classPathProcessors) {
            String v = d.childText("version");
            managed |= v.isEmpty();
            paths.append(indent("<path>\n  <groupId>" + d.childText("groupId") + "</groupId>\n  <artifactId>"
                    + d.childText("artifactId") + "</artifactId>\n" + (v.isEmpty() ? "" : "  <version>" + v
                    + "</version>\n") + "</path>")).append('\n');
        }
        paths.append(indent(processorPath(version))).append("\n</annotationProcessorPaths>");
        // A processor whose version comes from dependency management (a Spring Boot parent, a BOM).
        return managed ? "<annotationProcessorPathsUseDepMgmt>true</annotationProcessorPathsUseDepMgmt>\n" + paths
                : paths.toString();
    }

    private static String processorPath(String version) {
        return "<path>\n  <groupId>" + GROUP + "</groupId>\n  <artifactId>migration-processor</artifactId>\n"
                + "  <version>" + version + "</version>\n</path>";
    }

    private static boolean is(XmlElement element, String groupId, String artifactId) {
        return element.childText("groupId").equals(groupId) && element.childText("artifactId").equals(artifactId);
    }

    private static String indent(String xml) {
        return ("  " + xml.replace("\n", "\n  ")).replace("\n  \n", "\n\n");
    }
}
