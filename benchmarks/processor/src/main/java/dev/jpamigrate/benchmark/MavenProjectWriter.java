package dev.jpamigrate.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the benchmark model as a Maven application, in two forms with the same sources: as
 * it compiles without JPA Migrate, and as it compiles with it (the processor, the migration
 * API and the plugin, pointed at a PostgreSQL database).
 *
 * @param versions the versions the poms name
 */
record MavenProjectWriter(Versions versions) {

    /**
     * @param jpaMigrate the version of JPA Migrate's artifacts, installed in the benchmark's local repository
     * @param jakartaPersistence the JPA API's version
     * @param compilerPlugin maven-compiler-plugin's version
     */
    record Versions(String jpaMigrate, String jakartaPersistence, String compilerPlugin) {
    }

    /** Writes the application without JPA Migrate into {@code directory} and returns its sources. */
    List<Path> writePlain(Path directory, int entities, long seed) throws IOException {
        return write(directory, entities, seed, pom("plain-application", "", "", ""));
    }

    /** Writes the application with JPA Migrate, migrating {@code databaseUrl} as {@code user}. */
    List<Path> writeWithJpaMigrate(Path directory, int entities, long seed, String databaseUrl, String user)
            throws IOException {
        String properties = "    <migration.url>" + databaseUrl + "</migration.url>\n"
                + "    <migration.user>" + user + "</migration.user>\n";
        String dependency = """
                    <dependency>
                      <groupId>dev.jpamigrate</groupId>
                      <artifactId>migration-annotations</artifactId>
                      <version>%s</version>
                    </dependency>
                """.formatted(versions.jpaMigrate());
        String plugins = """
                        <configuration>
                          <annotationProcessorPaths>
                            <path>
                              <groupId>dev.jpamigrate</groupId>
                              <artifactId>migration-processor</artifactId>
                              <version>%1$s</version>
                            </path>
                          </annotationProcessorPaths>
                        </configuration>
                      </plugin>
                      <plugin>
                        <groupId>dev.jpamigrate</groupId>
                        <artifactId>migration-maven-plugin</artifactId>
                        <version>%1$s</version>
                """.formatted(versions.jpaMigrate());
        return write(directory, entities, seed, pom("application", properties, dependency, plugins));
    }

    private static List<Path> write(Path directory, int entities, long seed, String pom) throws IOException {
        ForkedJavac.deleteRecursively(directory);
        // Its own .mvn makes the project its own root, whatever directory it lies in.
        Files.createDirectories(directory.resolve(".mvn"));
        Files.writeString(directory.resolve("pom.xml"), pom);
        return new EntityModelGenerator(entities, seed).write(directory.resolve("src/main/java"));
    }

    private String pom(String artifactId, String properties, String dependency, String compilerConfiguration) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                %s  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>jakarta.persistence</groupId>
                      <artifactId>jakarta.persistence-api</artifactId>
                      <version>%s</version>
                    </dependency>
                %s  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>%s</version>
                %s      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(artifactId, properties, versions.jakartaPersistence(), dependency,
                versions.compilerPlugin(), compilerConfiguration);
    }
}
