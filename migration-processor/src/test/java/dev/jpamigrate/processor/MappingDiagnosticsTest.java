package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.io.File;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A mapping JPA Migrate cannot reproduce as Hibernate does is a compile error on the line
 * that has it, saying what is wrong and how to fix it; and no snapshot is written.
 */
class MappingDiagnosticsTest {
    private static final JavaFileObject CUSTOMER = jakarta("shop.Customer", """
            @Entity
            public class Customer {
                @Id Long id;
            }
            """);

    /** Compiles {@code file} with the Customer entity, and asserts the error on {@code line} of {@code file}. */
    private static void assertError(JavaFileObject file, String line, String... messageParts) {
        Compilation compilation = compile(file, CUSTOMER);
        CompilationSubject.assertThat(compilation).failed();
        for (String part : messageParts) {
            CompilationSubject.assertThat(compilation).hadErrorContaining(part).inFile(file).onLineContaining(line);
        }
    }

    @Test
    void aModuleWithoutTheApiIsToldToAddIt() throws Exception {
        File persistenceApi = new File(jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());

        Compilation compilation = javac().withProcessors(new JpaMigrateProcessor())
                .withClasspath(List.of(persistenceApi)).compile(CUSTOMER);

        CompilationSubject.assertThat(compilation).hadErrorContaining("add the dependency"
                + " dev.jpamigrate:migration-annotations to this module").inFile(CUSTOMER).onLineContaining("class Customer");
    }

    @Test
    void anEntityWithoutIdIsAnErrorOnTheClass() {
        assertError(jakarta("shop.Tag", """
                @Entity
                public class Tag {
                    String name;
                }
                """), "public class Tag", "Entity shop.Tag has no @Id field: add one");
    }

