package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.schema.Table;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IDE recompiles only the entities that changed, into the same class directory; the
 * snapshots must still hold every entity of the module, or the next diff would drop the
 * tables of the others.
 */
class IncrementalCompileTest {
    private static final JavaFileObject CUSTOMER = jakarta("com.acme.shop.Customer", """
            @Entity
            public class Customer {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, unique = true) String email;
            }
            """);
    private static final JavaFileObject PRODUCT = jakarta("com.acme.shop.Product", """
            @Entity
            public class Product {
                @Id UUID id;
                @Column(nullable = false) String name;
            }
            """);
    private static final JavaFileObject ORDER = jakarta("com.acme.shop.order.PurchaseOrder", """
            import com.acme.shop.Customer;

            @Entity
            @Table(name = "purchase_order")
            public class PurchaseOrder {
                @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                @ManyToOne(optional = false) Customer customer;
            }
            """);
    private static final JavaFileObject ORDER_LINE = jakarta("com.acme.shop.order.OrderLine", """
            import com.acme.shop.Product;

            @Entity
            public class OrderLine {
                @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                @ManyToOne(optional = false) PurchaseOrder purchaseOrder;
                @ManyToOne Product product;
                int quantity;
            }
            """);

    @Test
    void recompilingOneEntityAloneKeepsEveryTableOfTheModule(@TempDir Path work) {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work);
        module.compile(CUSTOMER, PRODUCT, ORDER, ORDER_LINE);
        Schema full = module.entitySchema();
        assertThat(full.tables()).extracting(Table::name)
                .containsExactly("customer", "orderline", "product", "purchase_order");

        module.compile(jakarta("com.acme.shop.Product", """
                @Entity
                public class Product {
                    @Id UUID id;
                    @Column(nullable = false) String name;
                }
                """));

