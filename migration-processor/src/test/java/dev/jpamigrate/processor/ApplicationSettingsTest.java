package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.snapshot;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.processor.settings.HibernateSettings;
import dev.jpamigrate.processor.settings.Setting;
import dev.jpamigrate.processor.settings.SettingsSources;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's Hibernate settings where it keeps them: processor options with Hibernate's
 * names, Spring Boot's {@code application.properties}/{@code .yml} and their profiles,
 * {@code persistence.xml}, {@code hibernate.properties}; found in the class output (where Maven's
 * process-resources puts them) or named by {@code -Amigration.settings}. Each compiles real
 * entities with javac and reads the snapshot the processor wrote.
 */
class ApplicationSettingsTest {
    private static final JavaFileObject ORDER = jakarta("shop.PurchaseOrder", """
            @Entity
            public class PurchaseOrder {
                @Id @GeneratedValue Long id;
                Instant placedAt;
                String customerName;
            }
            """);

    @TempDir
    Path dir;

    @Test
    void applicationYmlOfSpringBootGivesSpringNamingAndItsProperties() throws IOException {
        Path yml = file("application.yml", """
                spring:
                  jpa:
                    properties:
                      hibernate:
                        type:
                          preferred_instant_jdbc_type: TIMESTAMP
                """);

        SchemaFile snapshot = snapshot(compile(ORDER, settings(yml)), "shop");

        assertThat(columns(snapshot, "purchase_order")).containsExactly("id bigint", "placed_at timestamp(6)",
                "customer_name varchar(255)");
        assertThat(snapshot.settings()).containsExactly(
                new SchemaFile.Setting("hibernate", "7.4", "default"),
                new SchemaFile.Setting("naming", "spring-boot", yml + ", Spring Boot's default"),
                new SchemaFile.Setting("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP", yml.toString()));
    }

    @Test
    void quarkusKeysOfApplicationPropertiesAreTheHibernateSettingsQuarkusGivesHibernate() throws IOException {
        Path properties = file("application.properties", """
                quarkus.datasource.db-kind=postgresql
                quarkus.hibernate-orm.physical-naming-strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy
                quarkus.hibernate-orm.database.default-schema=dev
                %prod.quarkus.hibernate-orm.database.default-schema=shop
                quarkus.hibernate-orm.mapping.instant.preferred-jdbc-type=TIMESTAMP
                quarkus.hibernate-orm.unsupported-properties."hibernate.type.preferred_uuid_jdbc_type"=CHAR
                %dev.quarkus.hibernate-orm.mapping.instant.preferred-jdbc-type=TIMESTAMP_UTC
                """);

        SchemaFile snapshot = snapshot(compile(ORDER, settings(properties)), "shop");

        // Quarkus keeps Hibernate's implicit naming, and a packaged application runs in the prod profile.
        assertThat(columns(snapshot, "shop.purchase_order")).containsExactly("id bigint", "placed_at timestamp(6)",
                "customer_name varchar(255)");
        assertThat(snapshot.settings()).contains(
                new SchemaFile.Setting("hibernate.default_schema", "shop",
                        properties + ", %prod.quarkus.hibernate-orm.database.default-schema"),
                new SchemaFile.Setting("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP",
                        properties + ", quarkus.hibernate-orm.mapping.instant.preferred-jdbc-type"));
    }

    @Test
    void quarkusOrmCompatibilityWithHibernate56GivesItsLegacySettingsUnderTheApplicationsOwn() throws IOException {
        Path properties = file("application.properties", """
                quarkus.hibernate-orm.database.orm-compatibility.version=5.6
                quarkus.hibernate-orm.mapping.timezone.default-storage=normalize-utc
                quarkus.hibernate-orm.quote-identifiers.strategy=only-keywords
                """);

        SchemaFile snapshot = snapshot(compile(ORDER, settings(properties)), "shop");

        assertThat(columns(snapshot, "purchaseorder")).containsExactly("id bigint", "placedat timestamp(6)",
                "customername varchar(255)");
        assertThat(snapshot.settings()).extracting(SchemaFile.Setting::name, SchemaFile.Setting::value).contains(
                org.assertj.core.groups.Tuple.tuple("hibernate.id.db_structure_naming_strategy", "legacy"),
                org.assertj.core.groups.Tuple.tuple("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP"),
                org.assertj.core.groups.Tuple.tuple("hibernate.timezone.default_storage", "NORMALIZE_UTC"),
                org.assertj.core.groups.Tuple.tuple("hibernate.auto_quote_keyword", "true"));
    }

