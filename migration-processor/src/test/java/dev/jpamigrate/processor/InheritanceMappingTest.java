package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.GeneratedSnapshots.snapshot;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Schema;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity hierarchies (one table, a table per subclass joined to its parent's, or a table per
 * concrete entity) and secondary tables.
 */
class InheritanceMappingTest {
    private static final JavaFileObject[] PAYMENTS = {
        jakarta("pay.Payment", """
                @Entity
                @DiscriminatorColumn(name = "kind", length = 10)
                public abstract class Payment {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false) BigDecimal amount;
                }
                """),
        jakarta("pay.CardPayment", """
                @Entity
                @DiscriminatorValue("CARD")
                public class CardPayment extends Payment {
                    @Column(nullable = false) String cardNumber;
                    int expiryYear;
                    @Basic(optional = false) String holder;
                }
                """),
        jakarta("pay.Voucher", """
                @Entity
                public class Voucher extends Payment {
                    String code;
                }
                """),
    };

    @Test
    void aSingleTableHierarchyIsTheRootsTableWithEveryColumnAndTheDiscriminator() {
        Compilation compilation = compileCleanly(PAYMENTS);

        assertSameSchema(schema(compilation, "pay"), Schema.builder()
                .table("payment", t -> t
                        .column("id", "bigint", c -> c.notNull().identity())
                        .column("amount", "numeric(38,2)", c -> c.notNull())
                        // Hibernate keeps what @Column(nullable = false) says, and drops the NOT NULL it infers.
                        .column("cardnumber", "varchar(255)", c -> c.notNull())
                        .column("expiryyear", "integer")
                        .column("holder", "varchar(255)")
                        .column("code", "varchar(255)")
                        .column("kind", "varchar(10)", c -> c.notNull())
                        .primaryKey("payment_pkey", "id")
                        .check("payment_kind_check", "kind in ('CARD','Voucher')")
                        .check("payment_check", "kind<>'CARD' or (expiryyear is not null and holder is not null)"))
                .build());
        assertThat(snapshot(compilation, "pay").entities())
                .containsExactly("pay.CardPayment", "pay.Payment", "pay.Voucher");
    }

    @Test
    void aSubclassColumnNamedLikeTheEmbeddedFieldThatHoldsItIsInTheTable() {
        Compilation compilation = compileCleanly(
                jakarta("wallet.Money", """
                        @Embeddable
                        public class Money {
                            java.math.BigDecimal amount;
                        }
                        """),
                jakarta("wallet.Method", """
                        @Entity
                        public class Method {
                            @Id Long id;
                        }
                        """),
                jakarta("wallet.GiftCard", """
                        @Entity
                        public class GiftCard extends Method {
                            @Embedded
                            @AttributeOverride(name = "amount", column = @Column(name = "balance"))
                            Money balance;
                        }
                        """));

        assertThat(schema(compilation, "wallet").table("method").orElseThrow().columns())
                .extracting(dev.jpamigrate.schema.Column::name).contains("balance");
    }

    @Test
    void hibernate66WritesNoChecksForASingleTableHierarchy() {
        Compilation compilation = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-A" + ProcessorOptions.HIBERNATE + "=6.6").compile(PAYMENTS);
        CompilationSubject.assertThat(compilation).succeeded();

        assertThat(schema(compilation, "pay").tables().get(0).checks()).isEmpty();
    }

    @Test
    void aJoinedSubclassHasATableOfItsOwnColumnsKeyedAndReferencingItsParent() {
        Compilation compilation = compileCleanly(
                jakarta("crm.Party", """
                        @Entity
                        @Inheritance(strategy = InheritanceType.JOINED)
                        public class Party {
                            @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                            String name;
                        }
                        """),
                jakarta("crm.Person", """
                        @Entity
                        public class Person extends Party {
                            int birthYear;
                        }
                        """),
                jakarta("crm.Company", """
                        @Entity
                        @PrimaryKeyJoinColumn(name = "party_id")
                        public class Company extends Party {
                            String vatNumber;
                        }
                        """),
                jakarta("crm.Charity", """
                        @Entity
                        @PrimaryKeyJoinColumn(foreignKey = @ForeignKey(name = "charity_company_fk"))
                        public class Charity extends Company {
                            String charityNumber;
                        }
                        """),
                jakarta("crm.Donation", """
                        @Entity
                        public class Donation {
                            @Id Long id;
                            @ManyToOne Charity charity;
                        }
                        """));

        assertSameSchema(schema(compilation, "crm"), Schema.builder()
                .table("party", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("name", "varchar(255)")
                        .primaryKey("party_pkey", "id"))
                .table("person", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("birthyear", "integer", c -> c.notNull())
                        .primaryKey("person_pkey", "id")
                        .foreignKey("fkd24ho54eekm0132jtn98n6wda", fk -> fk.columns("id").references("party", "id")))
                .table("company", t -> t
                        .column("party_id", "bigint", c -> c.notNull())
                        .column("vatnumber", "varchar(255)")
                        .primaryKey("company_pkey", "party_id")
                        .foreignKey("fkounsnbidr4i9cpxdfnp308v47", fk -> fk.columns("party_id").references("party", "id")))
                // Without a name, the key column is named as the parent's.
                .table("charity", t -> t
                        .column("party_id", "bigint", c -> c.notNull())
                        .column("charitynumber", "varchar(255)")
                        .primaryKey("charity_pkey", "party_id")
                        .foreignKey("charity_company_fk", fk -> fk.columns("party_id").references("company", "party_id")))
                .table("donation", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("charity_party_id", "bigint")
                        .primaryKey("donation_pkey", "id")
                        .foreignKey("fkcg04nfd37niots2msdtyh7vsf", fk -> fk.columns("charity_party_id")
                                .references("charity", "party_id")))
                .sequence("party_seq", 1, 50)
                .build());
    }

