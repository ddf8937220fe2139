package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.SchemaDifference.assertSameSchemaInOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.jpamigrate.core.Log;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.index.ConvertedEnumChecks;
import dev.jpamigrate.index.UserTypeColumns;
import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.settings.DdlSettings;
import dev.jpamigrate.processor.settings.HibernateSettings;
import dev.jpamigrate.processor.settings.SettingsSources;
import dev.jpamigrate.processor.write.SnapshotFiles;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hibernate.Version;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hibernate ORM is the judge. For each fixture model (under {@code src/test/fixtures}) and
 * each naming strategy, on the Hibernate version on the test class path (7 in the default
 * test run, 6.6 in the {@code hibernate-6.6} run): the processor compiles the fixtures with
 * the matching options; Hibernate builds its schema in one database; the first migration
 * {@code generate} would write builds another from the snapshot; the two catalogs are equal,
 * and Hibernate validates ours. Catalog against catalog, because PostgreSQL prints check
 * expressions in its own normal form whoever wrote them.
 */
class HibernateConformanceTest {
    private static final Path FIXTURES = Path.of("src/test/fixtures");

    /** Each fixture with the JPA version it needs: Hibernate 6.6 implements JPA 3.1, Hibernate 7 JPA 3.2. */
    private static final Map<String, String> FIXTURE_JPA = new TreeMap<>(Map.ofEntries(
            Map.entry("shop", "3.1"),
            Map.entry("legacynaming", "3.1"),
            Map.entry("generators", "3.1"),
            Map.entry("generators2", "3.1"),
            Map.entry("storefront", "3.1"),
            Map.entry("storefront2", "3.1"),
            Map.entry("archive", "3.1"),
            // @NativeGenerator is Hibernate 7's.
            Map.entry("generators7", "3.2"),
            Map.entry("types", "3.1"),
            Map.entry("jpa32", "3.2"),
            Map.entry("keywords", "3.1"),
            Map.entry("quoted", "3.1"),
            Map.entry("autoquote", "3.1"),
            Map.entry("overrides", "3.1"),
            Map.entry("columns", "3.1"),
            Map.entry("embedded", "3.1"),
            // An @Embeddable with @Embeddable subclasses: a discriminator column and the subclasses' columns.
            Map.entry("embeddableinheritance", "3.1"),
            Map.entry("inheritance", "3.1"),
            Map.entry("collections", "3.1"),
            Map.entry("enterprise", "3.1"),
            Map.entry("access", "3.1"),
            Map.entry("marketplace", "3.1"),
            Map.entry("catalogue", "3.1"),
            Map.entry("hibernate", "3.1"),
            // @FractionalSeconds is Hibernate 7's.
            Map.entry("hibernate7", "3.2"),
            Map.entry("validation", "3.1"),
            Map.entry("columnorder", "3.1"),
            Map.entry("relations", "3.1"),
            // Composite keys copied by secondary tables, collection tables and join tables.
            Map.entry("compositekeys", "3.1"),
            // Join columns that reference a unique column other than the key (@JoinColumn(referencedColumnName)).
            Map.entry("referencedcolumns", "3.1"),
            // Records as embeddables, a nested entity, JPA naming's two spellings of one column name.
            Map.entry("billing", "3.1"),
            // UserTypes with a columnDefinition, @SoftDelete, @TimeZoneStorage(COLUMN), @CollectionId, @Target.
            Map.entry("hibernate-extras", "3.1"),
            // @Collate on basic, embedded and element collection columns.
            Map.entry("hibernate-columns", "3.1"),
            // @SoftDelete(strategy = TIMESTAMP) and @SoftDelete(comment) are Hibernate 7's, and so is @TargetEmbeddable
            // (also on element collections).
            Map.entry("hibernate-extras7", "3.2"),
            // Float and double columns with a precision, a discriminator read by a read-only field, a primitive
            // with @Column in a SINGLE_TABLE subclass, both sides of a many-to-many owning one join table: a lending
            // back office as Apache Fineract maps one.
            Map.entry("lending", "3.1"),
            // Order columns and id bag keys typed by @ListIndexJdbcTypeCode, @CollectionIdJdbcType and the like; @Comments;
            // @JoinColumnOrFormula(s) of columns only.
            Map.entry("hibernate-rare", "3.1"),
            // Hibernate 7's @PropertyRef, @CollectionIdJavaClass, and blank columnDefinitions (which 7 ignores and 6 fails on);
            // @JdbcType of the PostgreSQL JSON types, in org.hibernate.dialect.type since 7.
            Map.entry("hibernate-rare7", "3.2"),
            // Hibernate 6's @Target, which Hibernate 7 removed, and @JdbcType of the PostgreSQL JSON types in
            // org.hibernate.dialect, which Hibernate 7 moved: run on 6.6 only.
            Map.entry("hibernate-extras6", "3.1"),
            // Enums stored through String, Integer and Character converters (auto-applied, from a jar, in collections):
            // Hibernate 7 checks the converted values, 6.6 writes no check.
            Map.entry("convertedenums", "3.1"),
            // Hibernate's @Any: a discriminator and a key column, in an entity, a mapped superclass and an embeddable.
            Map.entry("anyassociations", "3.1"),
            // @SoftDelete as teams write it: on a Lombok @MappedSuperclass, a SINGLE_TABLE and a TABLE_PER_CLASS root, a
            // composite-keyed entity, element collections (embeddables, a list, a map) and join tables, each strategy
            // and converter; an entity's own @SoftDelete, which Hibernate 7.4 gives the collections it declares.
            Map.entry("softdeletes", "3.1"),
            // Hibernate 7's @SoftDelete(strategy = TIMESTAMP) on a @MappedSuperclass, a JOINED root, a join table and
            // element collections (a list, a map).
            Map.entry("softdeletes7", "3.2"),
            // Composite keys (@EmbeddedId, @IdClass) where collections meet them: a Map keyed by such an entity
            // (@MapKeyJoinColumns), a @ManyToOne to one in an element collection's embeddable and in an embeddable
            // Map key, a unidirectional @OneToMany @JoinColumn(s) to one and from one.
            Map.entry("legacykeys", "3.1"),
            // @Subselect entities in hierarchies: a SINGLE_TABLE root (no tables), JOINED and TABLE_PER_CLASS
            // subclasses (no table of their own), a SINGLE_TABLE subclass (Hibernate ignores its @Subselect).
            Map.entry("subselects", "3.1"),
            // Clinical orders as OpenMRS maps them: JOINED subclasses, some through a @MappedSuperclass between two
            // entities, with @OnDelete on the class (the foreign key to the parent's table cascades or restricts); and
            // Booleans stored through the application's own converters, checked by the values they give.
            Map.entry("clinic", "3.1"),
            // @Type with hypersistence-utils' types and the team's own UserTypes, without columnDefinition where
            // Hibernate maps them: the engine asks the compiled UserType for its SQL type.
            Map.entry("usertypes", "3.1"),
            // Hibernate Envers' audit tables: an audited @MappedSuperclass, @NotAudited, a @ManyToOne, an embedded
            // value, @Audited on one field, an entity not audited; SINGLE_TABLE, JOINED (in property access) and
            // TABLE_PER_CLASS hierarchies with audited and unaudited subclasses; audited join tables and element
            // collections, a mappedBy side; @AuditTable, @AuditJoinTable, targetAuditMode = NOT_AUDITED.
            Map.entry("audited", "3.1"),
            // Envers with the application's revision entity, whose table replaces REVINFO: a subclass of Envers'
            // TrackingModifiedEntitiesRevisionMapping on the table revinfo with a user column (Hibernate 7); one of the
            // application's own, with a long revision number, an Instant timestamp and @ModifiedEntityNames in a
            // @JoinTable.
            Map.entry("audited2", "3.1"),
            Map.entry("audited3", "3.1"),
            // Envers' validity audit strategy, set in application.yml.
            Map.entry("dispatch", "3.1"),
            // Envers on composite and derived ids (@EmbeddedId, @IdClass, @Id @ManyToOne, @MapsId), @OneToOne, an
            // @Audited attribute of an embeddable, @AuditOverride(s) on a mapped superclass's attributes, a secondary
            // table, element collections of embeddables.
            Map.entry("audited4", "3.1"),
            // A field-service model as IoT platforms map theirs: a link entity keyed by a nested Id class without
            // @Embeddable over the join table of a @ManyToMany (under Spring's naming the collection adds a column,
            // ordered among the link's), an @Embedded class without @Embeddable, a @Subselect entity named User, an
            // @IdClass holding the entity of its @Id @ManyToOne.
            Map.entry("fleet", "3.1"),
            // A low-code platform's model as openkoda maps one: a mapped superclass's field redeclared by entities (its
            // mapping wins), a join column to a code unique by an unnamed @Table constraint, JDBC Blob and Clob fields,
            // @OnDelete on the inverse @OneToMany, one property table shared by every entity.
            Map.entry("platform", "3.1"),
            // Join and collection tables that name one table, as openkoda's attachments do: Hibernate merges them.
            Map.entry("sharedtables", "3.1"),
            // Public-health reports named as a ministry's data dictionary names them: tables, columns, join tables,
            // sequences, indexes and constraints longer than PostgreSQL's 63 bytes, which it cuts, and implicit check
            // and unique names that collide once cut.
            Map.entry("healthreports", "3.1"),
            // A software-update server as Eclipse hawkBit maps one: @Access(PROPERTY) audit getters in a field-access
            // mapped superclass, @TenantId, @PrimaryKeyJoinColumn left on inverse collections, enums stored as codes
            // by a converter whose generic base class takes the codes from its subclass.
            Map.entry("rollouts", "3.1"),
            // A policy server's model as Apache Ranger maps one: two entities on one table (one with a sequence, one
            // with assigned ids), three versions of an audit record on one table, each declaring columns of its own.
            Map.entry("policyadmin", "3.1"),
            // A researcher profile registry as ORCID maps one (property access): @Embeddable subclasses embedded as
            // themselves (only what they declare), @OneToMany(mappedBy) naming a basic key column, a leftover
            // @JoinColumn beside @Column on a basic getter.
            Map.entry("researchprofile", "3.1"),
            // A clinical data repository's index tables as HAPI FHIR maps them: an index named as the foreign key it
            // covers, @JdbcTypeCode(SqlTypes.DECIMAL) and NUMERIC on BigDecimal, BigInteger, Long and Integer, a column
            // mapped by two fields (Hibernate binds them by name), enum checks in an Envers audit table.
            Map.entry("clinicaldata", "3.1"),
            // String keys under GenerationType.AUTO, as Apache James (written for OpenJPA) has them: Hibernate 7 generates
            // a UUID, 6.6 creates the implied sequence; both create the @SequenceGenerator the key names.
            Map.entry("identity", "3.1"),
            // Settings kept as OneDev keeps them: fields declared as ArrayList, LinkedHashMap, LinkedHashSet (or a list
            // class of the application's) without a relation, which Hibernate stores serialized, oid with @Lob.
            Map.entry("identity2", "3.1"),
            // An event store's side tables as Axon Framework and Spring Cloud Data Flow map theirs: @Lob on a URI, URL,
            // Locale and other character or serialized types (oid), a URI without @Lob (bytea), @Lob that Hibernate
            // ignores on numbers, times and UUIDs.
            Map.entry("eventstore", "3.1"),
            // A job-scheduling console as PowerJob maps one: @GenericGenerator(strategy = "native"), a @Lob string, and
            // @Index annotations of one table sharing a name, which Hibernate makes one index.
            Map.entry("jobconsole", "3.1"),
            // A unique column named again in a @UniqueConstraint of its own, as Apache Fineract declares them.
            Map.entry("ledger", "3.1"),
            // Study protocols as OHDSI WebAPI maps its cohort definitions: inverse one-to-ones that keep the @JoinColumn
            // Hibernate 5 code carried, which Hibernate 6 and 7 ignore.
            Map.entry("cohorts", "3.1"),
            // Time series as ThingsBoard maps them: an @IdClass attribute that the entity (its mapped superclass) does
            // not mark @Id joins the key, and primitives in the id class match wrappers in the entity; a digit before a
            // capital, which Spring Boot's naming splits on Hibernate 7 and not on 6.
            Map.entry("telemetry", "3.1"),
            // A data catalog as Netflix Genie maps its jobs: columnDefinition = "TEXT DEFAULT NULL" (PostgreSQL keeps no
            // default for a null constant), @OrderColumn(insertable = false, updatable = false).
            Map.entry("catalogrecords", "3.1"),
            // @NaturalId on @ManyToOne and @OneToOne relations; MonthDay and YearMonth, which Hibernate serializes.
            Map.entry("coursework", "3.1"),
            // Entities written for EclipseLink, as Dataverse's are: a field of a Serializable entity class without a
            // relation annotation, which Hibernate stores serialized (bytea) and EclipseLink maps as a @ManyToOne.
            Map.entry("datasets", "3.1"),
            // Bean Validation's @Size on columns declared columnDefinition = "text": Hibernate orders them by that length.
            Map.entry("monitoring", "3.1"),
            // Audiences of notifications, a SINGLE_TABLE hierarchy over a package and its subpackage: Hibernate binds
            // them in the order Spring Boot's scan gives, by class name, and its checks show that order.
            Map.entry("revisitaudience", "3.1"),
            // An entity's table that a Set of enums names as its @CollectionTable (INCEpTION's authorities): the
            // entity's column, key and unique constraint are the table's.
            Map.entry("revisitaccounts", "3.1"),
            // @UniqueConstraint and @Index names written as sentences, which Hibernate quotes (TEAMMATES names them so).
            Map.entry("courses", "3.1"),
            // Disease surveillance as SORMAS maps a location's person: @ManyToOne and @OneToOne with @JoinTable, which
            // Hibernate binds as a secondary table keyed by the owner (one shared with the inverse side's @OneToMany
            // join table), NOT NULL on 7.4 and nullable on 6.6.
            Map.entry("surveillance", "3.1"),
            // @IdClass classes that map the key columns themselves (a @Column of their own), as MOSIP's do: Hibernate
            // takes the key from them and ignores the entity's mapping of it; @Column(unique) on a composite key's column.
            Map.entry("registry", "3.1"),
            Map.entry("mailings", "3.1"), Map.entry("spreadsheets", "3.1"), Map.entry("springdata", "3.1"),
            Map.entry("meetingrooms", "3.1")));