    @Test
    void processorOptionsWinOverApplicationPropertiesWhichWinsOverYml() throws IOException {
        Path yml = file("application.yml", """
                spring.jpa.properties.hibernate.default_schema: from_yml
                spring.jpa.properties.hibernate.type.preferred_instant_jdbc_type: TIMESTAMP_UTC
                """);
        Path properties = file("application.properties", """
                spring.jpa.properties.hibernate.default_schema=from_properties
                spring.jpa.properties.hibernate.type.preferred_instant_jdbc_type=TIMESTAMP_UTC
                """);

        Compilation compilation = compile(ORDER, settings(yml, properties),
                "-Ahibernate.type.preferred_instant_jdbc_type=TIMESTAMP");

        SchemaFile snapshot = snapshot(compilation, "shop");
        assertThat(snapshot.schema().table("from_properties.purchase_order")).isPresent();
        assertThat(columns(snapshot, "from_properties.purchase_order")).contains("placed_at timestamp(6)");
        assertThat(snapshot.settings()).contains(
                new SchemaFile.Setting("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP",
                        "-Ahibernate.type.preferred_instant_jdbc_type"),
                new SchemaFile.Setting("hibernate.default_schema", "from_properties", properties.toString()));
    }

    @Test
    void springNamingKeysWinOverTheSameSettingInSpringJpaProperties() throws IOException {
        Path yml = file("application.yml", """
                spring:
                  jpa:
                    hibernate:
                      naming:
                        physical-strategy: org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
                        implicit-strategy: org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl
                    properties:
                      hibernate.physical_naming_strategy: org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy
                """);

        SchemaFile snapshot = snapshot(compile(ORDER, settings(yml)), "shop");

        assertThat(snapshot.schema().table("purchaseorder")).isPresent();
        assertThat(snapshot.settings()).contains(new SchemaFile.Setting("naming", "jpa", yml.toString()));
    }

    @Test
    void aProfileFileWinsOverTheBaseFileAndAProfileDocumentAppliesOnlyWithItsProfile() throws IOException {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(dir.resolve("module"));
        Files.writeString(module.classes().resolve("application.yml"), """
                spring.jpa.properties.hibernate.default_schema: base
                ---
                spring.config.activate.on-profile: staging
                spring.jpa.properties.hibernate.default_schema: staging
                """);
        Files.writeString(module.classes().resolve("application-prod.properties"),
                "spring.jpa.properties.hibernate.default_schema=prod\n");

        assertThat(tablesCompiledWith(module)).contains("base.purchase_order");
        assertThat(tablesCompiledWith(module.withProcessorOption("migration.profile", "prod")))
                .contains("prod.purchase_order");
    }

    @Test
    void springProfilesActiveChoosesTheProfileWhenNoOptionDoes() throws IOException {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(dir.resolve("module"));
        Files.writeString(module.classes().resolve("application.yml"), """
                spring:
                  profiles.active: staging
                  jpa.properties.hibernate.default_schema: base
                ---
                spring.config.activate.on-profile: staging
                spring.jpa.properties.hibernate.default_schema: staging
                """);

        assertThat(tablesCompiledWith(module)).contains("staging.purchase_order");
    }

    @Test
    void theFilesAreFoundInTheClassOutputWhereMavenCopiesTheResources() throws IOException {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(dir.resolve("module"));
        Files.writeString(module.classes().resolve("application.properties"),
                "spring.jpa.properties.hibernate.type.preferred_instant_jdbc_type=TIMESTAMP\n");

        module.compile(ORDER);

        SchemaFile snapshot = module.snapshots().get(0);
        assertThat(columns(snapshot, "purchase_order")).contains("placed_at timestamp(6)");
        assertThat(snapshot.settings()).contains(new SchemaFile.Setting("hibernate.type.preferred_instant_jdbc_type",
                "TIMESTAMP", "application.properties"));
    }

