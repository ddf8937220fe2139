package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.snapshot;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.SchemaFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @RenamedFrom}: the rename hints the entity snapshot carries for the diff, and its misuse. */
class RenameHintsTest {
    @Test
    void aRenamedEntityAndItsRenamedFieldsGiveTheirPreviousTableAndColumnNames() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Customer", """
                        @dev.jpamigrate.RenamedFrom("Client")
                        @Entity public class Customer {
                            @Id @GeneratedValue Long id;
                            @dev.jpamigrate.RenamedFrom("mail") String email;
                            @dev.jpamigrate.RenamedFrom("agent") @ManyToOne Employee manager;
                            @dev.jpamigrate.RenamedFrom("home") @Embedded Address address;
                            String unchanged;
                        }
                        """),
                jakarta("shop.Address", """
                        @Embeddable public class Address {
                            @dev.jpamigrate.RenamedFrom("road") String street;
                            String city;
                        }
                        """),
                jakarta("shop.Employee", "@Entity public class Employee { @Id Long id; }"));

        assertThat(snapshot(compilation, "shop").hints().all()).containsExactlyInAnyOrder(
                new Hint.RenamedColumn("customer", "email", List.of("mail")),
                new Hint.RenamedColumn("customer", "manager_id", List.of("agent_id")),
                new Hint.RenamedColumn("customer", "street", List.of("road")),
                new Hint.RenamedTable("customer", List.of("Client", "client")));
    }

    @Test
    void underSpringNamingThePreviousJavaNameIsSpelledAsTheStrategySpellsIt() {
        Compilation compilation = javacWithSpringNaming(
                jakarta("shop.OrderLine", """
                        @dev.jpamigrate.RenamedFrom("BasketItem")
                        @Entity public class OrderLine {
                            @Id Long id;
                            @dev.jpamigrate.RenamedFrom("unitCount") int itemCount;
                            @dev.jpamigrate.RenamedFrom("basketOwner") @ManyToOne OrderLine parentLine;
                        }
                        """));

        // The primitive also gets its backfill hint; the renames are the subject here.
        assertThat(snapshot(compilation, "shop").hints().all()).filteredOn(h -> !(h instanceof Hint.Backfill))
                .containsExactlyInAnyOrder(
                new Hint.RenamedColumn("order_line", "item_count", List.of("unitCount", "unit_count")),
                new Hint.RenamedColumn("order_line", "parent_line_id", List.of("basket_owner_id")),
                new Hint.RenamedTable("order_line", List.of("BasketItem", "basket_item")));
    }

    @Test
    void aTableOrColumnNameAsWrittenIsACandidateToo() {
        Compilation compilation = compileCleanly(jakarta("shop.Customer", """
                @dev.jpamigrate.RenamedFrom("crm_client")
                @Entity @Table(name = "customer", schema = "sales") public class Customer {
                    @Id Long id;
                    @dev.jpamigrate.RenamedFrom({"e_mail", "mail"}) @Column(name = "email_address") String email;
                }
                """));

        assertThat(snapshot(compilation, "shop").hints().all()).containsExactlyInAnyOrder(
                new Hint.RenamedColumn("sales.customer", "email_address", List.of("e_mail", "mail")),
                new Hint.RenamedTable("sales.customer", List.of("sales.crm_client")));
    }

    @Test
    void theCollectionTablesOfARenamedEntityOrFieldAreRenamedWithIt() {
        Compilation compilation = compileCleanly(
                jakarta("shop.Customer", """
                        @dev.jpamigrate.RenamedFrom("Client")
                        @Entity public class Customer {
                            @Id Long id;
                            @dev.jpamigrate.RenamedFrom("phones") @ElementCollection Set<String> phoneNumbers;
                            @ManyToMany Set<Product> favourites;
                        }
                        """),
                jakarta("shop.Product", "@Entity public class Product { @Id Long id; }"));

        assertThat(snapshot(compilation, "shop").hints().all()).containsExactlyInAnyOrder(
                new Hint.RenamedTable("customer", List.of("Client", "client")),
                new Hint.RenamedTable("customer_phonenumbers", List.of("client_phonenumbers", "customer_phones",
                        "client_phones")),
                new Hint.RenamedColumn("customer_phonenumbers", "customer_id", List.of("client_id")),
                new Hint.RenamedColumn("customer_phonenumbers", "phonenumbers", List.of("phones")),
                new Hint.RenamedTable("customer_product", List.of("client_product")),
                new Hint.RenamedColumn("customer_product", "customer_id", List.of("client_id")));
    }

    /** The processor's snapshots of both versions, diffed with the hints, as generate does: renames only. */
    @Test
    void theDiffOfTheEntitiesBeforeAndAfterARenameIsRenamesOnly() {
        SchemaFile before = snapshot(compileCleanly(
                jakarta("shop.Client", """
                        @Entity @Table(indexes = @Index(columnList = "name"))
                        public class Client {
                            @Id @GeneratedValue Long id;
                            @Column(unique = true) String mail;
                            String name;
                            @ElementCollection Set<String> phones;
                        }
                        """),
                jakarta("shop.PurchaseOrder", """
                        @Entity public class PurchaseOrder {
                            @Id @GeneratedValue Long id;
                            @ManyToOne Client client;
                        }
                        """)), "shop");
        SchemaFile after = snapshot(compileCleanly(
                jakarta("shop.Customer", """
                        @dev.jpamigrate.RenamedFrom("Client")
                        @Entity @Table(indexes = @Index(columnList = "name"))
                        public class Customer {
                            @Id @GeneratedValue Long id;
                            @dev.jpamigrate.RenamedFrom("mail") @Column(unique = true) String email;
                            String name;
                            @ElementCollection Set<String> phones;
                        }
                        """),
                jakarta("shop.PurchaseOrder", """
                        @Entity public class PurchaseOrder {
                            @Id @GeneratedValue Long id;
                            @dev.jpamigrate.RenamedFrom("client") @ManyToOne Customer customer;
                        }
                        """)), "shop");

        SchemaDiff diff = SchemaDiff.between(before.schema(), after.schema(), after.hints());

        assertThat(diff.upgrade()).allSatisfy(op -> assertThat(op.getClass().getSimpleName()).startsWith("Rename"));
        assertThat(diff.upgrade()).contains(new Operation.RenameTable("client", "customer"),
                new Operation.RenameColumn("customer", "mail", "email"),
                new Operation.RenameTable("client_phones", "customer_phones"),
                new Operation.RenameColumn("customer_phones", "client_id", "customer_id"),
                new Operation.RenameColumn("purchaseorder", "client_id", "customer_id"),
                new Operation.RenameSequence("client_seq", "customer_seq"));
        assertThat(diff.renameSuspects()).isEmpty();
    }

    @Test
    void withoutRenamedFromThereIsNoRenameHint() {
        Compilation compilation = compileCleanly(jakarta("shop.Customer",
                "@Entity public class Customer { @Id Long id; String email; }"));

        assertThat(snapshot(compilation, "shop").hints().all()).isEmpty();
    }

    @Test
    void anEmptyPreviousNameIsAnErrorOnTheAnnotation() {
        Compilation compilation = compile(jakarta("shop.Customer", """
                @Entity public class Customer {
                    @Id Long id;
                    @dev.jpamigrate.RenamedFrom({}) String email;
                }
                """));

        CompilationSubject.assertThat(compilation).hadErrorContaining("@RenamedFrom on email names no previous name:"
                + " write what it was called before, as in @RenamedFrom(\"oldName\")")
                .inFile(compilation.sourceFiles().get(0)).onLineContaining("String email");
    }

    @Test
    void onAClassThatIsNotAnEntityItIsAnError() {
        Compilation compilation = compile(jakarta("shop.Address", """
                @dev.jpamigrate.RenamedFrom("Location")
                @Embeddable public class Address { String street; }
                """));

        CompilationSubject.assertThat(compilation).hadErrorContaining("@RenamedFrom on Address, which is not an"
                + " @Entity").inFile(compilation.sourceFiles().get(0)).onLineContaining("RenamedFrom(\"Location\")");
    }

    private static Compilation javacWithSpringNaming(javax.tools.JavaFileObject... sources) {
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.naming=spring-boot").compile(sources);
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }
}