    /**
     * Fixtures that use hypersistence-utils, whose artifact the build gives only the Hibernate it is made for: -73 to
     * 7.4, -63 to 6.6; and hibernate-envers, which the build gives to 7.4, 6.6 and 6.4 alone (audited2's
     * RevisionMapping came with Hibernate 7); and small fixtures whose mappings no minor maps differently, kept to
     * 7.4 and 6.6 because the build is near its time limit.
     */
    private static final Set<String> LATEST = Set.of("7", "6.6");
    /**
     * Fixtures whose settings choose their naming strategies (as an application's {@code application.properties}
     * does): run once, with no {@code migration.naming}, Hibernate given the same settings.
     */
    private static final Set<String> FIXTURE_OWN_NAMING = Set.of("legacynaming");
    private static final String OWN_NAMING = "the settings'";
    private static final Map<String, Set<String>> FIXTURE_ONLY_ON = Map.ofEntries(Map.entry("usertypes", LATEST),
            Map.entry("audited", Set.of("7", "6.6", "6.4")), Map.entry("audited2", Set.of("7")),
            Map.entry("audited3", LATEST), Map.entry("audited4", Set.of("7", "6.6", "6.4")),
            Map.entry("clinicaldata", LATEST), Map.entry("eventstore", LATEST), Map.entry("jobconsole", LATEST),
            Map.entry("telemetry", LATEST), Map.entry("catalogrecords", LATEST), Map.entry("coursework", LATEST),
            Map.entry("datasets", LATEST), Map.entry("archive", LATEST), Map.entry("ledger", LATEST),
            Map.entry("cohorts", LATEST), Map.entry("monitoring", LATEST),
            // A generator class overriding the configure Hibernate 6 calls: an error on 6, ignored by Hibernate 7.
            Map.entry("storefront", Set.of("7")), Map.entry("storefront2", LATEST),
            Map.entry("revisitaudience", LATEST), Map.entry("revisitaccounts", LATEST),
            Map.entry("courses", LATEST), Map.entry("identity2", LATEST), Map.entry("surveillance", LATEST),
            Map.entry("registry", LATEST), Map.entry("legacynaming", LATEST), Map.entry("healthreports", LATEST),
            Map.entry("mailings", LATEST), Map.entry("spreadsheets", LATEST), Map.entry("dispatch", LATEST),
            Map.entry("springdata", LATEST), Map.entry("meetingrooms", LATEST));

