package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.SchemaDifference.columnsByName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.jpamigrate.CheckConstraint;
import dev.jpamigrate.EntitySnapshot;
import dev.jpamigrate.ForeignKey;
import dev.jpamigrate.Operation;
import dev.jpamigrate.Schema;
import dev.jpamigrate.Sequence;
import dev.jpamigrate.Table;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hibernate ORM is the judge: for the shop fixtures ({@code dev.jpamigrate.processor.shop},
 * compiled by Maven with the processor), the schema Hibernate 7.4 creates on PostgreSQL
 * equals the processor's snapshot, and Hibernate validates a database built from the
 * snapshot.
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

    @Test
    void hibernateCreatesExactlyTheSchemaOfTheSnapshot() throws SQLException {
        try (TestDatabase db = TestDatabase.create()) {
            hibernate(db, "create-only");

            Schema created;
            try (Connection c = db.connect()) {
                created = CatalogReader.read(c, "public", OTHER_SCHEMAS, Set.of());
            }
            // Hibernate orders a new table's columns by its own layout rule; PostgreSQL keeps that order.
            assertSameSchema(columnsByName(created), columnsByName(snapshot));
        }
    }

    @Test
    void hibernateValidatesADatabaseBuiltFromTheSnapshot() throws SQLException {
        try (TestDatabase db = TestDatabase.create()) {
            try (Connection c = db.connect(); Statement statement = c.createStatement()) {
                for (String sql : ddl(snapshot)) {
                    statement.execute(sql);
                }
                assertSameSchema(reprintedChecksAsFirstPrinted(CatalogReader.read(c, "public", OTHER_SCHEMAS, Set.of())),
                        snapshot);
            }

            assertThatCode(() -> hibernate(db, "validate")).doesNotThrowAnyException();
        }
    }

    /**
     * PostgreSQL does not print a check back as it printed it first: Hibernate's
     * {@code state in ('A','B')} on a varchar prints as
     * {@code state::text = ANY (ARRAY['A'::character varying, 'B'::character varying]::text[])},
     * and that text, executed again, prints as
     * {@code state::text = ANY (ARRAY['A'::character varying::text, 'B'::character varying::text])}.
     * The model has no canonical form for the two yet (see the processor's report); this
     * turns the second into the first, and leaves every other expression as it is.
     */
    private static Schema reprintedChecksAsFirstPrinted(Schema schema) {
        Pattern reprinted = Pattern.compile("= ANY \\(ARRAY\\[((?:'[^']*'::character varying::text(?:, )?)+)\\]\\)");
        List<Table> tables = schema.tables().stream().map(t -> t.withChecks(checks -> {
            checks.replaceAll(check -> {
                Matcher m = reprinted.matcher(check.expression());
                String expression = m.find() ? m.replaceFirst(Matcher.quoteReplacement("= ANY (ARRAY["
                        + m.group(1).replace("::character varying::text", "::character varying") + "]::text[])"))
                        : check.expression();
                return new CheckConstraint(check.name(), expression);
            });
            return checks;
        })).toList();
        return new Schema(tables, schema.sequences());
    }

    /** Schemas, sequences, tables without their foreign keys, then the foreign keys: tables may reference each other. */
    private static List<String> ddl(Schema schema) {
        List<Operation> operations = new ArrayList<>();
        schema.schemaNames().forEach(name -> operations.add(new Operation.CreateSchema(name)));
        for (Sequence sequence : schema.sequences()) {
            operations.add(new Operation.CreateSequence(sequence));
        }
        for (Table table : schema.tables()) {
            operations.add(new Operation.CreateTable(table.withForeignKeys(fks -> List.of())));
        }
        for (Table table : schema.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                operations.add(new Operation.AddForeignKey(table.name(), fk));
            }
        }
        PostgresDialect dialect = new PostgresDialect();
        List<String> sql = new ArrayList<>();
        operations.forEach(op -> sql.addAll(dialect.render(op)));
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