        assertSameSchema(module.entitySchema(), full);
        assertThat(module.snapshots()).extracting(SchemaFile::entities).containsExactlyInAnyOrder(
                java.util.List.of("com.acme.shop.Customer", "com.acme.shop.Product"),
                java.util.List.of("com.acme.shop.order.OrderLine", "com.acme.shop.order.PurchaseOrder"));
        assertThat(module.index(IndexFiles.ENTITIES)).containsExactly("com.acme.shop.Customer",
                "com.acme.shop.Product", "com.acme.shop.order.OrderLine", "com.acme.shop.order.PurchaseOrder");
    }

    @Test
    void recompilingAnEmbeddableAloneRewritesTheTablesThatEmbedIt(@TempDir Path work) {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work);
        module.compile(CUSTOMER, jakarta("com.acme.shop.Address", "@Embeddable public class Address { String city; }"),
                jakarta("com.acme.shop.Store", "@Entity public class Store { @Id Long id; Address address; }"));

        module.compile(jakarta("com.acme.shop.Address", """
                @Embeddable
                public class Address { String city; @Column(length = 10) String postalCode; }
                """));

        assertThat(module.entitySchema().table("store").orElseThrow().columns())
                .extracting(dev.jpamigrate.schema.Column::name).containsExactlyInAnyOrder("id", "city", "postalcode");
        assertThat(module.entitySchema().tables()).extracting(Table::name).containsExactly("customer", "store");
    }

    /** DESIGN's proof: compile all, recompile one entity alone, then generate: nothing to drop. */
    @Test
    void generatingAfterRecompilingOneEntityAloneFindsNoChange(@TempDir Path work) throws Exception {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work);
        module.compile(CUSTOMER, PRODUCT, ORDER, ORDER_LINE);
        Path sources = work.resolve("src");
        GenerateResult initial = generate(module, sources, "initial schema");
        module.compile(ApplicationBuild.javaSource(initial.migration().orElseThrow()));

        module.compile(PRODUCT);
        GenerateResult afterward = generate(module, sources, "nothing changed");

        assertThat(initial.upgrade()).as("2 sequences, 4 tables, 3 foreign keys").hasSize(9);
        assertThat(afterward.hasChanges()).as("a diff after the incremental compile: " + afterward.upgrade()).isFalse();
    }

    private static GenerateResult generate(ClassDirectoryCompiler module, Path sources, String message) {
        return ApplicationBuild.builder(module, sources).build().generate(message);
    }

    @Test
    void aChangedEntityIsMappedAnewAndTheOthersStay(@TempDir Path work) {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work);
        module.compile(CUSTOMER, PRODUCT, ORDER, ORDER_LINE);
        Schema before = module.entitySchema();

        module.compile(jakarta("com.acme.shop.Customer", """
                @Entity
                public class Customer {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, unique = true) String email;
                    @Column(length = 80) String name;
                }
                """));

        Schema after = module.entitySchema();
        assertThat(after.table("customer").orElseThrow().column("name")).hasValueSatisfying(
                c -> assertThat(c.type()).isEqualTo("varchar(80)"));
        assertSameSchema(after.withoutTable("customer"), before.withoutTable("customer"));
    }

    @Test
    void aDeletedEntityLosesItsTableWhenAnotherEntityIsRecompiled(@TempDir Path work) {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work);
        module.compile(CUSTOMER, PRODUCT, ORDER, ORDER_LINE);
        Schema full = module.entitySchema();

        module.deleteClass("com.acme.shop.order.OrderLine");
        module.compile(jakarta("com.acme.shop.Product", """
                @Entity
                public class Product {
                    @Id UUID id;
                    @Column(nullable = false) String name;
                }
                """));

        assertSameSchema(module.entitySchema(), full.withoutTable("orderline").withoutSequence("orderline_seq"));
        assertThat(module.index(IndexFiles.ENTITIES)).doesNotContain("com.acme.shop.order.OrderLine");
    }

    @Test
    void anEntityThatIsNoLongerAnEntityLosesItsTable(@TempDir Path work) {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work);
        module.compile(CUSTOMER, PRODUCT);

        module.compile(jakarta("com.acme.shop.Product", """
                public class Product {
                    UUID id;
                }
                """), jakarta("com.acme.shop.Customer", """
                @Entity
                public class Customer {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, unique = true) String email;
                }
                """));

        assertThat(module.entitySchema().tables()).extracting(Table::name).containsExactly("customer");
    }

    @Test
    void aCompilationThatFailsLeavesTheLastSnapshotInPlace(@TempDir Path work) {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work);
        module.compile(CUSTOMER, PRODUCT);
        Schema before = module.entitySchema();

        assertThat(module.compileReportingErrors(jakarta("com.acme.shop.Product", """
                @Entity
                public class Product {
                    @Id UUID id;
                    @ElementCollection String tags;
                }
                """))).isNotEmpty();

        assertSameSchema(module.entitySchema(), before);
        assertThat(module.index(IndexFiles.ENTITIES)).containsExactly("com.acme.shop.Customer", "com.acme.shop.Product");
    }

    @Test
    void anAutoAppliedConverterCompiledBeforeStillAppliesToARecompiledEntity(@TempDir Path work) {
        JavaFileObject sku = jakarta("com.acme.shop.Sku", """
                public record Sku(String code) { }
                """);
        JavaFileObject converter = jakarta("com.acme.shop.SkuConverter", """
                @Converter(autoApply = true)
                public class SkuConverter implements AttributeConverter<Sku, String> {
                    public String convertToDatabaseColumn(Sku sku) { return sku.code(); }
                    public Sku convertToEntityAttribute(String code) { return new Sku(code); }
                }
                """);
        JavaFileObject item = jakarta("com.acme.shop.Item", """
                @Entity
                public class Item {
                    @Id Long id;
                    @Column(length = 20) Sku sku;
                }
                """);
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work);
        module.compile(sku, converter, item);
        Schema full = module.entitySchema();
        assertThat(full.table("item").orElseThrow().column("sku").orElseThrow().type()).isEqualTo("varchar(20)");

        module.compile(item);

        assertSameSchema(module.entitySchema(), full);
    }
}
