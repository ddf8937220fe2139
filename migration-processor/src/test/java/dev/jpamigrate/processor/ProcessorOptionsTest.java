package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The compiler arguments {@code -Amigration.naming} and {@code -Amigration.hibernate}. */
class ProcessorOptionsTest {
    private static final JavaFileObject SUPPLIER = jakarta("shop.PurchaseOrder", """
            @Entity
            @SequenceGenerator(name = "order_gen", sequenceName = "order_ids")
            public class PurchaseOrder {
                @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                @Version Integer version;
                LocalTime cutOff;
                String customerName;
            }
            """);

    @Test
    void hibernate7IsTheDefault() {
        assertSameSchema(schema(compile(SUPPLIER), "shop"), Schema.builder()
                .table("purchaseorder", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("version", "integer", c -> c.notNull())
                        .column("cutoff", "time(0)")
                        .column("customername", "varchar(255)")
                        .primaryKey("purchaseorder_pkey", "id"))
                .sequence("order_ids", 1, 50)
                .build());
    }

    /** 6.6: time(6), a nullable @Version, and no class-level generator unless an id names it. */
    @Test
    void hibernate66MapsWhatItMapsDifferently() {
        assertSameSchema(schema(compile(SUPPLIER, "-Amigration.hibernate=6.6"), "shop"), Schema.builder()
                .table("purchaseorder", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("version", "integer")
                        .column("cutoff", "time(6)")
                        .column("customername", "varchar(255)")
                        .primaryKey("purchaseorder_pkey", "id"))
                .sequence("purchaseorder_seq", 1, 50)
                .build());
    }

    /**
     * 6.4: IDENTITY ids are serial columns, whose sequences their columns own, {@code integer} for an
     * {@code Integer} id ({@code serial}), {@code bigint} for a {@code Long} one ({@code bigserial}).
     */
    @Test
    void hibernate64WritesSerialColumnsThatOwnTheirSequences() {
        JavaFileObject ticket = jakarta("shop.Ticket", """
                @Entity
                public class Ticket {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                }
                """);
        JavaFileObject invoice = jakarta("shop.Invoice", """
                @Entity
                @Table(schema = "sales")
                public class Invoice {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                }
                """);
        Compilation compilation = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.hibernate=6.4").compile(ticket, invoice);

        assertThat(schema(compilation, "shop").sequences()).containsExactly(
                new Sequence("sales.invoice_id_seq", 1, 1, null, new Sequence.Owner("sales.invoice", "id")),
                new Sequence("ticket_id_seq", 1, 1, "integer", new Sequence.Owner("ticket", "id")));
        assertThat(schema(compilation, "shop").table("ticket").orElseThrow().column("id").orElseThrow()
                .defaultValue()).isEqualTo("nextval('ticket_id_seq'::regclass)");
    }

    @Test
    void aMinorWhoseDdlIsReproducedOnlyInPartSaysWhere() {
        for (String minor : List.of("6.2", "6.3", "6.4", "6.5")) {
            CompilationSubject.assertThat(compile(SUPPLIER, "-Amigration.hibernate=" + minor)).hadWarningCount(0);
        }
        Compilation reproduced = compile(SUPPLIER, "-Amigration.hibernate=6.6");
        CompilationSubject.assertThat(reproduced).succeeded();
        CompilationSubject.assertThat(reproduced).hadWarningCount(0);
        for (String reproducedToo : new String[] {"7.0", "7.1", "7.2", "7.3", "7.4"}) {
            CompilationSubject.assertThat(compile(SUPPLIER, "-Amigration.hibernate=" + reproducedToo)).hadWarningCount(0);
        }
    }

    /** 7.2, which Spring Boot 4.0 runs: the line's time(0) and generator rules, but a nullable @Version as before 7.4. */
    @Test
    void hibernate72LeavesTheVersionNullable() {
        assertSameSchema(schema(compile(SUPPLIER, "-Amigration.hibernate=7.2"), "shop"), Schema.builder()
                .table("purchaseorder", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("version", "integer")
                        .column("cutoff", "time(0)")
                        .column("customername", "varchar(255)")
                        .primaryKey("purchaseorder_pkey", "id"))
                .sequence("order_ids", 1, 50)
                .build());
    }

    @Test
    void springBootNamingWritesSnakeCase() {
        assertSameSchema(schema(compile(SUPPLIER, "-Amigration.naming=spring-boot"), "shop"), Schema.builder()
                .table("purchase_order", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("version", "integer", c -> c.notNull())
                        .column("cut_off", "time(0)")
                        .column("customer_name", "varchar(255)")
                        .primaryKey("purchase_order_pkey", "id"))
                .sequence("order_ids", 1, 50)
                .build());
    }

    @Test
    void anUnknownValueIsAnErrorThatListsTheKnownOnes() {
        Compilation compilation = compile(SUPPLIER, "-Amigration.naming=snake");

        CompilationSubject.assertThat(compilation)
                .hadErrorContaining("Unknown value for -Amigration.naming: snake; use one of [jpa, spring-boot, snake-case], or the class name of your"
                        + " Hibernate PhysicalNamingStrategy");
    }

    @Test
    void theApplicationsOwnStrategyClassNamesTablesColumnsAndSequences() {
        Compilation compilation = compile(SUPPLIER, "-Amigration.naming=" + PrefixedNamingStrategy.class.getName());

        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("app_purchase_order", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("version", "integer", c -> c.notNull())
                        .column("cut_off", "time(0)")
                        .column("customer_name", "varchar(255)")
                        .primaryKey("app_purchase_order_pkey", "id"))
                .sequence("seq_order_ids", 1, 50)
                .build());
    }

    @Test
    void aStrategyClassThatCannotBeUsedIsAnErrorSayingWhy() {
        CompilationSubject.assertThat(compile(SUPPLIER, "-Amigration.naming=com.acme.MissingNaming"))
                .hadErrorContaining("-Amigration.naming=com.acme.MissingNaming names no class on the annotation"
                        + " processor path");
        CompilationSubject.assertThat(compile(SUPPLIER, "-Amigration.naming=java.lang.String"))
                .hadErrorContaining("The naming strategy java.lang.String does not implement"
                        + " org.hibernate.boot.model.naming.PhysicalNamingStrategy");
    }

    private static Compilation compile(JavaFileObject source, String... options) {
        return javac().withProcessors(new JpaMigrateProcessor()).withOptions((Object[]) options).compile(source);
    }
}
