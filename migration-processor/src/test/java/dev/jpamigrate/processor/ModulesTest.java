package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities of several modules, as the engine sees them on one class path. */
class ModulesTest {
    private static final JavaFileObject CUSTOMER = jakarta("com.acme.customers.Customer", """
            @Entity
            public class Customer {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
            }
            """);

    @Test
    void aRelationToAnotherModulesEntityJoinsTheirSnapshots(@TempDir Path work) {
        ClassDirectoryCompiler customers = new ClassDirectoryCompiler(work.resolve("customers"));
        customers.compile(CUSTOMER);
        ClassDirectoryCompiler orders = new ClassDirectoryCompiler(work.resolve("orders")).withDependency(customers);
        orders.compile(jakarta("com.acme.orders.PurchaseOrder", """
                import com.acme.customers.Customer;

                @Entity
                public class PurchaseOrder {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne(optional = false) Customer customer;
                }
                """));

        Schema schema = project(customers, orders).entitySchema();

        assertThat(schema.tables()).extracting(Table::name).containsExactly("customer", "purchaseorder");
        assertThat(schema.table("purchaseorder").orElseThrow().foreignKeys().get(0).referencedTable())
                .isEqualTo("customer");
    }

    @Test
    void entitiesOfOnePackageInTwoModulesAreRefusedRatherThanHalfSeen(@TempDir Path work) {
        ClassDirectoryCompiler first = new ClassDirectoryCompiler(work.resolve("first"));
        first.compile(CUSTOMER);
        ClassDirectoryCompiler second = new ClassDirectoryCompiler(work.resolve("second"));
        second.compile(jakarta("com.acme.customers.Address", """
                @Entity
                public class Address {
                    @Id Long id;
                }
                """));

        assertThatThrownBy(() -> project(first, second).entitySchema())
                .isInstanceOf(MigrationException.class)
                .hasMessage("Two modules have entities in package com.acme.customers, and each writes its snapshot"
                        + " META-INF/jpamigrate/schema/com.acme.customers.schema: keep the entities of a package in one"
                        + " module.");
    }

    @Test
    void aMappedSuperclassAndAnEmbeddableOfAnotherModuleMapTheirGettersAsHibernateDoes(@TempDir Path work) {
        ClassDirectoryCompiler platform = new ClassDirectoryCompiler(work.resolve("platform")).withoutProcessor();
        platform.compile(jakarta("com.acme.platform.Auditable", """
                @MappedSuperclass
                public abstract class Auditable {
                    private String createdBy;
                    private java.time.Instant createdAt;

                    @Column(name = "created_by", nullable = false, length = 64) @Access(AccessType.PROPERTY)
                    public String getCreatedBy() { return createdBy; }
                    public void setCreatedBy(String createdBy) { this.createdBy = createdBy.trim(); }
                    @Column(name = "created_at", nullable = false) @Access(AccessType.PROPERTY)
                    public java.time.Instant getCreatedAt() { return createdAt; }
                    public void setCreatedAt(java.time.Instant createdAt) { this.createdAt = createdAt; }
                }
                """), jakarta("com.acme.platform.Money", """
                @Embeddable
                @Access(AccessType.PROPERTY)
                public class Money {
                    private long cents;
                    @Column(name = "amount_cents") public long getCents() { return cents; }
                    public void setCents(long cents) { this.cents = cents; }
                }
                """));
        ClassDirectoryCompiler orders = new ClassDirectoryCompiler(work.resolve("orders")).withDependency(platform);
        orders.compile(jakarta("com.acme.orders.PurchaseOrder", """
                import com.acme.platform.*;

                @Entity
                public class PurchaseOrder extends Auditable {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    Money total;
                }
                """), jakarta("com.acme.orders.Invoice", """
                import com.acme.platform.*;

                @Entity
                public class Invoice extends Auditable {
                    private Long id;
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                }
                """));

        Schema schema = orders.entitySchema();

        assertThat(schema.table("purchaseorder").orElseThrow().columns()).extracting(c -> c.name() + " " + c.type())
                .containsExactlyInAnyOrder("id bigint", "created_by varchar(64)", "created_at timestamp(6) with time zone",
                        "amount_cents bigint");
        assertThat(schema.table("invoice").orElseThrow().columns()).extracting(c -> c.name() + " " + c.type())
                .containsExactlyInAnyOrder("id bigint", "created_by varchar(64)", "created_at timestamp(6) with time zone");
    }

