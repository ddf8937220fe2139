package dev.jpamigrate.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code migration:init} on pom texts: what it adds, where, in the file's own formatting, and only once. */
class PomSetupTest {
    static final String V = "0.1.0";

    @Test
    void aPomWithoutSectionsGetsPropertiesDependenciesAndBuild() {
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>shop</artifactId>
                  <version>1.0</version>
                </project>
                """;

        PomSetup.Result result = PomSetup.apply(pom, V);

        assertThat(result.text()).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>shop</artifactId>
                  <version>1.0</version>

                  <properties>
                    <!-- A development database in .migration/dev-db (git-ignored), started when a goal needs it. -->
                    <migration.url>embedded:.migration/dev-db</migration.url>
                  </properties>

                  <dependencies>
                    <dependency>
                      <groupId>dev.jpamigrate</groupId>
                      <artifactId>migration-annotations</artifactId>
                      <version>0.1.0</version>
                    </dependency>
                  </dependencies>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.14.1</version>
                        <configuration>
                          <annotationProcessorPaths>
                            <path>
                              <groupId>dev.jpamigrate</groupId>
                              <artifactId>migration-processor</artifactId>
                              <version>0.1.0</version>
                            </path>
                          </annotationProcessorPaths>
                        </configuration>
                      </plugin>
                      <plugin>
                        <groupId>dev.jpamigrate</groupId>
                        <artifactId>migration-maven-plugin</artifactId>
                        <version>0.1.0</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """);
        assertThat(result.added()).containsExactly("the property migration.url = embedded:.migration/dev-db",
                "the dependency dev.jpamigrate:migration-annotations:0.1.0",
                "maven-compiler-plugin 3.14.1 with the processor migration-processor",
                "the plugin dev.jpamigrate:migration-maven-plugin:0.1.0");
        assertIdempotent(result.text());
    }

    @Test
    void anExistingCompilerPluginWithConfigurationGetsThePathsAndLombokKeepsWorking() {
        String pom = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <!-- keep   this comment -->
                  <properties>
                    <lombok.version>1.18.38</lombok.version>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>org.projectlombok</groupId>
                      <artifactId>lombok</artifactId>
                      <version>${lombok.version}</version>
                      <scope>provided</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <configuration>
                          <release>17</release>   <!-- Java 17 -->
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """;

        PomSetup.Result result = PomSetup.apply(pom, V);

        assertThat(result.text()).contains("""
                        <configuration>
                          <release>17</release>   <!-- Java 17 -->
                          <annotationProcessorPaths>
                            <path>
                              <groupId>org.projectlombok</groupId>
                              <artifactId>lombok</artifactId>
                              <version>${lombok.version}</version>
                            </path>
                            <path>
                              <groupId>dev.jpamigrate</groupId>
                              <artifactId>migration-processor</artifactId>
                              <version>0.1.0</version>
                            </path>
                          </annotationProcessorPaths>
                        </configuration>
                      </plugin>
                      <plugin>
                        <groupId>dev.jpamigrate</groupId>
                        <artifactId>migration-maven-plugin</artifactId>
                        <version>0.1.0</version>
                      </plugin>
                    </plugins>
                """).contains("""
                    <lombok.version>1.18.38</lombok.version>
                    <!-- A development database in .migration/dev-db (git-ignored), started when a goal needs it. -->
                    <migration.url>embedded:.migration/dev-db</migration.url>
                  </properties>
                """).contains("""
                      <scope>provided</scope>
                    </dependency>
                    <dependency>
                      <groupId>dev.jpamigrate</groupId>
                      <artifactId>migration-annotations</artifactId>
                      <version>0.1.0</version>
                    </dependency>
                  </dependencies>
                """);
        assertThat(result.added()).contains("annotationProcessorPaths with the processor migration-processor, with"
                + " lombok that the compiler found on the class path until now");
        assertKept(pom, result.text());
        assertIdempotent(result.text());
    }

    @Test
    void aCompilerPluginWithoutConfigurationGetsOne() {
        String pom = """
                <project>
                    <build>
                        <plugins>
                            <plugin>
                                <groupId>org.apache.maven.plugins</groupId>
                                <artifactId>maven-compiler-plugin</artifactId>
                                <version>3.13.0</version>
                            </plugin>
                        </plugins>
                    </build>
                </project>
                """;

        String text = PomSetup.apply(pom, V).text();

        assertThat(text).contains("""
                                <version>3.13.0</version>
                                <configuration>
                                    <annotationProcessorPaths>
                                        <path>
                                            <groupId>dev.jpamigrate</groupId>
                                            <artifactId>migration-processor</artifactId>
                                            <version>0.1.0</version>
                                        </path>
                                    </annotationProcessorPaths>
                                </configuration>
                            </plugin>
                """);
        assertThat(text).contains("\n    <properties>\n        <!-- A")
                .contains("\n    </dependencies>\n\n    <build>\n");
        assertKept(pom, text);
        assertIdempotent(text);
    }

    @Test
    void existingPathsGetOnlyTheProcessorAndNoOtherProcessor() {
        String pom = """
                <project>
                  <dependencies>
                    <dependency><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId><version>1.18.38</version></dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <configuration>
                          <annotationProcessorPaths>
                            <path><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId><version>1.18.38</version></path>
                          </annotationProcessorPaths>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """;

        PomSetup.Result result = PomSetup.apply(pom, V);

        assertThat(result.text()).contains("""
                            <path><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId><version>1.18.38</version></path>
                            <path>
                              <groupId>dev.jpamigrate</groupId>
                """);
        assertThat(result.text().split("org.projectlombok", -1)).hasSize(3);
        assertThat(result.added()).contains("the processor migration-processor to annotationProcessorPaths");
        assertKept(pom, result.text());
        assertIdempotent(result.text());
    }

    @Test
    void aManagedProcessorVersionIsReadFromDependencyManagement() {
        String pom = """
                <project>
                  <dependencies>
                    <dependency>
                      <groupId>org.projectlombok</groupId>
                      <artifactId>lombok</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """;

        String text = PomSetup.apply(pom, V).text();

        assertThat(text).contains("""
                        <configuration>
                          <annotationProcessorPathsUseDepMgmt>true</annotationProcessorPathsUseDepMgmt>
                          <annotationProcessorPaths>
                            <path>
                              <groupId>org.projectlombok</groupId>
                              <artifactId>lombok</artifactId>
                            </path>
                """);
        assertIdempotent(text);
    }

    @Test
    void tabsAndCrlfAreKept() {
        String pom = "<project>\r\n\t<modelVersion>4.0.0</modelVersion>\r\n\t<!-- tabs -->\r\n\t<dependencies/>\r\n"
                + "</project>\r\n";

        String text = PomSetup.apply(pom, V).text();

        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).contains("\r\n\t<dependencies>\r\n\t\t<dependency>\r\n\t\t\t<groupId>dev.jpamigrate</groupId>")
                .contains("\t\t\t\t\t<annotationProcessorPaths>\r\n\t\t\t\t\t\t<path>\r\n")
                .doesNotContain("  ");
        assertThat(text).startsWith("<project>\r\n\t<modelVersion>4.0.0</modelVersion>\r\n\t<properties>\r\n")
                .contains("\t</properties>\r\n\r\n\t<!-- tabs -->\r\n\t<dependencies>\r\n");
        assertIdempotent(text);
    }

    @Test
    void aNewSectionGoesAboveTheCommentOfTheNextOne() {
        String pom = """
                <project>
                  <modelVersion>4.0.0</modelVersion>

                  <!-- How it is built. -->
                  <build>
                    <plugins/>
                  </build>
                </project>
                """;

        String text = PomSetup.apply(pom, V).text();

        assertThat(text).contains("""
                  </dependencies>

                  <!-- How it is built. -->
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                """).contains("""
                  <modelVersion>4.0.0</modelVersion>

                  <properties>
                """);
        assertKept(pom, text);
        assertIdempotent(text);
    }

    @Test
    void aPomThatIsNotWellFormedIsNotTouched() {
        assertThatThrownBy(() -> PomSetup.apply("<project><build></project>", V))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PomSetup.apply("<settings/>", V)).hasMessageContaining("not <project>");
    }

    @Test
    void gitIgnoreGetsTheDirectoryOnce() {
        assertThat(GitIgnore.withEntry("")).isEqualTo("# JPA Migrate's development database\n.migration/\n");
        assertThat(GitIgnore.withEntry("target/")).isEqualTo("target/\n# JPA Migrate's development database\n.migration/\n");
        assertThat(GitIgnore.withEntry("target/\r\n")).endsWith("target/\r\n# JPA Migrate's development database\r\n.migration/\r\n");
        assertThat(GitIgnore.ignores(GitIgnore.withEntry("target/"))).isTrue();
        assertThat(GitIgnore.ignores("/.migration\n")).isTrue();
        assertThat(GitIgnore.ignores(".migrations/\n")).isFalse();
    }

    /** A second run adds nothing and names what is there. */
    private static void assertIdempotent(String text) {
        PomSetup.Result again = PomSetup.apply(text, V);
        assertThat(again.text()).isEqualTo(text);
        assertThat(again.added()).isEmpty();
        assertThat(again.present()).hasSize(4);
    }

    /** Every character of the original is still there, in order: init only inserts. */
    private static void assertKept(String original, String edited) {
        int at = 0;
        for (char c : original.toCharArray()) {
            at = edited.indexOf(c, at);
            assertThat(at).as("character %s of the original", c).isNotNegative();
            at++;
        }
    }
}
