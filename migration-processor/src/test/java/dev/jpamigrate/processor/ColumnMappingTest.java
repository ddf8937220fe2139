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
import dev.jpamigrate.schema.Schema;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Basic attributes: the column type, nullability and constraints Hibernate 7.4 gives each on PostgreSQL. */
class ColumnMappingTest {
    @Test
    void eachSupportedJavaTypeGetsHibernatesColumnType() {
        Compilation compilation = compileCleanly(jakarta("blog.Article", """
                @Entity
                public class Article {
                    @Id Long id;
                    String title;
                    @Column(length = 80) String slug;
                    @Column(length = 20000000) String body;
                    @Lob String notes;
                    @Lob byte[] scan;
                    byte[] thumbnail;
                    char[] code;
                    Boolean featured;
                    Integer likes;
                    Long shares;
                    Short stars;
                    Byte level;
                    Float ratio;
                    Double score;
                    Character initial;
                    @Column(length = 3) Character grade;
                    BigDecimal price;
                    @Column(precision = 10, scale = 3) BigDecimal weight;
                    @Column(precision = 12) BigDecimal total;
                    BigInteger serial;
                    @Column(precision = 20) BigInteger big;
                    UUID token;
                    LocalDate publishedOn;
                    LocalTime publishedAt;
                    OffsetTime alarm;
                    LocalDateTime createdAt;
                    Instant updatedAt;
                    OffsetDateTime checkedAt;
                    ZonedDateTime scheduledAt;
                    @Column(secondPrecision = 3) LocalDateTime editedAt;
                    @Column(secondPrecision = 2) Instant syncedAt;
                    Duration readingTime;
                    Year edition;
                    java.util.Date legacy;
                    @Temporal(TemporalType.DATE) java.util.Date legacyDay;
                    @Temporal(TemporalType.TIME) java.util.Calendar legacyTime;
                    java.sql.Timestamp sqlTimestamp;
                    @Column(columnDefinition = "TEXT") String summary;
                    @Column(name = "authorName") String author;
                }
                """));

        assertSameSchema(schema(compilation, "blog"), Schema.builder()
                .table("article", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("title", "varchar(255)")
                        .column("slug", "varchar(80)")
                        .column("body", "text")
                        .column("notes", "oid")
                        .column("scan", "oid")
                        .column("thumbnail", "bytea")
                        .column("code", "varchar(255)")
                        .column("featured", "boolean")
                        .column("likes", "integer")
                        .column("shares", "bigint")
                        .column("stars", "smallint")
                        .column("level", "smallint")
                        .column("ratio", "real")
                        .column("score", "double precision")
                        .column("initial", "char(1)")
                        .column("grade", "char(3)")
                        .column("price", "numeric(38,2)")
                        .column("weight", "numeric(10,3)")
                        .column("total", "numeric(12,0)")
                        .column("serial", "numeric(38,0)")
                        .column("big", "numeric(20,0)")
                        .column("token", "uuid")
                        .column("publishedon", "date")
                        .column("publishedat", "time(0)")
                        .column("alarm", "time(0)")
                        .column("createdat", "timestamp(6)")
                        .column("updatedat", "timestamp(6) with time zone")
                        .column("checkedat", "timestamp(6) with time zone")
                        .column("scheduledat", "timestamp(6) with time zone")
                        .column("editedat", "timestamp(3)")
                        .column("syncedat", "timestamp(2) with time zone")
                        .column("readingtime", "numeric(21,0)")
                        .column("edition", "integer")
                        .column("legacy", "timestamp(6)")
                        .column("legacyday", "date")
                        .column("legacytime", "time(0)")
                        .column("sqltimestamp", "timestamp(6)")
                        .column("summary", "text")
                        .column("authorname", "varchar(255)")
                        .primaryKey("article_pkey", "id"))
                .build());
    }

    /**
     * A library's Serializable class is stored serialized, bytea (oid with @Lob), as Hibernate stores it, whatever its
     * package: Jakarta Mail's InternetAddress is in jakarta.mail.internet, and no class of the JDK's.
     */
    @Test
    void aLibrarysSerializableClassInAJakartaPackageIsStoredSerialized() {
        Compilation compilation = compileCleanly(jakarta("mail.Subscriber", """
                @Entity
                public class Subscriber {
                    @Id Long id;
                    jakarta.mail.internet.InternetAddress address;
                    @Lob jakarta.mail.internet.InternetAddress replyTo;
                }
                """));

        assertThat(schema(compilation, "mail").table("subscriber").orElseThrow().columns())
                .extracting(c -> c.name() + " " + c.type())
                .containsExactlyInAnyOrder("id bigint", "address bytea", "replyto oid");
    }

    /**
     * The JDK is told by its modules, not by package names: javax.mail's InternetAddress (here a stand-in compiled with
     * the entity, as OneDev's issues hold one) is serialized, while the JDK's own javax.security.auth.x500.X500Principal
     * stays a JDK class, which the processor maps only where it knows Hibernate's type for it.
     */
    @Test
    void aJavaxPackageIsNoJdkClassUnlessAJdkModuleHoldsIt() {
        JavaFileObject address = source("javax.mail.internet.InternetAddress", """
                public class InternetAddress implements java.io.Serializable {
                    private String address;
                }
                """);
        Compilation compilation = compileCleanly(address, jakarta("tracker.Issue", """
                @Entity
                public class Issue {
                    @Id Long id;
                    @Lob javax.mail.internet.InternetAddress onBehalfOf;
                }
                """));
        assertThat(schema(compilation, "tracker").table("issue").orElseThrow().columns())
                .extracting(c -> c.name() + " " + c.type())
                .containsExactlyInAnyOrder("id bigint", "onbehalfof oid");

        JavaFileObject signer = jakarta("tracker.Signer", """
                @Entity
                public class Signer {
                    @Id Long id;
                    javax.security.auth.x500.X500Principal principal;
                }
                """);
        CompilationSubject.assertThat(compile(signer)).hadErrorContaining("JPA Migrate cannot map field principal of"
                + " type javax.security.auth.x500.X500Principal to a column").inFile(signer).onLineContaining("principal");
    }