    /** Fixtures of what Hibernate 7 removed, which run on Hibernate 6 only. */
    private static final Set<String> HIBERNATE_6_ONLY = Set.of("hibernate-extras6");

    /**
     * Fixtures of what Hibernate maps since a minor: embeddable inheritance came with 6.6, {@code @SoftDelete} with 6.4,
     * {@code @SQLRestriction}, {@code @Array} and {@code @Collate} with 6.3. Hibernate 6.5 and earlier fail to start on the relations fixture (they map the
     * BigDecimal values of PriceList's maps as embeddables, and reach into java.math), so there is no schema of theirs
     * to compare with.
     */
    private static final Map<String, String> FIXTURE_SINCE = Map.of("embeddableinheritance", "6.6", "relations", "6.6",
            "hibernate-extras", "6.4", "softdeletes", "6.4", "hibernate", "6.3", "overrides", "6.3", "catalogue", "6.3",
            "hibernate-columns", "6.3");

    /**
     * Fixtures whose entities share a {@code @TableGenerator} table: Hibernate 7.0 and 7.1 fail on them themselves (their
     * schema export inserts the table's row once per entity, and the second insert breaks its primary key).
     */
    private static final Set<String> SHARED_GENERATOR_TABLES = Set.of("enterprise", "generators", "generators2");
    private static final Set<String> FAIL_ON_SHARED_GENERATOR_TABLES = Set.of("7.0", "7.1");