    /**
     * Envers' revision table and its sequence are written with the first audited entity of each compilation: audited
     * entities of two modules each write them, and the engine's merge of the snapshots, which takes an equal table or
     * sequence once, holds one of each.
     */
    @Test
    void theRevisionTableOfAuditedEntitiesInTwoModulesIsOneTable(@TempDir Path work) {
        ClassDirectoryCompiler customers = new ClassDirectoryCompiler(work.resolve("customers"));
        customers.compile(jakarta("com.acme.customers.Client", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Client {
                    @Id Long id;
                    String name;
                }
                """));
        ClassDirectoryCompiler orders = new ClassDirectoryCompiler(work.resolve("orders")).withDependency(customers);
        orders.compile(jakarta("com.acme.orders.Basket", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Basket {
                    @Id Long id;
                }
                """));
        assertThat(customers.entitySchema().table("revinfo")).isPresent();
        assertThat(orders.entitySchema().table("revinfo")).isPresent();

        Schema schema = project(customers, orders).entitySchema();

        assertThat(schema.tables()).extracting(Table::name)
                .containsExactly("basket", "basket_aud", "client", "client_aud", "revinfo");
        assertThat(schema.sequences()).extracting(s -> s.name()).containsExactly("revinfo_seq");
    }

    /**
     * A revision entity in a module the audited entities' module depends on: Envers gives them that revision entity, so
     * their audit tables reference its table, typed as its key, and no module writes REVINFO.
     */
    @Test
    void theRevisionEntityOfAModuleCompiledBeforeIsTheRevisionTableOfTheAuditedEntities(@TempDir Path work) {
        ClassDirectoryCompiler common = new ClassDirectoryCompiler(work.resolve("common"));
        common.compile(jakarta("com.acme.common.AuditRevision", """
                import org.hibernate.envers.*;
                @Entity @RevisionEntity @Table(name = "revisions")
                public class AuditRevision {
                    @Id @GeneratedValue @RevisionNumber long id;
                    @RevisionTimestamp long timestamp;
                }
                """));
        ClassDirectoryCompiler orders = new ClassDirectoryCompiler(work.resolve("orders")).withDependency(common);
        orders.compile(jakarta("com.acme.orders.Basket", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Basket {
                    @Id Long id;
                }
                """));

        Schema schema = project(common, orders).entitySchema();

        assertThat(schema.tables()).extracting(Table::name).containsExactly("basket", "basket_aud", "revisions");
        Table audit = schema.table("basket_aud").orElseThrow();
        assertThat(audit.columns()).extracting(c -> c.name() + " " + c.type()).contains("rev bigint");
        assertThat(audit.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.referencedTable()).isEqualTo("revisions");
            assertThat(fk.referencedColumns()).containsExactly("id");
        });
    }

    /**
     * A revision entity in a module compiled after the audited entities' (one that depends on it): their module wrote
     * REVINFO, not seeing it, and the revision entity's module warns of it, naming them.
     */
    @Test
    void aRevisionEntityCompiledAfterEntitiesAuditedWithRevinfoIsAWarning(@TempDir Path work) {
        ClassDirectoryCompiler orders = new ClassDirectoryCompiler(work.resolve("orders"));
        orders.compile(jakarta("com.acme.orders.Basket", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Basket {
                    @Id Long id;
                }
                """));
        ClassDirectoryCompiler app = new ClassDirectoryCompiler(work.resolve("app")).withDependency(orders);
        List<Diagnostic<? extends JavaFileObject>> diagnostics = app.compileReportingDiagnostics(
                jakarta("com.acme.app.AuditRevision", """
                        import org.hibernate.envers.*;
                        @Entity @RevisionEntity
                        public class AuditRevision extends RevisionMapping {
                        }
                        """));

        assertThat(diagnostics).filteredOn(d -> d.getKind() == Diagnostic.Kind.WARNING)
                .extracting(d -> d.getMessage(null)).singleElement().asString()
                .startsWith("Audited entities of a module compiled before this one (com.acme.orders.Basket) have audit"
                        + " tables that reference REVINFO");
        assertThat(diagnostics).noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    }

    /** Audited entities of two packages of one module: the revision table is in one package's snapshot only. */
    @Test
    void theRevisionTableOfAuditedEntitiesInTwoPackagesIsWrittenOnce(@TempDir Path work) {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work.resolve("module"));
        module.compile(jakarta("com.acme.customers.Client", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Client {
                    @Id Long id;
                }
                """), jakarta("com.acme.orders.Basket", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Basket {
                    @Id Long id;
                }
                """));
        assertThat(module.snapshots()).filteredOn(s -> s.schema().table("revinfo").isPresent()).hasSize(1);

        Schema schema = project(module).entitySchema();

        assertThat(schema.tables()).extracting(Table::name)
                .containsExactly("basket", "basket_aud", "client", "client_aud", "revinfo");
        assertThat(schema.sequences()).extracting(s -> s.name()).containsExactly("revinfo_seq");
    }

    private static CompiledProject project(ClassDirectoryCompiler... modules) {
        return new CompiledProject(ClassDirectoryCompiler.classLoaderOf(modules), "db.migration");
    }
}
