package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.ApplicationBuild.entities;
import static dev.jpamigrate.processor.ApplicationBuild.fixtureModule;
import static dev.jpamigrate.processor.ApplicationBuild.javaSources;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.core.Migrator;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        ClassDirectoryCompiler model = fixtureModule(FIXTURES.resolve(fixture), work.resolve("classes"), "jpa");
        assertNothingToGenerateAfterBaseline(model, "jpa", work.resolve("src"));
    }

    @Test
    void theChangeKindsModelHibernateBuiltNeedsNoMigration(@TempDir Path work) throws Exception {
        ClassDirectoryCompiler v2 = fixtureModule(FIXTURES.resolve("changekinds/v2"), work.resolve("classes"),
                "spring-boot");
        assertNothingToGenerateAfterBaseline(v2, "spring-boot", work.resolve("src"));
    }

    @Test
    void aDatabaseHibernateBuiltFromOlderEntitiesGetsOnlyTheDifference(@TempDir Path work) throws Exception {
        String naming = "spring-boot";
        ClassDirectoryCompiler v1 = fixtureModule(FIXTURES.resolve("changekinds/v1"), work.resolve("v1"), naming);
        ClassDirectoryCompiler v2 = fixtureModule(FIXTURES.resolve("changekinds/v2"), work.resolve("v2"), naming);

        // What a project whose migrations built v1 generates for v2: the reference.
        Path reference = work.resolve("reference");
        ClassDirectoryCompiler referenceV2 = fixtureModule(FIXTURES.resolve("changekinds/v2"), work.resolve("ref-v2"),
                naming);
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
                assertSameSchema(CheckConjuncts.sorted(db.catalog()), CheckConjuncts.sorted(hibernates.catalog()));
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
            Schema built = db.catalog(schemas);

            GenerateResult baseline = migrator(model, sources, BASELINE_CLOCK, db).baseline(null);
            model.compile(javaSources(baseline.migrations()));
            GenerateResult next = migrator(model, sources, NEXT_CLOCK, db).generate("after baseline");

            assertThat(next.upgrade()).as("what generate finds after the baseline").isEmpty();
            assertThat(db.catalog(schemas)).as("the baseline did not run").isEqualTo(built);
            // The checksum recorded is the one upgrade computes for the compiled class: nothing counts as edited.
            List<String> warnings = new ArrayList<>();
            migrator(model, sources, NEXT_CLOCK, db, warnings).upgrade("head");
            assertThat(warnings).isEmpty();
            // A new database built from the baseline is Hibernate's, but for the order of a check's terms.
            try (TestDatabase fresh = TestDatabase.create()) {
                migrator(model, sources, NEXT_CLOCK, fresh).upgrade("head");
                assertSameSchema(CheckConjuncts.sorted(fresh.catalog(schemas)), CheckConjuncts.sorted(built));
            }
        }
    }

    private static Migrator migrator(ClassDirectoryCompiler module, Path sources, Clock clock, TestDatabase db) {
        return migrator(module, sources, clock, db, new ArrayList<>());
    }

    private static Migrator migrator(ClassDirectoryCompiler module, Path sources, Clock clock, TestDatabase db,
            List<String> warnings) {
        return ApplicationBuild.migrator(module, sources, clock, db, warnings::add);
    }
}