    /** Fixtures compiled as their applications are: a Jakarta EE 10 module at Java 11. */
    private static final Map<String, String> FIXTURE_RELEASE = Map.of("jakartaee", "11");

    static Stream<Arguments> fixturesAndNamings() {
        String hibernate = hibernateOption();
        boolean hibernate7 = hibernate.startsWith("7");
        List<Arguments> cases = new ArrayList<>();
        // -Dconformance.fixture=name runs one fixture, while it is being written (or a directory of
        // src/test/fixtures that is not in the suite, such as a real application's model); name,name several
        // (as the build does on older Hibernate minors).
        String only = System.getProperty("conformance.fixture");
        Set<String> chosen = only == null ? Set.of() : Set.of(only.split(","));
        Map<String, String> fixtures = new TreeMap<>(FIXTURE_JPA);
        chosen.forEach(name -> fixtures.putIfAbsent(name, "3.1"));
        fixtures.forEach((fixture, jpa) -> {
            if ((hibernate7 ? !HIBERNATE_6_ONLY.contains(fixture) : jpa.equals("3.1"))
                    && atLeast(hibernate, FIXTURE_SINCE.getOrDefault(fixture, "6.2"))
                    && FIXTURE_ONLY_ON.getOrDefault(fixture, Set.of(hibernate)).contains(hibernate)
                    && !(FAIL_ON_SHARED_GENERATOR_TABLES.contains(hibernate) && SHARED_GENERATOR_TABLES.contains(fixture))
                    && (only == null || chosen.contains(fixture))) {
                if (FIXTURE_OWN_NAMING.contains(fixture)) {
                    cases.add(Arguments.of(fixture, OWN_NAMING, hibernate));
                    return;
                }
                for (Naming.Strategy naming : Naming.Strategy.values()) {
                    // PhysicalNamingStrategySnakeCaseImpl came with Hibernate 7. With it and JPA's implicit naming,
                    // PriceList.approvedSuppliers' join table is price_list_supplier, the table that
                    // PriceList.suppliers names: a model Hibernate breaks, which the processor refuses.
                    if (naming != Naming.Strategy.SNAKE_CASE || hibernate7 && !fixture.equals("relations")) {
                        cases.add(Arguments.of(fixture, naming.option(), hibernate));
                    }
                }
            }
        });
        // An application's own strategy class, on the fixtures whose names it changes most. (Not on inheritance:
        // when the strategy renames tables, Hibernate loses @SecondaryTable(foreignKey)'s name and hashes one.)
        if (only != null) {
            // The fixtures chosen may all be kept off this minor: nothing to run here then.
            return cases.stream();
        }
        for (String fixture : List.of("shop", "embedded", "collections")) {
            cases.add(Arguments.of(fixture, PrefixedNamingStrategy.class.getName(), hibernate));
        }
        cases.add(Arguments.of("collections", "spring-boot:" + PrefixedNamingStrategy.class.getName(), hibernate));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1} naming, Hibernate {2}", allowZeroInvocations = true)
    @MethodSource("fixturesAndNamings")
    void theFirstMigrationBuildsTheDatabaseHibernateBuilds(String fixture, String naming, String hibernate,
            @TempDir Path work) throws Exception {
        if (naming.equals(OWN_NAMING)) {
            // The naming the fixture's settings choose, read by the processor and given to Hibernate as they are.
            Fixture model = Fixture.compile(FIXTURES.resolve(fixture), work, Map.of(ProcessorOptions.HIBERNATE, hibernate));
            Map<String, String> settings = new TreeMap<>(model.settings());
            settings.putAll(Fixture.namingSettings(FIXTURES.resolve(fixture).resolve("resources")));
            assertFirstMigrationBuildsHibernatesSchema(model, Naming.Strategy.JPA.option(), settings);
            return;
        }
        Fixture model = Fixture.compile(FIXTURES.resolve(fixture), work, naming, hibernate);
        if (fixture.equals("audited")) {
            // Envers' tables are in the snapshot (and so, as the schemas are equal, in Hibernate's schema too); JPA's
            // naming keeps LabResult, Spring's makes it lab_result.
            List<String> tables = model.schema().tables().stream()
                    .map(t -> t.name().toLowerCase(java.util.Locale.ROOT).replace("_", "")).toList();
            assertThat(tables).contains("revinfo", "petaud", "clinicvisitaud", "paymentaud", "medicalrecordaud",
                            "labresultaud", "prescriptionaud", "savingsaccountaud", "specialtyhistory",
                            "vetmenteehistory", "vetlanguageaud", "vettitlesaud", "vetfeesaud",
                            "vetteachingaud", "vetcertificateaud", "certificatesaud")
                    .doesNotContain("owneraud", "noteaud", "accountaud", "loanaccountaud", "cashpaymentaud",
                            "vetshiftsaud", "vetvetaud");
            assertThat(model.schema().sequences()).extracting(q -> q.name().toLowerCase(java.util.Locale.ROOT))
                    .contains("revinfo_seq");
        }
        assertFirstMigrationBuildsHibernatesSchema(model, naming, model.settings());
    }

