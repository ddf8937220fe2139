package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.SchemaDifference.columnsByName;
import static dev.jpamigrate.processor.Sources.jakarta;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.Schema;
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
}
