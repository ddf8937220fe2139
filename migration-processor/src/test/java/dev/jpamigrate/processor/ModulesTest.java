package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.nio.file.Path;
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

    private static CompiledProject project(ClassDirectoryCompiler... modules) {
        return new CompiledProject(ClassDirectoryCompiler.classLoaderOf(modules), "db.migration");
    }
}