    /**
     * The application's own settings: the fixture's {@code application.yml} (Spring Boot's default
     * naming, a default schema, preferred JDBC types, normalized time zones) is read by the processor,
     * and Hibernate is given the same settings as Spring Boot would give them.
     */
    @org.junit.jupiter.api.Test
    void theSettingsOfApplicationYmlChangeTheSchemaAsTheyChangeHibernates(@TempDir Path work) throws Exception {
        Path sources = FIXTURES.resolve("settings");
        Fixture model = Fixture.compile(sources, work, Map.of(ProcessorOptions.HIBERNATE, hibernateOption(),
                "migration.settings", sources.resolve("application.yml").toString()));
        Map<String, String> settings = Map.of(
                "hibernate.default_schema", "billing",
                "hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP",
                "hibernate.type.preferred_uuid_jdbc_type", "VARCHAR",
                "hibernate.type.preferred_boolean_jdbc_type", "INTEGER",
                "hibernate.type.preferred_duration_jdbc_type", "INTERVAL_SECOND",
                "hibernate.timezone.default_storage", "NORMALIZE");
        // The settings took effect (Hibernate's schema equals ours below, so it has them too).
        assertThat(model.schema().table("billing.customer").orElseThrow().columns()).extracting(c -> c.name() + " " + c.type())
                .contains("external_id varchar(36)", "active integer", "signed_up_at timestamp(6)");
        // Hibernate 6.2 and 6.3 do not read preferred_duration_jdbc_type.
        String duration = atLeast(hibernateOption(), "6.4") ? "interval second(6)" : "numeric(21,0)";
        assertThat(model.schema().table("billing.invoice_header").orElseThrow().columns())
                .extracting(c -> c.name() + " " + c.type())
                .contains("payment_term " + duration, "due_at timestamp(6)", "paid integer");
        assertThat(model.schema().table("billing.invoice_header_copied_customers")).as("Spring's join table").isPresent();
        assertThat(model.schema().table("audit.audit_entry")).isPresent();
        assertFirstMigrationBuildsHibernatesSchema(model, "spring-boot", settings);
    }

    /**
     * {@code hibernate.id.db_structure_naming_strategy}: Hibernate 5's names ({@code legacy}) or one
     * {@code hibernate_sequence} ({@code single}) for what the mapping leaves unnamed, and an increment
     * of 1 where the generator gives none; given to the processor and to Hibernate alike.
     */
    static Stream<Arguments> idStructures() {
        String hibernate = hibernateOption();
        List<String> fixtures = (hibernate.startsWith("7") ? List.of("generators2", "generators7") : List.of("generators2"))
                .stream().filter(f -> !(FAIL_ON_SHARED_GENERATOR_TABLES.contains(hibernate)
                        && SHARED_GENERATOR_TABLES.contains(f))).toList();
        return fixtures.stream().flatMap(fixture -> Stream.of("legacy", "single").flatMap(structure -> Stream.of("jpa",
                "spring-boot").map(naming -> Arguments.of(fixture, structure, naming))));
    }

    @ParameterizedTest(name = "{0}, {1}, {2} naming")
    @MethodSource("idStructures")
    void theIdStructureSettingNamesSequencesAsHibernateDoes(String fixture, String structure, String naming,
            @TempDir Path work) throws Exception {
        Fixture model = Fixture.compile(FIXTURES.resolve(fixture), work, Map.of(ProcessorOptions.NAMING, naming,
                ProcessorOptions.HIBERNATE, hibernateOption(), DdlSettings.ID_STRUCTURE, structure));
        assertThat(model.schema().sequence("hibernate_sequence")).as("Hibernate 5's sequence").isPresent();
        assertFirstMigrationBuildsHibernatesSchema(model, naming, Map.of(DdlSettings.ID_STRUCTURE, structure));
    }