    @Test
    void aMappingFileThatChangesTablesIsAWarningNamingWhatItMapsAndOneOfQueriesIsNot() throws IOException {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(dir.resolve("module"));
        Files.createDirectories(module.classes().resolve("META-INF"));
        Files.writeString(module.classes().resolve("META-INF/persistence.xml"), """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="shop">
                    <mapping-file>META-INF/queries.xml</mapping-file>
                    <mapping-file>META-INF/overrides.xml</mapping-file>
                  </persistence-unit>
                </persistence>
                """);
        Files.writeString(module.classes().resolve("META-INF/queries.xml"), """
                <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.0">
                  <named-query name="Order.open"><query>select o from PurchaseOrder o</query></named-query>
                </entity-mappings>
                """);
        Files.writeString(module.classes().resolve("META-INF/overrides.xml"), """
                <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.0">
                  <entity class="shop.PurchaseOrder">
                    <attributes><basic name="placedAt"><column column-definition="timestamptz"/></basic></attributes>
                  </entity>
                </entity-mappings>
                """);

        List<String> warnings = module.compileReportingDiagnostics(ORDER).stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.WARNING).map(d -> d.getMessage(null)).toList();

        assertThat(warnings).filteredOn(w -> w.contains("xml maps")).containsExactly("META-INF/overrides.xml maps"
                + " <entity class=\"shop.PurchaseOrder\">: JPA Migrate reads the mapping annotations only, so what this"
                + " file adds or overrides is not in the schema snapshot, and the migrations differ from Hibernate's"
                + " schema there; move these mappings to annotations on the classes");
    }

    @Test
    void anHbmXmlThatHibernateCfgXmlNamesIsAWarningNamingItsClasses() throws IOException {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(dir.resolve("module"));
        Files.writeString(module.classes().resolve("hibernate.cfg.xml"), """
                <!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
                        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
                <hibernate-configuration>
                  <session-factory>
                    <mapping class="shop.PurchaseOrder"/>
                    <mapping resource="shop/Invoice.hbm.xml"/>
                  </session-factory>
                </hibernate-configuration>
                """);
        Files.createDirectories(module.classes().resolve("shop"));
        Files.writeString(module.classes().resolve("shop/Invoice.hbm.xml"), """
                <!DOCTYPE hibernate-mapping PUBLIC "-//Hibernate/Hibernate Mapping DTD 3.0//EN"
                        "http://www.hibernate.org/dtd/hibernate-mapping-3.0.dtd">
                <hibernate-mapping package="shop">
                  <class name="Invoice" table="invoice">
                    <id name="id"><generator class="native"/></id>
                  </class>
                </hibernate-mapping>
                """);

        List<String> warnings = module.compileReportingDiagnostics(ORDER).stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.WARNING).map(d -> d.getMessage(null)).toList();

        assertThat(warnings).filteredOn(w -> w.contains("xml maps")).containsExactly("shop/Invoice.hbm.xml maps"
                + " <class name=\"Invoice\">: JPA Migrate reads the mapping annotations only, so what this"
                + " file adds or overrides is not in the schema snapshot, and the migrations differ from Hibernate's"
                + " schema there; move these mappings to annotations on the classes");
    }

    @Test
    void springBootsConfigDirectoryIsReadAndWinsOverTheRoot() throws IOException {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(dir.resolve("module"));
        Files.writeString(module.classes().resolve("application.properties"),
                "spring.jpa.properties.hibernate.type.preferred_instant_jdbc_type=TIMESTAMP_WITH_TIMEZONE\n");
        Files.createDirectories(module.classes().resolve("config"));
        Files.writeString(module.classes().resolve("config/application.yml"), """
                spring:
                  jpa:
                    properties:
                      hibernate.type.preferred_instant_jdbc_type: TIMESTAMP
                """);

        module.compile(ORDER);

        SchemaFile snapshot = module.snapshots().get(0);
        assertThat(columns(snapshot, "purchase_order")).contains("placed_at timestamp(6)");
        assertThat(snapshot.settings()).contains(new SchemaFile.Setting("hibernate.type.preferred_instant_jdbc_type",
                "TIMESTAMP", "config/application.yml"));
    }

    @Test
    void persistenceXmlGivesItsUnitsPropertiesAndHibernatePropertiesComesLast() throws IOException {
        Path xml = file("META-INF/persistence.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="shop">
                    <properties>
                      <property name="hibernate.default_schema" value="sales"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """);
        Path hibernate = file("hibernate.properties", """
                hibernate.default_schema=ignored
                hibernate.type.preferred_instant_jdbc_type=TIMESTAMP
                """);

        SchemaFile snapshot = snapshot(compile(ORDER, settings(xml, hibernate)), "shop");

        assertThat(columns(snapshot, "sales.purchaseorder")).contains("placedat timestamp(6)");
        assertThat(snapshot.settings()).contains(new SchemaFile.Setting("naming", "jpa", "default"),
                new SchemaFile.Setting("hibernate.default_schema", "sales", xml.toString()),
                new SchemaFile.Setting("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP", hibernate.toString()));
    }

    /** As DSpace keeps it: Hibernate's DTD by URL (not fetched), names with and without the {@code hibernate.} prefix. */
    @Test
    void hibernateCfgXmlGivesItsSessionFactoryPropertiesOverHibernateProperties() throws IOException {
        Path cfg = file("config/hibernate.cfg.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
                        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
                <hibernate-configuration>
                  <session-factory>
                    <property name="default_schema">archive</property>
                    <property name="hibernate.type.preferred_instant_jdbc_type">
                        TIMESTAMP
                    </property>
                    <mapping class="shop.PurchaseOrder"/>
                  </session-factory>
                </hibernate-configuration>
                """);
        Path hibernate = file("hibernate.properties", """
                hibernate.default_schema=ignored
                hibernate.type.preferred_uuid_jdbc_type=CHAR
                """);

        SchemaFile snapshot = snapshot(compile(ORDER, settings(cfg, hibernate)), "shop");

        assertThat(columns(snapshot, "archive.purchaseorder")).contains("placedat timestamp(6)");
        assertThat(snapshot.settings()).contains(
                new SchemaFile.Setting("hibernate.default_schema", "archive", cfg.toString()),
                new SchemaFile.Setting("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP", cfg.toString()),
                new SchemaFile.Setting("hibernate.type.preferred_uuid_jdbc_type", "CHAR", hibernate.toString()));
    }

    @Test
    void ofSeveralPersistenceUnitsTheOneNamedApplies() throws IOException {
        Path xml = file("META-INF/persistence.xml", """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="main">
                    <properties><property name="hibernate.default_schema" value="main"/></properties>
                  </persistence-unit>
                  <persistence-unit name="reports">
                    <properties><property name="hibernate.default_schema" value="reports"/></properties>
                  </persistence-unit>
                </persistence>
                """);

        assertThat(snapshot(compile(ORDER, settings(xml), "-Amigration.persistenceUnit=reports"), "shop").schema()
                .table("reports.purchaseorder")).isPresent();
        CompilationSubject.assertThat(compile(ORDER, settings(xml))).hadErrorContaining(xml + " has several"
                + " persistence units [main, reports] whose hibernate.default_schema differ: choose one with"
                + " -Amigration.persistenceUnit=NAME");
    }

    @Test
    void explicitMigrationNamingWinsOverTheSettings() throws IOException {
        Path yml = file("application.yml", "spring.application.name: shop\n");

        SchemaFile snapshot = snapshot(compile(ORDER, settings(yml), "-Amigration.naming=jpa"), "shop");

        assertThat(snapshot.schema().table("purchaseorder")).isPresent();
        assertThat(snapshot.settings()).contains(new SchemaFile.Setting("naming", "jpa", "-Amigration.naming"));
    }

    @Test
    void aFileWithoutSpringKeysLeavesHibernatesDefaultNaming() throws IOException {
        Path properties = file("application.properties", "quarkus.datasource.db-kind=postgresql\n");

        assertThat(snapshot(compile(ORDER, settings(properties)), "shop").schema().table("purchaseorder")).isPresent();
    }

    /** The one look-up every part of the processor uses for a Hibernate setting, whoever reads it. */
    @Test
    void anyHibernatePropertyIsFoundWhereverTheApplicationKeepsIt() throws IOException {
        Path yml = file("application.yml", """
                spring.jpa.properties:
                  hibernate.column_ordering_strategy: legacy
                  jakarta.persistence.validation.mode: none
                """);
        Path hibernate = file("hibernate.properties", "hibernate.validator.apply_to_ddl=false\n");
        Map<String, String> options = Map.of("migration.settings", yml + "," + hibernate,
                "jakarta.persistence.validation.mode", "callback");

        HibernateSettings settings = HibernateSettings.read(options, name -> Optional.empty(), SettingsSources.files());

        assertThat(settings.get("hibernate.column_ordering_strategy"))
                .contains(new Setting("hibernate.column_ordering_strategy", "legacy", yml.toString()));
        assertThat(settings.get("jakarta.persistence.validation.mode")).contains(new Setting(
                "jakarta.persistence.validation.mode", "callback", "-Ajakarta.persistence.validation.mode"));
        assertThat(settings.get("hibernate.validator.apply_to_ddl"))
                .contains(new Setting("hibernate.validator.apply_to_ddl", "false", hibernate.toString()));
        assertThat(settings.get("hibernate.format_sql")).isEmpty();
    }

    @Test
    void aValueHibernateRefusesIsAnErrorNamingTheFileAndKey() throws IOException {
        Path yml = file("application.yml", """
                spring.jpa.properties.hibernate.type.preferred_instant_jdbc_type: TIMESTAMPTZ
                spring.jpa.properties.hibernate.timezone.default_storage: SOMETIMES
                """);

        CompilationSubject.assertThat(compile(ORDER, settings(yml))).hadErrorContaining(yml
                + ": hibernate.type.preferred_instant_jdbc_type=TIMESTAMPTZ is not a value Hibernate accepts; give the"
                + " name or number of a JDBC type of org.hibernate.type.SqlTypes, such as TIMESTAMP_UTC");
        CompilationSubject.assertThat(compile(ORDER, "-Ahibernate.timezone.default_storage=SOMETIMES"))
                .hadErrorContaining("-Ahibernate.timezone.default_storage: hibernate.timezone.default_storage=SOMETIMES"
                        + " is not a value Hibernate accepts; use one of NATIVE, NORMALIZE, NORMALIZE_UTC, COLUMN,"
                        + " AUTO, DEFAULT");
    }

    @Test
    void aSettingJpaMigrateDoesNotReproduceIsAnErrorSayingWhatToDo() throws IOException {
        CompilationSubject.assertThat(compile(ORDER, "-Ahibernate.implicit_naming_strategy=legacy-hbm"))
                .hadErrorContaining("-Ahibernate.implicit_naming_strategy: hibernate.implicit_naming_strategy=legacy-hbm"
                        + " is an implicit naming strategy JPA Migrate does not reproduce");
    }

    @Test
    void quotingSettingsKeepTheCaseOfTheNamesTheyQuote() throws IOException {
        JavaFileObject order = jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id @GeneratedValue Long id;
                    String comment;
                    String customerName;
                }
                """);
        Path yml = file("application.yml", "spring.jpa.properties.hibernate.globally_quoted_identifiers: true\n");

        SchemaFile quoted = snapshot(compile(order, settings(yml)), "shop");
        assertThat(columnNames(quoted, "Order")).containsExactlyInAnyOrder("id", "comment", "customerName");
        assertThat(quoted.schema().sequence("Order_SEQ")).isPresent();
        // Only the keywords: Order (quoted, so it keeps its case) and comment; not customerName or the sequence.
        SchemaFile keywords = snapshot(compile(order, "-Ahibernate.auto_quote_keyword=true"), "shop");
        assertThat(columnNames(keywords, "Order")).containsExactlyInAnyOrder("id", "comment", "customername");
        assertThat(keywords.schema().sequence("order_seq")).isPresent();
        // Without either, Order is a reserved word that Hibernate's DDL leaves unquoted.
        CompilationSubject.assertThat(compile(order)).hadErrorContaining("is a reserved word in PostgreSQL");
    }

    @Test
    void globalQuotingOfAColumnDefinitionIsAnErrorUnlessTheSettingSkipsThem() {
        JavaFileObject note = jakarta("shop.Note", """
                @Entity
                public class Note {
                    @Id Long id;
                    @Column(columnDefinition = "varchar(20)")
                    String body;
                }
                """);

        CompilationSubject.assertThat(compile(note, "-Ahibernate.globally_quoted_identifiers=true"))
                .hadErrorContaining("hibernate.globally_quoted_identifiers=true makes Hibernate write columnDefinition"
                        + " = \"varchar(20)\" in quotes").inFile(note).onLineContaining("columnDefinition");
        CompilationSubject.assertThat(compile(note, "-Ahibernate.globally_quoted_identifiers=true",
                "-Ahibernate.globally_quoted_identifiers_skip_column_definitions=true")).succeeded();
        CompilationSubject.assertThat(compile(note, "-Ahibernate.globally_quoted_identifiers=yes"))
                .hadErrorContaining("hibernate.globally_quoted_identifiers=yes is not a value Hibernate accepts; use"
                        + " true or false");
    }

    /**
     * {@code hibernate.id.db_structure_naming_strategy} names the sequences the mapping leaves unnamed
     * as Hibernate 5 did, and their increment is then 1 (measured on Hibernate 6.6 and 7.4; the
     * generators2 conformance fixture proves it against Hibernate given the same setting).
     */
    @Test
    void legacyAndSingleIdStructuresNameUnnamedSequencesAsHibernateFiveDid() {
        JavaFileObject named = jakarta("shop.Invoice", """
                @Entity
                public class Invoice {
                    @Id @GeneratedValue(generator = "invoices")
                    @SequenceGenerator(name = "invoices", allocationSize = 1)
                    Long id;
                }
                """);
        Function<String, Schema> compiled = structure -> snapshot(javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Ahibernate.id.db_structure_naming_strategy=" + structure).compile(ORDER, named), "shop")
                .schema();
        Schema standard = compiled.apply("standard");
        Schema legacy = compiled.apply("legacy");
        Schema single = compiled.apply("single");

        assertThat(standard.sequences()).extracting(q -> q.name() + " " + q.increment())
                .containsExactlyInAnyOrder("purchaseorder_seq 50", "invoices 1");
        assertThat(legacy.sequences()).extracting(q -> q.name() + " " + q.increment())
                .containsExactlyInAnyOrder("hibernate_sequence 1", "invoices 1");
        assertThat(single.sequences()).extracting(q -> q.name() + " " + q.increment())
                .containsExactly("hibernate_sequence 1");
        CompilationSubject.assertThat(compile(ORDER, "-Ahibernate.id.db_structure_naming_strategy=Legacy"))
                .hadErrorContaining("hibernate.id.db_structure_naming_strategy=Legacy");
    }

    @Test
    void aFileThatDoesNotParseIsOneReadableError() throws IOException {
        Path yml = file("application.yml", """
                spring:
                  datasource:
                    password: "s3cret
                  jpa:
                    properties: [unclosed
                """);

        Compilation compilation = compile(ORDER, settings(yml));

        CompilationSubject.assertThat(compilation).hadErrorCount(1);
        CompilationSubject.assertThat(compilation).hadErrorContaining(yml + " does not parse as YAML:");
        CompilationSubject.assertThat(compilation).hadErrorContaining(" at line ");
        assertThat(compilation.errors().get(0).getMessage(null)).as("no quote of the file").doesNotContain("s3cret");
        Path missing = dir.resolve("config/application.yml");
        CompilationSubject.assertThat(compile(ORDER, "-Amigration.settings=" + missing))
                .hadErrorContaining("-Amigration.settings names " + missing + ", which does not exist");
        CompilationSubject.assertThat(compile(ORDER, "-Amigration.settings=" + dir.resolve("settings.txt")))
                .hadErrorContaining("-Amigration.settings names " + dir.resolve("settings.txt") + ", which is none of"
                        + " application.properties, application.yml, persistence.xml, hibernate.cfg.xml or hibernate.properties");
    }

    private Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String settings(Path... files) {
        List<String> paths = new ArrayList<>();
        for (Path file : files) {
            paths.add(file.toString());
        }
        return "-Amigration.settings=" + String.join(",", paths);
    }

    private static List<String> columns(SchemaFile snapshot, String table) {
        Table found = snapshot.schema().table(table).orElseThrow(() -> new AssertionError("no table " + table
                + " in " + snapshot.schema().tables().stream().map(Table::name).toList()));
        return found.columns().stream().map(ApplicationSettingsTest::describe).toList();
    }

    private static List<String> columnNames(SchemaFile snapshot, String table) {
        return columns(snapshot, table).stream().map(c -> c.substring(0, c.indexOf(' '))).toList();
    }

    private static String describe(Column column) {
        return column.name() + " " + column.type();
    }

    private static Compilation compile(JavaFileObject source, String... options) {
        return javac().withProcessors(new JpaMigrateProcessor()).withOptions((Object[]) options).compile(source);
    }

    /** Compiled into a class directory, as Maven compiles after process-resources copied the settings there. */
    private static List<String> tablesCompiledWith(ClassDirectoryCompiler module) {
        module.compile(ORDER);
        return module.entitySchema().tables().stream().map(Table::name).toList();
    }
}
