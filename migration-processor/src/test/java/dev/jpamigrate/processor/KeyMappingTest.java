package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.file;
import static dev.jpamigrate.processor.Sources.jakarta;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.schema.Schema;
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
}
