package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.JavaxPersistence.withStubs;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.jakarta;
import static dev.jpamigrate.processor.Sources.javax;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Table;
import java.util.function.BiFunction;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** An application on JPA 2 ({@code javax.persistence}) gets the same schema as on JPA 3 ({@code jakarta.persistence}). */
class JavaxPersistenceTest {
    /** The same entities, written against either API. */
    private static JavaFileObject[] shop(BiFunction<String, String, JavaFileObject> source) {
        return new JavaFileObject[] {
            source.apply("shop.Status", "public enum Status { NEW, PAID }"),
            source.apply("shop.Base", """
                    @MappedSuperclass
                    public abstract class Base {
                        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
                        @SequenceGenerator(name = "ids", sequenceName = "shop_ids", allocationSize = 10)
                        Long id;
                        @Version int version;
                    }
                    """),
            source.apply("shop.Customer", """
                    @Entity
                    @Table(name = "customers", schema = "sales",
                           indexes = @Index(columnList = "name"),
                           uniqueConstraints = @UniqueConstraint(name = "uk_customer_email", columnNames = "email"))
                    public class Customer extends Base {
                        @Column(nullable = false, length = 80) String name;
                        String email;
                        @Basic(optional = false) BigDecimal credit;
                        transient String cache;
                        @Transient String preview;
                    }
                    """),
            source.apply("shop.PurchaseOrder", """
                    @Entity(name = "PurchaseOrder")
                    public class PurchaseOrder {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @ManyToOne(optional = false) Customer customer;
                        @OneToOne @JoinColumn(name = "previous", foreignKey = @ForeignKey(name = "fk_previous"))
                        PurchaseOrder previousOrder;
                        @Enumerated(EnumType.STRING) Status status;
                        @Column(unique = true) UUID reference;
                        LocalDateTime placedAt;
                    }
                    """),
        };
    }

    @Test
    void javaxEntitiesMapExactlyAsTheSameJakartaEntities() {
        Compilation withJakarta = compileCleanly(shop(Sources::jakarta));
        Compilation withJavax = compileCleanly(withStubs(shop(Sources::javax)));

        assertSameSchema(schema(withJavax, "shop"), schema(withJakarta, "shop"));
        assertThat(schema(withJavax, "shop").tables()).extracting(Table::name)
                .containsExactly("purchaseorder", "sales.customers");
        CompilationSubject.assertThat(withJavax).generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/jpamigrate/schema/shop.schema");
    }

    /** Collections of the same entities, written against either API. */
    private static JavaFileObject[] school(BiFunction<String, String, JavaFileObject> source) {
        return new JavaFileObject[] {
            source.apply("school.Student", "@Entity public class Student { @Id Long id; }"),
            source.apply("school.Course", """
                    @Entity
                    public class Course {
                        @Id Long id;
                        @ManyToMany Set<Student> students;
                        @ManyToMany
                        @JoinTable(name = "course_tutor", joinColumns = @JoinColumn(name = "course_id"))
                        List<Student> tutors;
                        @ElementCollection
                        @CollectionTable(name = "course_topic")
                        @OrderColumn
                        List<String> topics;
                    }
                    """)};
    }

    @Test
    void javaxCollectionsMapExactlyAsTheSameJakartaCollections() {
        Compilation withJakarta = compileCleanly(school(Sources::jakarta));
        Compilation withJavax = compileCleanly(withStubs(school(Sources::javax)));

        assertSameSchema(schema(withJavax, "school"), schema(withJakarta, "school"));
        assertThat(schema(withJavax, "school").tables()).extracting(Table::name)
                .containsExactlyInAnyOrder("course", "student", "course_student", "course_tutor", "course_topic");
    }

    @Test
    void javaxMappingsThatAreNotSupportedYetAreCompileErrorsToo() {
        Compilation compilation = compile(withStubs(javax("shop.Customer", """
                @Entity
                public class Customer {
                    @Id Long id;
                    @OneToMany @JoinColumn java.util.Map<Customer, Customer> referrals;
                }
                """)));

        CompilationSubject.assertThat(compilation).hadErrorContaining("JPA Migrate does not support a @OneToMany"
                + " @JoinColumn Map keyed by shop.Customer (referrals) yet").inFile(compilation.sourceFiles().get(compilation.sourceFiles()
                .size() - 1)).onLineContaining("java.util.Map<Customer, Customer> referrals");
    }

