package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.schema.Schema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relations: join columns named and typed as Hibernate 7.4 does, foreign keys with its
 * hashed names (the names below are the ones Hibernate printed for these very mappings).
 */
class RelationMappingTest {
    @Test
    void manyToOneAndOwningOneToOneGetJoinColumnsForeignKeysAndUniques() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Customer", """
                        @Entity
                        public class Customer {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            @OneToMany(mappedBy = "customer") List<PurchaseOrder> orders;
                        }
                        """),
                jakarta("shop.Invoice", """
                        @Entity
                        public class Invoice {
                            @Id @GeneratedValue(strategy = GenerationType.AUTO) long id;
                            @OneToOne(mappedBy = "invoice") PurchaseOrder order;
                        }
                        """),
                jakarta("shop.Shipment", """
                        @Entity(name = "Ship")
                        public class Shipment {
                            @Id @GeneratedValue Integer id;
                        }
                        """),
                jakarta("shop.Product", """
                        @Entity
                        @Table(name = "catalog_product", schema = "sales")
                        public class Product {
                            @Id UUID id;
                        }
                        """),
                jakarta("shop.PurchaseOrder", """
                        @Entity
                        @Table(schema = "sales")
                        public class PurchaseOrder {
                            @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                            @ManyToOne Customer customer;
                            @ManyToOne(optional = false) @JoinColumn(name = "billTo") Customer billingCustomer;
                            @OneToOne Invoice invoice;
                            @OneToOne @JoinColumn(name = "ship_id", unique = true) Shipment shipment;
                            @ManyToOne PurchaseOrder parent;
                            @ManyToOne Product product;
                        }
                        """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.identity())
                        .primaryKey("customer_pkey", "id"))
                .table("invoice", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .primaryKey("invoice_pkey", "id"))
                .table("ship", t -> t
                        .column("id", "integer", c -> c.notNull())
                        .primaryKey("ship_pkey", "id"))
                .table("sales.catalog_product", t -> t
                        .column("id", "uuid", c -> c.notNull())
                        .primaryKey("catalog_product_pkey", "id"))
                .table("sales.purchaseorder", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("customer_id", "bigint")
                        .column("billto", "bigint", c -> c.notNull())
                        .column("invoice_id", "bigint")
                        .column("ship_id", "integer")
                        .column("parent_id", "bigint")
                        .column("product_id", "uuid")
                        .primaryKey("purchaseorder_pkey", "id")
                        .unique("purchaseorder_invoice_id_key", "invoice_id")
                        .unique("purchaseorder_ship_id_key", "ship_id")
                        .foreignKey("fk68gr19aoguvqe1dgy15md8qmw", fk -> fk.columns("customer_id").references("customer", "id"))
                        .foreignKey("fk2k4b6ougn66su0eytsa9ia1gi", fk -> fk.columns("billto").references("customer", "id"))
                        .foreignKey("fkbthhtdqqel19bb58ahlogdw9", fk -> fk.columns("invoice_id").references("invoice", "id"))
                        .foreignKey("fk350pa8u32bnwfceiq3h679ogp", fk -> fk.columns("ship_id").references("ship", "id"))
                        .foreignKey("fkp95f5j4bhhxsx6avv6s74ay30",
                                fk -> fk.columns("parent_id").references("sales.purchaseorder", "id"))
                        .foreignKey("fkmp1766nmi7vxb8etiyrq9vbxt",
                                fk -> fk.columns("product_id").references("sales.catalog_product", "id")))
                .sequence("invoice_seq", 1, 50)
                .sequence("ship_seq", 1, 50)
                .sequence("purchaseorder_seq", 1, 50)
                .build());
    }

    @Test
    void joinColumnNamesFollowTheReferencedColumnAndOptionalityDecidesNotNull() {
        Compilation compilation = compileCleanly(
                jakarta("shop.B", """
                        @Entity
                        public class B {
                            @Id @Column(name = "bKey") Long id;
                        }
                        """),
                jakarta("shop.A", """
                        @Entity
                        @Table(name = "a_table")
                        public class A {
                            @Id Long id;
                            @ManyToOne @JoinColumn(nullable = false) B b;
                            @OneToOne(optional = false) B bOne;
                            @ManyToOne(optional = false) @JoinColumn(nullable = true) B bOpt;
                        }
                        """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("b", t -> t.column("bkey", "bigint", c -> c.notNull()).primaryKey("b_pkey", "bkey"))
                .table("a_table", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("b_bkey", "bigint", c -> c.notNull())
                        .column("bone_bkey", "bigint", c -> c.notNull())
                        .column("bopt_bkey", "bigint", c -> c.notNull())
                        .primaryKey("a_table_pkey", "id")
                        .unique("a_table_bone_bkey_key", "bone_bkey")
                        .foreignKey("fk310ijfh60dmqhapymmbuf15ie", fk -> fk.columns("b_bkey").references("b", "bkey"))
                        .foreignKey("fk8y2v14o8w5i29bk3y86fxwlp8", fk -> fk.columns("bone_bkey").references("b", "bkey"))
                        .foreignKey("fkc0u9dmksce51eh9bii0q51ti4", fk -> fk.columns("bopt_bkey").references("b", "bkey")))
                .build());
    }

    @Test
    void foreignKeysCanBeNamedOrLeftOutAndTheJoinColumnMayNameTheReferencedKey() {
        Compilation compilation = compileCleanly(
                jakarta("shop.G", """
                        @Entity
                        public class G {
                            @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
                        }
                        """),
                jakarta("shop.H", """
                        @Entity
                        public class H {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) short id;
                        }
                        """),
                jakarta("shop.F", """
                        @Entity
                        @Table(name = "Fee")
                        public class F {
                            @Id Long id;
                            @ManyToOne @JoinColumn(foreignKey = @ForeignKey(name = "fk_named_G")) G g1;
                            @ManyToOne @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) G g2;
                            @ManyToOne @JoinColumn(name = "g3", referencedColumnName = "ID") G g3;
                            @OneToOne @JoinColumn(name = "h_ref") H h;
                        }
                        """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("g", t -> t.column("id", "uuid", c -> c.notNull()).primaryKey("g_pkey", "id"))
                .table("h", t -> t.column("id", "smallint", c -> c.identity()).primaryKey("h_pkey", "id"))
                .table("fee", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("g1_id", "uuid")
                        .column("g2_id", "uuid")
                        .column("g3", "uuid")
                        .column("h_ref", "smallint")
                        .primaryKey("fee_pkey", "id")
                        .unique("fee_h_ref_key", "h_ref")
                        .foreignKey("fk_named_g", fk -> fk.columns("g1_id").references("g", "id"))
                        .foreignKey("fkp9qerhkumoyqfgadtg2yqjc9x", fk -> fk.columns("g3").references("g", "id"))
                        .foreignKey("fkc7eb4a7j9lofdkc25gt8c70q9", fk -> fk.columns("h_ref").references("h", "id")))
                .build());
    }

    @Test
    void aRelationToAnEntityOfAnotherModuleIsResolvedFromItsCompiledClass(@TempDir Path work) {
        ClassDirectoryCompiler catalog = new ClassDirectoryCompiler(work.resolve("catalog"));
        catalog.compile(jakarta("com.acme.catalog.Product", """
                @Entity
                @Table(name = "product", schema = "catalog")
                public class Product {
                    @Id @Column(name = "product_no") @GeneratedValue(strategy = GenerationType.IDENTITY) Integer number;
                }
                """));
        ClassDirectoryCompiler orders = new ClassDirectoryCompiler(work.resolve("orders")).withDependency(catalog);

        orders.compile(jakarta("com.acme.orders.OrderLine", """
                import com.acme.catalog.Product;

                @Entity
                public class OrderLine {
                    @Id Long id;
                    @ManyToOne(optional = false) Product product;
                }
                """));

        assertSameSchema(orders.entitySchema(), Schema.builder()
                .table("orderline", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("product_product_no", "integer", c -> c.notNull())
                        .primaryKey("orderline_pkey", "id")
                        .foreignKey("fke28f35ajwxupjh5v4tjafer8u", fk -> fk.columns("product_product_no")
                                .references("catalog.product", "product_no")))
                .build());
        assertThat(orders.index(IndexFiles.ENTITIES)).containsExactly("com.acme.orders.OrderLine");
    }
}