    @Test
    void tablePerClassGivesEachConcreteEntityAllItsColumnsAndTheRootsSequence() {
        Compilation compilation = compileCleanly(
                jakarta("fleet.Vehicle", """
                        @Entity
                        @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                        public abstract class Vehicle {
                            @Id @GeneratedValue Long id;
                            String plate;
                        }
                        """),
                jakarta("fleet.Car", "@Entity public class Car extends Vehicle { int seats; }"),
                jakarta("fleet.Truck", "@Entity public class Truck extends Vehicle { Double payload; }"),
                jakarta("fleet.Trip", "@Entity public class Trip { @Id Long id; @ManyToOne Vehicle vehicle; }"));

        assertSameSchema(schema(compilation, "fleet"), Schema.builder()
                .table("car", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("plate", "varchar(255)")
                        .column("seats", "integer", c -> c.notNull())
                        .primaryKey("car_pkey", "id"))
                .table("truck", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("plate", "varchar(255)")
                        .column("payload", "double precision")
                        .primaryKey("truck_pkey", "id"))
                // Vehicles are spread over two tables: Hibernate writes no foreign key to them.
                .table("trip", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("vehicle_id", "bigint")
                        .primaryKey("trip_pkey", "id"))
                .sequence("vehicle_seq", 1, 50)
                .build());
    }

    @Test
    void aMappedSuperclassBetweenEntitiesAddsItsFieldsToTheSubclassWithItsTypeArguments() {
        Compilation compilation = compileCleanly(
                jakarta("docs.Document", """
                        @Entity
                        public class Document {
                            @Id Long id;
                        }
                        """),
                jakarta("docs.Owned", """
                        @MappedSuperclass
                        public abstract class Owned<O> extends Document {
                            O owner;
                        }
                        """),
                jakarta("docs.Note", "@Entity public class Note extends Owned<java.util.UUID> { }"),
                jakarta("docs.Comment", """
                        @Entity
                        public class Comment {
                            @Id Long id;
                            @ManyToOne Note note;
                        }
                        """));

        assertSameSchema(schema(compilation, "docs"), Schema.builder()
                .table("document", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("owner", "uuid")
                        .column("dtype", "varchar(31)", c -> c.notNull())
                        .primaryKey("document_pkey", "id")
                        .check("document_dtype_check", "dtype in ('Document','Note')"))
                // A relation to a SINGLE_TABLE subclass references the root's table.
                .table("comment", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("note_id", "bigint")
                        .primaryKey("comment_pkey", "id")
                        .foreignKey("fk28kfbem6nylesg3m9r587n3rt", fk -> fk.columns("note_id").references("document", "id")))
                .build());
    }

    @Test
    void aSecondaryTableHoldsItsColumnsKeyedByTheEntitysKeyWithAForeignKeyToItsTable() {
        Compilation compilation = compileCleanly(jakarta("hr.Employee", """
                @Entity
                @SecondaryTable(name = "employee_details", pkJoinColumns = @PrimaryKeyJoinColumn(name = "employee_id"))
                public class Employee {
                    @Id Long id;
                    String name;
                    @Column(table = "employee_details", nullable = false) String biography;
                }
                """));

        assertSameSchema(schema(compilation, "hr"), Schema.builder()
                .table("employee", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("name", "varchar(255)")
                        .primaryKey("employee_pkey", "id"))
                .table("employee_details", t -> t
                        .column("employee_id", "bigint", c -> c.notNull())
                        .column("biography", "varchar(255)", c -> c.notNull())
                        .primaryKey("employee_details_pkey", "employee_id")
                        .foreignKey("fkpof9xte3w3eiy0tnygnp8dcgb", fk -> fk.columns("employee_id").references("employee", "id")))
                .build());
        assertThat(snapshot(compilation, "hr").entities()).containsExactly("hr.Employee");
    }

    @Test
    void recompilingOneSubclassAloneKeepsTheWholeHierarchysTable(@TempDir Path work) {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work);
        module.compile(PAYMENTS);
        Schema full = module.entitySchema();

        module.compile(PAYMENTS[1]);

        assertSameSchema(module.entitySchema(), full);
        assertThat(full.tables().get(0).columns()).extracting(dev.jpamigrate.schema.Column::name).contains("code", "holder");
    }
}
