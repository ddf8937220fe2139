package dev.jpamigrate.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UserTypeColumn;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A UserType's placeholder, read back from the entity snapshot's text and resolved by asking the UserType (here
 * classes that answer as Hibernate's UserTypes do, by reflection), as Hibernate 6.6 and 7.4 type the column.
 */
class UserTypeColumnsTest {
    public static final class Money {
        public int getSqlType() {
            return Types.NUMERIC;
        }
    }

    public static final class Currency {
        public int getSqlType() {
            return Types.CHAR;
        }

        public long getDefaultSqlLength(Object dialect, Object jdbcType) {
            return 3;
        }
    }

    public static final class Stamp {
        public int getSqlType() {
            return Types.TIMESTAMP;
        }
    }

    public static final class Inet {
        public int getSqlType() {
            return Types.OTHER;
        }
    }

    public static final class Injected {
        public Injected(String format) {
        }

        public int getSqlType() {
            return Types.VARCHAR;
        }
    }

    private static String placeholder(Class<?> userType, Integer length, Integer precision, Integer scale) {
        return new UserTypeColumn(userType.getCanonicalName(), length, precision, scale, "com.acme.Listing.x").placeholder();
    }

    private static Schema listing(Column... columns) {
        Table table = new Table("listing", List.of(columns), null, List.of(), List.of(), List.of(), List.of());
        SchemaFile file = SchemaFile.ofEntities(new Schema(List.of(table), List.of()), List.of("com.acme.Listing"));
        // As the engine reads it: from the snapshot's text.
        return SchemaFile.read(file.write(null), "test").schema();
    }

    @Test
    void theColumnGetsTheTypeOfItsUserTypesCodeAndItsPlaceInHibernatesOrder() {
        Schema schema = listing(Column.of("id", "bigint"), Column.of("title", "varchar(255)"),
                Column.of("price", placeholder(Money.class, null, 12, 2)),
                Column.of("deposit", placeholder(Money.class, null, null, null)),
                Column.of("currency", placeholder(Currency.class, null, null, null)),
                Column.of("seen", placeholder(Stamp.class, null, null, null)));

        Table listing = UserTypeColumns.resolve(schema, getClass().getClassLoader()).table("listing").orElseThrow();

        // Hibernate's sizes: char(3) and the numerics under 4 bytes (counted as 4), bigint and timestamp 8, varchar(255)
        // the largest; equal sizes by name.
        assertThat(listing.columns()).extracting(c -> c.name() + " " + c.type()).containsExactly("currency char(3)",
                "deposit numeric(19,2)", "price numeric(12,2)", "id bigint", "seen timestamp(6)", "title varchar(255)");
    }

    @Test
    void aUserTypeThatCannotSayItsTypeIsAnErrorNamingTheColumnTheFieldAndTheFix() {
        assertThatThrownBy(() -> UserTypeColumns.resolve(listing(Column.of("address", placeholder(Inet.class, null,
                null, null))), getClass().getClassLoader())).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("The type of column listing.address (com.acme.Listing.x, @Type(Inet.class)) cannot"
                        + " be known: its getSqlType() is 1111 (OTHER)")
                .hasMessageEndingWith("say the column's type with @Column(columnDefinition = \"…\").");
        assertThatThrownBy(() -> UserTypeColumns.resolve(listing(Column.of("address", placeholder(Injected.class, 40,
                null, null))), getClass().getClassLoader())).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Injected cannot be instantiated: it has no constructor without arguments");
        assertThatThrownBy(() -> UserTypeColumns.resolve(listing(Column.of("address",
                "{user-type com.acme.Gone - - - com.acme.Listing.x}")), getClass().getClassLoader()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("com.acme.Gone is not on the class path");
    }

    @Test
    void aColumnDefinitionIsTheTypeAndTheUserTypesCodeItsPlaceInHibernatesOrder() {
        // Hibernate writes the definition, and orders the column by the size of getSqlType()'s type: a VARCHAR
        // UserType's char(2) among the varchar(255)s, an OTHER one's text among the largest; one that cannot be asked
        // by its definition.
        Schema schema = listing(Column.of("weight", "integer"), Column.of("id", "bigint"),
                Column.of("label", "varchar(255)"), Column.of("blob", "bytea"),
                Column.of("country", definition(Injected.class, "char(2)")),
                Column.of("code", definition(Currency.class, "char(2)")),
                Column.of("about", definition(Inet.class, "text")),
                Column.of("country2", new UserTypeColumn(CountryCode.class.getName(), null, null, null,
                        "com.acme.Listing.y", "char(2)").placeholder()));

        Table listing = UserTypeColumns.resolve(schema, getClass().getClassLoader()).table("listing").orElseThrow();

        assertThat(listing.columns()).extracting(c -> c.name() + " " + c.type()).containsExactly("code char(2)",
                "country char(2)", "weight integer", "id bigint", "country2 char(2)", "label varchar(255)",
                "about text", "blob bytea");
        assertThat(UserTypeColumn.of(definition(Inet.class, "numeric(10, 2) "))).hasValueSatisfying(placeholder ->
                assertThat(placeholder.definition()).isEqualTo("numeric(10, 2)"));
    }

    public static final class CountryCode {
        public int getSqlType() {
            return Types.VARCHAR;
        }
    }

    private static String definition(Class<?> userType, String definition) {
        return new UserTypeColumn(userType.getName(), null, null, null, "com.acme.Listing.x", definition).placeholder();
    }
}
