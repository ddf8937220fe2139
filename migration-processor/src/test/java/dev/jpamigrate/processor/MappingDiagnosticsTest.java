package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Sources.jakarta;
import static dev.jpamigrate.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** Compiles {@code file} with the Customer entity, and asserts that it compiles with the warning on {@code line}. */
    private static void assertWarning(JavaFileObject file, String line, String... messageParts) {
        Compilation compilation = compile(file, CUSTOMER);
        CompilationSubject.assertThat(compilation).succeeded();
        for (String part : messageParts) {
            CompilationSubject.assertThat(compilation).hadWarningContaining(part).inFile(file).onLineContaining(line);
        }
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
    void anUnnamedJoinTableOfAToOneIsAnErrorOnTheJoinTable() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ManyToOne @JoinTable Customer customer;
                }
                """), "@ManyToOne @JoinTable Customer customer",
                "@JoinTable on @ManyToOne customer has no name, and JPA Migrate maps a to-one's join table by its"
                        + " name: add @JoinTable(name = \"…\")");
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
                    Thread worker;
                }
                """), "Thread worker",
                "JPA Migrate cannot map field worker of type java.lang.Thread to a column",
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
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @org.hibernate.annotations.MapKeyJdbcTypeCode(4) String lines;
                }
                """), "String lines", "JPA Migrate cannot map @org.hibernate.annotations.MapKeyJdbcTypeCode, the map key"
                + " column's type");
    }

    @Test
    void anIdBagKeyNamesASequenceGeneratorOnItsOwnFieldOnly() {
        assertError(jakarta("shop.Shelf", """
                @Entity
                @SequenceGenerator(name = "shelf_labels", allocationSize = 1)
                public class Shelf {
                    @Id Long id;
                    @ElementCollection
                    @org.hibernate.annotations.CollectionId(column = @Column(name = "label_id"),
                            generator = "shelf_labels")
                    @org.hibernate.annotations.CollectionIdJdbcTypeCode(java.sql.Types.BIGINT)
                    java.util.List<String> labels;
                }
                """), "@org.hibernate.annotations.CollectionId(", "JPA Migrate does not support @CollectionId without"
                + " generator = \"sequence\", \"increment\" or the name of a @SequenceGenerator on the same field");
    }

    @Test
    void anEmbeddableElementMayHoldBasicValuesAndManyToOnesOnly() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ElementCollection List<Line> lines;
                }
                @Embeddable class Line {
                    @ElementCollection Set<String> notes;
                }
                """), "@ElementCollection Set<String> notes", "Field notes is a collection inside an element of"
                        + " @ElementCollection lines, which Hibernate cannot map: map the elements of lines as an"
                        + " @Entity with a @ManyToOne to this one");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ElementCollection List<Line> lines;
                }
                @Embeddable class Line {
                    @OneToOne Customer buyer;
                }
                """), "@OneToOne Customer buyer", "An element of @ElementCollection lines is a row of its collection table,"
                        + " which holds a @ManyToOne's join column only: make buyer a @ManyToOne");
        assertWarning(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @ElementCollection
                    @AttributeOverride(name = "stret", column = @Column(name = "road"))
                    List<Address> addresses;
                }
                @Embeddable class Address { String street; }
                """), "@AttributeOverride(name = \"stret\"", "@AttributeOverride(name = \"stret\") names no basic"
                        + " attribute of field addresses, and Hibernate ignores it, as the schema snapshot does: name one of [street]");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ElementCollection List<Address> addresses;
                }
                @Embeddable class Address {
                    @Column(unique = true) String street;
                }
                """), "@Column(unique = true) String street", "JPA Migrate does not support @Column(unique = true) on"
                        + " street, an attribute of the elements of @ElementCollection addresses yet: remove it, or map"
                        + " the elements as an @Entity");
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
    void anIndexMayBeNamedAsAForeignKeyButNotAsAUniqueConstraint() {
        // PostgreSQL names constraints per table and indexes per schema: an index and a foreign key may share a name.
        CompilationSubject.assertThat(compile(jakarta("shop.Invoice", """
                @Entity
                @Table(indexes = @Index(name = "fk_invoice_customer", columnList = "customer_id"))
                public class Invoice {
                    @Id Long id;
                    @ManyToOne @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_invoice_customer"))
                    Customer customer;
                }
                """), CUSTOMER)).succeeded();
        // A unique constraint owns an index of its name.
        assertError(jakarta("shop.Receipt", """
                @Entity
                @Table(indexes = @Index(name = "uk_receipt_number", columnList = "number"),
                        uniqueConstraints = @UniqueConstraint(name = "uk_receipt_number", columnNames = "number"))
                public class Receipt {
                    @Id Long id;
                    String number;
                }
                """), "@Table(indexes", "Table receipt would get two constraints or indexes named uk_receipt_number");
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
                + " shop.Basket.watchers both map table basket_customer: Hibernate merges them into one table, which"
                + " JPA Migrate maps only where Hibernate's is known, and here only lists with @OrderColumn and bags"
                + " (Lists and Collections without it) share a table as Hibernate 6 and 7 alike key it, and sets and"
                + " bags of the two sides of one @ManyToMany; or give each"
                + " collection its own table with @JoinTable(name = \"...\")").inFile(compilation.sourceFiles()
                .get(0)).onLineContaining("List<Customer> watchers");
    }

    @Test
    void aCommentNamingAnotherColumnThanTheFieldsIsAnError() {
        // Hibernate fails on it ("No matching column"); on compares with the column's name in the database.
        assertError(jakarta("shop.Note", """
                @Entity
                public class Note {
                    @Id Long id;
                    @org.hibernate.annotations.Comment(value = "written", on = "writtenOn") java.time.LocalDate written;
                }
                """), "on = \"writtenOn\"", "@Comment(on = \"writtenOn\") names no column of field written, whose column"
                + " is written: Hibernate fails on it (\"No matching column\"); name the column as the database has it,"
                + " on = \"written\", or remove on");
    }

    @Test
    void commentsNamingTheColumnOfAnElementCollectionsEmbeddableAreNotMappedYet() {
        // As the comment of such a column without on: the collection table does not carry it yet.
        Compilation compilation = compile(jakarta("shop.Address", """
                @Embeddable
                public class Address {
                    @org.hibernate.annotations.Comments({@org.hibernate.annotations.Comment(value = "the street",
                            on = "street"), @org.hibernate.annotations.Comment(value = "x", on = "other")}) String street;
                }
                """), jakarta("shop.Client", """
                @Entity
                public class Client {
                    @Id Long id;
                    @ElementCollection java.util.List<Address> addresses;
                }
                """));
        CompilationSubject.assertThat(compilation).hadErrorContaining("a column comment on street, an attribute of the"
                + " elements of @ElementCollection addresses");
    }

    @Test
    void anElementCollectionOfAnEmbeddableThatMapsNothingIsAnErrorOnTheField() {
        // Field access (the entity's @Id is a field) and an embeddable with getters only: no attribute, no column.
        Compilation compilation = compile(jakarta("shop.Tag", """
                @Embeddable
                public class Tag {
                    public String getLabel() { return "x"; }
                }
                """), jakarta("shop.Client", """
                @Entity
                public class Client {
                    @Id Long id;
                    @ElementCollection java.util.List<Tag> tags;
                }
                """));
        CompilationSubject.assertThat(compilation).hadErrorContaining("The elements of @ElementCollection tags, of"
                + " @Embeddable shop.Tag, map no column");
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void collectionsOfTwoEntitiesOnOneTableWithForeignKeysToBothAreErrors() {
        // Hibernate creates the foreign key of owner_id to one of the owners only: the other's rows break it.
        String joinTable = "@ManyToMany @JoinTable(name = \"customer_link\", joinColumns = @JoinColumn(name ="
                + " \"owner_id\"), inverseJoinColumns = @JoinColumn(name = \"customer_id\"))";
        Compilation compilation = compile(jakarta("shop.Basket", """
                @Entity
                public class Basket {
                    @Id Long id;
                    %s List<Customer> buyers;
                }
                """.formatted(joinTable)), jakarta("shop.Wishlist", """
                @Entity
                public class Wishlist {
                    @Id Long id;
                    %s List<Customer> buyers;
                }
                """.formatted(joinTable)), CUSTOMER);
        CompilationSubject.assertThat(compilation).hadErrorContaining("The field shop.Basket.buyers and the field"
                + " shop.Wishlist.buyers both map table customer_link: Hibernate merges them into one table, which JPA"
                + " Migrate maps only where Hibernate's is known, and here Hibernate keeps one of the foreign keys of"
                + " owner_id to different tables, which the other's rows then break: declare foreignKey ="
                + " @ForeignKey(ConstraintMode.NO_CONSTRAINT) on each").inFile(compilation.sourceFiles().get(1))
                .onLineContaining("List<Customer> buyers");
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

    /**
     * Join columns that reference several columns other than the key (Eclipse hawkBit joins a filter to an auto
     * assignment by name and query) are mapped (fixture rollouts); those naming a column that no basic field of the
     * target maps, or a target in a hierarchy, are an error that says which.
     */
    @Test
    void joinColumnsThatReferenceSeveralNonKeyColumnsCompileAndOthersAreAnError() {
        CompilationSubject.assertThat(compile(jakarta("shop.SavedFilter", """
                @Entity
                public class SavedFilter {
                    @Id Long id;
                    String name;
                    String query;
                    @OneToOne
                    @JoinColumn(name = "name", referencedColumnName = "name", insertable = false, updatable = false)
                    @JoinColumn(name = "query", referencedColumnName = "query", insertable = false, updatable = false)
                    Assignment assignment;
                }
                @Entity class Assignment { @Id Long id; String name; String query; }
                """), CUSTOMER)).succeeded();
        assertError(jakarta("shop.SavedFilter", """
                @Entity
                public class SavedFilter {
                    @Id Long id;
                    @OneToOne
                    @JoinColumn(name = "a_name", referencedColumnName = "name")
                    @JoinColumn(name = "a_query", referencedColumnName = "filter")
                    Assignment assignment;
                }
                @Entity class Assignment { @Id Long id; String name; String query; }
                """), "Assignment assignment;", "The join columns of assignment reference [name, filter], which are"
                        + " not the primary key of Assignment, and not each a column of one of its basic fields");
        assertError(jakarta("shop.SavedFilter", """
                @Entity
                public class SavedFilter {
                    @Id Long id;
                    @ManyToOne
                    @JoinColumn(name = "a_name", referencedColumnName = "name")
                    @JoinColumn(name = "a_query", referencedColumnName = "query")
                    Assignment assignment;
                }
                @Entity @Inheritance class Assignment { @Id Long id; String name; String query; }
                @Entity class TimedAssignment extends Assignment { Instant at; }
                """), "Assignment assignment;", "JPA Migrate does not support join columns that reference"
                        + " [name, query], which are not the primary key of Assignment, an entity of a hierarchy yet");
    }

    /**
     * Join columns to the target's one key column and a column beside it (MOSIP joins a code and a language to an
     * entity keyed by the code alone) are mapped (fixture registry); one naming a column no basic field maps is an
     * error, as Hibernate fails on it.
     */
    @Test
    void joinColumnsThatReferenceTheKeyAndANonKeyColumnCompileAndOthersAreAnError() {
        CompilationSubject.assertThat(compile(jakarta("shop.Machine", """
                @Entity
                public class Machine {
                    @Id Long id;
                    @ManyToOne
                    @JoinColumn(name = "type_code", referencedColumnName = "code")
                    @JoinColumn(name = "lang_code", referencedColumnName = "lang_code")
                    MachineType type;
                }
                @Entity class MachineType { @Id String code; @Column(name = "lang_code") String langCode; }
                """), CUSTOMER)).succeeded();
        assertError(jakarta("shop.Machine", """
                @Entity
                public class Machine {
                    @Id Long id;
                    @ManyToOne
                    @JoinColumn(name = "type_code", referencedColumnName = "code")
                    @JoinColumn(name = "lang_code", referencedColumnName = "language")
                    MachineType type;
                }
                @Entity class MachineType { @Id String code; @Column(name = "lang_code") String langCode; }
                """), "MachineType type;", "The join columns of type reference [code, language], which are not the"
                        + " primary key of MachineType, and not each a column of one of its basic fields (or its one"
                        + " key column)");
    }

    /**
     * A Serializable class of the application's is stored serialized, as Hibernate stores it; a geometry Hibernate
     * Spatial maps (its own column type) is not taken for one: it stays an error rather than a wrong bytea column.
     */
    @Test
    void anApplicationsSerializableClassIsByteaAndASpatialGeometryIsNot() {
        Compilation compilation = javac().withProcessors(new JpaMigrateProcessor()).compile(jakarta("shop.Backoff", """
                public class Backoff implements java.io.Serializable { int attempts; long delayMillis; }
                """), jakarta("shop.Delivery", """
                @Entity
                public class Delivery {
                    @Id Long id;
                    Backoff backoff;
                }
                """));
        CompilationSubject.assertThat(compilation).succeeded();
        assertThat(GeneratedSnapshots.schema(compilation, "shop").table("delivery").orElseThrow().columns())
                .extracting(c -> c.name() + " " + c.type()).contains("backoff bytea");

        JavaFileObject depot = jakarta("shop.Depot", """
                @Entity
                public class Depot {
                    @Id Long id;
                    org.geolatte.geom.Point location;
                }
                """);
        Compilation spatial = javac().withProcessors(new JpaMigrateProcessor()).compile(depot,
                com.google.testing.compile.JavaFileObjects.forSourceString("org.geolatte.geom.Point", """
                        package org.geolatte.geom;
                        public class Point implements java.io.Serializable { double x; double y; }
                        """));
        CompilationSubject.assertThat(spatial).hadErrorContaining("JPA Migrate cannot map field location").inFile(depot)
                .onLineContaining("Point location");
    }

    /** Apache James maps a key relation with @Column, which Hibernate refuses at start-up: an error on the @Column. */
    @Test
    void columnOnAToOneRelationIsAnErrorSayingHibernateFailsToo() {
        assertError(jakarta("shop.Invoice", """
                @Entity
                public class Invoice {
                    @Id Long id;
                    @ManyToOne @Column(name = "customer_id") Customer customer;
                }
                """), "@Column(name = \"customer_id\")", "@Column does not apply to relation customer (Hibernate fails"
                        + " on it at start-up too): use @JoinColumn to name or constrain its column");
    }

    /** Hibernate writes a name longer than 63 bytes whole, and PostgreSQL keeps its first 63: so does the snapshot. */
    @Test
    void anImplicitCollectionTableNameLongerThanPostgresKeepsIsCut() {
        Compilation compilation = compile(jakarta("shop.Basket", """
                @Entity
                public class Basket {
                    @Id Long id;
                    @ElementCollection Set<String> notesThatTheCustomerWroteDownWhileShoppingForGroceriesOnline;
                }
                """), CUSTOMER);
        CompilationSubject.assertThat(compilation).succeeded();
        assertThat(GeneratedSnapshots.schema(compilation, "shop")
                .table("basket_notesthatthecustomerwrotedownwhileshoppingforgrocerieson")).isPresent();
    }

    /** A join column named after an entity with a long name and its id (ORCID's), cut as PostgreSQL cuts it. */
    @Test
    void anImplicitJoinColumnNameLongerThanPostgresKeepsIsCut() {
        Compilation compilation = compile(jakarta("shop.AuthorizationCodeDetailOfTheOauthServers", """
                @Entity
                public class AuthorizationCodeDetailOfTheOauthServers {
                    @Id String authorizationCodeValues;
                    @ElementCollection Set<String> scopes;
                }
                """), CUSTOMER);
        CompilationSubject.assertThat(compilation).succeeded();
        assertThat(GeneratedSnapshots.schema(compilation, "shop").table("authorizationcodedetailoftheoauthservers_scopes")
                .orElseThrow().columns()).extracting(dev.jpamigrate.schema.Column::name)
                .contains("authorizationcodedetailoftheoauthservers_authorizationcodevalue");
    }

    @Test
    void collectionsNotSupportedYetAreNamedOnTheirElement() {
        JavaFileObject address = jakarta("shop.Address", """
                @Embeddable
                public class Address {
                    String street;
                    @OneToOne Customer resident;
                }
                """);
        Compilation compilation = compile(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ElementCollection java.util.Map<Address, String> notes;
                }
                """), address, CUSTOMER);
        CompilationSubject.assertThat(compilation).hadErrorContaining("JPA Migrate does not support a relation or"
                + " collection (resident) in the embeddable key of Map notes yet: key the map by an embeddable of basic"
                + " attributes and @ManyToOne relations").inFile(address).onLineContaining("@OneToOne Customer resident");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @OneToMany @JoinColumn java.util.Map<Address, Customer> buyersByAddress;
                }
                @Embeddable class Address { String street; }
                """), "java.util.Map<Address, Customer> buyersByAddress", "JPA Migrate does not support a"
                        + " @OneToMany @JoinColumn Map keyed by shop.Address (buyersByAddress) yet");
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
    void aMapKeyedByAnEntityWithACompositeKeyNeedsAMapKeyJoinColumnPerKeyColumnAsHibernateDoes() {
        // Hibernate 6.6 and 7.4 fail without them: "has 1 '@JoinColumn's but the primary key has 2 columns".
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ElementCollection java.util.Map<Part, Integer> quantities;
                }
                @Embeddable class PartId implements java.io.Serializable { String maker; Integer number; }
                @Entity class Part { @EmbeddedId PartId id; }
                """), "java.util.Map<Part, Integer> quantities", "Hibernate fails on this: the keys of quantities are"
                        + " Part, whose primary key has the columns [maker, number], and Hibernate makes one key column"
                        + " unless told otherwise: write @MapKeyJoinColumns");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @ManyToMany @MapKeyJoinColumn(name = "part_maker") java.util.Map<Part, Customer> buyers;
                }
                @Embeddable class PartId implements java.io.Serializable { String maker; Integer number; }
                @Entity class Part { @EmbeddedId PartId id; }
                """), "@MapKeyJoinColumn(name = \"part_maker\")", "Hibernate fails on this: the keys of buyers are Part");
    }

    @Test
    void aGetterWithoutSetterIsAnErrorInPropertyAccess() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    private Long id;
                    @Id public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    public String getSummary() { return "order " + id; }
                }
                """), "public String getSummary()", "Hibernate maps getSummary() of shop.Order as a persistent property"
                + " (property access) and fails to start without a setter for it: add setSummary(java.lang.String), or"
                + " mark the getter @Transient");
    }

    @Test
    void twoGettersOfOnePropertyAreAnError() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    private Long id;
                    private boolean paid;
                    @Id public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    public boolean isPaid() { return paid; }
                    public boolean getPaid() { return paid; }
                    public void setPaid(boolean paid) { this.paid = paid; }
                }
                """), "public boolean getPaid()", "Hibernate refuses shop.Order, where isPaid() and getPaid() are"
                + " getters of the same property paid: mark one of them @Transient, or rename it");
    }

    /** Hibernate 5 let these pass; Hibernate 6 and 7 fail to start on them (a shop application had both). */
    @Test
    void tableOrInheritanceOnAMappedSuperclassIsAnErrorOnTheAnnotationOnce() {
        JavaFileObject description = jakarta("shop.Description", """
                @MappedSuperclass
                @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                @Table(name = "description")
                public abstract class Description {
                    @Id Long id;
                    String title;
                }
                """);
        Compilation compilation = compile(description,
                jakarta("shop.ProductDescription", "@Entity public class ProductDescription extends Description { }"),
                jakarta("shop.CategoryDescription", "@Entity public class CategoryDescription extends Description { }"),
                CUSTOMER);

        CompilationSubject.assertThat(compilation).hadErrorCount(2);
        CompilationSubject.assertThat(compilation).hadErrorContaining("Hibernate refuses @Inheritance on the mapped"
                + " superclass shop.Description, which has no table of its own: move it to the entity that extends it")
                .inFile(description).onLineContaining("@Inheritance");
        CompilationSubject.assertThat(compilation).hadErrorContaining("Hibernate refuses @Table on the mapped"
                + " superclass shop.Description").inFile(description).onLineContaining("@Table");
    }

    /** As a shop application wrote its join tables for Hibernate 5; Hibernate 6 and 7 fail to start on them. */
    @Test
    void aJoinTableColumnThatIsInsertableButNotUpdatableIsAnErrorOnIt() {
        assertError(jakarta("shop.Account", """
                @Entity
                public class Account {
                    @Id Long id;
                    @ManyToMany
                    @JoinTable(name = "account_customer",
                            joinColumns = @JoinColumn(name = "account_id", nullable = false, updatable = false),
                            inverseJoinColumns = @JoinColumn(name = "customer_id", nullable = false))
                    java.util.List<Customer> customers;
                }
                """), "updatable = false", "Hibernate refuses join column account_id of customers with insertable ="
                + " true and updatable = false: the columns of a join table are written with its rows, so give both"
                + " the same value, or remove both");
    }

    @Test
    void aClassThatIsBothEntityAndMappedSuperclassIsAnError() {
        assertError(jakarta("shop.Account", """
                @Entity
                @MappedSuperclass
                public class Account {
                    @Id Long id;
                }
                """), "@Entity", "Hibernate refuses shop.Account, which is both @Entity and @MappedSuperclass");
    }

    @Test
    void aManyToManyMappedByAOneToManyIsAnError() {
        // OHDSI WebAPI's feature analyses: Hibernate 6.6 and 7.4 fail on it with a ClassCastException.
        JavaFileObject campaign = jakarta("shop.Campaign", """
                @Entity
                public class Campaign {
                    @Id Long id;
                    @OneToMany @JoinColumn(name = "campaign_id") java.util.Set<Customer> customers;
                }
                """);
        JavaFileObject offer = jakarta("shop.Offer", """
                @Entity
                public class Offer {
                    @Id Long id;
                    @ManyToMany(mappedBy = "customers") java.util.Set<Campaign> campaigns;
                }
                """);
        Compilation compilation = compile(campaign, offer, CUSTOMER);
        CompilationSubject.assertThat(compilation).hadErrorContaining("@ManyToMany(mappedBy = \"customers\") names"
                + " Campaign.customers, a @OneToMany, and Hibernate fails on it at start-up: name the @ManyToMany of"
                + " Campaign that owns the relation, or map this side as a relation of its own").inFile(offer)
                .onLineContaining("@ManyToMany");
    }

    @Test
    void aNonNullOneToManyJoinColumnThatTheTargetWritesTooIsAnError() {
        // OpenMeetings' Room.files and RoomFile.roomId: OpenJPA accepts it; Hibernate 6.6 and 7.4 write a non-null key
        // themselves and fail, "Column 'room_id' is duplicated in mapping for entity".
        JavaFileObject room = jakarta("shop.Room", """
                @Entity
                public class Room {
                    @Id Long id;
                    @OneToMany @JoinColumn(name = "room_id", nullable = false) java.util.List<Seat> seats;
                    @OneToMany @JoinColumn(name = "room_id") java.util.List<Lamp> lamps;
                }
                """);
        JavaFileObject seat = jakarta("shop.Seat", """
                @Entity
                public class Seat {
                    @Id Long id;
                    @Column(name = "room_id") Long roomId;
                }
                """);
        JavaFileObject lamp = jakarta("shop.Lamp", """
                @Entity
                public class Lamp {
                    @Id Long id;
                    @Column(name = "room_id") Long roomId;
                }
                """);
        Compilation compilation = compile(room, seat, lamp);
        CompilationSubject.assertThat(compilation).hadErrorContaining("Field seats of shop.Room joins shop.Seat by"
                + " column room_id with nullable = false, and field roomId of shop.Seat writes that column too:"
                + " Hibernate fails to start").inFile(room).onLineContaining("List<Seat> seats");
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anEmbeddedClassThatIsBothEmbeddableAndMappedSuperclassIsAnError() {
        // OHDSI WebAPI's generation info, OpenLMIS's measurements: Hibernate 6 and 7 refuse the class once they bind it,
        // embedded itself or above the embedded class.
        JavaFileObject stamp = jakarta("shop.AuditStamp", """
                @Embeddable
                @MappedSuperclass
                public class AuditStamp {
                    String createdBy;
                }
                """);
        Compilation compilation = compile(stamp, jakarta("shop.SignedStamp", """
                @Embeddable
                public class SignedStamp extends AuditStamp {
                    String signature;
                }
                """), jakarta("shop.Invoice", """
                @Entity
                public class Invoice {
                    @Id Long id;
                    @Embedded SignedStamp stamp;
                }
                """));
        CompilationSubject.assertThat(compilation).hadErrorContaining("Hibernate refuses shop.AuditStamp, which is"
                + " both @Embeddable and @MappedSuperclass (\"Invalid class annotated both '@Embeddable' and"
                + " '@MappedSuperclass'\"): keep @Embeddable if it is embedded, else @MappedSuperclass")
                .inFile(stamp).onLineContaining("@MappedSuperclass");
    }

    @Test
    void aProblemOfAMappedSuperclassIsReportedOnceHoweverManyEntitiesInheritIt() {
        JavaFileObject named = jakarta("shop.Named", """
                @MappedSuperclass
                public abstract class Named {
                    Thread worker;
                }
                """);
        Compilation compilation = compile(named, jakarta("shop.Tag", "@Entity public class Tag extends Named { @Id Long id; }"),
                jakarta("shop.Label", "@Entity public class Label extends Named { @Id Long id; }"), CUSTOMER);

        CompilationSubject.assertThat(compilation).hadErrorCount(1);
        CompilationSubject.assertThat(compilation).hadErrorContaining("JPA Migrate cannot map field worker of type"
                + " java.lang.Thread").inFile(named).onLineContaining("Thread worker");
    }

    @Test
    void aProblemOfAMappedSuperclassFromAJarIsReportedOnceOnAnEntityThatInheritsIt(@TempDir Path work) {
        ClassDirectoryCompiler library = new ClassDirectoryCompiler(work);
        library.compile(jakarta("com.acme.audit.Auditable", """
                @MappedSuperclass
                public abstract class Auditable {
                    private String createdBy;
                    private java.time.Instant createdAt;

                    @Column(name = "created_by") @Access(AccessType.PROPERTY)
                    public String getCreatedBy() { return createdBy; }
                    @Column(name = "created_at") @Access(AccessType.PROPERTY)
                    public java.time.Instant getCreatedAt() { return createdAt; }
                    public void setCreatedAt(java.time.Instant createdAt) { this.createdAt = createdAt; }
                }
                """));
        JavaFileObject invoice = jakarta("com.acme.shop.Invoice", """
                import com.acme.audit.Auditable;

                @Entity
                public class Invoice extends Auditable {
                    @Id Long id;
                }
                """);
        JavaFileObject order = jakarta("com.acme.shop.PurchaseOrder", """
                import com.acme.audit.Auditable;

                @Entity
                public class PurchaseOrder extends Auditable {
                    @Id Long id;
                }
                """);

        Compilation compilation = compileAgainst(library, invoice, order);

        CompilationSubject.assertThat(compilation).hadErrorCount(1);
        CompilationSubject.assertThat(compilation).hadErrorContaining("Auditable.getCreatedBy() (inherited from"
                + " com.acme.audit.Auditable): Hibernate maps getCreatedBy() of com.acme.audit.Auditable as a persistent"
                + " property (property access) and fails to start without a setter for it: add"
                + " setCreatedBy(java.lang.String)").inFile(invoice).onLineContaining("public class Invoice");
    }

    @Test
    void aProblemOfAnEmbeddableFromAJarIsReportedOnTheFieldThatEmbedsIt(@TempDir Path work) {
        ClassDirectoryCompiler library = new ClassDirectoryCompiler(work);
        library.compile(jakarta("com.acme.money.Money", """
                @Embeddable
                public class Money {
                    long cents;
                    Thread lock;
                }
                """));
        JavaFileObject product = jakarta("com.acme.shop.Product", """
                import com.acme.money.Money;

                @Entity
                public class Product {
                    @Id Long id;
                    Money price;
                    Money cost;
                }
                """);

        Compilation compilation = compileAgainst(library, product);

        CompilationSubject.assertThat(compilation).hadErrorCount(1);
        CompilationSubject.assertThat(compilation).hadErrorContaining("Money.lock (of embeddable com.acme.money.Money):"
                + " JPA Migrate cannot map field lock of type java.lang.Thread to a column").inFile(product)
                .onLineContaining("Money price");
    }

    /** Compiles {@code sources} with the processor against the test class path and a library's classes. */
    private static Compilation compileAgainst(ClassDirectoryCompiler library, JavaFileObject... sources) {
        List<File> classPath = new ArrayList<>(List.of(library.classes().toFile()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        return javac().withProcessors(new JpaMigrateProcessor()).withClasspath(classPath).compile(sources);
    }

    @Test
    void aSubclassUsesTheIdAndStrategyOfItsRoot() {
        assertError(jakarta("shop.VipCustomer", """
                @Entity
                public class VipCustomer extends Customer {
                    @Id Long vipId;
                }
                """), "@Id Long vipId", "Entity shop.VipCustomer inherits its @Id from shop.Customer, and a subclass"
                        + " cannot declare another: remove @Id from vipId");
        assertError(jakarta("shop.VipCustomer", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                public class VipCustomer extends Customer {
                    int level;
                }
                """), "@Inheritance", "Hibernate takes the inheritance strategy of a hierarchy from its root"
                        + " shop.Customer (SINGLE_TABLE), and ignores @Inheritance(JOINED) here: remove it, or change"
                        + " the strategy on the root");
        assertError(jakarta("shop.VipCustomer", """
                @Entity
                @DiscriminatorColumn(name = "kind")
                @Table(name = "vips")
                public class VipCustomer extends Customer {
                    int level;
                }
                """), "@DiscriminatorColumn", "Hibernate reads @DiscriminatorColumn on the root of a hierarchy only:"
                        + " move it to shop.Customer");
        assertError(jakarta("shop.VipCustomer", """
                @Entity
                @Table(name = "vips")
                public class VipCustomer extends Customer {
                    int level;
                }
                """), "@Table", "Entity shop.VipCustomer keeps its rows in the table of shop.Customer (SINGLE_TABLE):"
                        + " remove @Table here, or declare it on the root");
    }

    @Test
    void aNaturalIdOnARelationNeedsItsJoinColumns() {
        // On a @ManyToOne or an owning @OneToOne the join columns join the unique key (coursework fixture).
        assertError(jakarta("shop.LoyaltyCard", """
                @Entity
                public class LoyaltyCard {
                    @Id Long id;
                    @org.hibernate.annotations.NaturalId
                    @OneToMany
                    java.util.Set<Customer> holders;
                }
                """), "java.util.Set<Customer> holders", "@NaturalId on a relation without join columns (holders)",
                "make the natural id of basic fields and to-one relations that own their join columns");
    }

    @Test
    void aSubclassLeavesItsSecondLevelCacheToTheRoot() {
        // Hibernate 5 ignored it; 6 and 7 fail at start-up (uPortal's evaluators).
        assertError(jakarta("shop.VipCustomer", """
                @Entity
                @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
                public class VipCustomer extends Customer {
                    int level;
                }
                """), "@org.hibernate.annotations.Cache", "Hibernate fails at start-up on @Cache on shop.VipCustomer,"
                + " a subclass of entity shop.Customer: only the root of a hierarchy says how its entities are cached;"
                + " move @Cache to shop.Customer (it applies to its subclasses)");
    }

    @Test
    void discriminatorValuesMustTellTheRowsApart() {
        JavaFileObject vip = jakarta("shop.VipCustomer", """
                @Entity
                @DiscriminatorValue("Customer")
                public class VipCustomer extends Customer {
                    int level;
                }
                """);
        assertError(vip, "@DiscriminatorValue", "Entities shop.Customer and shop.VipCustomer have the same"
                + " discriminator value \"Customer\", so Hibernate cannot tell their rows apart: give each a"
                + " @DiscriminatorValue of its own");
        Compilation compilation = compile(vip, jakarta("shop.Customer", """
                @Entity
                @DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR)
                public class Customer {
                    @Id Long id;
                }
                """));
        CompilationSubject.assertThat(compilation).hadErrorContaining("Entity shop.Customer needs a"
                + " @DiscriminatorValue: Hibernate has no default for a CHAR discriminator").inFile(compilation
                .sourceFiles().get(1)).onLineContaining("public class Customer");
    }

    @Test
    void aDiscriminatorValueWithoutDiscriminatorColumnIsAnError() {
        Compilation compilation = compile(
                jakarta("crm.Party", """
                        @Entity
                        @Inheritance(strategy = InheritanceType.JOINED)
                        public class Party {
                            @Id Long id;
                        }
                        """),
                jakarta("crm.Person", """
                        @Entity
                        @DiscriminatorValue("P")
                        public class Person extends Party {
                        }
                        """));
        CompilationSubject.assertThat(compilation).hadErrorContaining("Hibernate ignores @DiscriminatorValue in a"
                + " JOINED hierarchy without @DiscriminatorColumn: remove it, or declare @DiscriminatorColumn on"
                + " crm.Party").inFile(compilation.sourceFiles().get(1)).onLineContaining("@DiscriminatorValue");
    }

    @Test
    void twoSubclassesOfOneTableCannotMapOneColumnWithTwoTypes() {
        Compilation compilation = compile(CUSTOMER,
                jakarta("shop.VipCustomer", "@Entity public class VipCustomer extends Customer { String level; }"),
                jakarta("shop.StaffCustomer", """
                        @Entity
                        public class StaffCustomer extends Customer {
                            int level;
                        }
                        """));
        CompilationSubject.assertThat(compilation).hadErrorContaining("Field level maps column level of table"
                + " customer as varchar(255), and shop.StaffCustomer.level maps it as integer").inFile(compilation
                .sourceFiles().get(1)).onLineContaining("String level");
    }

    @Test
    void aColumnInATableTheEntityDoesNotHaveIsAnError() {
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                @SecondaryTable(name = "order_details")
                public class PurchaseOrder {
                    @Id Long id;
                    @Column(table = "order_detail") BigDecimal total;
                }
                """), "@Column(table = \"order_detail\")", "@Column(table = \"order_detail\") names no table of"
                        + " entity shop.PurchaseOrder: declare @SecondaryTable(name = \"order_detail\") on the entity,"
                        + " or name its own table");
    }

    @Test
    void tablePerClassIdsCannotBeIdentityColumns() {
        assertError(jakarta("fleet.Vehicle", """
                @Entity
                @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                public abstract class Vehicle {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                }
                @Entity class Car extends Vehicle { }
                """), "@GeneratedValue(strategy = GenerationType.IDENTITY)", "Hibernate cannot generate the ids of a"
                        + " TABLE_PER_CLASS hierarchy with IDENTITY, as each table would count on its own: use"
                        + " @GeneratedValue(strategy = GenerationType.SEQUENCE)");
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
                        + " annotation, which Hibernate refuses (\"Incorrect use of entity type\"): add @ManyToOne or"
                        + " @OneToOne");
        // A List<String> is an array column (fixture mailings); Hibernate has no plural type for a Queue, and fails
        // on a List of entities (6.2 to 7.4 alike).
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    java.util.Queue<String> tags;
                }
                """), "Queue<String> tags", "Field tags is a collection (java.util.Queue) that Hibernate cannot store"
                        + " in one column (it maps only a List, Set, Collection or SortedSet of basic values as an"
                        + " array): add @ElementCollection for values, @OneToMany or @ManyToMany for entities");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    List<Customer> buyers;
                }
                """), "List<Customer> buyers", "Field buyers is a collection (java.util.List) that Hibernate cannot"
                        + " store in one column");
        // An ArrayList<String> is stored serialized (fixture identity2); a raw one fails Hibernate 7.4's binder.
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @SuppressWarnings("rawtypes") java.util.ArrayList notes;
                }
                """), "java.util.ArrayList notes", "Field notes is a collection (java.util.ArrayList) that Hibernate"
                        + " cannot store in one column");
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
                    @Id @GeneratedValue(strategy = GenerationType.TABLE) String id;
                }
                """), "GenerationType.TABLE) String id", "GenerationType.TABLE draws numbers from a table, and id id"
                        + " is java.lang.String: use a long or int id");
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "a")
                    Long id;
                    @SequenceGenerator(name = "a", sequenceName = "a_seq") @GeneratedValue String code;
                }
                """), "String code", "@GeneratedValue applies to the @Id field only",
                "Hibernate ignores a generator on field code, which is not the @Id");
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

    /**
     * A column that another entity's unidirectional @OneToMany @JoinColumn adds may be indexed (Hibernate resolves
     * indexes once every entity is bound); a name that no entity adds is still an error, listing that column too.
     */
    @Test
    void anIndexMayNameTheColumnAnotherEntitysOneToManyAdds() {
        JavaFileObject order = jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @OneToMany @JoinColumn(name = "order_id") java.util.List<OrderLine> lines;
                }
                """);
        JavaFileObject line = jakarta("shop.OrderLine", """
                @Entity
                @Table(indexes = {@Index(name = "ix_line_order", columnList = "order_id"),
                        @Index(name = "ix_line_typo", columnList = "oder_id")})
                public class OrderLine {
                    @Id Long id;
                }
                """);
        Compilation compilation = compile(order, line);
        CompilationSubject.assertThat(compilation).hadErrorContaining("@Index(columnList) names column oder_id, which"
                + " table orderline does not have: use one of its column names [id, order_id]").inFile(line)
                .onLineContaining("ix_line_typo");
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
    }

    /** As entities written for EclipseLink have them: Hibernate quotes each string whole, and PostgreSQL fails. */
    @Test
    void aListOfColumnsInOneStringOrAnExpressionIsNoColumn() {
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                @Table(uniqueConstraints = @UniqueConstraint(columnNames = {"customer, order_no"}))
                public class PurchaseOrder {
                    @Id Long id;
                    String customer;
                    @Column(name = "order_no") String orderNumber;
                }
                """), "@UniqueConstraint(columnNames = {", "names column customer, order_no, which table purchaseorder"
                        + " does not have (Hibernate takes each string of columnNames for one column: write"
                        + " {\"customer\", \"order_no\"}): use one of its column names");
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                @Table(indexes = @Index(columnList = "customer, UPPER(customer)"))
                public class PurchaseOrder {
                    @Id Long id;
                    String customer;
                }
                """), "@Index(columnList", "@Index(columnList) names column UPPER(customer), which table purchaseorder"
                        + " does not have (Hibernate indexes columns, not expressions: create the expression index in a"
                        + " migration of your own)");
    }

    /**
     * Hibernate writes a named index's text in create index without quotes (the name of a unique constraint, and of a
     * unique @Index, it quotes: the fixture courses), so PostgreSQL fails on a name with a space.
     */
    @Test
    void anIndexNameThatIsNoPlainSqlNameIsAnError() {
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                @Table(indexes = @Index(name = "Order date", columnList = "placedOn"))
                public class PurchaseOrder {
                    @Id Long id;
                    java.time.LocalDate placedOn;
                }
                """), "@Index(name = \"Order date\"", "@Index(name = \"Order date\") is no plain SQL name, and Hibernate"
                        + " writes it without quotes in create index, which PostgreSQL refuses: use letters, digits and _"
                        + " only, starting with a letter");
    }

    /**
     * Hibernate writes a check's name as it is given, in 6 and 7 alike ({@code constraint has space check (...)}), so
     * PostgreSQL refuses the table's DDL when the name is no plain SQL name; in double quotes it is a quoted identifier
     * (the fixture spreadsheets).
     */
    @Test
    void aCheckNameThatIsNoPlainSqlNameIsAnErrorThatSaysToDoubleQuoteIt() {
        assertError(source("shop.Sheet", """
                import jakarta.persistence.*;
                import org.hibernate.annotations.Check;

                @Entity
                @Check(name = "has space", constraints = "total >= 0")
                public class Sheet {
                    @Id Long id;
                    int total;
                }
                """), "@Check(name = \"has space\"", "The check constraint name \"has space\" on class shop.Sheet is no"
                        + " plain SQL name, and Hibernate writes it without quotes in the DDL, which PostgreSQL refuses:"
                        + " write it in double quotes, name = \"\\\"has space\\\"\", to keep it as it is, or use"
                        + " letters, digits and _ only, starting with a letter");
    }

    /** JPA 3.2's {@code @CheckConstraint} of a column, named in backticks as a table's name would be. */
    @Test
    void aColumnCheckConstraintNameInBackticksIsAnErrorOnTheField() {
        assertError(jakarta("shop.Ledger", """
                @Entity
                public class Ledger {
                    @Id Long id;
                    @Column(check = @CheckConstraint(name = "`Balance-Floor`", constraint = "balance > -1000"))
                    long balance;
                }
                """), "@Column(check = @CheckConstraint", "The check constraint name \"`Balance-Floor`\" on field"
                        + " balance of shop.Ledger is no plain SQL name", "name = \"\\\"Balance-Floor\\\"\"");
    }

    /** A reserved word is a name PostgreSQL reads only in quotes too. */
    @Test
    void aCheckNamedByAReservedWordIsAnError() {
        assertError(source("shop.Sheet", """
                import jakarta.persistence.*;
                import org.hibernate.annotations.Check;

                @Entity
                @Check(name = "Check", constraints = "total >= 0")
                public class Sheet {
                    @Id Long id;
                    int total;
                }
                """), "@Check(name = \"Check\"", "The check constraint name \"Check\" on class shop.Sheet is a"
                        + " reserved word in PostgreSQL");
    }

    /**
     * Hibernate makes one identifier of a table name with a dot, which it quotes (Identifier.toIdentifier): the table
     * "sales.orders" of the default schema, which a snapshot cannot tell from the table orders of schema sales.
     */
    @Test
    void aTableNameWithADotIsAnErrorThatSaysToGiveTheSchemaApart() {
        assertError(jakarta("shop.SalesOrder", """
                @Entity
                @Table(name = "sales.orders")
                public class SalesOrder {
                    @Id Long id;
                }
                """), "@Table(name = \"sales.orders\")", "The table name sales.orders holds a dot, which Hibernate"
                        + " quotes as part of one name (a table \"sales.orders\" in the default schema) and JPA Migrate"
                        + " cannot keep apart from a schema: for a table of another schema give it as schema ="
                        + " \"sales\", name = \"orders\", or else choose a name without a dot");
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
                .extracting(dev.jpamigrate.schema.Column::name).containsExactly("limit", "id"); // integer before bigint
    }

    @Test
    void namesLongerThanPostgresKeepsAreCut() {
        Compilation compilation = compile(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @Column(name = "a_column_name_that_is_longer_than_the_sixty_three_bytes_postgres_keeps") String x;
                }
                """), CUSTOMER);
        CompilationSubject.assertThat(compilation).succeeded();
        assertThat(GeneratedSnapshots.schema(compilation, "shop").table("purchaseorder").orElseThrow().columns())
                .extracting(dev.jpamigrate.schema.Column::name)
                .contains("a_column_name_that_is_longer_than_the_sixty_three_bytes_postgre");
    }

    /** Cut to 63 bytes, two columns are one: PostgreSQL refuses Hibernate's table ("specified more than once"). */
    @Test
    void twoColumnsWhoseNamesAreCutToOneAreAnError() {
        assertError(jakarta("shop.CaseReport", """
                @Entity
                public class CaseReport {
                    @Id Long id;
                    Integer numberOfLaboratoryConfirmedCasesReportedByDistrictSurveillanceOfficersOnTime;
                    Integer numberOfLaboratoryConfirmedCasesReportedByDistrictSurveillanceOfficersLate;
                }
                """), "OfficersLate;", "Fields numberOfLaboratoryConfirmedCasesReportedByDistrictSurveillanceOfficersOnTime"
                        + " and numberOfLaboratoryConfirmedCasesReportedByDistrictSurveillanceOfficersLate map columns"
                        + " whose names PostgreSQL cuts to the same 63 bytes,"
                        + " numberoflaboratoryconfirmedcasesreportedbydistrictsurveillanceo, in table ",
                "so Hibernate's DDL fails: give one of them a shorter name that differs in its first 63 bytes"
                        + " with @Column(name = \"...\") or @JoinColumn(name = \"...\")");
    }

    /** Two sequences whose names are one once cut: Hibernate creates both, and PostgreSQL refuses the second. */
    @Test
    void twoSequencesWhoseNamesAreCutToOneAreAnError() {
        JavaFileObject referral = jakarta("shop.Referral", """
                @Entity
                public class Referral {
                    @Id @GeneratedValue(generator = "referrals")
                    @SequenceGenerator(name = "referrals", sequenceName =
                "district_weekly_notifiable_disease_surveillance_summary_referrals_seq")
                    Long id;
                }
                """);
        JavaFileObject report = jakarta("shop.Report", """
                @Entity
                public class Report {
                    @Id @GeneratedValue(generator = "reports")
                    @SequenceGenerator(name = "reports", sequenceName =
                "district_weekly_notifiable_disease_surveillance_summary_referrals_sequence")
                    Long id;
                }
                """);
        Compilation compilation = compile(referral, report);
        CompilationSubject.assertThat(compilation).hadErrorContaining("PostgreSQL cuts the names of two sequences,"
                + " district_weekly_notifiable_disease_surveillance_summary_referrals_seq and"
                + " district_weekly_notifiable_disease_surveillance_summary_referrals_sequence, to the same 63 bytes,"
                + " district_weekly_notifiable_disease_surveillance_summary_referra, so Hibernate's DDL fails");
    }

    /** Two entities whose tables are one once cut: Hibernate creates both, and PostgreSQL refuses the second. */
    @Test
    void twoTablesWhoseNamesAreCutToOneAreAnErrorOnBoth() {
        JavaFileObject weekly = jakarta("shop.Weekly", """
                @Entity
                @Table(name = "district_weekly_notifiable_disease_surveillance_summary_report_submitted")
                public class Weekly {
                    @Id Long id;
                }
                """);
        JavaFileObject amended = jakarta("shop.Amended", """
                @Entity
                @Table(name = "district_weekly_notifiable_disease_surveillance_summary_report_amended")
                public class Amended {
                    @Id Long id;
                }
                """);
        Compilation compilation = compile(weekly, amended);
        String message = "PostgreSQL cuts the names of the tables of the entity shop.";
        CompilationSubject.assertThat(compilation).hadErrorContaining(message).inFile(weekly).onLineContaining("@Table");
        CompilationSubject.assertThat(compilation).hadErrorContaining(message).inFile(amended).onLineContaining("@Table");
        CompilationSubject.assertThat(compilation).hadErrorContaining("district_weekly_notifiable_disease_surveillance"
                + "_summary_report_amended and district_weekly_notifiable_disease_surveillance_summary_report_submitted,"
                + " to the same 63 bytes, district_weekly_notifiable_disease_surveillance_summary_report_, so"
                + " Hibernate's DDL fails (\"relation already exists\"): give one of them a name that differs from the"
                + " other's in its first 63 bytes");
    }

    /**
     * Hibernate creates a column that two entities on one table both declare as the entity it binds first declares
     * it, in the order the application lists or scans its classes (see the policyadmin fixture for the tables it
     * merges).
     */
    @Test
    void twoEntitiesOnOneTableDeclaringAColumnDifferentlyIsAnError() {
        assertError(jakarta("shop.Client", """
                @Entity
                @Table(name = "customer")
                public class Client {
                    @Id String id;
                }
                """), "@Table(name = \"customer\")", "Entities shop.Client and shop.Customer both map table customer,"
                + " but they declare column id differently (varchar(255) not null and bigint not null), and Hibernate"
                + " creates it as the entity it binds first declares it: declare it alike in both",
                "or give one of them another @Table(name");
    }

    @Test
    void twoEntitiesOnOneTableOfWhichOneMakesASharedColumnUniqueIsAnError() {
        Compilation compilation = compile(jakarta("shop.Client", """
                @Entity
                @Table(name = "client")
                public class Client {
                    @Id Long id;
                    @Column(unique = true) String email;
                }
                """), jakarta("shop.ImportedClient", """
                @Entity
                @Table(name = "client")
                public class ImportedClient {
                    @Id Long id;
                    String email;
                }
                """));
        CompilationSubject.assertThat(compilation).hadErrorContaining("Entities shop.Client and shop.ImportedClient"
                + " both map table client, but one of them makes columns unique that both declare (email), which"
                + " Hibernate does only when it binds that entity first: declare the unique constraint in both");
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
    void aColumnDefinitionWithMoreThanTheTypeADefaultAndNotNullIsNotSupportedYet() {
        assertError(jakarta("shop.Order", """
                @Entity
                public class Order {
                    @Id Long id;
                    @Column(columnDefinition = "varchar(20) not null check (state <> '')") String state;
                }
                """), "String state", "JPA Migrate does not support columnDefinition = \"varchar(20) not null"
                        + " check (state <> '')\" yet: write the column type there, optionally with a default and"
                        + " not null");
    }

    @Test
    void aGeneratorTableDeclaredTwoWaysOrOnAnEntitysTableIsAnError() {
        JavaFileObject badge = jakarta("shop.Badge", """
                @Entity
                public class Badge {
                    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "badges")
                    @TableGenerator(name = "badges", table = "id_blocks", pkColumnName = "block")
                    Long id;
                }
                """);
        JavaFileObject coupon = jakarta("shop.Coupon", """
                @Entity
                public class Coupon {
                    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "coupons")
                    @TableGenerator(name = "coupons", table = "id_blocks", pkColumnName = "segment")
                    Long id;
                }
                """);
        CompilationSubject.assertThat(compile(badge, coupon, CUSTOMER)).hadErrorContaining("Generator table id_blocks is declared twice, with"
                + " columns [next_val, block] and with columns [next_val, segment]: declare it once, or give the same"
                + " pkColumnName and valueColumnName").inFile(coupon).onLineContaining("@TableGenerator(name = \"coupons\"");
        assertError(jakarta("shop.Coupon", """
                @Entity
                public class Coupon {
                    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "coupons")
                    @TableGenerator(name = "coupons", table = "customer")
                    Long id;
                }
                """), "@TableGenerator(name = \"coupons\"", "Generator table customer is also the table of entity"
                + " shop.Customer: give the @TableGenerator another table");
    }

    @Test
    void aConverterMappingJpaMigrateCannotReproduceIsAnError() {
        assertError(jakarta("shop.Invoice", """
                @Entity
                public class Invoice {
                    @Id Long id;
                    @Convert(converter = YesNo.class) Boolean paid;
                }
                @Converter
                class YesNo implements AttributeConverter<Boolean, java.math.BigDecimal> {
                    public java.math.BigDecimal convertToDatabaseColumn(Boolean b) { return b ? java.math.BigDecimal.ONE : null; }
                    public Boolean convertToEntityAttribute(java.math.BigDecimal s) { return s != null; }
                }
                """), "Boolean paid", "Hibernate writes a CHECK on paid with the values"
                + " that converter shop.YesNo gives for false and true, which JPA Migrate learns for converters to a"
                + " String, Character or integral type only: use one of those, Hibernate's YesNoConverter,"
                + " TrueFalseConverter or NumericBooleanConverter");
        assertError(jakarta("shop.Orders", """
                @Entity
                public class Orders {
                    @Id Long id;
                    @Convert(converter = Raw.class) String code;
                }
                @Converter
                class Raw<T> implements AttributeConverter<T, String> {
                    public String convertToDatabaseColumn(T t) { return null; }
                    public T convertToEntityAttribute(String s) { return null; }
                }
                """), "@Convert(converter = Raw.class)", "converter shop.Raw, whose AttributeConverter type"
                + " arguments are not classes,", "implements AttributeConverter<Money, BigDecimal>");
    }

    @Test
    void twoEmbeddedFieldsOfOneTypeWithoutOverridesAreAnErrorOnTheSecond() {
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @Embedded Address billing;
                    @Embedded Address shipping;
                }
                @Embeddable class Address { String street; @Embedded Geo geo; }
                @Embeddable class Geo { double latitude; }
                """), "Address shipping", "Field shipping maps column street, which field billing (at billing.street)"
                + " maps too in table purchaseorder: add @AttributeOverride(name = \"street\", column = @Column(name"
                + " = \"...\")) to shipping");
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @Embedded @AttributeOverride(name = "street", column = @Column(name = "billing_street")) Address billing;
                    @Embedded @AttributeOverride(name = "street", column = @Column(name = "shipping_street")) Address shipping;
                }
                @Embeddable class Address { String street; @Embedded Geo geo; }
                @Embeddable class Geo { double latitude; }
                """), "Address shipping", "add @AttributeOverride(name = \"geo.latitude\"");
    }

    /** Hibernate 6.6 and 7.4 ignore {@code @Column} on an embedded field (its name, nullable, length, unique alike). */
    @Test
    void aColumnAnnotationOnAnEmbeddedFieldIsIgnoredWithAWarning() {
        Compilation compilation = compile(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @Column(name = "addr", nullable = false, length = 10) Address address;
                }
                @Embeddable class Address { String street; }
                """), CUSTOMER);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining("@Column does not apply to embedded field"
                + " address, which has a column per attribute of shop.Address: Hibernate ignores it, and so does JPA"
                + " Migrate; name the columns with @AttributeOverride");
        assertThat(TypeUseAnnotationTest.columns(GeneratedSnapshots.schema(compilation, "shop"), "purchaseorder"))
                .containsExactlyInAnyOrder("id bigint", "street varchar(255)");
    }

    /**
     * Hibernate 6.6 and 7.4 map a field of a {@code Serializable} entity class without a relation annotation as a basic
     * value, the entity serialized; EclipseLink maps it as a {@code @ManyToOne}.
     */
    @Test
    void aSerializableEntityWithoutARelationAnnotationIsStoredSerializedWithAWarning() {
        Compilation compilation = compile(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    Supplier supplier;
                }
                @Entity class Supplier implements java.io.Serializable { @Id Long id; }
                """), CUSTOMER);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining("Field supplier refers to entity shop.Supplier"
                + " without a relation annotation: Hibernate stores the entity serialized in a bytea column, not a"
                + " foreign key (EclipseLink and OpenJPA map it as a @ManyToOne), and so does JPA Migrate; add"
                + " @ManyToOne or @OneToOne").inFile(compilation.sourceFiles().get(0)).onLineContaining("Supplier supplier");
        assertThat(TypeUseAnnotationTest.columns(GeneratedSnapshots.schema(compilation, "shop"), "purchaseorder"))
                .containsExactlyInAnyOrder("id bigint", "supplier bytea");
    }

    /** Hibernate 6.6 and 7.4 map a basic field as if its {@code @JoinColumn} were not there. */
    @Test
    void aJoinColumnOnABasicFieldIsIgnoredWithAWarning() {
        Compilation compilation = compile(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @JoinColumn(name = "buyer_ref") String buyer;
                    @Column(name = "seller_code") @JoinColumn(name = "seller_ref") String seller;
                }
                """), CUSTOMER);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining("@JoinColumn belongs on a @ManyToOne or"
                + " @OneToOne field, and buyer is a basic field: Hibernate ignores it, and so does JPA Migrate");
        assertThat(TypeUseAnnotationTest.columns(GeneratedSnapshots.schema(compilation, "shop"), "purchaseorder"))
                .containsExactlyInAnyOrder("id bigint", "buyer varchar(255)", "seller_code varchar(255)");
    }

    /**
     * Hibernate (6.6, 7.4) maps the class of an @EmbeddedId or @Embedded field as an embeddable, @Embeddable or not
     * (the fleet conformance fixture proves it); a JDK class, whose fields are no columns, stays an error.
     */
    @Test
    void anEmbeddedIdOfAnApplicationClassWithoutEmbeddableIsMappedAsAnEmbeddable() {
        Compilation compilation = Processing.compileCleanly(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    public static class Key implements java.io.Serializable {
                        @Column(name = "ORDER_NUMBER") Long number;
                        @Column(length = 8) String region;
                    }
                    @EmbeddedId Key id;
                    @Embedded Money total;
                }
                class Money { java.math.BigDecimal amount; String currency; }
                """));
        var table = GeneratedSnapshots.schema(compilation, "shop").table("purchaseorder").orElseThrow();
        assertThat(table.columns()).extracting(dev.jpamigrate.schema.Column::name)
                .containsExactly("amount", "order_number", "region", "currency");
        assertThat(table.primaryKey().columns()).containsExactly("order_number", "region");

        assertError(jakarta("shop.Visit", """
                @Entity
                public class Visit {
                    @Id Long id;
                    @Embedded java.time.LocalDate day;
                }
                """), "@Embedded java.time.LocalDate day", "@Embedded on a class that is not @Embeddable"
                + " (java.time.LocalDate)", "annotate the field's class with @Embeddable");
    }

    @Test
    void joinColumnsMustCoverTheTargetsKey() {
        assertError(jakarta("shop.Invoice", """
                @Entity
                public class Invoice {
                    @Id Long id;
                    @ManyToOne
                    @JoinColumns({@JoinColumn(name = "order_no", referencedColumnName = "orderNumber")})
                    Line line;
                }
                @Entity class Line { @EmbeddedId LineKey id; }
                @Embeddable class LineKey implements java.io.Serializable { Long orderNumber; int lineNumber; }
                """), "@JoinColumn(name = \"order_no\"", "The primary key of Line has the columns [lineNumber,"
                + " orderNumber], and line has 1 join column(s): write one @JoinColumn(name = ..., referencedColumnName"
                + " = ...) for each of them in @JoinColumns");
        assertError(jakarta("shop.Invoice", """
                @Entity
                public class Invoice {
                    @Id Long id;
                    @ManyToOne
                    @JoinColumns({@JoinColumn(name = "order_no", referencedColumnName = "orderNumber"),
                            @JoinColumn(name = "line_no", referencedColumnName = "line")})
                    Line line;
                }
                @Entity class Line { @EmbeddedId LineKey id; }
                @Embeddable class LineKey implements java.io.Serializable { Long orderNumber; int lineNumber; }
                """), "@JoinColumn(name = \"order_no\"", "The join columns of line reference [orderNumber, line], which"
                + " are not the primary key of Line, and not each a column of one of its basic fields (or its one key"
                + " column): name such columns in referencedColumnName, or remove it to reference the primary key"
                + " [lineNumber, orderNumber]");
    }

    @Test
    void theJoinColumnsOfACollectionTableMustCoverTheOwnersCompositeKey() {
        assertError(jakarta("shop.Line", """
                @Entity
                public class Line {
                    @EmbeddedId LineKey id;
                    @ElementCollection
                    @CollectionTable(joinColumns = @JoinColumn(name = "order_no", referencedColumnName = "orderNumber"))
                    java.util.Set<String> notes;
                }
                @Embeddable class LineKey implements java.io.Serializable { Long orderNumber; int lineNumber; }
                """), "@JoinColumn(name = \"order_no\"", "The primary key of Line has the columns [lineNumber,"
                + " orderNumber], and notes has 1 join column(s): write one @JoinColumn(name = ..., referencedColumnName"
                + " = ...) for each of them in @JoinColumns");
    }

    /** Hibernate 7 makes the referenced column unique itself (probed on 7.0, 7.1, 7.2, 7.4); 6.x's key fails. */
    @Test
    void aJoinColumnToAColumnOtherThanTheKeyIsMadeUniqueOnHibernate7AndAnErrorOn6() {
        JavaFileObject address = jakarta("shop.Address", """
                @Entity
                public class Address {
                    @Id Long id;
                    @ManyToOne @JoinColumn(name = "country_code", referencedColumnName = "iso_code") Country country;
                }
                @Entity class Country { @Id Long id; @Column(name = "iso_code", length = 2) String isoCode; }
                """);
        Compilation hibernate7 = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=7.0").compile(address);
        CompilationSubject.assertThat(hibernate7).succeeded();
        assertThat(GeneratedSnapshots.schema(hibernate7, "shop").table("country").orElseThrow().uniqueConstraints())
                .extracting(u -> u.name() + " " + u.columns()).containsExactly("country_iso_code_key [iso_code]");

        Compilation hibernate6 = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=6.6").compile(address);
        CompilationSubject.assertThat(hibernate6).hadErrorContaining("JPA Migrate does not support a join column that"
                + " references iso_code, a column of Country not declared @Column(unique = true) yet: Hibernate wants"
                + " a referenced column unique (Hibernate 6.6's foreign key fails on PostgreSQL otherwise): declare"
                + " isoCode @Column(unique = true) (or in a @Table(uniqueConstraints) of its own), or remove"
                + " referencedColumnName").inFile(address).onLineContaining("@JoinColumn(name = \"country_code\"");
    }

    @Test
    void anIdClassWhoseFieldsAreNotTheIdFieldsIsAnErrorOnIdClass() {
        assertError(jakarta("shop.Enrollment", """
                @Entity
                @IdClass(EnrollmentKey.class)
                public class Enrollment {
                    @Id Long student;
                    @Id String course;
                }
                class EnrollmentKey implements java.io.Serializable { Long student; String courseCode; }
                """), "@IdClass(EnrollmentKey.class)", "@IdClass(EnrollmentKey.class) has the fields [Long student,"
                + " String courseCode], and the @Id fields of Enrollment are [Long student, String course]: give the"
                + " id class one field of the same name and type for each @Id field");
    }

    @Test
    void anIdClassFieldNamingABasicAttributeMakesItPartOfTheKeyWhenTheTypesAgree() {
        // Hibernate 6.6 and 7.4 put taken_at in the primary key (ThingsBoard's ts_kv), long matching Long; Hibernate 7
        // fails on an id class field of another type, "doesn't match type in entity class".
        Processing.compileCleanly(jakarta("shop.Reading", """
                @Entity
                @IdClass(ReadingKey.class)
                public class Reading {
                    @Id Long sensor;
                    @Id int metric;
                    Long takenAt;
                    Double value;
                }
                class ReadingKey implements java.io.Serializable { long sensor; Integer metric; long takenAt; }
                """));
        assertError(jakarta("shop.Reading", """
                @Entity
                @IdClass(ReadingKey.class)
                public class Reading {
                    @Id Long sensor;
                    Long takenAt;
                }
                class ReadingKey implements java.io.Serializable { Long sensor; int takenAt; }
                """), "@IdClass(ReadingKey.class)", "@IdClass(ReadingKey.class) has the field int takenAt, which makes"
                + " attribute takenAt of Reading part of the key, and the attribute's type is Long: Hibernate 7 fails"
                + " on it (\"doesn't match type in entity class\"): give the field the type Long");
    }

    @Test
    void anIdClassOfFieldsForAPropertyAccessEntityIsAnErrorThatSaysHowToReadItsFields() {
        // Hibernate 7.4 and 6.6 fail on it too; with @Access(AccessType.FIELD) on the id class both map it.
        assertError(jakarta("shop.Member", """
                @Entity
                @IdClass(MemberKey.class)
                public class Member {
                    private Long groupId;
                    private String userName;
                    @Id public Long getGroupId() { return groupId; }
                    public void setGroupId(Long groupId) { this.groupId = groupId; }
                    @Id public String getUserName() { return userName; }
                    public void setUserName(String userName) { this.userName = userName; }
                }
                class MemberKey implements java.io.Serializable { private Long groupId; private String userName; }
                """), "@IdClass(MemberKey.class)", "@IdClass(MemberKey.class) has no persistent attribute under the"
                + " access type of Member", "or put @Access(AccessType.FIELD) on it to have its fields read");
        Processing.compileCleanly(jakarta("shop.Member", """
                @Entity
                @IdClass(MemberKey.class)
                public class Member {
                    private Long groupId;
                    private String userName;
                    @Id public Long getGroupId() { return groupId; }
                    public void setGroupId(Long groupId) { this.groupId = groupId; }
                    @Id public String getUserName() { return userName; }
                    public void setUserName(String userName) { this.userName = userName; }
                }
                @Access(AccessType.FIELD)
                class MemberKey implements java.io.Serializable { private Long groupId; private String userName; }
                """));
    }

    @Test
    void anIdClassFieldForAnIdRelationHasTheTypeOfTheTargetsKey() {
        assertError(jakarta("shop.Statement", """
                @Entity
                @IdClass(StatementKey.class)
                public class Statement {
                    @Id @ManyToOne Account account;
                    @Id int month;
                }
                @Entity class Account { @Id Long id; }
                class StatementKey implements java.io.Serializable { String account; int month; }
                """), "@IdClass(StatementKey.class)", "@IdClass(StatementKey.class) has the fields [String account,"
                + " int month], and the @Id fields of Statement are [Account account, int month]: give the id class"
                + " one field of the same name and type for each @Id field (for an @Id relation, the type of its"
                + " target's key), and nothing else");
        // For an @Id @ManyToOne, Hibernate takes the target entity's type in the id class as it takes its key's type.
        Compilation entityTyped = Processing.compileCleanly(jakarta("shop.Statement", """
                @Entity
                @IdClass(StatementKey.class)
                public class Statement {
                    @Id @ManyToOne Account account;
                    @Id int month;
                }
                @Entity class Account { @Id Long id; }
                class StatementKey implements java.io.Serializable { Account account; int month; }
                """));
        assertThat(GeneratedSnapshots.schema(entityTyped, "shop").table("statement").orElseThrow().primaryKey().columns())
                .containsExactly("month", "account_id");
        assertError(jakarta("shop.Statement", """
                @Entity
                @IdClass(StatementKey.class)
                public class Statement {
                    @Id @OneToOne Account account;
                    @Id int month;
                }
                @Entity class Account { @Id Long id; }
                class StatementKey implements java.io.Serializable { Account account; int month; }
                """), "@IdClass(StatementKey.class)", "JPA Migrate does not support an @IdClass field of the entity type"
                + " Account for @Id relation account yet: give field account of StatementKey the type of Account's key,"
                + " as JPA's derived identities do");
    }

    @Test
    void anIdRelationIsAnOwningToOneWhoseKeyDoesNotDeriveFromItself() {
        assertError(jakarta("shop.Card", """
                @Entity
                public class Card {
                    @Id @OneToOne(mappedBy = "card") Account account;
                }
                @Entity class Account { @Id Long id; @OneToOne Card card; }
                """), "@Id @OneToOne(mappedBy = \"card\") Account account", "@Id on @OneToOne account: a relation is"
                + " part of the key (a derived identity) only as an owning @ManyToOne or @OneToOne, whose join column"
                + " becomes a key column; remove @Id, or make the relation one of those");
        assertError(jakarta("shop.Card", """
                @Entity
                public class Card {
                    @Id @OneToOne Holder holder;
                }
                @Entity class Holder { @Id @OneToOne Card card; }
                """), "@Id @OneToOne Holder holder", "The key of Holder, which holder is part of, is in the end made of"
                + " its own join column: give one of the entities on the way an @Id field of its own");
    }

    @Test
    void mapsIdMustNameAKeyAttribute() {
        assertError(jakarta("shop.Visit", """
                @Entity
                public class Visit {
                    @EmbeddedId VisitKey id;
                    @MapsId("client") @ManyToOne Customer customer;
                }
                @Embeddable class VisitKey implements java.io.Serializable { Long customerId; int number; }
                """), "@MapsId(\"client\")", "@MapsId(\"client\") names no attribute of the embedded id of Visit:"
                + " use one of [customerId, number]");
        assertError(jakarta("shop.Visit", """
                @Entity
                public class Visit {
                    @Id Long id;
                    @MapsId String code;
                }
                """), "@MapsId String code", "@MapsId belongs on an owning @ManyToOne or @OneToOne");
    }

    @Test
    void anOverrideThatNamesNoAttributeIsAWarningAsHibernateIgnoresIt() {
        assertWarning(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @Embedded
                    @AttributeOverride(name = "town", column = @Column(name = "billing_town"))
                    Address billing;
                }
                @Embeddable class Address { String street; @Embedded Geo geo; }
                @Embeddable class Geo { double latitude; }
                """), "@AttributeOverride(name = \"town\"", "@AttributeOverride(name = \"town\") names no basic"
                + " attribute of field billing, and Hibernate ignores it, as the schema snapshot does: name one of [street, geo.latitude]");
        assertWarning(jakarta("shop.PurchaseOrder", """
                @Entity
                @AssociationOverride(name = "customer", joinColumns = @JoinColumn(name = "client_id"))
                public class PurchaseOrder {
                    @Id Long id;
                    @ManyToOne Customer buyer;
                }
                """), "@AssociationOverride(name = \"customer\"", "@AssociationOverride(name = \"customer\") names"
                + " no relation of PurchaseOrder, and Hibernate ignores it, as the schema snapshot does: name one of [buyer]");
    }

    /** JPA Migrate maps an embeddable hierarchy embedded in an entity's table. */
    @Test
    void embeddableInheritanceIsMappedOutsideIdsAndCollections() {
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @ElementCollection java.util.List<Address> addresses;
                }
                @Embeddable class Address { String street; }
                @Embeddable class PostalAddress extends Address { String postalCode; }
                """), "@ElementCollection java.util.List<Address> addresses", "JPA Migrate does not support"
                + " embeddable inheritance in a collection (Address has @Embeddable subclasses) yet: Hibernate ignores"
                + " the subclasses there (its collection table gets the root's columns only, without a discriminator");
        assertError(jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @EmbeddedId OrderKey key;
                }
                @Embeddable class OrderKey { String region; Long number; }
                @Embeddable class LegacyOrderKey extends OrderKey { String system; }
                """), "@EmbeddedId OrderKey key", "JPA Migrate does not support embeddable inheritance in an id"
                + " (OrderKey has @Embeddable subclasses) yet: Hibernate refuses it");
    }

    /** Hibernate maps embeddable inheritance since 6.6. */
    @Test
    void embeddableInheritanceIsAnErrorForHibernateBefore66() {
        JavaFileObject order = jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    Address address;
                }
                @Embeddable class Address { String street; }
                @Embeddable class PostalAddress extends Address { String postalCode; }
                """);
        Compilation compilation = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=6.5").compile(order);
        CompilationSubject.assertThat(compilation).hadErrorContaining("JPA Migrate does not support embeddable"
                + " inheritance on Hibernate 6.5 (Address has @Embeddable subclasses) yet: Hibernate maps it since 6.6")
                .inFile(order).onLineContaining("Address address");
        CompilationSubject.assertThat(javac()
                .withProcessors(new JpaMigrateProcessor()).withOptions("-Amigration.hibernate=6.6").compile(order))
                .succeeded();
    }

    /**
     * Hibernate's {@code @Any} where Hibernate itself fails at start-up: without {@code @JoinColumn} (6.6 and 7.4: "must
     * declare at least one '@JoinColumn'"), without the key's class ("Could not determine key type"), and with an
     * unnamed {@code @JoinColumn} on Hibernate 6.6 (a NullPointerException; 7.4 names the column {@code <attribute>_id}).
     */
    @Test
    void anAnyThatHibernateRefusesIsAnErrorOnTheAnnotation() {
        String attachment = """
                import org.hibernate.annotations.Any;
                import org.hibernate.annotations.AnyDiscriminatorValue;
                import org.hibernate.annotations.AnyKeyJavaClass;

                @Entity
                public class Attachment {
                    @Id Long id;
                    %s
                }
                """;
        assertError(jakarta("shop.Attachment", attachment.formatted("""
                @Any @AnyDiscriminatorValue(discriminator = "C", entity = Customer.class) @AnyKeyJavaClass(Long.class)
                    Object owner;""")), "@Any @AnyDiscriminatorValue",
                "Hibernate refuses @Any owner without a @JoinColumn", "add @JoinColumn(name = \"owner_id\")");
        assertError(jakarta("shop.Attachment", attachment.formatted("""
                @Any @AnyDiscriminatorValue(discriminator = "C", entity = Customer.class)
                    @JoinColumn(name = "owner_id") Object owner;""")), "@Any @AnyDiscriminatorValue",
                "Hibernate refuses @Any owner without the key's type", "add @AnyKeyJavaClass(Long.class)");

        JavaFileObject unnamed = jakarta("shop.Attachment", attachment.formatted("""
                @Any @AnyDiscriminatorValue(discriminator = "C", entity = Customer.class) @AnyKeyJavaClass(Long.class)
                    @JoinColumn Object owner;"""));
        Compilation on66 = javac().withProcessors(new JpaMigrateProcessor()).withOptions("-Amigration.hibernate=6.6")
                .compile(unnamed, CUSTOMER);
        CompilationSubject.assertThat(on66).hadErrorContaining("on which Hibernate 6 fails").inFile(unnamed)
                .onLineContaining("@JoinColumn Object owner");
        CompilationSubject.assertThat(on66).hadErrorContaining("@JoinColumn(name = \"owner_id\")").inFile(unnamed)
                .onLineContaining("@JoinColumn Object owner");
        // Hibernate 7 names it <attribute>_id.
        CompilationSubject.assertThat(compile(unnamed, CUSTOMER)).succeeded();
    }

    /**
     * Hibernate's {@code @ManyToAny} where Hibernate fails (7.4: "must specify a '@JoinTable'"; 6.6: a
     * NullPointerException for unnamed join columns) or names the table {@code <owner>_null} (7.4, for every such
     * collection of the entity).
     */
    @Test
    void aManyToAnyThatHibernateRefusesIsAnErrorOnTheAnnotation() {
        String folder = """
                import org.hibernate.annotations.AnyDiscriminatorValue;
                import org.hibernate.annotations.AnyKeyJavaClass;
                import org.hibernate.annotations.ManyToAny;

                @Entity
                public class Folder {
                    @Id Long id;
                    @ManyToAny @AnyDiscriminatorValue(discriminator = "C", entity = Customer.class) @AnyKeyJavaClass(Long.class)
                    %s
                    java.util.Set<Object> items;
                }
                """;
        assertError(jakarta("shop.Folder", folder.formatted("@Column(name = \"item_type\")")), "@ManyToAny",
                "Hibernate refuses @ManyToAny items without a @JoinTable", "add @JoinTable(name");
        assertError(jakarta("shop.Folder", folder.formatted("@JoinTable")), "@JoinTable",
                "Hibernate names it <owner>_null", "name it, @JoinTable(name");

        JavaFileObject unnamedColumns = jakarta("shop.Folder", folder.formatted("@JoinTable(name = \"folder_item\")"));
        Compilation on66 = javac().withProcessors(new JpaMigrateProcessor()).withOptions("-Amigration.hibernate=6.6")
                .compile(unnamedColumns, CUSTOMER);
        CompilationSubject.assertThat(on66).hadErrorContaining("Hibernate 6 fails on @ManyToAny items")
                .inFile(unnamedColumns).onLineContaining("@JoinTable");
        // Hibernate 7 names them Folder_id and items_id.
        CompilationSubject.assertThat(compile(unnamedColumns, CUSTOMER)).succeeded();
    }

    /** A blank columnDefinition: Hibernate 7 ignores it (the column is as without it), Hibernate 6 fails on it. */
    @Test
    void aBlankColumnDefinitionIsIgnoredOnHibernate7AndAnErrorOnHibernate6() {
        JavaFileObject order = jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @Column(columnDefinition = " ", length = 20) String code;
                    @ManyToOne @JoinColumn(columnDefinition = "  ") PurchaseOrder parent;
                }
                """);
        Compilation hibernate6 = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=6.6").compile(order);
        CompilationSubject.assertThat(hibernate6).hadErrorContaining("Hibernate 6.6 fails on a blank columnDefinition"
                + " (\"Identifier text cannot be null\"), which Hibernate 7 ignores: remove columnDefinition")
                .inFile(order).onLineContaining("String code");
        CompilationSubject.assertThat(hibernate6).hadErrorContaining("Hibernate 6.6 fails on a blank columnDefinition")
                .inFile(order).onLineContaining("PurchaseOrder parent");
        for (String minor : List.of("7.0", "7")) {
            Compilation hibernate7 = javac().withProcessors(new JpaMigrateProcessor())
                    .withOptions("-Amigration.hibernate=" + minor).compile(order);
            CompilationSubject.assertThat(hibernate7).succeededWithoutWarnings();
            assertThat(GeneratedSnapshots.schema(hibernate7, "shop").table("purchaseorder").orElseThrow().columns())
                    .extracting(c -> c.name() + " " + c.type()).contains("code varchar(20)", "parent_id bigint");
        }
    }

    /** @Generated(sql, writable = true): Hibernate 7 fails on it, Hibernate 6 takes it (and writes no DDL of it). */
    @Test
    void generatedSqlWithWritableIsAnErrorOnHibernate7Only() {
        JavaFileObject order = jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @org.hibernate.annotations.Generated(sql = "42", writable = true) Integer answer;
                }
                """);
        CompilationSubject.assertThat(javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=7.0").compile(order))
                .hadErrorContaining("Hibernate 7 fails on sql with writable = true").inFile(order)
                .onLineContaining("Integer answer");
        Compilation hibernate6 = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=6.6").compile(order);
        CompilationSubject.assertThat(hibernate6).succeededWithoutWarnings();
        assertThat(GeneratedSnapshots.schema(hibernate6, "shop").table("purchaseorder").orElseThrow().columns())
                .extracting(c -> c.name() + " " + c.type() + " " + c.defaultValue()).contains("answer integer null");
    }

    /**
     * A columnDefinition of a default alone (Apache Fineract's PostDatedChecks had "0"), or of a MySQL type (its
     * Template had "longtext"): Hibernate writes {@code status 0} and {@code body longtext}, and PostgreSQL refuses the
     * table.
     */
    @Test
    void aColumnDefinitionWithoutAPostgresTypeIsAnError() {
        JavaFileObject cheque = jakarta("shop.Cheque", """
                @Entity
                public class Cheque {
                    @Id Long id;
                    @Column(name = "status", columnDefinition = "0") Integer status;
                    @Column(columnDefinition = "default 'OPEN'") String stage;
                    @Column(columnDefinition = "integer default 0 not null") Integer attempts;
                    @ManyToOne @JoinColumn(columnDefinition = "1") Cheque replaced;
                    @Column(columnDefinition = "LONGTEXT not null") String body;
                    @Column(columnDefinition = "datetime") java.time.LocalDateTime clearedAt;
                    @Column(columnDefinition = "VARCHAR2(40)") String payee;
                    @Column(columnDefinition = "citext") String memo;
                }
                """);
        Compilation compilation = compile(cheque);
        CompilationSubject.assertThat(compilation).hadErrorContaining("columnDefinition = \"0\" does not start with a"
                + " column type, and Hibernate writes it verbatim after the column's name, so PostgreSQL refuses its DDL:"
                + " write the type first (columnDefinition = \"integer default 0\"), or use @ColumnDefault(\"0\") for a"
                + " default").inFile(cheque).onLineContaining("Integer status");
        CompilationSubject.assertThat(compilation).hadErrorContaining("columnDefinition = \"default 'OPEN'\" does not"
                + " start with a column type").inFile(cheque).onLineContaining("String stage");
        CompilationSubject.assertThat(compilation).hadErrorContaining("columnDefinition = \"1\" does not start with a"
                + " column type").inFile(cheque).onLineContaining("Cheque replaced");
        CompilationSubject.assertThat(compilation).hadErrorContaining("columnDefinition = \"LONGTEXT not null\" starts"
                + " with a type of another database that PostgreSQL does not have, and Hibernate writes it verbatim, so PostgreSQL"
                + " refuses its DDL: write text for it").inFile(cheque).onLineContaining("String body");
        CompilationSubject.assertThat(compilation).hadErrorContaining("write timestamp for it").inFile(cheque)
                .onLineContaining("clearedAt");
        CompilationSubject.assertThat(compilation).hadErrorContaining("columnDefinition = \"VARCHAR2(40)\" starts with a"
                + " type of another database").inFile(cheque).onLineContaining("String payee");
        // A type of an extension's or the application's own (a domain) that PostgreSQL may have.
        CompilationSubject.assertThat(compilation).hadErrorCount(6);
    }

    /**
     * @OrderBy on a field of one value (Apache Fineract's Scorecard had it on a date): Hibernate 7 fails on it, Hibernate
     * 6 ignores it; on a collection, a map or an array it is no error.
     */
    @Test
    void orderByOnAFieldOfOneValueIsAnErrorOnHibernate7Only() {
        JavaFileObject survey = jakarta("shop.SurveyAnswer", """
                @Entity
                public class SurveyAnswer {
                    @Id Long id;
                    @Column(name = "answered_at") @OrderBy("answeredAt DESC") java.time.LocalDateTime answeredAt;
                    @ManyToOne @OrderBy SurveyAnswer previous;
                    @OneToMany(mappedBy = "previous") @OrderBy("answeredAt") java.util.List<SurveyAnswer> next;
                    @ElementCollection @OrderBy java.util.Map<String, Integer> scores;
                    @OrderBy int[] marks;
                }
                """);
        for (String minor : List.of("7.0", "7.4")) {
            Compilation hibernate7 = javac().withProcessors(new JpaMigrateProcessor())
                    .withOptions("-Amigration.hibernate=" + minor).compile(survey);
            CompilationSubject.assertThat(hibernate7).hadErrorContaining("Hibernate " + minor + " refuses @OrderBy on"
                    + " answeredAt, which holds one value, not a collection or map (\"is annotated '@OrderBy' but is not"
                    + " of type 'Collection' or 'Map'\"; Hibernate 6 ignored it): remove @OrderBy, and sort with ORDER BY"
                    + " in the queries that read answeredAt").inFile(survey).onLineContaining("answeredAt;");
            CompilationSubject.assertThat(hibernate7).hadErrorContaining("refuses @OrderBy on previous").inFile(survey)
                    .onLineContaining("SurveyAnswer previous");
            CompilationSubject.assertThat(hibernate7).hadErrorCount(2);
        }
        Compilation hibernate6 = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=6.6").compile(survey);
        CompilationSubject.assertThat(hibernate6).succeededWithoutWarnings();
        assertThat(GeneratedSnapshots.schema(hibernate6, "shop").table("surveyanswer").orElseThrow().columns())
                .extracting(c -> c.name() + " " + c.type()).contains("answered_at timestamp(6)", "previous_id bigint");
    }

    /** @PropertyRef to an attribute that is not unique: Hibernate's foreign key fails on PostgreSQL. */
    @Test
    void aPropertyRefToANonUniqueAttributeIsAnError() {
        JavaFileObject city = jakarta("shop.City", """
                @Entity
                public class City {
                    @Id Long id;
                    String name;
                    @ManyToOne @org.hibernate.annotations.PropertyRef("name") City twin;
                    @ManyToOne @org.hibernate.annotations.PropertyRef("nothing") City other;
                }
                """);
        Compilation compilation = compile(city);
        CompilationSubject.assertThat(compilation).hadErrorContaining("JPA Migrate does not support a join column that"
                + " references name, a column of City not declared @Column(unique = true) yet: Hibernate wants a"
                + " referenced column unique (Hibernate 7.4's foreign key fails on PostgreSQL otherwise): declare name"
                + " @Column(unique = true) (or in an unnamed"
                + " @Table(uniqueConstraints) of its own), or remove @PropertyRef(\"name\")")
                .inFile(city).onLineContaining("City twin");
        CompilationSubject.assertThat(compilation).hadErrorContaining("@PropertyRef(\"nothing\") names no basic"
                + " attribute of City").inFile(city).onLineContaining("City other");
    }

    /**
     * Hibernate writes comments unescaped, so its DDL of a comment with an apostrophe fails on PostgreSQL; with
     * halt_on_error false (its default) it only logs that, and the table or column is left without the comment. The
     * processor warns on the annotation and leaves the comment out too.
     */
    @Test
    void aCommentWithAnApostropheIsAWarningOnItsAnnotationAndLeftOut() {
        JavaFileObject playlist = jakarta("shop.Playlist", """
                @Entity
                @org.hibernate.annotations.Comment("a member's playlists")
                public class Playlist {
                    @Id Long id;
                    @org.hibernate.annotations.Comment("the owner's name") String owner;
                    @Column(comment = "its title's text") String title;
                    @Column(comment = "fine") String plain;
                }
                @Entity
                @Table(comment = "the shop's tags")
                @org.hibernate.annotations.SoftDelete(comment = "the tag's gone")
                class Tag {
                    @Id Long id;
                }
                """);
        Compilation compilation = compile(playlist, CUSTOMER);
        CompilationSubject.assertThat(compilation).succeeded();
        String column = "Hibernate's DDL fails on a comment with an apostrophe (it does not escape it), so Hibernate"
                + " leaves the column without its comment; JPA Migrate leaves the comment out too, so that both schemas"
                + " are the same: remove the apostrophe or write it as \u2019";
        for (String line : List.of("String owner", "String title", "the tag's gone")) {
            CompilationSubject.assertThat(compilation).hadWarningContaining(column).inFile(playlist)
                    .onLineContaining(line);
        }
        String table = column.replace("leaves the column", "leaves the table");
        for (String line : List.of("a member's playlists", "the shop's tags")) {
            CompilationSubject.assertThat(compilation).hadWarningContaining(table).inFile(playlist)
                    .onLineContaining(line);
        }
        var schema = GeneratedSnapshots.schema(compilation, "shop");
        var playlists = schema.table("playlist").orElseThrow();
        assertThat(playlists.comment()).isNull();
        assertThat(playlists.columns()).extracting(c -> c.name() + ": " + c.comment())
                .containsExactly("id: null", "owner: null", "plain: fine", "title: null");
        var tags = schema.table("tag").orElseThrow();
        assertThat(tags.comment()).isNull();
        assertThat(tags.columns()).extracting(c -> c.name() + ": " + c.comment()).contains("deleted: null");
    }

    /** Hibernate's class-level {@code @Comment(on)} naming a secondary table comments that table, not the entity's. */
    @Test
    void aCommentOnASecondaryTableIsAnErrorOnTheComment() {
        assertError(jakarta("shop.Member", """
                @Entity
                @SecondaryTable(name = "member_detail")
                @org.hibernate.annotations.Comment(value = "details", on = "MEMBER_DETAIL")
                public class Member {
                    @Id Long id;
                    @Column(table = "member_detail") String bio;
                }
                """), "value = \"details\"", "JPA Migrate does not support a comment of the secondary table"
                + " MEMBER_DETAIL (@Comment(on = \"MEMBER_DETAIL\")) yet: remove the @Comment (or its on, to comment"
                + " the entity's own table), and set the secondary table's comment in a migration");
    }
}
