package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Collections inherited in an entity hierarchy: Hibernate maps a collection once, for the
 * entity that declares it, whatever the inheritance strategy; a collection of a mapped
 * superclass once for each entity that inherits it. (The names are those Hibernate printed.)
 */
class InheritedCollectionMappingTest {
    private static final JavaFileObject CATEGORY = jakarta("market.Category", """
            @Entity
            public class Category {
                @Id Long id;
            }
            """);

    private static final JavaFileObject REVIEW = jakarta("market.Review", """
            @Entity
            public class Review {
                @Id Long id;
            }
            """);

    private static JavaFileObject root(String strategy) {
        return jakarta("market.Product", """
                @Entity
                @Inheritance(strategy = InheritanceType.%s)
                public abstract class Product {
                    @Id Long id;
                    @ManyToMany @JoinTable(name = "product_categories") Set<Category> categories;
                    @ElementCollection Set<String> tags;
                    @OneToMany @JoinColumn(name = "product_id") List<Review> reviews;
                }
                """.formatted(strategy));
    }

    private static final JavaFileObject DIGITAL = jakarta("market.DigitalProduct", """
            @Entity
            public class DigitalProduct extends Product {
                String url;
            }
            """);

    private static final JavaFileObject PHYSICAL = jakarta("market.PhysicalProduct", """
            @Entity
            public class PhysicalProduct extends Product {
                int weight;
                @ManyToMany Set<Category> shelves;
            }
            """);

    private static Schema compile(String strategy) {
        Compilation compilation = compileCleanly(CATEGORY, REVIEW, root(strategy), DIGITAL, PHYSICAL);
        return schema(compilation, "market");
    }

    private static Table table(Schema schema, String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    @Test
    void anAbstractSingleTableRootMapsItsJoinTableOnceForTheRoot() {
        Schema schema = compile("SINGLE_TABLE");

        assertThat(table(schema, "product_categories").columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("product_id", "categories_id");
        assertThat(table(schema, "product_categories").foreignKeys()).extracting(ForeignKey::referencedTable)
                .containsExactlyInAnyOrder("product", "category");
        assertThat(table(schema, "product_tags").columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("product_id", "tags");
        assertThat(table(schema, "review").columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "product_id");
        // A subclass's own join table is named after the table that holds its rows: the root's.
        assertThat(table(schema, "product_category").columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("physicalproduct_id", "shelves_id");
    }

    @Test
    void aJoinedRootsCollectionsReferenceTheRootsTableOnce() {
        Schema schema = compile("JOINED");

        assertThat(table(schema, "product_categories").foreignKeys()).extracting(ForeignKey::referencedTable)
                .containsExactlyInAnyOrder("product", "category");
        assertThat(table(schema, "review").columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "product_id");
        assertThat(table(schema, "review").foreignKeys()).extracting(ForeignKey::referencedTable)
                .containsExactly("product");
        assertThat(table(schema, "physicalproduct_category").foreignKeys()).extracting(ForeignKey::referencedTable)
                .containsExactlyInAnyOrder("physicalproduct", "category");
    }

    @Test
    void aTablePerClassRootsCollectionsHaveNoForeignKeyToTheRowsSpreadOverItsSubclasses() {
        Schema schema = compile("TABLE_PER_CLASS");

        assertThat(table(schema, "product_categories").foreignKeys()).extracting(ForeignKey::referencedTable)
                .containsExactly("category");
        assertThat(table(schema, "product_tags").foreignKeys()).isEmpty();
        assertThat(table(schema, "review").columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "product_id");
        assertThat(table(schema, "review").foreignKeys()).isEmpty();
    }

    @Test
    void aMappedSuperclassesCollectionIsEachInheritingEntitysOwn() {
        Compilation compilation = compileCleanly(CATEGORY,
                jakarta("market.Taggable", """
                        @MappedSuperclass
                        public abstract class Taggable {
                            @ElementCollection Set<String> labels;
                            @ManyToMany Set<Category> topics;
                        }
                        """),
                jakarta("market.Shop", """
                        @Entity
                        public class Shop extends Taggable {
                            @Id Long id;
                        }
                        """),
                jakarta("market.Seller", """
                        @Entity
                        public class Seller extends Taggable {
                            @Id Long id;
                        }
                        """));
        Schema schema = schema(compilation, "market");

        assertThat(schema.tables()).extracting(Table::name).contains("shop_labels", "seller_labels", "shop_category",
                "seller_category");
        assertThat(table(schema, "seller_category").columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("seller_id", "topics_id");
    }
}
