package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.Sources.jakarta;
import static dev.jpamigrate.processor.TypeUseAnnotationTest.columns;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Schema;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * JPA's access types as Hibernate decides them: the placement of {@code @Id} chooses fields or
 * getters for a hierarchy, {@code @Access} changes it for a class or a member, and an embeddable
 * takes the access type of the member that embeds it (the conformance fixture {@code access}
 * proves each rule against Hibernate 7 and 6.6).
 */
class AccessTypeMappingTest {
    @Test
    void anIdOnAGetterMapsTheGettersAndNotTheFields() {
        Compilation compilation = compile(jakarta("shop.Customer", """
                @Entity
                public class Customer {
                    private Long id;
                    @Column(name = "ignored") private String name;
                    private String url;
                    private Boolean vip;
                    private boolean active;

                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
                    public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    @Column(name = "full_name", nullable = false, length = 80)
                    public String getName() { return name; }
                    public void setName(String name) { this.name = name; }
                    public String getURL() { return url; }
                    public void setURL(String url) { this.url = url; }
                    public Boolean isVip() { return vip; }
                    public void setVip(Boolean vip) { this.vip = vip; }
                    public boolean isActive() { return active; }
                    public void setActive(boolean active) { this.active = active; }
                    @Transient public String getDisplayName() { return name + " <" + url + ">"; }
                    public static String getTableName() { return "customer"; }
                    public String getInitial(int length) { return name.substring(0, length); }
                    @PrePersist void onCreate() { active = true; }
                }
                """));

        CompilationSubject.assertThat(compilation).succeeded();
        // Hibernate ignores what the fields say, and so does the schema; the compiler says so.
        CompilationSubject.assertThat(compilation).hadWarningContaining("Hibernate ignores @Column on field name:"
                + " Customer uses property access, and maps name by getName(); move the annotations to getName(),"
                + " or write @Access(AccessType.FIELD) on field name");
        assertThat(columns(schema(compilation, "shop"), "customer")).containsExactlyInAnyOrder("id bigint",
                "full_name varchar(80)", "url varchar(255)", "vip boolean", "active boolean");
    }

    @Test
    void accessOnAMemberOverridesItsClassBothWays() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Product", """
                        @Entity
                        public class Product {
                            @Id Long id;
                            @Transient String sku;

                            @Access(AccessType.PROPERTY) @Column(name = "sku_code", length = 12)
                            public String getSku() { return sku; }
                            public void setSku(String sku) { this.sku = sku == null ? null : sku.trim(); }
                            public String getLabel() { return "product " + id; }
                        }
                        """),
                jakarta("shop.Supplier", """
                        @Entity
                        public class Supplier {
                            private Long id;
                            @Access(AccessType.FIELD) @Column(name = "vat_number", length = 20) private String vat;

                            @Id public Long getId() { return id; }
                            public void setId(Long id) { this.id = id; }
                            @Transient public String getVat() { return vat; }
                        }
                        """));

        Schema schema = schema(compilation, "shop");
        assertThat(columns(schema, "product")).containsExactly("id bigint", "sku_code varchar(12)");
        assertThat(columns(schema, "supplier")).containsExactly("id bigint", "vat_number varchar(20)");
    }

    @Test
    void aHierarchyTakesTheAccessOfItsIdAndAClassCanChangeItsOwn() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Base", """
                        @MappedSuperclass
                        public abstract class Base {
                            private Long id;
                            private long version;

                            @Id @GeneratedValue public Long getId() { return id; }
                            public void setId(Long id) { this.id = id; }
                            @Version public long getVersion() { return version; }
                            public void setVersion(long version) { this.version = version; }
                        }
                        """),
                jakarta("shop.Stamped", """
                        @MappedSuperclass
                        @Access(AccessType.FIELD)
                        public abstract class Stamped extends Base {
                            @Column(name = "created_on") java.time.LocalDate created;
                        }
                        """),
                jakarta("shop.Invoice", """
                        @Entity
                        @Inheritance(strategy = InheritanceType.JOINED)
                        public class Invoice extends Stamped {
                            private String number;

                            @Column(nullable = false) public String getNumber() { return number; }
                            public void setNumber(String number) { this.number = number; }
                        }
                        """),
                jakarta("shop.CreditNote", """
                        @Entity
                        public class CreditNote extends Invoice {
                            private String reason;

