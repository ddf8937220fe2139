package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.SchemaDifference.columnsByName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.jpamigrate.CheckConstraint;
import dev.jpamigrate.EntitySnapshot;
import dev.jpamigrate.Schema;
import dev.jpamigrate.Table;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hibernate ORM is the judge: for the shop fixtures ({@code dev.jpamigrate.processor.shop},
 * compiled by Maven with the processor), the database that the snapshot builds is the one
 * Hibernate 7.4 builds on PostgreSQL, and Hibernate validates it. The snapshot's database is
 * built by the operations of the first migration {@code migration:generate} would write.
 */
class HibernateConformanceTest {
    private static final List<String> OTHER_SCHEMAS = List.of("billing", "catalog");

    private static Schema snapshot;
    private static List<Class<?>> entities;

    @BeforeAll
    static void loadTheSnapshotsMavenCompiled() throws ClassNotFoundException {
        Schema merged = Schema.EMPTY;
        List<String> names = new ArrayList<>();
        for (EntitySnapshot s : ServiceLoader.load(EntitySnapshot.class, HibernateConformanceTest.class.getClassLoader())) {
            merged = merged.merge(s.schema());
            names.addAll(s.entityClasses());
        }
        assertThat(names).as("the fixtures' entities, from both snapshots").hasSize(12);
        entities = new ArrayList<>();
        for (String name : names) {
            entities.add(Class.forName(name));
        }
        snapshot = merged;
    }

    /**
     * The judge: Hibernate builds its schema in one database, the snapshot builds another,
     * and the two catalogs are equal. Catalog against catalog, because PostgreSQL prints
     * check expressions in its own normal form whoever wrote them.
     */
    @Test
    void theSnapshotBuildsTheDatabaseHibernateBuilds() throws SQLException {
        try (TestDatabase hibernates = TestDatabase.create(); TestDatabase ours = TestDatabase.create()) {
            hibernate(hibernates, "create-only");
            build(ours, snapshot);

            // Hibernate orders a new table's columns by its own layout rule; PostgreSQL keeps that order.
            assertSameSchema(columnsByName(catalog(hibernates)), columnsByName(catalog(ours)));
        }
    }

    /** Everything but the text of check expressions is already in the catalog's form in the snapshot. */
    @Test
    void theSnapshotHoldsWhatTheCatalogHoldsButReadableChecks() throws SQLException {
        try (TestDatabase ours = TestDatabase.create()) {
            build(ours, snapshot);

            assertSameSchema(withoutCheckText(catalog(ours)), withoutCheckText(snapshot));
        }
    }

    @Test
    void hibernateValidatesADatabaseBuiltFromTheSnapshot() throws SQLException {
        try (TestDatabase ours = TestDatabase.create()) {
            build(ours, snapshot);

            assertThatCode(() -> hibernate(ours, "validate")).doesNotThrowAnyException();
        }
    }

    private static Schema catalog(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return CatalogReader.read(c, "public", OTHER_SCHEMAS, Set.of());
        }
    }

    private static void build(TestDatabase db, Schema schema) throws SQLException {
        try (Connection c = db.connect(); Statement statement = c.createStatement()) {
            for (String sql : ddl(schema)) {
                statement.execute(sql);
            }
        }
    }

    private static Schema withoutCheckText(Schema schema) {
        List<Table> tables = schema.tables().stream().map(t -> t.withChecks(checks -> {
            checks.replaceAll(check -> new CheckConstraint(check.name(), "..."));
            return checks;
        })).toList();
        return new Schema(tables, schema.sequences());
    }

    /** The statements of the first migration that {@code migration:generate} writes for {@code schema}. */
    private static List<String> ddl(Schema schema) {
        PostgresDialect dialect = new PostgresDialect();
        List<String> sql = new ArrayList<>();
        SchemaDiff.between(Schema.EMPTY, schema).upgrade().forEach(op -> sql.addAll(dialect.render(op)));
        return sql;
    }

    /** Starts Hibernate on {@code db} with the fixtures and {@code hibernate.hbm2ddl.auto}, and closes it again. */
    private static void hibernate(TestDatabase db, String schemaAction) {
        PersistenceConfiguration config = new PersistenceConfiguration("conformance")
                .property(PersistenceConfiguration.JDBC_URL, db.url())
                .property(PersistenceConfiguration.JDBC_USER, db.user())
                .property("hibernate.hbm2ddl.auto", schemaAction)
                .property("hibernate.hbm2ddl.create_namespaces", "true")
                .property("hibernate.hbm2ddl.halt_on_error", "true");
        if (db.password() != null) {
            config.property(PersistenceConfiguration.JDBC_PASSWORD, db.password());
        }
        entities.forEach(config::managedClass);
        try (EntityManagerFactory factory = config.createEntityManagerFactory()) {
            assertThat(factory.isOpen()).isTrue();
        }
    }
}
