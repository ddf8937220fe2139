package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.file;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Schema;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Primary keys and id generation: identity columns, and the sequences Hibernate 7.4 creates. */
class KeyMappingTest {
    @Test
    void identityIdIsAnIdentityColumnAndTheKeyIsNamedAsPostgresNamesIt() {
        Compilation compilation = compileCleanly(jakarta("shop.Customer", """
                @Entity
                public class Customer {
                    String name;
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                }
                """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.identity())
                        .column("name", "varchar(255)")
                        .primaryKey("customer_pkey", "id"))
                .build());
    }

    @Test
    void sequenceAndAutoWithoutGeneratorUseTableNameSeqInTheDefaultSchema() {
        Compilation compilation = compileCleanly(
                jakarta("shop.PurchaseOrder", """
                        @Entity(name = "Purchase")
                        @Table(name = "purchase_order", schema = "sales")
                        public class PurchaseOrder {
                            @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                        }
                        """),
                jakarta("shop.Invoice", """
                        @Entity
                        public class Invoice {
                            @Id @GeneratedValue int id;
                        }
                        """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("sales.purchase_order", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .primaryKey("purchase_order_pkey", "id"))
                .table("invoice", t -> t
                        .column("id", "integer", c -> c.notNull())
                        .primaryKey("invoice_pkey", "id"))
                .sequence("purchase_order_seq", 1, 50)
                .sequence("invoice_seq", 1, 50)
                .build());
    }

    @Test
    void sequenceGeneratorsGiveNameSchemaStartAndIncrement() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Product", """
                        @Entity
                        @SequenceGenerator(name = "unused_gen", sequenceName = "Legacy_Ids")
                        public class Product {
                            @Id
                            @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_gen")
                            @SequenceGenerator(name = "product_gen", sequenceName = "product_ids", schema = "catalog",
                                    initialValue = 1000, allocationSize = 10)
                            Long id;
                        }
                        """),
                jakarta("shop.Tag", """
                        @Entity
                        public class Tag {
                            @Id @GeneratedValue @SequenceGenerator(name = "tag_gen", allocationSize = 1) Long id;
                        }
                        """),
                jakarta("shop.Label", """
                        @Entity
                        @SequenceGenerator(name = "label_gen", sequenceName = "label_ids", allocationSize = 5)
                        public class Label {
                            @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                        }
                        """),
                jakarta("shop.Coupon", """
                        @Entity
                        public class Coupon {
                            @Id @GeneratedValue(generator = "declared_nowhere") Long id;
                        }
                        """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("product", t -> t.column("id", "bigint", c -> c.notNull()).primaryKey("product_pkey", "id"))
                .table("tag", t -> t.column("id", "bigint", c -> c.notNull()).primaryKey("tag_pkey", "id"))
                .table("label", t -> t.column("id", "bigint", c -> c.notNull()).primaryKey("label_pkey", "id"))
                .table("coupon", t -> t.column("id", "bigint", c -> c.notNull()).primaryKey("coupon_pkey", "id"))
                // A generator no id uses (unused_gen) is no sequence.
                .sequence("catalog.product_ids", 1000, 10)
                // The only generator in scope is the one @GeneratedValue means (JPA 3.2).
                .sequence("tag_gen", 1, 1)
                .sequence("label_ids", 1, 5)
                // Hibernate's fallback for an undeclared generator name.
                .sequence("declared_nowhere", 1, 50)
                .build());
    }

    @Test
    void aPackageLevelSequenceGeneratorServesTheEntitiesOfItsPackage() {
        Compilation compilation = compileCleanly(
                file("shop.package-info", """
                        @SequenceGenerator(name = "shop_gen", sequenceName = "shop_ids", allocationSize = 3)
                        package shop;

                        import jakarta.persistence.SequenceGenerator;
                        """),
                jakarta("shop.Basket", """
                        @Entity
                        public class Basket {
                            @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                        }
                        """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("basket", t -> t.column("id", "bigint", c -> c.notNull()).primaryKey("basket_pkey", "id"))
                .sequence("shop_ids", 1, 3)
                .build());
    }

    @Test
    void generatedUuidAndStringIdsNeedNoSequence() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Token", """
                        @Entity
                        public class Token {
                            @Id @GeneratedValue UUID id;
                        }
                        """),
                jakarta("shop.Session", """
                        @Entity
                        public class Session {
                            @Id @GeneratedValue(strategy = GenerationType.UUID) String id;
                        }
                        """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("token", t -> t.column("id", "uuid", c -> c.notNull()).primaryKey("token_pkey", "id"))
                .table("session", t -> t.column("id", "varchar(255)", c -> c.notNull()).primaryKey("session_pkey", "id"))
                .build());
    }

    /**
     * Under {@code GenerationType.AUTO} Hibernate 7 generates a UUID for a String id unless it names a sequence or table
     * generator, and Hibernate 6.6 only for a {@code java.util.UUID} one: for a String id it creates the implied sequence
     * as for a number. Either way the first insert fails (measured on 7.4), which the processor warns of.
     */
    @Test
    void underAutoAStringIdTakesASequenceOnHibernate66OrWhenItNamesOne() {
        JavaFileObject voucher = jakarta("shop.Voucher", """
                @Entity
                public class Voucher {
                    @Id
                    @GeneratedValue
                    String code;
                }
                """);
        JavaFileObject badge = jakarta("shop.Badge", """
                @Entity
                public class Badge {
                    @Id
                    @GeneratedValue(generator = "badges")
                    @SequenceGenerator(name = "badges", sequenceName = "badge_numbers", allocationSize = 5)
                    String code;
                }
                """);
        Function<String, Compilation> compiled = hibernate -> javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=" + hibernate).compile(voucher, badge);
        Compilation seven = compiled.apply("7");
        Compilation six = compiled.apply("6.6");

        assertThat(schema(seven, "shop").sequences()).extracting(q -> q.name() + " " + q.start() + " " + q.increment())
                .containsExactly("badge_numbers 1 5");
        assertThat(schema(six, "shop").sequences()).extracting(q -> q.name() + " " + q.start() + " " + q.increment())
                .containsExactlyInAnyOrder("badge_numbers 1 5", "voucher_seq 1 50");
        CompilationSubject.assertThat(seven).hadWarningContaining("String id code takes its values from generator"
                + " \"badges\", which counts: Hibernate creates the sequence \"badge_numbers\"").inFile(badge)
                .onLineContaining("@GeneratedValue");
        assertThat(seven.warnings()).extracting(d -> d.getMessage(null)).filteredOn(m -> m.contains("String id"))
                .hasSize(1);
        CompilationSubject.assertThat(six).hadWarningContaining("for String id code it creates the sequence"
                + " \"Voucher_SEQ\"").inFile(voucher).onLineContaining("@GeneratedValue");
        CompilationSubject.assertThat(six).hadWarningContaining("Unknown integral data type for ids : java.lang.String")
                .inFile(badge).onLineContaining("@GeneratedValue");
    }

    /**
     * Spring Data JPA's {@code AbstractPersistable<PK extends Serializable>} declares {@code @Id @GeneratedValue PK id}.
     * Hibernate 7 asks the declared type, the bound {@code Serializable}, whether the id is a UUID, and gives an
     * {@code AbstractPersistable<UUID>} the implied sequence, on which its first insert fails; Hibernate 6.6 asks the
     * type resolved for the entity and generates a UUID (measured on 7.4 and 6.6: the springdata fixture).
     */
    @Test
    void aUuidIdThatItsClassDeclaresAsATypeVariableTakesASequenceOnHibernate7() {
        JavaFileObject order = jakarta("shop.PurchaseOrder", """
                @Entity
                public class PurchaseOrder extends org.springframework.data.jpa.domain.AbstractPersistable<java.util.UUID> {
                    String reference;
                }
                """);
        JavaFileObject customer = jakarta("shop.Customer", """
                @Entity
                public class Customer extends org.springframework.data.jpa.domain.AbstractPersistable<Long> {
                    String name;
                }
                """);
        Function<String, Compilation> compiled = hibernate -> javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=" + hibernate).compile(order, customer);
        Compilation seven = compiled.apply("7");
        Compilation six = compiled.apply("6.6");

        assertThat(schema(seven, "shop").sequences()).extracting(q -> q.name() + " " + q.start() + " " + q.increment())
                .containsExactlyInAnyOrder("customer_seq 1 50", "purchaseorder_seq 1 50");
        assertThat(schema(six, "shop").sequences()).extracting(q -> q.name()).containsExactly("customer_seq");
        assertThat(schema(seven, "shop").table("purchaseorder").orElseThrow().columns())
                .extracting(c -> c.name() + " " + c.type()).contains("id uuid");
        CompilationSubject.assertThat(seven).hadWarningContaining("AbstractPersistable.id (inherited from"
                + " org.springframework.data.jpa.domain.AbstractPersistable): Hibernate 7 chooses the generator of"
                + " GenerationType.AUTO by the type that AbstractPersistable declares for id, java.io.Serializable (a type"
                + " variable's bound), not by java.util.UUID: it creates the sequence \"PurchaseOrder_SEQ\"")
                .inFile(order).onLineContaining("class PurchaseOrder");
        assertThat(seven.warnings()).extracting(d -> d.getMessage(null)).filteredOn(m -> m.contains("type variable"))
                .hasSize(1);
        assertThat(six.warnings()).extracting(d -> d.getMessage(null)).noneMatch(m -> m.contains("type variable"));
    }

    /**
     * GenerationType.UUID on an id that a generic mapped superclass declares as {@code ID extends Serializable}: Hibernate
     * 7 fails to start ("Unanticipated return type [java.io.Serializable] for UUID conversion", measured on 7.4), as its
     * UUID generator converts to the declared type; Hibernate 6.6 takes the resolved type and generates UUIDs.
     */
    @Test
    void generationTypeUuidOnAnIdDeclaredAsATypeVariableIsAnErrorOnHibernate7() {
        JavaFileObject base = jakarta("shop.BaseEntity", """
                @MappedSuperclass
                public abstract class BaseEntity<ID extends java.io.Serializable> {
                    @Id
                    @GeneratedValue(strategy = GenerationType.UUID)
                    private ID id;
                }
                """);
        JavaFileObject coupon = jakarta("shop.Coupon", """
                @Entity
                public class Coupon extends BaseEntity<java.util.UUID> {
                    String code;
                }
                """);
        Function<String, Compilation> compiled = hibernate -> javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=" + hibernate).compile(base, coupon);

        CompilationSubject.assertThat(compiled.apply("7")).hadErrorContaining("Hibernate 7 fails on GenerationType.UUID"
                + " for id id, which BaseEntity declares as a type variable (java.io.Serializable)").inFile(base)
                .onLineContaining("@GeneratedValue");
        Compilation six = compiled.apply("6.6");
        CompilationSubject.assertThat(six).succeeded();
        assertThat(schema(six, "shop").table("coupon").orElseThrow().columns()).extracting(c -> c.name() + " " + c.type())
                .contains("id uuid");
    }
}
