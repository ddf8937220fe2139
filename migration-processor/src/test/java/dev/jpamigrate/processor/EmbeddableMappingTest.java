package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.SchemaDifference.columnsByName;
import static dev.jpamigrate.processor.Sources.jakarta;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.schema.Schema;
import org.junit.jupiter.api.Test;

/**
 * Embeddables and composite keys, flattened into columns as Hibernate 7 does (the
 * conformance fixture {@code embedded} proves each rule against Hibernate itself).
 */
class EmbeddableMappingTest {
    @Test
    void embeddedColumnsAreNamedByTheEmbeddablesFieldsUnlessOverridden() {
        Compilation compilation = compileCleanly(
                jakarta("shop.GeoPoint", "@Embeddable public class GeoPoint { double latitude; double longitude; }"),
                jakarta("shop.Address", """
                        @Embeddable
                        public class Address {
                            @Column(nullable = false, length = 80) String city;
                            @Embedded GeoPoint location;
                        }
                        """),
                jakarta("shop.Customer", """
                        @Entity
                        public class Customer {
                            @Id Long id;
                            Address home;
                            @Embedded
                            @AttributeOverride(name = "city", column = @Column(name = "work_city"))
                            @AttributeOverride(name = "location.latitude", column = @Column(name = "work_lat"))
                            @AttributeOverride(name = "location.longitude", column = @Column(name = "work_lng"))
                            Address work;
                        }
                        """));

        // A primitive in an embeddable is nullable: the whole embedded value may be null.
        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("city", "varchar(80)", c -> c.notNull())
                        .column("latitude", "double precision")
                        .column("longitude", "double precision")
                        .column("work_city", "varchar(255)")
                        .column("work_lat", "double precision")
                        .column("work_lng", "double precision")
                        .primaryKey("customer_pkey", "id"))
                .build());
    }

    @Test
    void compositeKeysTakeHibernatesColumnOrderAndRelationsJoinOverEveryKeyColumn() {
        Compilation compilation = compileCleanly(
                jakarta("shop.LineKey", """
                        @Embeddable
                        public class LineKey implements java.io.Serializable { Long orderNumber; int lineNumber; }
                        """),
                jakarta("shop.OrderLine", "@Entity public class OrderLine { @EmbeddedId LineKey id; }"),
                jakarta("shop.SeatKey", "public class SeatKey implements java.io.Serializable { String row; int seat; }"),
                jakarta("shop.Seat", """
                        @Entity
                        @IdClass(SeatKey.class)
                        public class Seat { @Id @Column(name = "seat_row") String row; @Id int seat; }
                        """),
                jakarta("shop.Ticket", """
                        @Entity
                        public class Ticket {
                            @Id Long id;
                            @ManyToOne OrderLine line;
                            @ManyToOne(optional = false) Seat seat;
                        }
                        """));

        // Hibernate sorts a key's columns by size (at least 4 bytes; varchar(255) counts as PostgreSQL's largest), then
        // by name; a foreign key follows the key's order.
        assertSameSchema(columnsByName(schema(compilation, "shop")), columnsByName(Schema.builder()
                .table("orderline", t -> t
                        .column("linenumber", "integer", c -> c.notNull())
                        .column("ordernumber", "bigint", c -> c.notNull())
                        .primaryKey("orderline_pkey", "linenumber", "ordernumber"))
                .table("seat", t -> t
                        .column("seat_row", "varchar(255)", c -> c.notNull())
                        .column("seat", "integer", c -> c.notNull())
                        .primaryKey("seat_pkey", "seat", "seat_row"))
                .table("ticket", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("line_linenumber", "integer")
                        .column("line_ordernumber", "bigint")
                        .column("seat_seat", "integer", c -> c.notNull())
                        .column("seat_seat_row", "varchar(255)", c -> c.notNull())
                        .primaryKey("ticket_pkey", "id")
                        .foreignKey("fksb5kuym50i5n45jaev81f3har", fk -> fk.columns("line_linenumber", "line_ordernumber")
                                .references("orderline", "linenumber", "ordernumber"))
                        .foreignKey("fkpjbar9ptr2dr8g9cbbwwe8l6k", fk -> fk.columns("seat_seat", "seat_seat_row")
                                .references("seat", "seat", "seat_row")))
                .build()));
    }

    @Test
    void mapsIdMakesTheJoinColumnAKeyColumnAndPrimaryKeyJoinColumnAddsNothing() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Customer", "@Entity public class Customer { @Id Long id; }"),
                jakarta("shop.Profile", """
                        @Entity
                        public class Profile { @Id Long id; @MapsId @OneToOne Customer customer; }
                        """),
                jakarta("shop.Avatar", """
                        @Entity
                        public class Avatar { @Id Long id; @OneToOne @PrimaryKeyJoinColumn Customer customer; }
                        """),
                jakarta("shop.VisitKey", """
                        @Embeddable
                        public class VisitKey implements java.io.Serializable { Long customerId; int number; }
                        """),
                jakarta("shop.Visit", """
                        @Entity
                        public class Visit {
                            @EmbeddedId VisitKey id;
                            @MapsId("customerId") @ManyToOne Profile profile;
                        }
                        """));

        // Visit's key borrows Profile's key column, which is Profile's join column to Customer.
        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .primaryKey("customer_pkey", "id"))
                .table("profile", t -> t
                        .column("customer_id", "bigint", c -> c.notNull())
                        .primaryKey("profile_pkey", "customer_id")
                        .foreignKey("fk1mle1qieepbi5dg1w7mngwiqj", fk -> fk.columns("customer_id").references("customer", "id")))
                .table("avatar", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .primaryKey("avatar_pkey", "id"))
                .table("visit", t -> t
                        .column("profile_customer_id", "bigint", c -> c.notNull())
                        .column("number", "integer", c -> c.notNull())
                        .primaryKey("visit_pkey", "number", "profile_customer_id")
                        .foreignKey("fkod2jnn1t9cnsxtbx476l5pwry", fk -> fk.columns("profile_customer_id").references("profile", "customer_id")))
                .build());
    }

    @Test
    void anIdRelationIsADerivedIdentityWhoseJoinColumnsAreKeyColumns() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Customer", "@Entity public class Customer { @Id Long id; }"),
                jakarta("shop.Card", "@Entity public class Card { @Id @OneToOne Customer customer; int points; }"),
                jakarta("shop.StatementKey", """
                        public class StatementKey implements java.io.Serializable { Long customer; int year; short month; }
                        """),
                jakarta("shop.Statement", """
                        @Entity
                        @IdClass(StatementKey.class)
                        public class Statement {
                            @Id @ManyToOne @JoinColumn(name = "account_id") Customer customer;
                            @Id @Column(name = "statement_year") int year;
                            @Id @Column(name = "statement_month") short month;
                        }
                        """),
                jakarta("shop.Reminder", """
                        @Entity
                        public class Reminder { @Id Long id; @ManyToOne Statement statement; @OneToOne Card card; }
                        """));

        // The key columns are NOT NULL and sorted by size, then name; an @Id @OneToOne gets no unique constraint.
        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .primaryKey("customer_pkey", "id"))
                .table("card", t -> t
                        .column("customer_id", "bigint", c -> c.notNull())
                        .column("points", "integer", c -> c.notNull())
                        .primaryKey("card_pkey", "customer_id")
                        .foreignKey("fk59xkaj0myox9qbqy886ismvhb", fk -> fk.columns("customer_id").references("customer", "id")))
                .table("statement", t -> t
                        .column("account_id", "bigint", c -> c.notNull())
                        .column("statement_year", "integer", c -> c.notNull())
                        .column("statement_month", "smallint", c -> c.notNull())
                        .primaryKey("statement_pkey", "statement_month", "statement_year", "account_id")
                        .foreignKey("fk5ufn6j638qnf0nxtg9m3s8bkp", fk -> fk.columns("account_id").references("customer", "id")))
                .table("reminder", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("statement_statement_month", "smallint")
                        .column("statement_statement_year", "integer")
                        .column("statement_account_id", "bigint")
                        .column("card_customer_id", "bigint")
                        .primaryKey("reminder_pkey", "id")
                        .unique("reminder_card_customer_id_key", "card_customer_id")
                        .foreignKey("fkp77e3cscjcl7y6hck11xbr8u0", fk -> fk.columns("statement_statement_month", "statement_statement_year",
                                "statement_account_id").references("statement", "statement_month", "statement_year",
                                "account_id"))
                        .foreignKey("fk443rbjruh0jo1ebf0jd3msfdh", fk -> fk.columns("card_customer_id").references("card", "customer_id")))
                .build());
    }

    @Test
    void aReadOnlyManyToOneOnAKeyColumnSharesTheColumnAndAddsItsForeignKey() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Customer", "@Entity public class Customer { @Id Long id; }"),
                jakarta("shop.VoucherKey", """
                        public class VoucherKey implements java.io.Serializable { Long customerId; String code; }
                        """),
                jakarta("shop.Voucher", """
                        @Entity
                        @IdClass(VoucherKey.class)
                        public class Voucher {
                            @Id @Column(name = "customer_id") Long customerId;
                            @Id @Column(length = 16) String code;
                            @ManyToOne @JoinColumn(name = "customer_id", insertable = false, updatable = false)
                            Customer customer;
                        }
                        """));

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .primaryKey("customer_pkey", "id"))
                .table("voucher", t -> t
                        .column("customer_id", "bigint", c -> c.notNull())
                        .column("code", "varchar(16)", c -> c.notNull())
                        .primaryKey("voucher_pkey", "customer_id", "code")
                        .foreignKey("fkbhk8lbcpejvogpitcfof2221q", fk -> fk.columns("customer_id").references("customer", "id")))
                .build());
    }
}