    /** Two hierarchies, written against either API. */
    private static JavaFileObject[] hierarchies(BiFunction<String, String, JavaFileObject> source) {
        return new JavaFileObject[] {
            source.apply("billing.Payment", """
                    @Entity
                    @DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
                    @DiscriminatorValue("0")
                    public class Payment {
                        @Id @GeneratedValue Long id;
                    }
                    """),
            source.apply("billing.CardPayment", """
                    @Entity
                    @DiscriminatorValue("1")
                    public class CardPayment extends Payment {
                        int expiryYear;
                    }
                    """),
            source.apply("billing.Party", """
                    @Entity
                    @Inheritance(strategy = InheritanceType.JOINED)
                    public class Party {
                        @Id Long id;
                    }
                    """),
            source.apply("billing.Company", """
                    @Entity
                    @PrimaryKeyJoinColumn(name = "party_id", foreignKey = @ForeignKey(name = "company_party_fk"))
                    public class Company extends Party {
                        String vatNumber;
                    }
                    """),
        };
    }

    @Test
    void javaxHierarchiesMapExactlyAsTheSameJakartaHierarchies() {
        Compilation withJakarta = compileCleanly(hierarchies(Sources::jakarta));
        Compilation withJavax = compileCleanly(withStubs(hierarchies(Sources::javax)));

        assertSameSchema(schema(withJavax, "billing"), schema(withJakarta, "billing"));
        assertThat(schema(withJavax, "billing").tables()).extracting(Table::name)
                .containsExactlyInAnyOrder("company", "party", "payment");
        assertThat(schema(withJavax, "billing").tables()).flatExtracting(Table::checks)
                .extracting(dev.jpamigrate.schema.CheckConstraint::expression)
                .containsExactlyInAnyOrder("kind in (0,1)", "kind<>1 or (expiryyear is not null)");
    }

    @Test
    void bothApisInOneModuleShareOneSnapshot() {
        Compilation compilation = compileCleanly(withStubs(
                jakarta("shop.Modern", "@Entity public class Modern { @Id Long id; }"),
                javax("shop.Legacy", "@Entity public class Legacy { @Id Long id; }")));

        assertSameSchema(schema(compilation, "shop"), dev.jpamigrate.schema.Schema.builder()
                .table("modern", t -> t.column("id", "bigint", c -> c.notNull()).primaryKey("modern_pkey", "id"))
                .table("legacy", t -> t.column("id", "bigint", c -> c.notNull()).primaryKey("legacy_pkey", "id"))
                .build());
    }

    /** Embeddables and composite keys, written against either API. */
    private static JavaFileObject[] keys(BiFunction<String, String, JavaFileObject> source) {
        return new JavaFileObject[] {
            source.apply("shop.Address", "@Embeddable public class Address { String street; String city; }"),
            source.apply("shop.LineKey", """
                    @Embeddable
                    public class LineKey implements java.io.Serializable { Long orderNumber; int lineNumber; }
                    """),
            source.apply("shop.OrderLine", """
                    @Entity
                    public class OrderLine {
                        @EmbeddedId LineKey id;
                        @Embedded @AttributeOverride(name = "city", column = @Column(name = "town")) Address delivery;
                    }
                    """),
            source.apply("shop.SeatKey", "public class SeatKey implements java.io.Serializable { Long hall; int seat; }"),
            source.apply("shop.Seat", "@Entity @IdClass(SeatKey.class) public class Seat { @Id Long hall; @Id int seat; }"),
            source.apply("shop.Ticket", """
                    @Entity
                    public class Ticket {
                        @Id Long id;
                        @MapsId @OneToOne Seat seat;
                        @ManyToOne
                        @JoinColumns({@JoinColumn(name = "line_no", referencedColumnName = "lineNumber"),
                                @JoinColumn(name = "order_no", referencedColumnName = "orderNumber")})
                        OrderLine line;
                    }
                    """),
        };
    }

    @Test
    void javaxEmbeddablesAndCompositeKeysMapAsTheJakartaOnes() {
        Compilation withJakarta = compileCleanly(keys(Sources::jakarta));
        Compilation withJavax = compileCleanly(withStubs(keys(Sources::javax)));

        assertSameSchema(schema(withJavax, "shop"), schema(withJakarta, "shop"));
        assertThat(schema(withJavax, "shop").tables()).extracting(Table::name)
                .containsExactlyInAnyOrder("orderline", "seat", "ticket");
    }
}
