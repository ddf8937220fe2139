package dev.jpamigrate.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.ProjectFixture;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine reads the entity snapshots back and refuses every snapshot that does not hold
 * the entities on the class path: a partial snapshot would become {@code DROP TABLE}.
 */
class CompiledProjectTest {
    private static final Schema CUSTOMER = Schema.builder()
            .table("customer", t -> t.column("id", "bigint", c -> c.identity()).primaryKey("customer_pkey", "id"))
            .build();

    @TempDir
    Path dir;

    private ProjectFixture project;

    @BeforeEach
    void entityClasses() {
        project = new ProjectFixture(dir)
                .source("jakarta/persistence/Entity.java", """
                        package jakarta.persistence;

                        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                        public @interface Entity {
                        }
                        """)
                .source("com/acme/Customer.java", "package com.acme;\n\n@jakarta.persistence.Entity\npublic class Customer {\n}\n")
                .source("com/acme/Product.java", "package com.acme;\n\n@jakarta.persistence.Entity\npublic class Product {\n}\n")
                .source("com/acme/Money.java", "package com.acme;\n\npublic class Money {\n}\n");
    }

    @Test
    void theSnapshotsAreReadBackIntoTheModel() {
        project.entities(CUSTOMER, List.of("com.acme.Customer"));

        assertThat(entitySchema()).isEqualTo(CUSTOMER);
    }

    @Test
    void aSnapshotWithoutAnEntityThatTheProcessorListedIsRefused() {
        project.entities(CUSTOMER, List.of("com.acme.Customer"))
                .processorFile(IndexFiles.ENTITIES, "com.acme.Customer\ncom.acme.Product\n");

        assertThatThrownBy(this::entitySchema).isInstanceOf(MigrationException.class)
                .hasMessage("No entity snapshot holds [com.acme.Product], which the processor listed: run mvn clean"
                        + " compile.");
    }

    @Test
    void aSnapshotOfAnEntityThatNoLongerExistsOrIsNoLongerAnEntityIsRefused() {
        project.entities(CUSTOMER, List.of("com.acme.Customer", "com.acme.Gone"));
        assertThatThrownBy(this::entitySchema).isInstanceOf(MigrationException.class)
                .hasMessage("The entity snapshot META-INF/jpamigrate/schema/com.acme.schema is out of date"
                        + " (com.acme.Gone no longer exists): run mvn clean compile.");

        project.entities(CUSTOMER, List.of("com.acme.Customer", "com.acme.Money"));
        assertThatThrownBy(this::entitySchema).isInstanceOf(MigrationException.class)
                .hasMessage("The entity snapshot META-INF/jpamigrate/schema/com.acme.schema is out of date"
                        + " (com.acme.Money is no longer an @Entity): run mvn clean compile.");
    }

    /**
     * The entity classes are read from their class files, found beside the snapshot, or, when a build
     * keeps them apart (the snapshot in a jar, the classes in a directory), wherever the class path has them.
     */
    @Test
    void theEntityClassesAreFoundWhereverTheClassPathHasThem() throws IOException {
        project.entities(CUSTOMER, List.of("com.acme.Customer"));
        Path compiled = Path.of(((URLClassLoader) project.compile()).getURLs()[0].getPath());
        Path classes = dir.resolve("classes-only");
        Path snapshotJar = dir.resolve("snapshots.jar");
        try (Stream<Path> files = Files.walk(compiled);
                JarOutputStream jar = new JarOutputStream(Files.newOutputStream(snapshotJar))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = compiled.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("META-INF/")) {
                    jar.putNextEntry(new JarEntry(name));
                    jar.write(Files.readAllBytes(file));
                    jar.closeEntry();
                } else {
                    Files.createDirectories(classes.resolve(name).getParent());
                    Files.copy(file, classes.resolve(name));
                }
            }
        }

        try (URLClassLoader apart = new URLClassLoader(new URL[] {snapshotJar.toUri().toURL(),
                classes.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(new CompiledProject(apart, ProjectFixture.PACKAGE).entitySchema()).isEqualTo(CUSTOMER);
        }
        Files.delete(classes.resolve("com/acme/Customer.class"));
        try (URLClassLoader apart = new URLClassLoader(new URL[] {snapshotJar.toUri().toURL(),
                classes.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> new CompiledProject(apart, ProjectFixture.PACKAGE).entitySchema())
                    .isInstanceOf(MigrationException.class).hasMessageContaining("(com.acme.Customer no longer exists)");
        }
    }

    /** A class file that the reader cannot read is left to the class loader, which refuses it as it did before. */
    @Test
    void anEntityWhoseClassFileIsDamagedIsRefusedAsMissing() throws IOException {
        project.entities(CUSTOMER, List.of("com.acme.Customer"));
        URL output = ((URLClassLoader) project.compile()).getURLs()[0];
        Files.write(Path.of(output.getPath()).resolve("com/acme/Customer.class"),
                new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0});

        try (URLClassLoader damaged = new URLClassLoader(new URL[] {output}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> new CompiledProject(damaged, ProjectFixture.PACKAGE).entitySchema())
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("The entity snapshot META-INF/jpamigrate/schema/com.acme.schema is out of date"
                            + " (com.acme.Customer no longer exists): run mvn clean compile.");
        }
    }

    @Test
    void anUnreadableSnapshotIsRefusedWithItsLine() {
        project.entities(CUSTOMER, List.of("com.acme.Customer"))
                .processorFile(IndexFiles.entitySchema("com.acme"), "jpamigrate-schema 1\n\ntable customer\n  colum id bigint\n");

        assertThatThrownBy(this::entitySchema).isInstanceOf(MigrationException.class)
                .hasMessage("The entity snapshot META-INF/jpamigrate/schema/com.acme.schema, line 4: unknown line"
                        + " 'colum': expected table, sequence, hint, column, comment, primary-key, unique, check, index,"
                        + " unique-index or foreign-key: run mvn clean compile.");
    }

    @Test
    void aRegisteredSnapshotThatIsMissingIsRefused() {
        project.processorFile(IndexFiles.ENTITY_SCHEMAS, IndexFiles.entitySchema("com.acme.shop") + "\n");

        assertThatThrownBy(this::entitySchema).isInstanceOf(MigrationException.class)
                .hasMessage("The entity snapshot META-INF/jpamigrate/schema/com.acme.shop.schema, which the processor"
                        + " registered, is not on the class path: run mvn clean compile.");
    }

    @Test
    void entitiesCompiledByAnOlderVersionAreToldToRecompile() {
        project.processorFile(IndexFiles.OLD_ENTITY_SNAPSHOTS, "com.acme.EntitySchema\n");

        assertThatThrownBy(this::entitySchema).isInstanceOf(MigrationException.class)
                .hasMessage("The entities on the class path were compiled by an older JPA Migrate, whose snapshots were"
                        + " classes: run mvn clean compile (mvn clean install for the entity modules of a multi-module"
                        + " build).");
    }

    private Schema entitySchema() {
        return new CompiledProject(project.compile(), ProjectFixture.PACKAGE).entitySchema();
    }
}