    @Test
    void primitivesVersionsAndRequiredFieldsAreNotNullAsHibernateDecides() {
        Compilation compilation = compileCleanly(jakarta("blog.Counter", """
                @Entity
                public class Counter {
                    @Id long id;
                    int hits;
                    boolean active;
                    double average;
                    @Column(name = "misses") int misses;
                    @Basic(optional = true) int retries;
                    @Basic(optional = false) String name;
                    @Column(nullable = false) String owner;
                    @Version Long version;
                    transient String cache;
                    @Transient String preview;
                    static String shared;
                }
                """));

        assertSameSchema(schema(compilation, "blog"), Schema.builder()
                .table("counter", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("hits", "integer", c -> c.notNull())
                        .column("active", "boolean", c -> c.notNull())
                        .column("average", "double precision", c -> c.notNull())
                        // An explicit @Column is nullable by default, primitive or not.
                        .column("misses", "integer")
                        .column("retries", "integer", c -> c.notNull())
                        .column("name", "varchar(255)", c -> c.notNull())
                        .column("owner", "varchar(255)", c -> c.notNull())
                        .column("version", "bigint", c -> c.notNull())
                        .primaryKey("counter_pkey", "id"))
                .build());
    }

    @Test
    void enumsGetSmallintOrVarcharWithTheCheckHibernateWritesAsPostgresPrintsIt() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Status", "public enum Status { NEW, PAID, SHIPPED }"),
                jakarta("shop.Kind", "public enum Kind { ONLY }"),
                jakarta("shop.Shipment", """
                        @Entity
                        public class Shipment {
                            @Id Long id;
                            Status status;
                            @Enumerated(EnumType.ORDINAL) Kind kind;
                            @Enumerated(EnumType.STRING) Status state;
                            @Enumerated(EnumType.STRING) @Column(length = 20, nullable = false) Status shortState;
                            @Enumerated(EnumType.STRING) Kind label;
                            @Enumerated(EnumType.STRING) @Column(columnDefinition = "text") Status textState;
                            @Enumerated(EnumType.STRING) Status position;
                        }
                        """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("shipment", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("status", "smallint")
                        .column("kind", "smallint")
                        .column("state", "varchar(255)")
                        .column("shortstate", "varchar(20)", c -> c.notNull())
                        .column("label", "varchar(255)")
                        .column("textstate", "text")
                        .column("position", "varchar(255)")
                        .primaryKey("shipment_pkey", "id")
                        .check("shipment_status_check", "status between 0 and 2")
                        .check("shipment_kind_check", "kind between 0 and 0")
                        .check("shipment_state_check", "state in ('NEW','PAID','SHIPPED')")
                        .check("shipment_shortstate_check", "shortstate in ('NEW','PAID','SHIPPED')")
                        .check("shipment_label_check", "label in ('ONLY')")
                        .check("shipment_textstate_check", "textstate in ('NEW','PAID','SHIPPED')")
                        // A keyword that PostgreSQL quotes when it prints the expression.
                        .check("shipment_position_check", "\"position\" in ('NEW','PAID','SHIPPED')"))
                .build());
    }

    @Test
    void uniqueColumnsGetTheConstraintNamePostgresGivesAnInlineUnique() {
        Compilation compilation = compileCleanly(jakarta("crm.Contact", """
                @Entity
                public class Contact {
                    @Id @Column(unique = true) Long id;
                    @Column(unique = true, nullable = false, length = 320) String emailAddress;
                }
                """));

        assertSameSchema(schema(compilation, "crm"), Schema.builder()
                .table("contact", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("emailaddress", "varchar(320)", c -> c.notNull())
                        .primaryKey("contact_pkey", "id")
                        // Hibernate writes no UNIQUE on an @Id: the primary key is one.
                        .unique("contact_emailaddress_key", "emailaddress"))
                .build());
    }

    @Test
    void mappedSuperclassFieldsAtAnyDepthComeFirstWithTheirTypeArgumentsResolved() {
        Compilation compilation = compileCleanly(
                jakarta("crm.Identified", """
                        @MappedSuperclass
                        public abstract class Identified<K> {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) K id;
                        }
                        """),
                jakarta("crm.Audited", """
                        @MappedSuperclass
                        public abstract class Audited<K> extends Identified<K> {
                            @Column(nullable = false) Instant createdAt;
                            @Version int version;
                        }
                        """),
                jakarta("crm.Note", """
                        @Entity
                        public class Note extends Audited<Integer> {
                            String text;
                        }
                        """));

        assertSameSchema(schema(compilation, "crm"), Schema.builder()
                .table("note", t -> t
                        .column("id", "integer", c -> c.identity())
                        .column("createdat", "timestamp(6) with time zone", c -> c.notNull())
                        .column("version", "integer", c -> c.notNull())
                        .column("text", "varchar(255)")
                        .primaryKey("note_pkey", "id"))
                .build());
    }
}
