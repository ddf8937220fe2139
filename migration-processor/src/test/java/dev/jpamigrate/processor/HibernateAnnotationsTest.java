package dev.jpamigrate.processor;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
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
                Arguments.of("@Type(Upper.class) String name;", "@org.hibernate.annotations.Type, a UserType decides",
                        "@JdbcTypeCode(SqlTypes.…) or @Column(columnDefinition"),
                Arguments.of("@Type(Upper.class) @jakarta.persistence.Column(length = 20) String name;",
                        "@org.hibernate.annotations.Type, a UserType decides", "@Column(columnDefinition"),
                Arguments.of("@JavaType(StringJavaType.class) String name;", "@org.hibernate.annotations.JavaType",
                        "add @JdbcTypeCode"),
                Arguments.of("@Collate(\"C\") String name;", "@org.hibernate.annotations.Collate, a column collation",
                        "set the collation in a migration"),
                Arguments.of("@GeneratedColumn(\"1 + 1\") Integer two;", "@org.hibernate.annotations.GeneratedColumn",
                        "insertable = false"),
                Arguments.of("@Generated(sql = \"now()\") Instant at;", "@org.hibernate.annotations.Generated(sql), a"
                        + " default expression", "@ColumnDefault"),
                Arguments.of("@TimeZoneStorage(TimeZoneStorageType.NORMALIZE) OffsetDateTime at;",
                        "@org.hibernate.annotations.TimeZoneStorage(NORMALIZE), a timestamp without", "NORMALIZE_UTC"),
                Arguments.of("@TimeZoneStorage(TimeZoneStorageType.COLUMN) java.time.OffsetTime at;",
                        "an offset column (time zone storage COLUMN) for an OffsetTime", "NORMALIZE_UTC"),
                Arguments.of("@ElementCollection @CollectionId(column = @jakarta.persistence.Column(name = \"tag_id\"),"
                        + " generator = \"uuid\") @CollectionIdJdbcTypeCode(java.sql.Types.BIGINT)"
                        + " java.util.List<String> tags;", "@CollectionId without generator", "remove it"),
                Arguments.of("@ElementCollection @TargetEmbeddable(shop.Upper.class) java.util.List<String> notes;",
                        "@org.hibernate.annotations.Target(collection), a target class for a collection's elements",
                        "List<Impl>"),
                Arguments.of("@ElementCollection @SoftDelete(strategy = SoftDeleteType.TIMESTAMP,"
                        + " converter = org.hibernate.type.YesNoConverter.class) java.util.Set<String> tags;",
                        "@org.hibernate.annotations.SoftDelete(TIMESTAMP, converter), Hibernate refuses",
                        "remove the converter"),
                Arguments.of("@Any @AnyKeyJavaClass(Long.class) @JoinColumn(name = \"thing_id\")"
                        + " @jakarta.persistence.Column(name = \"thing_type\") Object thing;",
                        "@org.hibernate.annotations.Any, @Any and @ManyToAny", "@ManyToOne"),
                Arguments.of("@GenericGenerator(name = \"g\", type = org.hibernate.id.IncrementGenerator.class)"
                        + " Long number;", "@org.hibernate.annotations.GenericGenerator", "@UuidGenerator"));
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
     * With a columnDefinition, Hibernate's DDL writes it whatever the UserType says: the attribute is one column of
     * that type, whatever its Java type (a Map is no collection here), and nothing is refused.
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
        assertThat(ticket.column("name").orElseThrow().type()).isEqualTo("citext");
        assertThat(ticket.column("data").orElseThrow().type()).isEqualTo("jsonb");
        assertThat(ticket.column("data").orElseThrow().nullable()).isFalse();
        assertThat(ticket.column("note").orElseThrow().type()).isEqualTo("text");
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