    /**
     * Applications written as teams write them, each with its settings where it keeps them
     * ({@code application.yml}, {@code persistence.xml}) and no naming option: the processor finds the
     * settings in the class output. Hibernate is given them as Spring Boot or the server would give them.
     */
    static Stream<Arguments> applications() {
        return Stream.of(
                Arguments.of("saas", "spring-boot", Map.of("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP")),
                Arguments.of("jakartaee", "jpa", Map.of("hibernate.default_schema", "hr")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void anApplicationsSchemaEqualsHibernatesWithItsOwnSettings(String fixture, String naming,
            Map<String, String> settings, @TempDir Path work) throws Exception {
        Fixture model = Fixture.compile(FIXTURES.resolve(fixture), work, Map.of(ProcessorOptions.HIBERNATE, hibernateOption()));
        assertFirstMigrationBuildsHibernatesSchema(model, naming, settings);
    }

    /**
     * Hibernate Envers' settings that rename the audit tables and columns, given to the processor and to Hibernate
     * alike: on Hibernate 7.4, 6.6 and 6.4, as the build gives hibernate-envers to those runs only.
     */
    static Stream<Arguments> enversSettings() {
        if (!FIXTURE_ONLY_ON.get("audited").contains(hibernateOption())) {
            return Stream.empty();
        }
        Map<String, String> settings = Map.of("org.hibernate.envers.audit_table_suffix", "_LOG",
                "org.hibernate.envers.audit_table_prefix", "H_",
                "org.hibernate.envers.revision_field_name", "REV_ID",
                "org.hibernate.envers.revision_type_field_name", "REV_KIND",
                "org.hibernate.envers.default_schema", "audit");
        return Stream.of(Arguments.of("jpa", settings), Arguments.of("spring-boot", settings));
    }

    @ParameterizedTest(name = "{0} naming", allowZeroInvocations = true)
    @MethodSource("enversSettings")
    void enversSettingsRenameTheAuditTablesAsEnversDoes(String naming, Map<String, String> settings,
            @TempDir Path work) throws Exception {
        Map<String, String> options = new java.util.HashMap<>(settings);
        options.put(ProcessorOptions.NAMING, naming);
        options.put(ProcessorOptions.HIBERNATE, hibernateOption());
        Fixture model = Fixture.compile(FIXTURES.resolve("audited"), work, options);
        assertThat(model.schema().table("audit.revinfo")).isPresent();
        assertFirstMigrationBuildsHibernatesSchema(model, naming, settings);
    }

    /**
     * Enums stored through converters: on Hibernate 7 each column is checked against the values its converter gives
     * (computed from the compiled converters, one of them from a jar), on 6.6 none is; and the schema is Hibernate's.
     */
    @org.junit.jupiter.api.Test
    void convertedEnumsAreCheckedByTheValuesTheirConvertersGive(@TempDir Path work) throws Exception {
        Fixture model = Fixture.compile(FIXTURES.resolve("convertedenums"), work, "jpa", hibernateOption());
        List<String> checks = new ArrayList<>();
        for (String table : List.of("ticket", "ticket_notifyby", "ticket_responsehoursbyregion")) {
            model.schema().table(table).orElseThrow().checks().forEach(c -> checks.add(c.expression()));
        }
        if (hibernateOption().startsWith("7")) {
            assertThat(checks).contains("priority in ('U','H','L','M')",
                    "(severity_level >= 10) and (severity_level in (20,40,10,30))",
                    "preferredchannel in ('P','C','E','W') or preferredchannel is null",
                    "notifyby in ('P','C','E','W') or notifyby is null").hasSize(6);
        } else {
            assertThat(checks).containsExactly("severity_level >= 10");
        }
        assertFirstMigrationBuildsHibernatesSchema(model, "jpa", Map.of());
    }

    /**
     * Booleans stored through the application's own converters: each column is checked against the values its converter
     * gives false and true, and (Hibernate 6.6 and later) null when that is not null, even a repeated one; and the
     * schema is Hibernate's.
     */
    @org.junit.jupiter.api.Test
    void booleansThroughConvertersOfTheirOwnAreCheckedByTheValuesTheyGive(@TempDir Path work) throws Exception {
        Fixture model = Fixture.compile(FIXTURES.resolve("clinic"), work, "jpa", hibernateOption());
        List<String> checks = new ArrayList<>();
        for (String table : List.of("prescription", "prescription_dose_taken")) {
            model.schema().table(table).orElseThrow().checks().forEach(c -> checks.add(c.expression()));
        }
        assertThat(checks).containsExactlyInAnyOrder("dispensed in ('N','Y')", "refillable in ('N','Y')",
                "urgent in ('X') or urgent is null", "controlled in (0,1)", "taken in ('N','Y')",
                atLeast(hibernateOption(), "6.6") ? "substitutionallowed in ('Z','A','U')"
                        : "substitutionallowed in ('Z','A')",
                // GeoNetwork's BooleanToYNConverter: null is 'N' too, which Hibernate writes again.
                atLeast(hibernateOption(), "6.6") ? "coveredbyinsurance in ('N','Y','N')"
                        : "coveredbyinsurance in ('N','Y')");
        assertFirstMigrationBuildsHibernatesSchema(model, "jpa", Map.of());
    }

    /**
     * Comments with an apostrophe: Hibernate's {@code comment on ... is '...'} of each is a syntax error, which its
     * schema export only logs as {@code hibernate.hbm2ddl.halt_on_error} is false by default (the suite sets it true,
     * so the fixture is not in it): the tables exist without those comments, and the snapshot leaves them out too.
     */
    @org.junit.jupiter.api.Test
    void commentsWithAnApostropheAreLeftOutAsHibernatesFailingDdlLeavesThemOut(@TempDir Path work) throws Exception {
        Fixture model = Fixture.compile(FIXTURES.resolve("apostrophes"), work, "jpa", hibernateOption());
        var member = model.schema().table("club_member").orElseThrow();
        assertThat(member.comment()).isNull();
        assertThat(member.columns()).extracting(c -> c.name() + ": " + c.comment()).containsExactly(
                "joinedin: the year the member joined", "id: null", "email: null", "name: null");
        var club = model.schema().table("club").orElseThrow();
        assertThat(club.comment()).isNull();
        assertThat(club.columns()).extracting(c -> c.name() + ": " + c.comment()).containsExactly("id: null",
                "badge: null", "motto: shown on the front page");
        // The comparison includes comments: Hibernate's database has the ones without an apostrophe.
        assertFirstMigrationBuildsHibernatesSchema(model, "jpa", Map.of("hibernate.hbm2ddl.halt_on_error", "false"));
    }

    /**
     * {@code hibernate.timezone.default_storage=COLUMN}, and {@code AUTO} (which is {@code COLUMN} on PostgreSQL,
     * whose {@code timestamp with time zone} keeps no offset), given as processor options: each {@code
     * OffsetDateTime} and {@code ZonedDateTime} without {@code @TimeZoneStorage} gets its offset column too.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"COLUMN", "AUTO"})
    void theDefaultTimeZoneStorageSettingAddsOffsetColumnsAsHibernatesDoes(String storage, @TempDir Path work)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(atLeast(hibernateOption(), FIXTURE_SINCE.get("hibernate-extras")),
                "the fixture's @SoftDelete came with Hibernate 6.4");
        Map<String, String> settings = Map.of(DdlSettings.TIME_ZONE_STORAGE, storage);
        Fixture model = Fixture.compile(FIXTURES.resolve("hibernate-extras"), work, Map.of(ProcessorOptions.HIBERNATE,
                hibernateOption(), ProcessorOptions.NAMING, "spring-boot", DdlSettings.TIME_ZONE_STORAGE, storage));
        assertThat(model.schema().table("appointment").orElseThrow().columns()).extracting(c -> c.name() + " " + c.type())
                .contains("confirmed_at timestamp(6) with time zone", "confirmed_at_tz integer");
        assertFirstMigrationBuildsHibernatesSchema(model, "spring-boot", settings);
    }

    /**
     * Hibernate {@code create-only} builds one database, the first migration another; the two catalogs are
     * equal, column order included (the catalog lists columns by ordinal_position: Hibernate sorts a new
     * table's columns, {@code ColumnOrderingStrategyStandard}, and PostgreSQL keeps that order); then
     * Hibernate {@code validate} passes on ours, or fails as it fails on its own (it looks a table up by the name longer
     * than 63 bytes that it created, and PostgreSQL cut).
     */
    private static void assertFirstMigrationBuildsHibernatesSchema(Fixture model, String naming,
            Map<String, String> settings) throws Exception {
        try (TestDatabase hibernates = TestDatabase.create(); TestDatabase ours = TestDatabase.create()) {
            HibernateSchema.run(hibernates, model.entities(), naming, "create-only", settings);
            build(ours, model.schema());

            // Hibernate joins a column's @Min and @Max checks in an order that changes from run to run.
            assertSameSchemaInOrder(CheckConjuncts.sorted(catalog(ours, model.schema())),
                    CheckConjuncts.sorted(catalog(hibernates, model.schema())));
            String ownValidation = validation(hibernates, model, naming, settings);
            assertThat(validation(ours, model, naming, settings)).as("Hibernate's validate on ours, and on its own")
                    .isEqualTo(ownValidation);
            if (model.schema().tables().stream().noneMatch(t -> t.localName().length() == 63
                    || t.columns().stream().anyMatch(c -> c.name().length() == 63))) {
                assertThat(ownValidation).as("Hibernate's validate of names within 63 bytes").isNull();
            }
        }
    }

    /** What Hibernate {@code validate} says of {@code database}: null when it passes. */
    private static String validation(TestDatabase database, Fixture model, String naming, Map<String, String> settings) {
        try {
            HibernateSchema.run(database, model.entities(), naming, "validate", settings);
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** Whether the minor {@code option} names ({@code 6.4}, or {@code 7} for the newest) is {@code minor} or later. */
    private static boolean atLeast(String option, String minor) {
        if (option.equals("7")) {
            return true;
        }
        // Not Runtime.Version, which refuses a trailing zero ("7.0").
        String[] given = option.split("\\."), wanted = minor.split("\\.");
        int major = Integer.compare(Integer.parseInt(given[0]), Integer.parseInt(wanted[0]));
        return major != 0 ? major > 0 : Integer.parseInt(given[1]) >= Integer.parseInt(wanted[1]);
    }

    /** {@code migration.hibernate} for the Hibernate version on the class path. */
    static String hibernateOption() {
        String version = Version.getVersionString();
        String minor = version.substring(0, version.indexOf('.', version.indexOf('.') + 1));
        return minor.equals("7.4") ? "7" : minor;
    }

    private static Schema catalog(TestDatabase db, Schema model) throws SQLException {
        try (Connection c = db.connect()) {
            return CatalogReader.read(c, "public", model.schemaNames(), Set.of());
        }
    }

    /** The statements of the first migration that {@code migration:generate} writes for {@code schema}. */
    private static void build(TestDatabase db, Schema schema) throws SQLException {
        PostgresDialect dialect = new PostgresDialect();
        try (Connection c = db.connect(); Statement statement = c.createStatement()) {
            for (var op : SchemaDiff.between(Schema.EMPTY, schema).upgrade()) {
                for (String sql : dialect.render(op)) {
                    statement.execute(sql);
                }
            }
        }
    }

    /**
     * A fixture model compiled with the processor: its entity classes, the schema of their snapshots,
     * and the Hibernate settings of its {@code resources} (persistence.xml, application.yml) that
     * change the DDL, for Hibernate as the application's server or Spring Boot would give them (the
     * naming strategies aside: the test gives those).
     */
    private record Fixture(List<Class<?>> entities, Schema schema, Map<String, String> settings) {
        /**
         * Compiles the fixture, with Lombok's processor after JPA Migrate's; a fixture's {@code library}
         * directory first, on its own and without JPA Migrate, as a jar that the entities are compiled against.
         */
        static Fixture compile(Path sources, Path work, String naming, String hibernate) throws ClassNotFoundException {
            return compile(sources, work, Map.of(ProcessorOptions.NAMING, naming, ProcessorOptions.HIBERNATE, hibernate));
        }

        /** @param options the processor options, {@code migration.naming} and others */
        static Fixture compile(Path sources, Path work, Map<String, String> options) throws ClassNotFoundException {
            ClassDirectoryCompiler compiler = new ClassDirectoryCompiler(work.resolve("entities")).withLombok();
            options.forEach(compiler::withProcessorOption);
            Path library = sources.resolve("library");
            if (Files.isDirectory(library)) {
                ClassDirectoryCompiler libraryCompiler = new ClassDirectoryCompiler(work.resolve("library"))
                        .withoutProcessor();
                libraryCompiler.compileTree(library);
                compiler.withDependency(libraryCompiler);
            }
            Path resources = sources.resolve("resources");
            if (Files.isDirectory(resources)) {
                compiler.withResources(resources);
            }
            String release = FIXTURE_RELEASE.get(sources.getFileName().toString());
            if (release != null) {
                compiler.withJavacOption("--release", release);
            }
            compiler.compileTree(sources, List.of(library));
            ClassLoader loader = compiler.classLoaderWithDependencies();
            Schema schema = Schema.EMPTY;
            List<Class<?>> entities = new ArrayList<>();
            for (SchemaFile snapshot : GeneratedSnapshots.onClassPath(loader)) {
                schema = schema.merge(snapshot.schema());
                for (String name : snapshot.entities()) {
                    entities.add(Class.forName(name, true, loader));
                }
            }
            // As the engine reads the snapshots: the UserTypes' columns typed by the fixture's UserTypes, the
            // converted enum checks computed by its converters.
            schema = UserTypeColumns.resolve(schema, loader);
            List<String> warnings = new ArrayList<>();
            schema = ConvertedEnumChecks.resolve(schema, loader, new Log() {
                @Override
                public void info(String message) {
                }

                @Override
                public void warn(String message) {
                    warnings.add(message);
                }
            });
            assertThat(warnings).as("converter warnings").isEmpty();
            assertThat(entities).as("the fixture's entities").isNotEmpty();
            // Hibernate binds the entities in the order it is given them, and that order shows (SINGLE_TABLE checks,
            // discriminator values): given as Spring Boot's entity scan lists them, by class name, which the processor
            // assumes, not in the index's order, which puts a package's subpackages before the package
            // (com.acme.billing.invoices.schema sorts before com.acme.billing.schema).
            entities.sort(Comparator.comparing(Class::getName));
            // Hibernate applies the auto-applied converters it is given, as a persistence unit lists them.
            for (String name : compiler.resourceLines(SnapshotFiles.CONVERTERS)) {
                entities.add(Class.forName(name, true, loader));
            }
            entities.addAll(embeddableHierarchies(sources, loader));
            return new Fixture(entities, schema, Files.isDirectory(resources) ? settings(resources) : Map.of());
        }

        /**
         * The fixture's {@code @Embeddable} hierarchies, root and subclasses, which Hibernate maps with a discriminator
         * only when the persistence unit lists them, as a scanning one (Spring Boot's, a server's) does.
         */
        private static Set<Class<?>> embeddableHierarchies(Path sources, ClassLoader loader) {
            Set<Class<?>> hierarchies = new java.util.LinkedHashSet<>();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String name = sources.relativize(file).toString().replace(".java", "").replace('/', '.');
                    Class<?> type;
                    try {
                        type = Class.forName(name, false, loader);
                    } catch (ClassNotFoundException | LinkageError notAClass) {
                        continue;
                    }
                    for (Class<?> c = type; isEmbeddable(c) && isEmbeddable(c.getSuperclass()); c = c.getSuperclass()) {
                        hierarchies.add(c);
                        hierarchies.add(c.getSuperclass());
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return hierarchies;
        }

        private static boolean isEmbeddable(Class<?> type) {
            return type != null && type.isAnnotationPresent(jakarta.persistence.Embeddable.class);
        }

        private static Map<String, String> settings(Path resources) {
            HibernateSettings application = read(resources);
            Map<String, String> settings = new TreeMap<>();
            for (String key : DdlSettings.KEYS) {
                if (!key.equals(HibernateSettings.PHYSICAL_NAMING) && !key.equals(HibernateSettings.IMPLICIT_NAMING)) {
                    application.get(key).ifPresent(setting -> settings.put(key, setting.value()));
                }
            }
            // Every Envers setting, whether the processor reads it or not: Hibernate's audit tables are the judge.
            application.containing("org.hibernate.envers.").forEach(s -> settings.putIfAbsent(s.key(), s.value()));
            return settings;
        }

        /** The naming strategies the application's settings name, as Hibernate is given them. */
        static Map<String, String> namingSettings(Path resources) {
            HibernateSettings application = read(resources);
            Map<String, String> settings = new TreeMap<>();
            for (String key : List.of(HibernateSettings.PHYSICAL_NAMING, HibernateSettings.IMPLICIT_NAMING)) {
                application.get(key).ifPresent(setting -> settings.put(key, setting.value()));
            }
            return settings;
        }

        private static HibernateSettings read(Path resources) {
            return HibernateSettings.read(Map.of(), name -> {
                Path file = resources.resolve(name);
                return SettingsSources.files().apply(file.toString());
            }, SettingsSources.files());
        }
    }
}