    @Test
    void aRelationToAClassThatIsNoEntityIsAnErrorOnTheAnnotation() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ManyToOne Address address;
                }
                class Address { }
                """), "@ManyToOne Address address",
                "@ManyToOne on address targets shop.Address, which is not an @Entity: annotate shop.Address with @Entity");
    }

    @Test
    void aFieldOfATypeWithoutKnownMappingIsAnErrorOnTheField() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    Locale locale;
                }
                """.replace("Locale", "java.util.Locale")), "java.util.Locale locale",
                "JPA Migrate cannot map field locale of type java.util.Locale to a column",
                "@Column(columnDefinition = \"...\"), or mark the field @Transient");
    }

    @Test
    void enumeratedOnAFieldThatIsNoEnumIsAnErrorOnTheAnnotation() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @Enumerated(EnumType.STRING) String status;
                }
                """), "@Enumerated(EnumType.STRING) String status",
                "@Enumerated applies to enum fields, and status is java.lang.String: remove @Enumerated");
    }

    @Test
    void unsupportedAnnotationsAreNamedOnTheirElement() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @Embedded Address address;
                }
                @Embeddable class Address { String street; }
                """), "@Embedded Address address", "JPA Migrate does not support @Embedded yet");
        assertError(jakarta("shop.Order", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                public class Order {
                    @Id Long id;
                }
                """), "@Inheritance", "JPA Migrate does not support @Inheritance yet: share fields through a"
                        + " @MappedSuperclass");
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @Column(table = "order_details") BigDecimal total;
                }
                """), "BigDecimal total", "JPA Migrate does not support @Column(table) yet");
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @org.hibernate.annotations.Generated int lines;
                }
                """), "int lines", "JPA Migrate does not support @org.hibernate.annotations.Generated yet");
    }

    @Test
    void collectionAnnotationsWhereTheyDoNotBelongAreErrorsOnTheAnnotation() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ElementCollection String note;
                }
                """), "@ElementCollection String note", "@ElementCollection applies to a Set, List, Collection or Map"
                        + " field, and note is java.lang.String: make it a collection, or use @Column for a single value");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @CollectionTable(name = "order_notes")
                    Set<String> notes;
                }
                """), "@CollectionTable(name = \"order_notes\")", "The collection annotations on notes"
                        + " (@CollectionTable, @OrderColumn, @MapKey...) apply to an @ElementCollection, @OneToMany or"
                        + " @ManyToMany field: add @ElementCollection for values");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ManyToMany(mappedBy = "orders")
                    @JoinTable(name = "order_buyer")
                    Set<Buyer> buyers;
                }

                @Entity
                class Buyer {
                    @Id Long id;
                    @ManyToMany Set<Order> orders;
                }
                """), "@JoinTable(name = \"order_buyer\")", "The inverse side of a relation (mappedBy) has no join"
                        + " table: remove @JoinTable here, or put it on Buyer.orders");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @SuppressWarnings("rawtypes") @OneToMany Set buyers;
                }
                """), "@OneToMany Set buyers", "Field buyers is a raw java.util.Set, so its elements have no type:"
                        + " write the type arguments (as in Set<Book>), or give targetEntity = ...");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ElementCollection @MapKeyColumn(name = "label") Set<String> notes;
                }
                """), "@MapKeyColumn(name = \"label\")", "The @MapKey annotations describe the key of a Map, and notes"
                        + " is a java.util.Set: make it a Map, or remove them");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ManyToMany @OrderColumn Set<Customer> buyers;
                }
                """), "@OrderColumn Set<Customer> buyers", "@OrderColumn keeps the order of a List, and buyers is a"
                        + " java.util.Set, which has no order to keep: make it a List, or remove @OrderColumn");
    }

    @Test
    void joinAndCollectionTablesThatShareANameAreErrorsOnBothFields() {
        Compilation compilation = compile(jakarta("shop.Basket", """
                @Entity
                public class Basket {
                    @Id Long id;
                    @ManyToMany Set<Customer> buyers;
                    @ManyToMany List<Customer> watchers;
                }
                """), CUSTOMER);
        CompilationSubject.assertThat(compilation).hadErrorContaining("The field shop.Basket.buyers and the field"
                + " shop.Basket.watchers both map table basket_customer, and Hibernate would merge them into one broken"
                + " table: name the collection's table with @JoinTable(name = \"...\")").inFile(compilation.sourceFiles()
                .get(0)).onLineContaining("List<Customer> watchers");
    }

    @Test
    void aJoinTableColumnThatReferencesAnotherColumnThanThePrimaryKeyIsNotSupportedYet() {
        assertError(jakarta("shop.Basket", """
                @Entity
                public class Basket {
                    @Id Long id;
                    String code;
                    @ManyToMany
                    @JoinTable(joinColumns = @JoinColumn(name = "basket_code", referencedColumnName = "code"))
                    Set<Customer> buyers;
                }
                """), "referencedColumnName = \"code\"", "JPA Migrate does not support a join column that references"
                        + " code, which is not the primary key of Basket yet: remove referencedColumnName, or set it"
                        + " to \"id\"");
    }

    @Test
    void anImplicitCollectionTableNameLongerThanPostgresKeepsIsAnError() {
        assertError(jakarta("shop.Basket", """
                @Entity
                public class Basket {
                    @Id Long id;
                    @ElementCollection Set<String> notesThatTheCustomerWroteDownWhileShoppingForGroceriesOnline;
                }
                """), "notesThatTheCustomerWroteDownWhileShoppingForGroceriesOnline", "The table of"
                        + " notesThatTheCustomerWroteDownWhileShoppingForGroceriesOnline would get the name"
                        + " basket_notesthatthecustomerwrotedownwhileshoppingforgroceriesonline, which is longer than the 63"
                        + " bytes PostgreSQL keeps: give a shorter name with @JoinTable, @CollectionTable");
    }

    @Test
    void collectionsNotSupportedYetAreNamedOnTheirElement() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ElementCollection List<Address> addresses;
                }
                @Embeddable class Address { String street; }
                """), "@ElementCollection List<Address> addresses", "JPA Migrate does not support @ElementCollection of"
                        + " embeddables (shop.Address) yet: map the values as an @Entity with a @ManyToOne to this one");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @OneToMany @JoinColumn java.util.Map<Customer, Customer> buyersByReferrer;
                }
                """), "java.util.Map<Customer, Customer> buyersByReferrer", "JPA Migrate does not support a"
                        + " @OneToMany @JoinColumn Map keyed by shop.Customer (buyersByReferrer) yet: key the map by an attribute of"
                        + " Customer with @MapKey(name = \"...\"), or by a basic value");
    }

    @Test
    void entityInheritanceAndPropertyAccessAreNotSupportedYet() {
        assertError(jakarta("shop.VipCustomer", """
                @Entity
                public class VipCustomer extends Customer {
                    int level;
                }
                """), "public class VipCustomer", "JPA Migrate does not support entity inheritance"
                        + " (VipCustomer extends @Entity Customer) yet");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    private Long id;
                    @Id public Long getId() { return id; }
                }
                """), "@Id public Long getId()", "JPA Migrate does not support property access (@Id on method getId)"
                        + " yet: annotate the fields instead of the getters");
    }

    @Test
    void fieldsThatAreNoColumnsNeedARelationOrTransient() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    Customer customer;
                }
                """), "Customer customer", "Field customer refers to entity shop.Customer without a relation"
                        + " annotation: add @ManyToOne or @OneToOne");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    List<String> tags;
                }
                """), "List<String> tags", "Field tags is a collection (java.util.List), which is no column:"
                        + " add @ElementCollection for values, @OneToMany or @ManyToMany for entities");
    }

    @Test
    void idGenerationThatHibernateRejectsOrThatIsUnsupportedIsAnErrorOnGeneratedValue() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) String id;
                }
                """), "@GeneratedValue(strategy = GenerationType.IDENTITY)",
                "GenerationType.IDENTITY needs an integral id (long, int, short or their wrappers), and id is"
                        + " java.lang.String");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id;
                }
                """), "GenerationType.TABLE) Long id", "JPA Migrate does not support GenerationType.TABLE yet");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "a")
                    Long id;
                    @SequenceGenerator(name = "a", sequenceName = "a_seq") @GeneratedValue String code;
                }
                """), "String code", "@GeneratedValue applies to the @Id field only",
                "Hibernate ignores a @SequenceGenerator on field code, which is not the @Id");
    }

    @Test
    void aGeneratorOnAMappedSuperclassIsAnErrorBecauseHibernateIgnoresIt() {
        Compilation compilation = compile(jakarta("shop.Base", """
                @MappedSuperclass
                @SequenceGenerator(name = "ids", sequenceName = "shared_ids")
                public abstract class Base {
                    @Id @GeneratedValue(generator = "ids") Long id;
                }
                """), jakarta("shop.Order", """
                @Entity
                public class Order extends Base {
                }
                """));
        CompilationSubject.assertThat(compilation).hadErrorContaining("JPA Migrate does not support @SequenceGenerator on"
                + " a @MappedSuperclass (Base) yet: Hibernate 7 ignores it there").inFile(compilation.sourceFiles().get(1))
                .onLineContaining("public class Order extends Base");
    }

    @Test
    void indexesAndUniqueConstraintsMustNameColumnsOfTheTable() {
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                @Table(indexes = @Index(columnList = "customer"))
                public class PurchaseOrder {
                    @Id Long id;
                    @ManyToOne Customer customer;
                }
                """), "@Index(columnList = \"customer\")", "@Index(columnList) names column customer, which table"
                        + " purchaseorder does not have: use one of its column names [id, customer_id]");
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                @Table(uniqueConstraints = @UniqueConstraint(columnNames = "orderNumber"))
                public class PurchaseOrder {
                    @Id Long id;
                    @Column(name = "order_no") String orderNumber;
                }
                """), "@UniqueConstraint(columnNames = \"orderNumber\")", "names column orderNumber, which table"
                        + " purchaseorder does not have");
    }

    @Test
    void aReservedWordAsANameIsAnErrorThatSaysHowToQuoteIt() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                }
                """), "public class Order", "The table name Order is a reserved word in PostgreSQL, so Hibernate's DDL"
                        + " for it fails: quote it in backticks, as \"`order`\", or choose another name");
        assertError(jakarta("shop.Item", """
                @Entity
                public class Item {
                    @Id Long id;
                    Integer limit;
                }
                """), "Integer limit", "The column name limit is a reserved word in PostgreSQL");
    }

    @Test
    void quotedNamesAreKeptAsWritten() {
        Compilation compilation = Processing.compileCleanly(jakarta("shop.Order", """
                @Entity
                @Table(name = "`Order`")
                public class Order {
                    @Id Long id;
                    @Column(name = "\\"limit\\"") Integer limit;
                }
                """));

        assertThat(GeneratedSnapshots.schema(compilation, "shop").table("Order").orElseThrow().columns())
                .extracting(dev.jpamigrate.Column::name).containsExactly("id", "limit");
    }

    @Test
    void namesPostgresWouldShortenAreErrors() {
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @Column(name = "a_column_name_that_is_longer_than_the_sixty_three_bytes_postgres_keeps") String x;
                }
                """), "String x", "is 70 bytes long, and PostgreSQL truncates names to 63: choose a shorter name");
    }

    @Test
    void twoEntitiesOnOneTableIsAnError() {
        assertError(jakarta("shop.Client", """
                @Entity
                @Table(name = "customer")
                public class Client {
                    @Id Long id;
                }
                """), "@Table(name = \"customer\")", "Entities shop.Client and shop.Customer both map table customer",
                "give one of them another @Table(name");
    }

    @Test
    void mappedByMustNameTheOwningSide() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @OneToMany(mappedBy = "order") List<Customer> customers;
                }
                """), "@OneToMany(mappedBy = \"order\")", "@OneToMany(mappedBy = \"order\") names no owning relation"
                        + " field of shop.Customer: name the field of Customer that owns the relation");
    }

    @Test
    void aRecordIsNoEntity() {
        assertError(jakarta("shop.Order", """
                @Entity
                public record Order(@Id Long id) {
                }
                """), "public record Order", "JPA Migrate does not support @Entity on a record yet");
    }

    @Test
    void aMissingTypeIsLeftToJavacToReport() {
        Compilation compilation = compile(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    Money total;
                }
                """), CUSTOMER);

        CompilationSubject.assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation.errors()).noneMatch(e -> e.getMessage(null).contains("JPA Migrate"));
    }

    @Test
    void twoFieldsOnOneColumnIsAnError() {
        assertError(jakarta("shop.Order", """
                @Entity
                @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    @ManyToOne Customer customer;
                    @Column(name = "CUSTOMER_ID") Long customerId;
                }
                """), "@Table(name = \"orders\")", "Table orders would get two columns named customer_id");
    }

    @Test
    void aColumnDefinitionWithMoreThanTheTypeIsNotSupportedYet() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @Column(columnDefinition = "varchar(20) not null default 'new'") String state;
                }
                """), "String state", "JPA Migrate does not support columnDefinition = \"varchar(20) not null"
                        + " default 'new'\" yet: write only the column type there");
    }
}
