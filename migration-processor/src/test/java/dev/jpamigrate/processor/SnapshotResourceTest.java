package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.index;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.index.IndexFiles;
import jakarta.persistence.Entity;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The entity snapshot is data, never code: a text resource per package in the class output,
 * so javac compiles nothing more and the entity module needs nothing of JPA Migrate.
 */
class SnapshotResourceTest {
    private static final JavaFileObject CUSTOMER = jakarta("com.acme.shop.Customer", """
            @Entity
            @Table(comment = "People who buy")
            public class Customer {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, unique = true) String email;
                @Column(length = 80) String name;
            }
            """);
    private static final JavaFileObject ORDER = jakarta("com.acme.shop.PurchaseOrder", """
            @Entity
            public class PurchaseOrder {
                @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                @ManyToOne(optional = false) Customer customer;
            }
            """);

    @Test
    void thePackagesSnapshotIsATextResourceWithItsEntitiesAndAnIndexListsIt() throws IOException {
        Compilation compilation = Processing.compileCleanly(CUSTOMER, ORDER);

        assertThat(index(compilation, IndexFiles.ENTITY_SCHEMAS))
                .containsExactly("META-INF/jpamigrate/schema/com.acme.shop.schema");
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/jpamigrate/schema/com.acme.shop.schema").orElseThrow().getCharContent(true).toString())
                .isEqualTo("""
                        jpamigrate-schema 1
                        # The schema of the entities of package com.acme.shop, written by the JPA Migrate processor when they compiled.
                        entity com.acme.shop.Customer
                        entity com.acme.shop.PurchaseOrder
                        setting hibernate 7.4 default
                        setting naming jpa default

                        table customer
                          comment "People who buy"
                          column id bigint identity
                          column name varchar(80)
                          column email varchar(255) not-null
                          primary-key customer_pkey (id)
                          unique customer_email_key (email)

                        table purchaseorder
                          column customer_id bigint not-null
                          column id bigint not-null
                          primary-key purchaseorder_pkey (id)
                          foreign-key fk68gr19aoguvqe1dgy15md8qmw (customer_id) references customer (id)

                        sequence purchaseorder_seq start 1 increment 50
                        """);
        assertThat(compilation.generatedSourceFiles()).isEmpty();
    }

    @Test
    void anEntityModuleCompilesWithOnlyThePersistenceApiOnItsClassPath() throws URISyntaxException {
        File persistenceApi = new File(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        Compilation compilation = javac().withProcessors(new JpaMigrateProcessor())
                .withClasspath(List.of(persistenceApi)).compile(CUSTOMER, ORDER);

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(GeneratedSnapshots.schema(compilation, "com.acme.shop").tables()).hasSize(2);
    }
}
