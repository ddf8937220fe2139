package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.processor.read.ConverterSources;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An auto-applied converter compiled in a dependency jar (here a class directory compiled
 * first, without the processor) changes the column type of every attribute it converts. The
 * processor finds it where Hibernate's users make it known: in the entities' package (Spring
 * Boot's entity scan), or named by {@code -Amigration.converters} (a persistence unit's
 * {@code <class>}); the conformance fixture {@code catalogue} has the first case.
 */
class ConverterJarTest {
    @Test
    void aConverterOfAnotherPackageAppliesWhenTheOptionNamesItsPackageAsHibernateAppliesIt(@TempDir Path work)
            throws Exception {
        ClassDirectoryCompiler library = library(work);
        ClassDirectoryCompiler shop = new ClassDirectoryCompiler(work.resolve("shop")).withDependency(library)
                .withProcessorOption(ConverterSources.OPTION, "com.acme.types");
        shop.compile(entity());

        assertThat(column(shop, "delivery")).isEqualTo("bigint");
        ClassLoader loader = shop.classLoaderWithDependencies();
        try (TestDatabase db = TestDatabase.create()) {
            // The persistence unit lists the converter, as the option does for the processor.
            HibernateSchema.run(db, List.of(Class.forName("com.acme.shop.Shipment", true, loader),
                    Class.forName("com.acme.types.MinutesConverter", true, loader)), "jpa", "create-only");
            try (Connection c = db.connect()) {
                assertThat(CatalogReader.read(c, "public", List.of(), Set.of()).table("shipment").orElseThrow()
                        .column("delivery").orElseThrow().type()).isEqualTo("bigint");
            }
        }
    }

    @Test
    void theOptionNamesConverterClassesToo(@TempDir Path work) {
        ClassDirectoryCompiler library = library(work);
        ClassDirectoryCompiler shop = new ClassDirectoryCompiler(work.resolve("shop")).withDependency(library)
                .withProcessorOption(ConverterSources.OPTION, "com.acme.types.MinutesConverter");
        shop.compile(entity());

        assertThat(column(shop, "delivery")).isEqualTo("bigint");
        assertThat(shop.index("META-INF/jpamigrate/converters")).containsExactly("com.acme.types.MinutesConverter");
    }

    @Test
    void withoutTheOptionAConverterOfAnotherPackageIsNotApplied(@TempDir Path work) {
        ClassDirectoryCompiler library = library(work);
        ClassDirectoryCompiler shop = new ClassDirectoryCompiler(work.resolve("shop")).withDependency(library);
        shop.compile(entity());

        // Neither Spring Boot's scan of com.acme.shop nor a persistence unit without the class would apply it.
        assertThat(column(shop, "delivery")).isEqualTo("numeric(21,0)");
    }

    @Test
    void anOptionThatNamesNothingOnTheClassPathIsAnError(@TempDir Path work) {
        ClassDirectoryCompiler library = library(work);
        ClassDirectoryCompiler shop = new ClassDirectoryCompiler(work.resolve("shop")).withDependency(library)
                .withProcessorOption(ConverterSources.OPTION, "com.acme.typos");

        assertThat(shop.compileReportingErrors(entity())).extracting(d -> d.getMessage(null))
                .containsExactly("-Amigration.converters names com.acme.typos, which is no class or package on the"
                        + " class path: give the qualified name of a converter class, or of a package that holds"
                        + " converters");
    }

    private static ClassDirectoryCompiler library(Path work) {
        ClassDirectoryCompiler library = new ClassDirectoryCompiler(work.resolve("types")).withoutProcessor();
        library.compile(jakarta("com.acme.types.MinutesConverter", """
                @Converter(autoApply = true)
                public class MinutesConverter implements AttributeConverter<Duration, Long> {
                    public Long convertToDatabaseColumn(Duration d) { return d == null ? null : d.toMinutes(); }
                    public Duration convertToEntityAttribute(Long m) { return m == null ? null : Duration.ofMinutes(m); }
                }
                """));
        return library;
    }

    private static javax.tools.JavaFileObject entity() {
        return jakarta("com.acme.shop.Shipment", """
                @Entity
                public class Shipment {
                    @Id Long id;
                    Duration delivery;
                }
                """);
    }

    private static String column(ClassDirectoryCompiler module, String name) {
        return module.entitySchema().table("shipment").orElseThrow().column(name).map(Column::type).orElseThrow();
    }
}
