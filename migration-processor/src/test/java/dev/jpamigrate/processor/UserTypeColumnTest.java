package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.ApplicationBuild.generate;
import static dev.jpamigrate.processor.ApplicationBuild.migrations;
import static dev.jpamigrate.processor.ApplicationBuild.migrator;
import static dev.jpamigrate.processor.ApplicationBuild.module;
import static dev.jpamigrate.processor.ApplicationBuild.snapshot;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column mapped by Hibernate's {@code @Type} without a columnDefinition: Hibernate asks the UserType for its SQL
 * type at boot. The processor leaves a placeholder in the entity snapshot; {@code generate} asks the compiled
 * UserType and writes the concrete type into the migration and the migrations snapshot, so that the next diff
 * compares types, and a UserType that cannot say its type stops generate with the field and the fix.
 */
class UserTypeColumnTest {
    private static final JavaFileObject LISTING_PLAIN = jakarta("com.acme.market.Listing", """
            @Entity
            public class Listing {
                @Id Long id;
                @Column(length = 2) String country;
            }
            """);
    private static final JavaFileObject COUNTRY_TYPE = jakarta("com.acme.market.CountryCodeType", """
            public class CountryCodeType extends org.hibernate.usertype.UserTypeSupport<String> {
                public CountryCodeType() {
                    super(String.class, java.sql.Types.VARCHAR);
                }
            }
            """);
    private static final JavaFileObject MONEY_TYPE = jakarta("com.acme.market.MoneyType", """
            public class MoneyType extends org.hibernate.usertype.UserTypeSupport<java.math.BigDecimal> {
                public MoneyType() {
                    super(java.math.BigDecimal.class, java.sql.Types.NUMERIC);
                }
            }
            """);

    private static JavaFileObject listing(int countryLength) {
        return jakarta("com.acme.market.Listing", """
                import org.hibernate.annotations.Type;

                @Entity
                public class Listing {
                    @Id Long id;
                    @Type(CountryCodeType.class) @Column(length = %d) String country;
                    @Type(MoneyType.class) @Column(precision = 12, scale = 2) java.math.BigDecimal price;
                    @Type(MoneyType.class) java.math.BigDecimal deposit;
                }
                """.formatted(countryLength));
    }

    @Test
    void generateWritesTheUserTypesColumnTypeAndUpgradeKeepsTheRows(@TempDir Path work) throws Exception {
        Path sources = work.resolve("src");
        List<JavaFileObject> migrations = new ArrayList<>();
        migrations.addAll(migrations(generate(module(work.resolve("plain"), LISTING_PLAIN), sources, "listings")));

        GenerateResult typed = generate(module(work.resolve("typed"), migrations, listing(2), COUNTRY_TYPE, MONEY_TYPE),
                sources, "prices");
        migrations.addAll(migrations(typed));
        // The country column keeps its type (varchar(2) either way): only the prices are added.
        assertThat(typed.upgrade()).hasSize(2).allSatisfy(op -> assertThat(op.toString()).doesNotContain("country"));
        assertThat(snapshot(sources)).contains("column price numeric(12,2)", "column deposit numeric(19,2)",
                "column country varchar(2)").doesNotContain("user-type");

        try (TestDatabase db = TestDatabase.create()) {
            migrator(module(work.resolve("plain-applied"), migrations.subList(0, 1), LISTING_PLAIN), sources, db)
                    .upgrade("head");
            db.execute("insert into listing (id, country) values (1, 'DE'), (2, 'FR'), (3, null)");

            migrator(module(work.resolve("typed-applied"), migrations, listing(2), COUNTRY_TYPE, MONEY_TYPE), sources, db)
                    .upgrade("head");
            db.execute("update listing set price = 1234567890.12, deposit = 12345678901234567.89 where id = 1");
            assertThat(db.strings("select id || ':' || coalesce(country, '-') || ':' || coalesce(price::text, '-') || ':'"
                    + " || coalesce(deposit::text, '-') from listing order by id")).containsExactly(
                    "1:DE:1234567890.12:12345678901234567.89", "2:FR:-:-", "3:-:-:-");

            // A longer @Column(length) widens the UserType's varchar, and keeps the rows.
            GenerateResult widened = generate(module(work.resolve("wide"), migrations, listing(3), COUNTRY_TYPE,
                    MONEY_TYPE), sources, "three letters");
            assertThat(widened.upgrade()).hasSize(1);
            assertThat(snapshot(sources)).contains("column country varchar(3)");
            migrations.addAll(migrations(widened));
            migrator(module(work.resolve("wide-applied"), migrations, listing(3), COUNTRY_TYPE, MONEY_TYPE), sources, db)
                    .upgrade("head");
            db.execute("insert into listing (id, country) values (4, 'CHE')");
            assertThat(db.strings("select id || ':' || country from listing where country is not null order by id"))
                    .containsExactly("1:DE", "2:FR", "4:CHE");

            assertThat(generate(module(work.resolve("again"), migrations, listing(3), COUNTRY_TYPE, MONEY_TYPE), sources,
                    "nothing").hasChanges()).as("stable").isFalse();
        }
    }

    /** Hibernate fails on a UserType of SQL type OTHER itself; one it cannot make is made by a bean container. */
    @Test
    void aUserTypeThatCannotSayItsTypeStopsGenerateNamingTheFieldAndTheFix(@TempDir Path work) {
        JavaFileObject other = jakarta("com.acme.market.Listing", """
                import org.hibernate.annotations.Type;

                @Entity
                public class Listing {
                    @Id Long id;
                    @Type(InetType.class) String address;
                }
                """);
        JavaFileObject inetType = jakarta("com.acme.market.InetType", """
                public class InetType extends org.hibernate.usertype.UserTypeSupport<String> {
                    public InetType() {
                        super(String.class, java.sql.Types.OTHER);
                    }
                }
                """);
        assertThatThrownBy(() -> generate(module(work.resolve("other"), other, inetType), work.resolve("src"), "x"))
                .isInstanceOf(MigrationException.class).hasMessage("The type of column listing.address"
                        + " (com.acme.market.Listing.address, @Type(InetType.class)) cannot be known: its getSqlType()"
                        + " is 1111 (OTHER), for which Hibernate's PostgreSQL dialect has no column type (Hibernate's"
                        + " schema export fails on it too: \"no type mapping for org.hibernate.type.SqlTypes code\");"
                        + " say the column's type with @Column(columnDefinition = \"…\").");

        JavaFileObject injected = jakarta("com.acme.market.InetType", """
                public class InetType extends org.hibernate.usertype.UserTypeSupport<String> {
                    public InetType(String format) {
                        super(String.class, java.sql.Types.VARCHAR);
                    }
                }
                """);
        assertThatThrownBy(() -> generate(module(work.resolve("injected"), other, injected), work.resolve("src2"), "x"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("listing.address")
                .hasMessageContaining("InetType cannot be instantiated: it has no constructor without arguments")
                .hasMessageEndingWith("say the column's type with @Column(columnDefinition = \"…\").");
    }
}