                            public String getReason() { return reason; }
                            public void setReason(String reason) { this.reason = reason; }
                        }
                        """));

        Schema schema = schema(compilation, "shop");
        assertThat(columns(schema, "invoice")).containsExactlyInAnyOrder("id bigint", "version bigint",
                "created_on date", "number varchar(255)");
        assertThat(columns(schema, "creditnote")).containsExactlyInAnyOrder("id bigint", "reason varchar(255)");
    }

    @Test
    void anEmbeddableTakesTheAccessOfTheMemberThatEmbedsItUnlessItHasItsOwn() {
        JavaFileObject address = jakarta("shop.Address", """
                @Embeddable
                public class Address {
                    @Column(name = "field_city") private String city;

                    @Column(name = "getter_city") public String getCity() { return city; }
                    public void setCity(String city) { this.city = city; }
                }
                """);
        JavaFileObject money = jakarta("shop.Money", """
                @Embeddable
                @Access(AccessType.PROPERTY)
                public class Money {
                    private long cents;
                    private String currency;

                    @Column(name = "amount_cents") public long getCents() { return cents; }
                    public void setCents(long cents) { this.cents = cents; }
                    @Column(length = 3) public String getCurrency() { return currency; }
                    public void setCurrency(String currency) { this.currency = currency; }
                }
                """);
        Compilation compilation = compile(address, money,
                jakarta("shop.Store", """
                        @Entity
                        public class Store {
                            @Id Long id;
                            Address address;
                            Money turnover;
                        }
                        """),
                jakarta("shop.Warehouse", """
                        @Entity
                        public class Warehouse {
                            private Long id;
                            private Address address;
                            @Access(AccessType.FIELD) @Embedded
                            @AttributeOverride(name = "city", column = @Column(name = "billing_city"))
                            private Address billing;

                            @Id public Long getId() { return id; }
                            public void setId(Long id) { this.id = id; }
                            public Address getAddress() { return address; }
                            public void setAddress(Address address) { this.address = address; }
                            @Transient public Address getBilling() { return billing; }
                        }
                        """));

        CompilationSubject.assertThat(compilation).succeeded();
        Schema schema = schema(compilation, "shop");
        assertThat(columns(schema, "store")).containsExactlyInAnyOrder("id bigint", "field_city varchar(255)",
                "amount_cents bigint", "currency varchar(3)");
        assertThat(columns(schema, "warehouse")).containsExactlyInAnyOrder("id bigint", "getter_city varchar(255)",
                "billing_city varchar(255)");
    }

    @Test
    void aGetterOfAFieldAccessClassIsNoAttributeAndItsAnnotationsAreIgnoredWithAWarning() {
        Compilation compilation = compile(jakarta("shop.Coupon", """
                @Entity
                public class Coupon {
                    @Id Long id;
                    String code;

                    @Column(name = "coupon_code") public String getCode() { return code; }
                    public String getDescription() { return "coupon " + code; }
                }
                """));

        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining("Hibernate ignores @Column on getCode():"
                + " Coupon uses field access, and maps code by field code; move the annotations to field code, or"
                + " write @Access(AccessType.PROPERTY) on getCode()");
        assertThat(columns(schema(compilation, "shop"), "coupon")).containsExactly("id bigint", "code varchar(255)");
    }
    @Test
    void aRecordEmbeddedInAPropertyAccessEntityMapsItsComponents() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Dimensions", "@Embeddable public record Dimensions(int width, int height) { }"),
                jakarta("shop.Poster", """
                        @Entity
                        public class Poster {
                            private Long id;
                            private Dimensions size;

                            @Id public Long getId() { return id; }
                            public void setId(Long id) { this.id = id; }
                            public Dimensions getSize() { return size; }
                            public void setSize(Dimensions size) { this.size = size; }
                        }
                        """));

        assertThat(columns(schema(compilation, "shop"), "poster")).containsExactlyInAnyOrder("id bigint",
                "width integer", "height integer");
    }

    @Test
    void hibernate66TakesAnIsMethodOfAnyTypeForAGetter() {
        JavaFileObject book = jakarta("shop.Book", """
                @Entity
                public class Book {
                    private Long id;
                    private String isbn;

                    @Id public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    public String getIsbn() { return isbn; }
                    public void setIsbn(String isbn) { this.isbn = isbn; }
                    public String isbn13() { return "978" + isbn; }
                }
                """);

        assertThat(columns(schema(compileCleanly(book), "shop"), "book")).containsExactly("id bigint",
                "isbn varchar(255)");
        Compilation on66 = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-A" + ProcessorOptions.HIBERNATE + "=6.6").compile(book);
        CompilationSubject.assertThat(on66).hadErrorContaining("Hibernate maps isbn13() of shop.Book as a persistent"
                + " property (property access) and fails to start without a setter for it: add setBn13(java.lang.String)")
                .inFile(book).onLineContaining("isbn13()");
    }
}
