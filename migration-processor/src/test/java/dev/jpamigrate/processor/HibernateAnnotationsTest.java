package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.jakarta;
import static dev.jpamigrate.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.processor.read.HibernateAnnotations;
import dev.jpamigrate.processor.read.HibernateAnnotations.Kind;
import dev.jpamigrate.schema.UserTypeColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classification of {@code org.hibernate.annotations} ({@link HibernateAnnotations}): it
 * covers the hibernate-core on the class path; neutral annotations compile without a word and
 * change no table; refused ones are errors on their element, with the fix; an annotation JPA
 * Migrate does not know is a warning. The mapped ones are proven against Hibernate by the
 * conformance fixtures {@code hibernate} and {@code hibernate7}.
 */
class HibernateAnnotationsTest {
    private static final String PACKAGE = "org/hibernate/annotations/";

    /** When a new Hibernate adds an annotation, this names it: classify it in HibernateAnnotations. */
    @Test
    void everyAnnotationOfHibernateCoreOnTheClassPathIsClassified() throws Exception {
        Path jar = Path.of(org.hibernate.annotations.Comment.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        List<String> annotations = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                String simple = name.startsWith(PACKAGE) && name.endsWith(".class")
                        ? name.substring(PACKAGE.length(), name.length() - ".class".length()) : "";
                if (!simple.isEmpty() && !simple.contains("/") && !simple.contains("$")
                        && Class.forName("org.hibernate.annotations." + simple, false, getClass().getClassLoader())
                                .isAnnotation()) {
                    annotations.add(simple);
                }
            }
        }
        assertThat(annotations).as("the annotations of %s", jar.getFileName()).hasSizeGreaterThan(150);
        assertThat(annotations).as("annotations of %s that HibernateAnnotations does not classify", jar.getFileName())
                .allMatch(name -> HibernateAnnotations.of(name) != null);
    }

    @Test
    void everyRefusalSaysWhyAndWhatToDo() {
        Stream.concat(HibernateAnnotations.all().values().stream(), HibernateAnnotations.refusedUses().values().stream())
                .filter(entry -> entry.kind() == Kind.REFUSED)
                .forEach(entry -> assertThat(entry.fix()).as(entry.note()).isNotBlank());
    }

    /** The site page lists every classified annotation. */
    @Test
    void theSitePageListsEveryAnnotation() throws IOException {
        String page = Files.readString(Path.of("../src/site/markdown/hibernate-annotations.md"));
        for (Map.Entry<String, HibernateAnnotations.Entry> e : HibernateAnnotations.all().entrySet()) {
            assertThat(page).as("the page's row of @%s", e.getKey())
                    .contains("| `@" + e.getKey() + "` | " + e.getValue().kind().name().toLowerCase());
        }
    }

    private static final String NEUTRAL = """
            import org.hibernate.annotations.*;

            @Entity
            @DynamicInsert @DynamicUpdate @BatchSize(size = 10) @org.hibernate.annotations.Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
            @NaturalIdCache @OptimisticLocking(type = OptimisticLockType.VERSION)
            @SQLDelete(sql = "delete from purchase where id = ?") @SQLRestriction("1 = 1")
            @FilterDef(name = "f", parameters = @ParamDef(name = "p", type = String.class))
            @Filter(name = "f", condition = "code = :p")
            @FetchProfile(name = "lines", fetchOverrides = @FetchProfile.FetchOverride(entity = Purchase.class,
                    association = "lines", mode = FetchMode.JOIN))
            @Synchronize("purchase")
            public class Purchase {
                @jakarta.persistence.Id @UuidGenerator UUID id;
                @NaturalId String code;
                @LazyGroup("big") @OptimisticLock(excluded = true) String note;
                @ColumnTransformer(read = "upper(label)", write = "lower(?)") String label;
                @PartitionKey int region;
                @ManyToOne(fetch = FetchType.LAZY) @Fetch(FetchMode.SELECT) Purchase parent;
                @OneToMany(mappedBy = "purchase") @SQLOrder("id") @BatchSize(size = 5) @Immutable
                @SQLRestriction("1 = 1") @Filter(name = "f", condition = "1 = 1") List<Line> lines;
                @OneToMany @OrderColumn @JoinColumn(name = "purchase_tag") List<Tag> tags;
                @ElementCollection @SortNatural java.util.SortedSet<String> notes;
                @Embedded Place place;
                @Generated Integer computed;
                @Generated(sql = "now()") Instant stamped;
                @CurrentTimestamp Instant seen;
            }
            """;

    private static final String PLAIN = """
            @Entity
            public class Purchase {
                @jakarta.persistence.Id UUID id;
                @org.hibernate.annotations.NaturalId String code;
                String note;
                String label;
                int region;
                @ManyToOne(fetch = FetchType.LAZY) Purchase parent;
                @OneToMany(mappedBy = "purchase") List<Line> lines;
                @OneToMany @OrderColumn @JoinColumn(name = "purchase_tag") List<Tag> tags;
                @ElementCollection java.util.SortedSet<String> notes;
                @Embedded Place place;
                Integer computed;
                Instant stamped;
                Instant seen;
            }
            """;

    private static JavaFileObject[] purchase(String purchase, String place) {
        return new JavaFileObject[] {
            jakarta("shop.Purchase", purchase),
            jakarta("shop.Line", """
                    @Entity
                    public class Line {
                        @Id Long id;
                        @ManyToOne Purchase purchase;
                    }
                    """),
            jakarta("shop.Tag", """
                    @Entity
                    public class Tag {
                        @Id Long id;
                    }
                    """),
            jakarta("shop.Place", place)};
    }

    @Test
    void neutralAnnotationsCompileWithoutDiagnosticsAndChangeNoTable() {
        Compilation neutral = compileCleanly(purchase(NEUTRAL, """
                @Embeddable
                public class Place {
                    String city;
                    @org.hibernate.annotations.Parent Purchase purchase;
                }
                """));
        Compilation plain = compileCleanly(purchase(PLAIN, """
                @Embeddable
                public class Place {
                    String city;
                    @Transient Purchase purchase;
                }
                """));
        assertSameSchema(schema(neutral, "shop"), schema(plain, "shop"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // Hibernate fails on these itself: hypersistence-utils' JSON and array types are of SQL type OTHER.
                Arguments.of("@Type(io.hypersistence.utils.hibernate.type.json.JsonType.class)"
                        + " java.util.Map<String, Object> data;", "@org.hibernate.annotations.Type(OTHER), its UserType's"
                        + " SQL type is OTHER (1111)", "@Column(columnDefinition = \"…\"), as the library's"
                        + " documentation does: jsonb for JSON"),
                Arguments.of("@Type(io.hypersistence.utils.hibernate.type.array.ListArrayType.class)"
                        + " @jakarta.persistence.Column(length = 20) java.util.List<String> tags;",
                        "@org.hibernate.annotations.Type(OTHER)", "text[]"),
                Arguments.of("@JavaType(StringJavaType.class) String name;", "@org.hibernate.annotations.JavaType",
                        "add @JdbcTypeCode"),
                Arguments.of("@Generated(sql = \"42\", writable = true) Integer answer;",
                        "@org.hibernate.annotations.Generated(sql, writable), Hibernate 7 fails on sql with writable",
                        "remove writable = true, or sql"),
                Arguments.of("@Comments({@Comment(\"one\"), @Comment(\"two\")}) String name;",
                        "@org.hibernate.annotations.Comments(several), several comments", "keep one @Comment"),
                Arguments.of("@ElementCollection @OrderColumn @ListIndexJdbcTypeCode(java.sql.Types.NUMERIC)"
                        + " java.util.List<String> tags;", "@org.hibernate.annotations.ListIndexJdbcTypeCode(type), an"
                        + " order column type other than TINYINT, SMALLINT, INTEGER or BIGINT", "say Types.SMALLINT"),
                Arguments.of("@ElementCollection @CollectionId(column = @jakarta.persistence.Column(name = \"tag_id\"),"
                        + " generator = \"increment\") @CollectionIdJavaType(StringJavaType.class)"
                        + " java.util.List<String> tags;", "@org.hibernate.annotations.CollectionIdJavaType(type), a"
                        + " collection id type other than", "or map the collection's rows as an @Entity"),
                Arguments.of("@TimeZoneStorage(TimeZoneStorageType.COLUMN) java.time.OffsetTime at;",
                        "an offset column (time zone storage COLUMN) for an OffsetTime", "NORMALIZE_UTC"),
                Arguments.of("@ElementCollection @CollectionId(column = @jakarta.persistence.Column(name = \"tag_id\"),"
                        + " generator = \"uuid\") @CollectionIdJdbcTypeCode(java.sql.Types.BIGINT)"
                        + " java.util.List<String> tags;", "@org.hibernate.annotations.CollectionId(uuid), Hibernate"
                        + " 7.4 fails on generator = \"uuid\" (an AssertionFailure: \"No @GeneratedValue annotation\")",
                        "write generator = \"sequence\""),
                Arguments.of("@ElementCollection @CollectionId(column = @jakarta.persistence.Column(name = \"tag_id\"),"
                        + " generator = \"identity\") @CollectionIdJdbcTypeCode(java.sql.Types.BIGINT)"
                        + " java.util.List<String> tags;", "@org.hibernate.annotations.CollectionId(identity), Hibernate"
                        + " fails on generator = \"identity\" (\"IDENTITY generation not supported for @CollectionId\")",
                        "or \"increment\""),
                Arguments.of("@OneToMany @TargetEmbeddable(shop.Upper.class) java.util.List<Ticket> notes;",
                        "@org.hibernate.annotations.Target(collection), Hibernate 6 fails on @Target on a collection",
                        "List<Impl>"),
                Arguments.of("@ElementCollection @SoftDelete(strategy = SoftDeleteType.TIMESTAMP,"
                        + " converter = org.hibernate.type.YesNoConverter.class) java.util.Set<String> tags;",
                        "@org.hibernate.annotations.SoftDelete(TIMESTAMP, converter), Hibernate refuses",
                        "remove the converter"),
                Arguments.of("@Any @AnyKeyJavaType(org.hibernate.type.descriptor.java.LongJavaType.class)"
                        + " @JoinColumn(name = \"thing_id\") Object thing;",
                        "@org.hibernate.annotations.AnyKeyJavaType, a JavaType decides", "@AnyKeyJavaClass(Long.class)"),
                Arguments.of("@ManyToOne @JoinColumnsOrFormulas({@JoinColumnOrFormula(column = @JoinColumn(name ="
                        + " \"parent_id\")), @JoinColumnOrFormula(formula = @JoinFormula(value = \"1\","
                        + " referencedColumnName = \"id\"))}) Ticket parent;",
                        "@org.hibernate.annotations.JoinColumnsOrFormulas(column), a join by columns and formulas",
                        "or by @JoinFormula alone"),
                Arguments.of("@DialectOverride.ColumnDefault(dialect = org.hibernate.dialect.PostgreSQLDialect.class,"
                        + " before = @DialectOverride.Version(major = 17, minor = 2), override = @ColumnDefault(\"1\"))"
                        + " Integer one;", "@org.hibernate.annotations.DialectOverride(version), its version range"
                        + " splits PostgreSQL 17", "bound the range by major versions"));
    }

    /**
     * A {@code @GenericGenerator} creates what its class creates in Hibernate (found by running
     * Hibernate 6.6 and 7.4 on these mappings; the generators2 conformance fixture proves them on
     * PostgreSQL): a sequence with its parameters, a table, an identity column, or nothing.
     */
    static Stream<Arguments> genericGenerators() {
        return Stream.of(
                Arguments.of("UUID", "strategy = \"uuid2\"", List.of()),
                Arguments.of("UUID", "strategy = \"org.hibernate.id.UUIDGenerator\"", List.of()),
                Arguments.of("String", "strategy = \"uuid.hex\"", List.of()),
                Arguments.of("Long", "strategy = \"increment\"", List.of()),
                Arguments.of("String", "strategy = \"assigned\"", List.of()),
                Arguments.of("String", "type = shop.TicketCodes.class", List.of()),
                Arguments.of("Long", "strategy = \"native\"", List.of("sequence ticket_ids 1 50")),
                Arguments.of("Long", "strategy = \"sequence\"", List.of("sequence ticket_ids 1 50")),
                Arguments.of("Long", "strategy = \"org.hibernate.id.enhanced.SequenceStyleGenerator\", parameters = {"
                        + " @Parameter(name = \"sequence_name\", value = \"ledger.ticket_seq\"),"
                        + " @Parameter(name = \"initial_value\", value = \"1000\"),"
                        + " @Parameter(name = \"increment_size\", value = \"10\"),"
                        + " @Parameter(name = \"optimizer\", value = \"pooled-lo\") }",
                        List.of("sequence ledger.ticket_seq 1000 10")),
                Arguments.of("Long", "strategy = \"enhanced-sequence\", parameters = {"
                        + " @Parameter(name = \"sequence_name\", value = \"ticket_seq\"),"
                        + " @Parameter(name = \"increment_size\", value = \"20\"),"
                        + " @Parameter(name = \"optimizer\", value = \"hilo\") }", List.of("sequence ticket_seq 1 1")),
                Arguments.of("Long", "strategy = \"sequence\", parameters = {"
                        + " @Parameter(name = \"prefer_sequence_per_entity\", value = \"true\"),"
                        + " @Parameter(name = \"sequence_per_entity_suffix\", value = \"_id_seq\") }",
                        List.of("sequence ticket_id_seq 1 50")),
                Arguments.of("Long", "type = shop.TicketNumbers.class", List.of("sequence ticket_ids 1 50")),
                Arguments.of("Long", "strategy = \"enhanced-table\", parameters = {"
                        + " @Parameter(name = \"table_name\", value = \"id_blocks\"),"
                        + " @Parameter(name = \"segment_column_name\", value = \"block_name\"),"
                        + " @Parameter(name = \"value_column_name\", value = \"block_value\") }",
                        List.of("table id_blocks (block_value bigint, block_name varchar(255))")),
                Arguments.of("Long", "strategy = \"org.hibernate.id.enhanced.TableGenerator\"",
                        List.of("table ticket_ids (next_val bigint, sequence_name varchar(255))")),
                Arguments.of("Long", "strategy = \"identity\"", List.of("identity")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("genericGenerators")
    void aGenericGeneratorCreatesWhatItsClassCreates(String idType, String generator, List<String> created) {
        JavaFileObject ticket = jakarta("shop.Ticket", """
                import org.hibernate.annotations.GenericGenerator;
                import org.hibernate.annotations.Parameter;

                @Entity
                @SuppressWarnings("removal")
                public class Ticket {
                    @Id @GeneratedValue(generator = "ticket_ids")
                    @GenericGenerator(name = "ticket_ids", %s)
                    %s id;
                    String title;
                }
                """.formatted(generator, idType));
        var schema = schema(compileCleanly(ticket, TICKET_NUMBERS, TICKET_CODES), "shop");

        List<String> found = new ArrayList<>();
        schema.sequences().forEach(q -> found.add("sequence " + q.name() + " " + q.start() + " " + q.increment()));
        schema.tables().stream().filter(t -> !t.name().equals("ticket")).forEach(t -> found.add("table " + t.name()
                + " (" + String.join(", ", t.columns().stream().map(c -> c.name() + " " + c.type()).toList()) + ")"));
        if (schema.table("ticket").orElseThrow().column("id").orElseThrow().identity()) {
            found.add("identity");
        }
        assertThat(found).containsExactlyElementsOf(created);
    }

    /**
     * Hibernate 7 lets a {@code @GenericGenerator} decide only under {@code GenerationType.AUTO}: under
     * SEQUENCE it makes a sequence named after the generator, with JPA's defaults; 6.6 takes the
     * generator whatever the strategy.
     */
    @Test
    void underStrategySequenceOnlyHibernate66TakesTheGenericGenerator() {
        JavaFileObject ticket = jakarta("shop.Ticket", """
                import org.hibernate.annotations.GenericGenerator;
                import org.hibernate.annotations.Parameter;

                @Entity
                @SuppressWarnings("removal")
                public class Ticket {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_ids")
                    @GenericGenerator(name = "ticket_ids", strategy = "sequence",
                            parameters = @Parameter(name = "sequence_name", value = "ticket_seq"))
                    Long id;
                }
                """);
        Function<String, Compilation> compiled = hibernate -> javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=" + hibernate).compile(ticket);
        Compilation seven = compiled.apply("7");
        Compilation six = compiled.apply("6.6");

        assertThat(schema(seven, "shop").sequences()).extracting(q -> q.name() + " " + q.increment())
                .containsExactly("ticket_ids 50");
        assertThat(schema(six, "shop").sequences()).extracting(q -> q.name() + " " + q.increment())
                .containsExactly("ticket_seq 50");
        CompilationSubject.assertThat(seven).hadWarningContaining("Hibernate 7 ignores @GenericGenerator(name ="
                + " \"ticket_ids\") under GenerationType.SEQUENCE").inFile(ticket).onLineContaining("@GeneratedValue");
        assertThat(six.warnings()).extracting(d -> d.getMessage(null)).noneMatch(m -> m.contains("ignores"));
    }

    /**
     * Hibernate 6.6 finds another entity's {@code @GenericGenerator} only if it bound that entity
     * first, which the order of the persistence unit decides (measured): an error on the id.
     */
    @Test
    void onHibernate66AnotherEntitysGenericGeneratorIsAnError() {
        JavaFileObject invoice = jakarta("shop.Invoice", """
                import org.hibernate.annotations.GenericGenerator;

                @Entity
                @SuppressWarnings("removal")
                public class Invoice {
                    @Id @GeneratedValue(generator = "numbers")
                    @GenericGenerator(name = "numbers", strategy = "sequence")
                    Long id;
                }
                """);
        JavaFileObject receipt = jakarta("shop.Receipt", """
                @Entity
                public class Receipt {
                    @Id @GeneratedValue(generator = "numbers")
                    Long id;
                }
                """);
        Compilation compilation = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=6.6").compile(invoice, receipt);

        CompilationSubject.assertThat(compilation).hadErrorCount(1);
        CompilationSubject.assertThat(compilation).hadErrorContaining("names the @GenericGenerator of shop.Invoice,"
                + " which Hibernate 6.6 finds from shop.Receipt only when it has bound shop.Invoice first")
                .inFile(receipt).onLineContaining("@GeneratedValue");
    }

    /** Hibernate 7's @NativeGenerator: a sequence on PostgreSQL, counting by 1 unless its form says otherwise. */
    static Stream<Arguments> nativeGenerators() {
        return Stream.of(
                Arguments.of("@Id @GeneratedValue @NativeGenerator", "", "sequence ticket_seq 1 1"),
                Arguments.of("@Id @NativeGenerator(sequenceForm = @SequenceGenerator(sequenceName = \"ticket_numbers\","
                        + " initialValue = 100, allocationSize = 20))", "", "sequence ticket_numbers 100 20"),
                Arguments.of("@Id @NativeGenerator(sequenceForm = @SequenceGenerator(name = \"ticket_ids\"))", "",
                        "sequence ticket_ids 1 1"),
                Arguments.of("@Id @GeneratedValue", "@NativeGenerator", "sequence ticket_seq 1 1"),
                Arguments.of("@Id @GeneratedValue(strategy = GenerationType.SEQUENCE)", "@NativeGenerator",
                        "sequence ticket_seq 1 50"),
                Arguments.of("@Id", "@NativeGenerator", null));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("nativeGenerators")
    void aNativeGeneratorIsASequence(String id, String onClass, String created) {
        JavaFileObject ticket = jakarta("shop.Ticket", """
                import org.hibernate.annotations.NativeGenerator;

                @Entity
                %s
                public class Ticket {
                    %s
                    Long id;
                }
                """.formatted(onClass, id));
        var schema = schema(compileCleanly(ticket), "shop");

        assertThat(schema.sequences()).extracting(q -> "sequence " + q.name() + " " + q.start() + " " + q.increment())
                .containsExactlyElementsOf(created == null ? List.of() : List.of(created));
    }

    /** An application's generator class extending Hibernate's sequence generator: a sequence, as its parent. */
    private static final JavaFileObject TICKET_NUMBERS = source("shop.TicketNumbers", """
            public class TicketNumbers extends org.hibernate.id.enhanced.SequenceStyleGenerator {
            }
            """);

    /** An application's generator class that makes its values in Java: nothing in the database. */
    private static final JavaFileObject TICKET_CODES = source("shop.TicketCodes", """
            import org.hibernate.engine.spi.SharedSessionContractImplementor;

            public class TicketCodes implements org.hibernate.id.IdentifierGenerator {
                @Override
                public Object generate(SharedSessionContractImplementor session, Object entity) {
                    return "T-" + java.util.UUID.randomUUID();
                }
            }
            """);

    /**
     * Hibernate 5's {@code @Type(type = "…")}, as an application written for it has it: a message that says so and
     * what Hibernate 6 and 7 want instead (the annotation is declared here as Hibernate 5's jar declares it).
     */
    @Test
    void hibernateFivesTypeByNameIsAnErrorThatSaysWhatHibernateSixWants() {
        JavaFileObject type = source("org.hibernate.annotations.Type", """
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                public @interface Type {
                    String type();
                }
                """);
        JavaFileObject note = jakarta("shop.Note", """
                @Entity
                public class Note {
                    @Id Long id;
                    @org.hibernate.annotations.Type(type = "org.hibernate.type.TextType")
                    String body;
                }
                """);
        Compilation compilation = compile(note, type);
        CompilationSubject.assertThat(compilation).hadErrorContaining("JPA Migrate cannot map"
                + " @org.hibernate.annotations.Type(type), Hibernate 5's form, which Hibernate 6 removed").inFile(note)
                .onLineContaining("TextType");
        CompilationSubject.assertThat(compilation).hadErrorContaining("@JdbcTypeCode(SqlTypes.LONG32VARCHAR) for text");
    }

    /** A generator whose database objects only its own code knows, or a class that is not there, is refused on it. */
    static Stream<Arguments> refusedGenericGenerators() {
        return Stream.of(
                Arguments.of("type = shop.ShardedIds.class", "creates database objects of its own"),
                Arguments.of("strategy = \"com.example.MissingGenerator\"", "names no strategy Hibernate knows and no"
                        + " class of this compilation"),
                Arguments.of("strategy = \"sequence\", parameters = @Parameter(name = \"force_table_use\","
                        + " value = \"true\")", "emulates the sequence with a table"),
                Arguments.of("strategy = \"sequence\", parameters = @Parameter(name = \"optimizer\","
                        + " value = \"com.example.Optimizer\")", "sequence increment JPA Migrate cannot know"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedGenericGenerators")
    void aGenericGeneratorWhoseSchemaCannotBeKnownIsAnErrorOnIt(String generator, String why) {
        String line = "@GenericGenerator(name = \"ticket_ids\", " + generator + ")";
        JavaFileObject ticket = jakarta("shop.Ticket", """
                import org.hibernate.annotations.GenericGenerator;
                import org.hibernate.annotations.Parameter;

                @Entity
                @SuppressWarnings("removal")
                public class Ticket {
                    @Id @GeneratedValue(generator = "ticket_ids")
                    %s
                    Long id;
                }
                """.formatted(line));
        JavaFileObject sharded = source("shop.ShardedIds", """
                import org.hibernate.boot.model.relational.Database;
                import org.hibernate.boot.model.relational.SqlStringGenerationContext;

                public class ShardedIds extends org.hibernate.id.IncrementGenerator {
                    @Override
                    public void registerExportables(Database database) {
                    }
                }
                """);
        Compilation compilation = compile(ticket, sharded);
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
        CompilationSubject.assertThat(compilation).hadErrorContaining("JPA Migrate cannot map @GenericGenerator(name ="
                + " \"ticket_ids\")").inFile(ticket).onLineContaining(line);
        CompilationSubject.assertThat(compilation).hadErrorContaining(why).inFile(ticket).onLineContaining(line);
    }

    /**
     * An application's table or sequence generator that overrides how Hibernate sets it up may name other database
     * objects than its parameters: Hibernate 6 calls {@code configure(Type, Properties, ServiceRegistry)}, an error
     * there; Hibernate 7's TableGenerator and SequenceStyleGenerator call {@code configure(GeneratorCreationContext,
     * Properties)} only, so the first is a warning on 7 (the generator keeps its parameters, as the storefront fixture
     * shows Hibernate 7.4 does) and the second an error.
     */
    @Test
    void aGeneratorClassThatConfiguresItselfIsAnErrorWhereHibernateCallsItsConfigure() {
        JavaFileObject ticket = jakarta("shop.Ticket", """
                import org.hibernate.annotations.GenericGenerator;

                @Entity
                @SuppressWarnings("removal")
                public class Ticket {
                    @Id @GeneratedValue(generator = "ticket_ids")
                    @GenericGenerator(name = "ticket_ids", type = shop.BlockIds.class)
                    Long id;
                }
                """);
        JavaFileObject invoice = jakarta("shop.Invoice", """
                import org.hibernate.annotations.GenericGenerator;

                @Entity
                @SuppressWarnings("removal")
                public class Invoice {
                    @Id @GeneratedValue(generator = "invoice_ids")
                    @GenericGenerator(name = "invoice_ids", type = shop.PrefixedSequence.class)
                    Long id;
                }
                """);
        JavaFileObject blockIds = source("shop.BlockIds", """
                import java.util.Properties;
                import org.hibernate.service.ServiceRegistry;
                import org.hibernate.type.Type;

                @SuppressWarnings("removal")
                public class BlockIds extends org.hibernate.id.enhanced.TableGenerator {
                    @Override
                    public void configure(Type type, Properties params, ServiceRegistry registry) {
                        params.putIfAbsent("table_name", "id_blocks");
                        super.configure(type, params, registry);
                    }
                }
                """);
        JavaFileObject prefixed = source("shop.PrefixedSequence", """
                import java.util.Properties;
                import org.hibernate.generator.GeneratorCreationContext;

                public class PrefixedSequence extends org.hibernate.id.enhanced.SequenceStyleGenerator {
                    @Override
                    public void configure(GeneratorCreationContext context, Properties params) {
                        params.putIfAbsent("sequence_name", "shop_" + params.getProperty("GENERATOR_NAME"));
                        super.configure(context, params);
                    }
                }
                """);
        Function<String, Compilation> compiled = hibernate -> javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=" + hibernate).compile(ticket, invoice, blockIds, prefixed);
        Compilation six = compiled.apply("6.6");
        Compilation seven = compiled.apply("7");

        CompilationSubject.assertThat(six).hadErrorCount(1);
        CompilationSubject.assertThat(six).hadErrorContaining("JPA Migrate cannot map @GenericGenerator(name ="
                + " \"ticket_ids\"): shop.BlockIds overrides configure(Type, Properties, ServiceRegistry), through which"
                + " Hibernate 6 sets the generator up").inFile(ticket).onLineContaining("@GenericGenerator");
        CompilationSubject.assertThat(seven).hadErrorCount(1);
        CompilationSubject.assertThat(seven).hadErrorContaining("JPA Migrate cannot map @GenericGenerator(name ="
                + " \"invoice_ids\"): shop.PrefixedSequence overrides configure(GeneratorCreationContext, Properties),"
                + " through which Hibernate 7 sets the generator up").inFile(invoice).onLineContaining("@GenericGenerator");
        CompilationSubject.assertThat(seven).hadWarningContaining("Hibernate 7 does not call shop.BlockIds.configure(Type,"
                + " Properties, ServiceRegistry) (Hibernate 6 did): @GenericGenerator(name = \"ticket_ids\") takes its"
                + " @Parameters").inFile(ticket).onLineContaining("@GeneratedValue");
    }

    /**
     * A {@code configure} override that only hands its own parameters to Hibernate's (Broadleaf's generators; fixture
     * storefront's TracedSequenceGenerator) changes nothing, on Hibernate 6 or 7; one that hands over anything else
     * stays an error.
     */
    @Test
    void aGeneratorClassWhoseConfigureOnlyCallsSuperIsMapped() {
        JavaFileObject ticket = jakarta("shop.Ticket", """
                import org.hibernate.annotations.GenericGenerator;

                @Entity
                @SuppressWarnings("removal")
                public class Ticket {
                    @Id @GeneratedValue(generator = "ticket_ids")
                    @GenericGenerator(name = "ticket_ids", type = shop.PlainIds.class)
                    Long id;
                }
                """);
        JavaFileObject plainIds = source("shop.PlainIds", """
                import java.util.Properties;
                import org.hibernate.generator.GeneratorCreationContext;
                import org.hibernate.service.ServiceRegistry;
                import org.hibernate.type.Type;

                @SuppressWarnings("removal")
                public class PlainIds extends org.hibernate.id.enhanced.SequenceStyleGenerator {
                    @Override
                    public void configure(Type type, Properties params, ServiceRegistry registry) {
                        super.configure(type, params, registry);
                    }

                    @Override
                    public void configure(GeneratorCreationContext context, Properties params) {
                        super.configure(context, params);
                    }
                }
                """);
        for (String hibernate : List.of("6.6", "7")) {
            Compilation compilation = javac().withProcessors(new JpaMigrateProcessor())
                    .withOptions("-Amigration.hibernate=" + hibernate).compile(ticket, plainIds);
            CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        }
        JavaFileObject copied = source("shop.PlainIds", """
                import java.util.Properties;
                import org.hibernate.generator.GeneratorCreationContext;

                public class PlainIds extends org.hibernate.id.enhanced.SequenceStyleGenerator {
                    @Override
                    public void configure(GeneratorCreationContext context, Properties params) {
                        super.configure(context, withShopDefaults(params));
                    }

                    private static Properties withShopDefaults(Properties params) {
                        params.putIfAbsent("increment_size", "10");
                        return params;
                    }
                }
                """);
        Compilation seven = javac().withProcessors(new JpaMigrateProcessor()).withOptions("-Amigration.hibernate=7")
                .compile(ticket, copied);
        CompilationSubject.assertThat(seven).hadErrorContaining("JPA Migrate cannot map @GenericGenerator(name ="
                + " \"ticket_ids\"): shop.PlainIds overrides configure(GeneratorCreationContext, Properties)")
                .inFile(ticket).onLineContaining("@GenericGenerator");

        JavaFileObject named = source("shop.PlainIds", """
                import java.util.Properties;
                import org.hibernate.boot.model.relational.QualifiedName;
                import org.hibernate.boot.model.relational.QualifiedNameParser;
                import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
                import org.hibernate.service.ServiceRegistry;

                public class PlainIds extends org.hibernate.id.enhanced.SequenceStyleGenerator {
                    @Override
                    protected QualifiedName determineSequenceName(Properties params, JdbcEnvironment jdbc,
                            ServiceRegistry registry) {
                        return QualifiedNameParser.INSTANCE.parse("shop_" + params.getProperty("GENERATOR_NAME"));
                    }
                }
                """);
        Compilation hook = javac().withProcessors(new JpaMigrateProcessor()).withOptions("-Amigration.hibernate=7")
                .compile(ticket, named);
        CompilationSubject.assertThat(hook).hadErrorContaining("the generator class shop.PlainIds overrides"
                + " shop.PlainIds.determineSequenceName(...), which Hibernate (6 and 7) calls while it sets the"
                + " generator up").inFile(ticket).onLineContaining("@GenericGenerator");
    }

    /**
     * The UserTypes of SQL type OTHER of the older com.vladmihalcea:hibernate-types-60, which Hibernate 6.4 and 6.6 load
     * and fail on as on hypersistence-utils' ("no type mapping for org.hibernate.type.SqlTypes code: 1111 (OTHER)"), and
     * hypersistence-utils' interval type; not hibernate-types-60's JsonStringType, of SQL type VARCHAR. (That library is
     * no test dependency: the processor knows the classes by name, and stubs of those names stand for them.)
     */
    @Test
    void hibernateTypes60sUserTypesOfSqlTypeOtherAreRefusedAsHypersistencesAre() {
        JavaFileObject file = jakarta("shop.Ticket", """
                import org.hibernate.annotations.Type;

                @Entity
                public class Ticket {
                    @jakarta.persistence.Id Long id;
                    @Type(com.vladmihalcea.hibernate.type.json.JsonBinaryType.class) java.util.Map<String, Object> data;
                    @Type(com.vladmihalcea.hibernate.type.basic.PostgreSQLCITextType.class) String email;
                    @Type(io.hypersistence.utils.hibernate.type.interval.PostgreSQLIntervalType.class)
                    java.time.Duration spent;
                    @Type(com.vladmihalcea.hibernate.type.json.JsonBinaryType.class) @Column(columnDefinition = "jsonb")
                    java.util.Map<String, Object> extra;
                    @Type(com.vladmihalcea.hibernate.type.json.JsonStringType.class) java.util.Map<String, Object> text;
                }
                """);
        List<JavaFileObject> sources = new ArrayList<>(List.of(file));
        for (String name : List.of("json.JsonBinaryType", "basic.PostgreSQLCITextType", "json.JsonStringType")) {
            String simpleName = name.substring(name.indexOf('.') + 1);
            sources.add(source("com.vladmihalcea.hibernate.type." + name, """
                    public class %s extends org.hibernate.usertype.UserTypeSupport<Object> {
                        public %s() {
                            super(Object.class, java.sql.Types.OTHER);
                        }
                    }
                    """.formatted(simpleName, simpleName)));
        }
        Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));
        CompilationSubject.assertThat(compilation).hadErrorCount(3);
        for (String line : List.of("JsonBinaryType.class) java.util.Map", "PostgreSQLCITextType", "PostgreSQLIntervalType")) {
            CompilationSubject.assertThat(compilation).hadErrorContaining("@org.hibernate.annotations.Type(OTHER), its"
                    + " UserType's SQL type is OTHER (1111)").inFile(file).onLineContaining(line);
        }
    }

    /** Each refusal is one error on its element, saying why and what to write instead. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedAnnotationsAreAnErrorOnTheirElement(String field, String why, String fix) {
        JavaFileObject file = jakarta("shop.Ticket", """
                import org.hibernate.annotations.*;
                import org.hibernate.type.descriptor.java.StringJavaType;

                @Entity
                public class Ticket {
                    @jakarta.persistence.Id Long id;
                    %s
                }
                """.formatted(field));
        JavaFileObject upper = source("shop.Upper", """
                public class Upper extends org.hibernate.usertype.UserTypeSupport<String> {
                    public Upper() {
                        super(String.class, java.sql.Types.VARCHAR);
                    }
                }
                """);
        Compilation compilation = compile(file, upper);
        CompilationSubject.assertThat(compilation).failed();
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
        CompilationSubject.assertThat(compilation).hadErrorContaining(why).inFile(file).onLineContaining(field);
        CompilationSubject.assertThat(compilation).hadErrorContaining(fix).inFile(file).onLineContaining(field);
    }

    @Test
    void aJavaTypeWithItsJdbcTypeCodeIsAccepted() {
        Compilation compilation = compileCleanly(jakarta("shop.Ticket", """
                import org.hibernate.annotations.*;

                @Entity
                public class Ticket {
                    @jakarta.persistence.Id Long id;
                    @JavaType(org.hibernate.type.descriptor.java.StringJavaType.class)
                    @JdbcTypeCode(org.hibernate.type.SqlTypes.LONG32VARCHAR) String name;
                }
                """));
        assertThat(schema(compilation, "shop").table("ticket").orElseThrow().column("name").orElseThrow().type())
                .isEqualTo("text");
    }

    /**
     * Hibernate applies the first override whose dialect is PostgreSQL's (or a superclass) and whose version range
     * holds the database's; the others are ignored, and a @Formula override alone makes no formula.
     */
    @Test
    void theOverrideForPostgreSqlReplacesTheAnnotationAndOthersAreIgnored() {
        Compilation compilation = compileCleanly(jakarta("shop.Ticket", """
                import org.hibernate.annotations.*;
                import org.hibernate.dialect.*;

                @Entity
                public class Ticket {
                    @jakarta.persistence.Id Long id;
                    @ColumnDefault("1")
                    @DialectOverride.ColumnDefault(dialect = H2Dialect.class, override = @ColumnDefault("2"))
                    @DialectOverride.ColumnDefault(dialect = PostgreSQLDialect.class,
                            before = @DialectOverride.Version(major = 12), override = @ColumnDefault("3"))
                    @DialectOverride.ColumnDefault(dialect = PostgreSQLDialect.class,
                            sameOrAfter = @DialectOverride.Version(major = 12), override = @ColumnDefault("4"))
                    @DialectOverride.ColumnDefault(dialect = Dialect.class, override = @ColumnDefault("5"))
                    Integer priority;
                    @DialectOverride.ColumnDefault(dialect = CockroachDialect.class, override = @ColumnDefault("6"))
                    @DialectOverride.GeneratedColumn(dialect = H2Dialect.class, override = @GeneratedColumn("1 + 1"))
                    Integer rank;
                    @DialectOverride.Formula(dialect = PostgreSQLDialect.class, override = @Formula("rank * 2"))
                    Integer doubled;
                }
                """));
        var ticket = schema(compilation, "shop").table("ticket").orElseThrow();
        assertThat(ticket.column("priority").orElseThrow().defaultValue()).isEqualTo("4");
        assertThat(ticket.column("rank").orElseThrow().defaultValue()).isNull();
        assertThat(ticket.column("doubled")).isPresent();
    }

    /**
     * With a columnDefinition, Hibernate's DDL writes it whatever the UserType says: the attribute is one column of
     * that type, whatever its Java type (a Map is no collection here), and nothing is refused. Hibernate orders the
     * column by the UserType's getSqlType() all the same, so the snapshot's placeholder carries the definition's type
     * for the engine to order by the UserType's and to write.
     */
    @Test
    void aUserTypeWithAColumnDefinitionIsOneColumnOfThatType() {
        Compilation compilation = compileCleanly(jakarta("shop.Ticket", """
                import org.hibernate.annotations.*;

                @Entity
                public class Ticket {
                    @jakarta.persistence.Id Long id;
                    @Type(shop.Upper.class) @Column(columnDefinition = "citext") String name;
                    @Type(shop.Upper.class) @Column(columnDefinition = "jsonb not null") java.util.Map<String, Object> data;
                    @JavaType(org.hibernate.type.descriptor.java.StringJavaType.class)
                    @Column(columnDefinition = "text") String note;
                }
                """), source("shop.Upper", """
                public class Upper extends org.hibernate.usertype.UserTypeSupport<String> {
                    public Upper() {
                        super(String.class, java.sql.Types.VARCHAR);
                    }
                }
                """));
        var ticket = schema(compilation, "shop").table("ticket").orElseThrow();
        assertThat(ticket.column("name").orElseThrow().type())
                .isEqualTo("{user-type shop.Upper - - - shop.Ticket.name citext}");
        assertThat(ticket.column("data").orElseThrow().type())
                .isEqualTo("{user-type shop.Upper - - - shop.Ticket.data jsonb}");
        assertThat(ticket.column("data").orElseThrow().nullable()).isFalse();
        assertThat(ticket.column("note").orElseThrow().type()).isEqualTo("text");
    }

    /**
     * Without a columnDefinition, the UserType's getSqlType() says the column's type, which the processor cannot ask a
     * class being compiled: the snapshot holds a placeholder with what @Column says, which the engine resolves
     * (UserTypeColumns); the attribute is one column whatever its Java type, and nothing is refused.
     */
    @Test
    void aUserTypeWithoutAColumnDefinitionLeavesItsTypeToTheEngine() {
        Compilation compilation = compileCleanly(jakarta("shop.Ticket", """
                import org.hibernate.annotations.*;

                @Entity
                public class Ticket {
                    @jakarta.persistence.Id Long id;
                    @Type(shop.Upper.class) @Column(length = 20, nullable = false) String name;
                    @Type(shop.Upper.class) java.util.Map<String, Object> data;
                    @Type(io.hypersistence.utils.hibernate.type.json.JsonStringType.class) java.util.List<String> notes;
                }
                """), source("shop.Upper", """
                public class Upper extends org.hibernate.usertype.UserTypeSupport<String> {
                    public Upper() {
                        super(String.class, java.sql.Types.VARCHAR);
                    }
                }
                """));
        var ticket = schema(compilation, "shop").table("ticket").orElseThrow();
        assertThat(ticket.column("name").orElseThrow().type())
                .isEqualTo(new UserTypeColumn("shop.Upper", 20, null, null, "shop.Ticket.name").placeholder());
        assertThat(ticket.column("name").orElseThrow().nullable()).isFalse();
        assertThat(ticket.column("data").orElseThrow().type())
                .isEqualTo("{user-type shop.Upper - - - shop.Ticket.data}");
        assertThat(ticket.column("notes").orElseThrow().type()).isEqualTo(
                "{user-type io.hypersistence.utils.hibernate.type.json.JsonStringType - - - shop.Ticket.notes}");
    }

    /**
     * A @Subselect entity named by a reserved word (User, a read-only view of the accounts) has no table whose DDL
     * PostgreSQL could refuse: Hibernate creates none, and JPA Migrate reports nothing.
     */
    @Test
    void aSubselectEntityMayBeNamedByAReservedWord() {
        Compilation compilation = compileCleanly(jakarta("shop.User", """
                @Entity
                @org.hibernate.annotations.Subselect("select id, login from account")
                public class User {
                    @Id String id;
                    String login;
                }
                """), jakarta("shop.Account", """
                @Entity
                public class Account {
                    @Id String id;
                    String login;
                }
                """));
        var schema = schema(compilation, "shop");
        assertThat(schema.table("user")).isEmpty();
        assertThat(schema.table("account")).isPresent();
    }

    /** A @Subselect entity has no table, and relations to it no foreign key; a generated id on it is refused. */
    @Test
    void aSubselectEntityHasNoTable() {
        JavaFileObject summary = jakarta("shop.Summary", """
                @Entity
                @org.hibernate.annotations.Subselect("select id, 0 as total from ticket")
                public class Summary {
                    @Id Long id;
                    long total;
                }
                """);
        Compilation compilation = compileCleanly(summary, jakarta("shop.Ticket", """
                @Entity
                public class Ticket {
                    @Id Long id;
                    @ManyToOne Summary summary;
                }
                """));
        var schema = schema(compilation, "shop");
        assertThat(schema.table("summary")).isEmpty();
        assertThat(schema.table("ticket").orElseThrow().column("summary_id")).isPresent();
        assertThat(schema.table("ticket").orElseThrow().foreignKeys()).isEmpty();

        JavaFileObject generated = jakarta("shop.Report", """
                @Entity
                @org.hibernate.annotations.Subselect("select 1 as id")
                public class Report {
                    @Id @GeneratedValue Long id;
                }
                """);
        CompilationSubject.assertThat(compile(generated)).hadErrorContaining("remove @GeneratedValue").inFile(generated)
                .onLineContaining("Long id");
    }

    /**
     * @Subselect in a hierarchy, as Hibernate 6.6 and 7.4 map it (the subselects conformance fixture proves the
     * schema): ignored on a SINGLE_TABLE subclass, with a warning; refused on the root of a JOINED hierarchy.
     */
    @Test
    void aSubselectInAHierarchyIsMappedAsHibernateMapsIt() {
        JavaFileObject view = jakarta("shop.TicketView", """
                @Entity
                @org.hibernate.annotations.Subselect("select id, 'x' as owner from ticket")
                public class TicketView extends Ticket {
                    String owner;
                }
                """);
        Compilation compilation = compile(view, jakarta("shop.Ticket", """
                @Entity
                public class Ticket {
                    @Id Long id;
                }
                """));
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining("Hibernate ignores @Subselect on a SINGLE_TABLE"
                + " subclass: its rows are in the table of Ticket").inFile(view).onLineContaining("public class TicketView");
        assertThat(schema(compilation, "shop").table("ticket").orElseThrow().column("owner")).isPresent();

        JavaFileObject root = jakarta("shop.Report", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                @org.hibernate.annotations.Subselect("select 1 as id")
                public class Report {
                    @Id Long id;
                }
                """);
        CompilationSubject.assertThat(compile(root, jakarta("shop.DailyReport", """
                @Entity
                public class DailyReport extends Report {
                    String day;
                }
                """))).hadErrorContaining("JPA Migrate does not map a @Subselect root of a JOINED hierarchy yet")
                .inFile(root).onLineContaining("public class Report");
    }

    /** An annotation of a newer Hibernate: a warning on the element, and the element maps as without it. */
    @Test
    void anUnknownHibernateAnnotationIsAWarning() {
        JavaFileObject xyz = source("org.hibernate.annotations.Xyz", """
                import java.lang.annotation.*;

                @Retention(RetentionPolicy.RUNTIME)
                public @interface Xyz {
                }
                """);
        JavaFileObject order = jakarta("shop.Ticket", """
                @Entity
                @org.hibernate.annotations.Xyz public class Ticket {
                    @jakarta.persistence.Id Long id;
                    @org.hibernate.annotations.Xyz String name;
                }
                """);
        Compilation compilation = compile(order, xyz);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining(
                "JPA Migrate does not know @org.hibernate.annotations.Xyz").inFile(order)
                .onLineContaining("String name");
        CompilationSubject.assertThat(compilation).hadWarningContaining(
                "JPA Migrate does not know @org.hibernate.annotations.Xyz").inFile(order)
                .onLineContaining("public class Ticket");
        assertThat(schema(compilation, "shop").table("ticket").orElseThrow().column("name")).isPresent();
    }

    /** OpenJPA's and EclipseLink's annotations, left after a move to Hibernate: a warning, the element maps without. */
    @Test
    void anotherProvidersAnnotationIsAWarningAndChangesNothing() {
        JavaFileObject index = source("org.apache.openjpa.persistence.jdbc.Index", """
                import java.lang.annotation.*;

                @Retention(RetentionPolicy.RUNTIME)
                public @interface Index {
                    String name() default "";
                }
                """);
        JavaFileObject mail = jakarta("mail.Message", """
                @Entity
                public class Message {
                    @Id Long id;
                    @org.apache.openjpa.persistence.jdbc.Index(name = "i_msg_subject") String subject;
                }
                """);
        Compilation compilation = compile(mail, index);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining("Hibernate ignores"
                + " @org.apache.openjpa.persistence.jdbc.Index, another JPA provider's annotation, and so does JPA"
                + " Migrate").inFile(mail).onLineContaining("String subject");
        assertThat(schema(compilation, "mail").table("message").orElseThrow().indexes()).isEmpty();
    }

    /** Hibernate refuses @TenantId fields of different types in one persistence unit. */
    @Test
    void tenantIdsOfDifferentTypesAreAnError() {
        JavaFileObject invoice = jakarta("shop.Invoice", """
                @Entity
                public class Invoice {
                    @Id Long id;
                    @org.hibernate.annotations.TenantId Long tenant;
                }
                """);
        Compilation compilation = compile(jakarta("shop.Customer", """
                @Entity
                public class Customer {
                    @Id Long id;
                    @org.hibernate.annotations.TenantId String tenant;
                }
                """), invoice);
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
        CompilationSubject.assertThat(compilation).hadErrorContaining("Hibernate refuses tenant ids of different types");
    }
}
