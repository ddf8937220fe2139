package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.Migrator;
import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.processor.write.SnapshotFiles;
import dev.jpamigrate.runner.DatabaseSettings;
import dev.jpamigrate.runner.HistoryTable;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code baseline} on databases that Hibernate ORM built with {@code ddl-auto}: from the same entities,
 * the next {@code generate} finds nothing to do (PostgreSQL's printed defaults and checks, Hibernate's
 * order of columns and of a check's terms are no change); from an older version of them
 * ({@code changekinds/v1}, adopted by the project at {@code v2}), it writes the same upgrade as the
 * project whose migrations built v1 would get, and that upgrade gives Hibernate's schema of v2.
 */
class BaselineHibernateTest {
    private static final Path FIXTURES = Path.of("src/test/fixtures");
    private static final Clock BASELINE_CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final Clock NEXT_CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shop", "types", "columns", "collections", "embedded", "inheritance", "relations",
            "validation", "hibernate", "generators", "keywords", "enterprise", "marketplace"})
    void aDatabaseHibernateBuiltFromTheSameEntitiesNeedsNoMigration(String fixture, @TempDir Path work)
            throws Exception {
        ClassDirectoryCompiler model = compile(FIXTURES.resolve(fixture), work.resolve("classes"), "jpa");
        assertNothingToGenerateAfterBaseline(model, "jpa", work.resolve("src"));
    }

    @Test
    void theChangeKindsModelHibernateBuiltNeedsNoMigration(@TempDir Path work) throws Exception {
        ClassDirectoryCompiler v2 = compile(FIXTURES.resolve("changekinds/v2"), work.resolve("classes"), "spring-boot");
        assertNothingToGenerateAfterBaseline(v2, "spring-boot", work.resolve("src"));
    }

    @Test
    void aDatabaseHibernateBuiltFromOlderEntitiesGetsOnlyTheDifference(@TempDir Path work) throws Exception {
        String naming = "spring-boot";
        ClassDirectoryCompiler v1 = compile(FIXTURES.resolve("changekinds/v1"), work.resolve("v1"), naming);
        ClassDirectoryCompiler v2 = compile(FIXTURES.resolve("changekinds/v2"), work.resolve("v2"), naming);

        // What a project whose migrations built v1 generates for v2: the reference.
        Path reference = work.resolve("reference");
        ClassDirectoryCompiler referenceV2 = compile(FIXTURES.resolve("changekinds/v2"), work.resolve("ref-v2"), naming);
        GenerateResult initial = migrator(v1, reference, BASELINE_CLOCK, null).generate("v1 schema");
        referenceV2.compile(javaSources(initial.migrations()));
        GenerateResult expected = migrator(referenceV2, reference, NEXT_CLOCK, null).generate("to v2");

        try (TestDatabase db = TestDatabase.create()) {
            HibernateSchema.run(db, entities(v1), naming, "create-only");
            db.execute("insert into customer (id, name, created_by, created_at, updated_at)"
                    + " values (1, 'Ada', 'seed', now(), now())");
            Path sources = work.resolve("src");

            GenerateResult baseline = migrator(v2, sources, BASELINE_CLOCK, db).baseline(null);
            v2.compile(javaSources(baseline.migrations()));
            GenerateResult change = migrator(v2, sources, NEXT_CLOCK, db).generate("to v2");

            assertThat(change.upgrade()).as("the upgrade generated after the baseline")
                    .containsExactlyElementsOf(expected.upgrade());
            v2.compile(javaSources(change.migrations()));
            migrator(v2, sources, NEXT_CLOCK, db).upgrade("head");
            try (TestDatabase hibernates = TestDatabase.create()) {
                HibernateSchema.run(hibernates, entities(v2), naming, "create-only");
                assertSameSchema(CheckConjuncts.sorted(catalog(db)), CheckConjuncts.sorted(catalog(hibernates)));
            }
            assertThat(db.strings("select name || ' ' || created_by from customer")).containsExactly("Ada seed");
            assertThat(db.strings("select action from migration_log order by id").get(0)).isEqualTo("stamp");
        }
    }

    private static void assertNothingToGenerateAfterBaseline(ClassDirectoryCompiler model, String naming,
            Path sources) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            HibernateSchema.run(db, entities(model), naming, "create-only");
            Set<String> schemas = model.entitySchema().schemaNames();
            Schema built = catalog(db, schemas);

            GenerateResult baseline = migrator(model, sources, BASELINE_CLOCK, db).baseline(null);
            model.compile(javaSources(baseline.migrations()));
            GenerateResult next = migrator(model, sources, NEXT_CLOCK, db).generate("after baseline");

            assertThat(next.upgrade()).as("what generate finds after the baseline").isEmpty();
            assertThat(catalog(db, schemas)).as("the baseline did not run").isEqualTo(built);
            // The checksum recorded is the one upgrade computes for the compiled class: nothing counts as edited.
            List<String> warnings = new ArrayList<>();
            migrator(model, sources, NEXT_CLOCK, db, warnings).upgrade("head");
            assertThat(warnings).isEmpty();
            // A new database built from the baseline is Hibernate's, but for the order of a check's terms.
            try (TestDatabase fresh = TestDatabase.create()) {
                migrator(model, sources, NEXT_CLOCK, fresh).upgrade("head");
                assertSameSchema(CheckConjuncts.sorted(catalog(fresh, schemas)), CheckConjuncts.sorted(built));
            }
        }
    }

    private static ClassDirectoryCompiler compile(Path fixture, Path work, String naming) {
        ClassDirectoryCompiler compiler = new ClassDirectoryCompiler(work).withLombok()
                .withProcessorOption(ProcessorOptions.NAMING, naming)
                .withProcessorOption(ProcessorOptions.HIBERNATE, HibernateConformanceTest.hibernateOption());
        compiler.compileTree(fixture);
        return compiler;
    }

    private static Migrator migrator(ClassDirectoryCompiler module, Path sources, Clock clock, TestDatabase db) {
        return migrator(module, sources, clock, db, new ArrayList<>());
    }

    private static Migrator migrator(ClassDirectoryCompiler module, Path sources, Clock clock, TestDatabase db,
            List<String> warnings) {
        Migrator.Builder builder = Migrator.builder().classLoader(module.classLoader()).migrationPackage("db.migration")
                .sourceDirectory(sources.resolve("java")).resourceDirectory(sources.resolve("resources")).clock(clock)
                .log(new Log() {
                    @Override
                    public void info(String message) {
                    }

                    @Override
                    public void warn(String message) {
                        warnings.add(message);
                    }
                });
        if (db != null) {
            builder.database(new DatabaseSettings(db.url(), db.user(), db.password(), "public"));
        }
        return builder.build();
    }

    private static Schema catalog(TestDatabase db) throws SQLException {
        return catalog(db, Set.of());
    }

    /** The public schema and {@code otherSchemas}, without the history. */
    private static Schema catalog(TestDatabase db, Set<String> otherSchemas) throws SQLException {
        try (Connection c = db.connect()) {
            return CatalogReader.read(c, "public", otherSchemas, Set.of(HistoryTable.HISTORY, HistoryTable.LOG));
        }
    }

    /** The entities of the model's snapshots and its auto-applied converters, loaded for Hibernate. */
    private static List<Class<?>> entities(ClassDirectoryCompiler model) throws ClassNotFoundException {
        ClassLoader loader = model.classLoader();
        List<Class<?>> entities = new ArrayList<>();
        for (SchemaFile snapshot : GeneratedSnapshots.onClassPath(loader)) {
            for (String name : snapshot.entities()) {
                entities.add(Class.forName(name, true, loader));
            }
        }
        for (String name : model.resourceLines(SnapshotFiles.CONVERTERS)) {
            entities.add(Class.forName(name, true, loader));
        }
        return entities;
    }

    private static JavaFileObject[] javaSources(List<Path> files) throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(Sources.file("db.migration." + file.getFileName().toString().replace(".java", ""),
                    Files.readString(file)));
        }
        return sources.toArray(JavaFileObject[]::new);
    }
}
