package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.jakarta;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Schema;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Comments, defaults, checks, JSON, natural ids and generated timestamps, as Hibernate 7 writes them. */
class ColumnDetailsTest {
    @Test
    void hibernatesColumnAnnotations() {
        Compilation compilation = compileCleanly(jakarta("shop.Article", """
                import org.hibernate.annotations.*;
                import org.hibernate.type.SqlTypes;
                import java.util.Map;

                @Entity
                @Comment("Articles")
                @Check(name = "article_price_positive", constraints = "price > 0")
                public class Article {
                    @jakarta.persistence.Id Long id;
                    @NaturalId @Column(nullable = false, length = 40) String sku;
                    @Comment("Shown to customers") String title;
                    @ColumnDefault("0") BigDecimal price;
                    @JdbcTypeCode(SqlTypes.JSON) Map<String, Object> attributes;
                    @Check(constraints = "stock >= 0") int stock;
                    @Formula("price * 1.2") BigDecimal gross;
                    @CreationTimestamp Instant createdAt;
                }
                """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("article", t -> t
                        .comment("Articles")
                        .column("id", "bigint", c -> c.notNull())
                        .column("sku", "varchar(40)", c -> c.notNull())
                        .column("title", "varchar(255)", c -> c.comment("Shown to customers"))
                        .column("price", "numeric(38,2)", c -> c.defaultValue("0"))
                        .column("attributes", "jsonb")
                        .column("stock", "integer", c -> c.notNull())
                        .column("createdat", "timestamp(6) with time zone", c -> c.notNull())
                        .primaryKey("article_pkey", "id")
                        .unique("article_sku_key", "sku")
                        .check("article_price_positive", "price > 0")
                        .check("article_stock_check", "stock >= 0"))
                .build());
    }

    @Test
    void jpa32CommentsAndCheckConstraints() {
        Compilation compilation = compileCleanly(jakarta("shop.Account", """
                @Entity
                @Table(comment = "Accounts", check = {
                        @CheckConstraint(name = "account_limit", constraint = "balance > -1000"),
                        @CheckConstraint(constraint = "balance < 1000000"),
                        @CheckConstraint(constraint = "balance < 5000 or currency = 'EUR'")})
                public class Account {
                    @Id Long id;
                    @Column(comment = "In cents") long balance;
                    @Column(length = 3, check = @CheckConstraint(constraint = "currency = upper(currency)")) String currency;
                }
                """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("account", t -> t
                        .comment("Accounts")
                        .column("id", "bigint", c -> c.notNull())
                        // A primitive with @Column follows nullable, as in Hibernate.
                        .column("balance", "bigint", c -> c.comment("In cents"))
                        .column("currency", "varchar(3)")
                        .primaryKey("account_pkey", "id")
                        .check("account_currency_check", "currency = upper(currency)")
                        .check("account_limit", "balance > -1000")
                        .check("account_balance_check", "balance < 1000000")
                        .check("account_check", "balance < 5000 or currency = 'EUR'"))
                .build());
    }

    @Test
    void theUnnamedChecksOfAColumnAreOneCheckAsHibernateJoinsThem() {
        Compilation compilation = compileCleanly(jakarta("shop.Parcel", """
                import org.hibernate.annotations.Check;

                @Entity
                public class Parcel {
                    public enum Size { S, M }
                    @Id Long id;
                    @Check(constraints = "size <> 1") Size size;
                }
                """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("parcel", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("size", "smallint")
                        .primaryKey("parcel_pkey", "id")
                        // Hibernate's DDL: check ((size <> 1) and (size between 0 and 1)), @Check's first.
                        .check("parcel_size_check", "(size <> 1) and (size between 0 and 1)"))
                .build());
    }

    @Test
    void whatIsNotMappedYetIsAnErrorOnTheElement() {
        JavaFileObject source = jakarta("shop.Document", """
                import org.hibernate.annotations.*;
                import org.hibernate.type.SqlTypes;

                @Entity
                public class Document {
                    @jakarta.persistence.Id Long id;
                    @JdbcTypeCode(SqlTypes.GEOMETRY) String body;
                    @NaturalId @OneToMany java.util.Set<Document> parts;
                }
                """);

        Compilation compilation = compile(source);

        CompilationSubject.assertThat(compilation).hadErrorContaining("JPA Migrate does not support @JdbcTypeCode(3200)")
                .inFile(source).onLineContaining("String body");
        CompilationSubject.assertThat(compilation).hadErrorContaining("JPA Migrate does not support @NaturalId on a"
                + " relation without join columns (parts)").inFile(source).onLineContaining("Set<Document> parts");
    }
}
