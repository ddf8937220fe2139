package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.ApplicationBuild.entities;
import static dev.jpamigrate.processor.ApplicationBuild.fixtureModule;
import static dev.jpamigrate.processor.ApplicationBuild.javaSources;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.core.Migrator;
import dev.jpamigrate.lint.Finding;
import dev.jpamigrate.lint.LintReport;
import dev.jpamigrate.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One table per kind of schema change, with rows: the entities of {@code src/test/fixtures/changekinds/v1}
 * become those of {@code v2} the way a team edits its model (Lombok, Bean Validation, an audit base class,
 * property access on one entity). {@code generate} writes v1's migration, which builds a fresh database;
 * three rows go into every table; {@code generate} writes the migration from v1 to v2, which upgrades that
 * database. The catalog is then the one Hibernate builds for v2, and the rows still hold their values;
 * downgraded to v1's head, the catalog is Hibernate's for v1 and the rows hold their values again. The
 * migration sources are the same, byte for byte, when generated twice from the same inputs and clock.
 *
 * <p>The v1 to v2 migration, and the lint's findings on it, are written to {@code target/change-kinds/} for a
 * reader to review.
 */
class ChangeKindsFixtureTest {
    private static final Path FIXTURE = Path.of("src/test/fixtures/changekinds");
    private static final Path OUTPUT = Path.of("target/change-kinds");
    private static final String NAMING = "spring-boot";
    private static final Clock V1_CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock V2_CLOCK = Clock.fixed(Instant.parse("2026-02-10T14:30:00Z"), ZoneOffset.UTC);

    /**
     * What each table holds: the rows v1 is given, then what a query reads after the upgrade to v2 and
     * after the downgrade to v1 (rows as {@code col|col}, separated by {@code ; }).
     */
    private record Kind(String name, List<String> rows, String v2Query, String v2Rows, String v1Query, String v1Rows) {
        /** A change that keeps the table's columns: the same query reads the same rows on both sides. */
        static Kind kept(String name, String insert, String query, String rows) {
            return new Kind(name, List.of(insert), query, rows, query, rows);
        }
    }

    /** The audit base class's {@code created_at} and {@code updated_at}: NOT NULL, as Hibernate maps them. */
    private static final String CREATED = "timestamptz '2026-01-01 00:00:00+00'";

    private static final List<Kind> KINDS = List.of(
            new Kind("add a nullable column", List.of(
                    audited("customer", "name, created_by",
                            "(1, 'Ada', 'seed'), (2, 'Grace', 'seed'), (3, 'Linus', 'seed')")),
                    "select id, name, nickname, created_by, created_at = " + CREATED + " from customer order by id",
                    "1|Ada|null|seed|t; 2|Grace|null|seed|t; 3|Linus|null|seed|t",
                    "select id, name, created_by from customer order by id", "1|Ada|seed; 2|Grace|seed; 3|Linus|seed"),
            new Kind("add a NOT NULL column with @ColumnDefault", List.of(
                    audited("invoice", "total", "(1, 10.50), (2, 20.00), (3, 0.99)")),
                    "select id, total, currency from invoice order by id", "1|10.50|EUR; 2|20.00|EUR; 3|0.99|EUR",
                    "select id, total from invoice order by id", "1|10.50; 2|20.00; 3|0.99"),
            new Kind("drop a column (property access)", List.of(
                    "insert into product (id, name, legacy_code) values (1, 'Lamp', 'L-1'), (2, 'Desk', 'D-2'),"
                            + " (3, 'Chair', 'C-3')"),
                    "select id, name from product order by id", "1|Lamp; 2|Desk; 3|Chair",
                    // The downgrade adds the column back; its values went with the upgrade.
                    "select id, name, legacy_code from product order by id", "1|Lamp|null; 2|Desk|null; 3|Chair|null"),
            Kind.kept("widen a varchar", audited("article", "title", "(1, 'Hello'), (2, 'World'), (3, 'Again')"),
                    "select id, title from article order by id", "1|Hello; 2|World; 3|Again"),
            Kind.kept("narrow a varchar, the rows fit", "insert into tag (id, label) values (1, 'red'), (2, 'green'),"
                    + " (3, 'blue')", "select id, label from tag order by id", "1|red; 2|green; 3|blue"),
            new Kind("widen a primary key from integer to bigint, with a foreign key to it", List.of(
                    "insert into account (id, holder) values (1, 'Ada'), (2, 'Grace'), (3, 'Linus')",
                    "insert into account_entry (id, account_id, amount) values (10, 1, 5.00), (11, 2, 7.50),"
                            + " (12, 1, 1.25)"),
                    "select e.id, a.holder, e.amount from account_entry e join account a on a.id = e.account_id"
                            + " order by e.id", "10|Ada|5.00; 11|Grace|7.50; 12|Ada|1.25",
                    "select e.id, a.holder, e.amount from account_entry e join account a on a.id = e.account_id"
                            + " order by e.id", "10|Ada|5.00; 11|Grace|7.50; 12|Ada|1.25"),
            Kind.kept("add an enum constant", audited("ticket", "status", "(1, 'OPEN'), (2, 'CLOSED'), (3, 'OPEN')"),
                    "select id, status from ticket order by id", "1|OPEN; 2|CLOSED; 3|OPEN"),
            Kind.kept("remove an enum constant no row uses", "insert into shipment (id, state) values (1, 'PACKED'),"
                    + " (2, 'SHIPPED'), (3, 'DELIVERED')", "select id, state from shipment order by id",
                    "1|PACKED; 2|SHIPPED; 3|DELIVERED"),
            Kind.kept("nullable to NOT NULL, every row has a value", "insert into reservation (id, starts_on) values"
                    + " (1, '2026-03-01'), (2, '2026-03-02'), (3, '2026-03-03')",
                    "select id, starts_on from reservation order by id", "1|2026-03-01; 2|2026-03-02; 3|2026-03-03"),
            Kind.kept("NOT NULL to nullable", "insert into note (id, body) values (1, 'first'), (2, 'second'),"
                    + " (3, 'third')", "select id, body from note order by id", "1|first; 2|second; 3|third"),
            Kind.kept("add an index", audited("purchase", "placed_on",
                    "(1, date '2026-01-01'), (2, date '2026-01-02'), (3, null)"),
                    "select id, placed_on from purchase order by id",
                    "1|2026-01-01; 2|2026-01-02; 3|null"),
            Kind.kept("add a unique constraint", "insert into member (id, email) values (1, 'ada@example.com'),"
                    + " (2, 'grace@example.com'), (3, null)", "select id, email from member order by id",
                    "1|ada@example.com; 2|grace@example.com; 3|null"),
            new Kind("add a foreign key to an existing table", List.of(
                    "insert into task (id, title) values (1, 'Write'), (2, 'Test'), (3, 'Ship')"),
                    "select id, title, customer_id from task order by id", "1|Write|null; 2|Test|null; 3|Ship|null",
                    "select id, title from task order by id", "1|Write; 2|Test; 3|Ship"),
            Kind.kept("drop a foreign key, keep its column", "insert into review (id, author_id, text) values"
                    + " (1, 1, 'Great'), (2, 2, 'Fine'), (3, null, 'Meh')",
                    "select id, author_id, text from review order by id", "1|1|Great; 2|2|Fine; 3|null|Meh"),
            new Kind("add a table", List.of(),
                    "select count(*) from coupon", "0",
                    "select count(*) from pg_tables where tablename = 'coupon'", "0"),
            new Kind("drop a table", List.of(
                    "insert into legacy_report (id, title) values (1, 'Q1'), (2, 'Q2'), (3, 'Q3')"),
                    "select count(*) from pg_tables where tablename = 'legacy_report'", "0",
                    // Created again, empty: its rows went with the upgrade.
                    "select count(*) from legacy_report", "0"),
            new Kind("add an @ElementCollection", List.of(
                    "insert into recipe (id, title) values (1, 'Soup'), (2, 'Bread'), (3, 'Salad')"),
                    "select r.id, r.title, (select count(*) from recipe_ingredients i where i.recipe_id = r.id)"
                            + " from recipe r order by r.id", "1|Soup|0; 2|Bread|0; 3|Salad|0",
                    "select id, title from recipe order by id", "1|Soup; 2|Bread; 3|Salad"),
            Kind.kept("change a column default", "insert into preference (id, page_size) values (1, 10), (2, 50),"
                    + " (3, 10)", "select id, page_size from preference order by id", "1|10; 2|50; 3|10"),
            Kind.kept("change a column comment", "insert into document (id, title) values (1, 'Plan'), (2, 'Spec'),"
                    + " (3, 'Memo')", "select id, title from document order by id", "1|Plan; 2|Spec; 3|Memo"),
            Kind.kept("change a table comment", "insert into folder (id, name) values (1, 'Inbox'), (2, 'Sent'),"
                    + " (3, 'Archive')", "select id, name from folder order by id", "1|Inbox; 2|Sent; 3|Archive"),
            Kind.kept("widen a numeric's precision", "insert into price (id, amount) values (1, 12345678.90),"
                    + " (2, 0.01), (3, null)", "select id, amount from price order by id",
                    "1|12345678.90; 2|0.01; 3|null"),
            Kind.kept("add a check (@Min, @Max)", "insert into rating (id, stars) values (1, 1), (2, 3), (3, 5)",
                    "select id, stars from rating order by id", "1|1; 2|3; 3|5"),
            Kind.kept("drop a unique constraint", "insert into badge (id, code) values (1, 'gold'), (2, 'silver'),"
                    + " (3, 'bronze')", "select id, code from badge order by id", "1|gold; 2|silver; 3|bronze"),
            Kind.kept("drop an index", "insert into visit (id, visited_at) values (1, '2026-01-01 10:00'),"
                    + " (2, '2026-01-01 11:30'), (3, '2026-01-02 08:15')",
                    "select id, visited_at from visit order by id",
                    "1|2026-01-01 10:00:00; 2|2026-01-01 11:30:00; 3|2026-01-02 08:15:00"),
            Kind.kept("change a sequence's increment", "insert into batch_job (id, name) values (1, 'nightly'),"
                    + " (51, 'weekly'), (101, 'monthly')", "select id, name from batch_job order by id",
                    "1|nightly; 51|weekly; 101|monthly"),
            new Kind("add an @Embedded value", List.of(
                    "insert into contact (id, name) values (1, 'Ada'), (2, 'Grace'), (3, 'Linus')"),
                    "select id, name, street, city from contact order by id",
                    "1|Ada|null|null; 2|Grace|null|null; 3|Linus|null|null",
                    "select id, name from contact order by id", "1|Ada; 2|Grace; 3|Linus"),
            new Kind("add a @ManyToMany join table between existing tables", List.of(
                    "insert into team (id, name) values (1, 'Core'), (2, 'Web'), (3, 'Ops')"),
                    "select t.id, t.name, (select count(*) from team_members m where m.team_id = t.id) from team t"
                            + " order by t.id", "1|Core|0; 2|Web|0; 3|Ops|0",
                    "select id, name from team order by id", "1|Core; 2|Web; 3|Ops"),
            new Kind("rename a column (@RenamedFrom)", List.of(
                    "insert into employee (id, surname) values (1, 'Lovelace'), (2, 'Hopper'), (3, 'Torvalds')"),
                    "select id, last_name from employee order by id", "1|Lovelace; 2|Hopper; 3|Torvalds",
                    "select id, surname from employee order by id", "1|Lovelace; 2|Hopper; 3|Torvalds"),
            new Kind("rename an entity and its table (@RenamedFrom)", List.of(
                    "insert into depot (id, code) values (1, 'NORTH'), (2, 'SOUTH'), (3, 'EAST')"),
                    "select id, code from warehouse order by id", "1|NORTH; 2|SOUTH; 3|EAST",
                    "select id, code from depot order by id", "1|NORTH; 2|SOUTH; 3|EAST"),
            new Kind("add NOT NULL primitive columns (int, boolean)", List.of(
                    "insert into counter (id, name) values (1, 'visits'), (2, 'clicks'), (3, 'errors')"),
                    "select id, name, hits, active from counter order by id",
                    "1|visits|0|f; 2|clicks|0|f; 3|errors|0|f",
                    "select id, name from counter order by id", "1|visits; 2|clicks; 3|errors"),
            new Kind("add a NOT NULL column with @Backfill", List.of(audited("subscription", "email",
                    "(1, 'ada@example.com'), (2, 'grace@example.com'), (3, 'linus@example.com')")),
                    "select id, email, plan from subscription order by id",
                    "1|ada@example.com|basic; 2|grace@example.com|basic; 3|linus@example.com|basic",
                    "select id, email from subscription order by id",
                    "1|ada@example.com; 2|grace@example.com; 3|linus@example.com"),
            // The backfilled value stays after the downgrade, which only drops NOT NULL.
            Kind.kept("nullable to NOT NULL with @Backfill",
                    "insert into booking (id, channel) values (1, 'web'), (2, null), (3, 'phone')",
                    "select id, channel from booking order by id", "1|web; 2|unknown; 3|phone"),
            new Kind("drop a NOT NULL column", List.of(
                    "insert into listing (id, title, priority) values (1, 'Flat', 3), (2, 'House', 1), (3, 'Loft', 2)"),
                    "select id, title from listing order by id", "1|Flat; 2|House; 3|Loft",
                    // The downgrade adds it back NOT NULL, its type's zero in the rows: the values went with the upgrade.
                    "select id, title, priority from listing order by id", "1|Flat|0; 2|House|0; 3|Loft|0"),
            Kind.kept("convert a varchar to an integer", "insert into meter (id, reading) values (1, '42'), (2, '7'),"
                    + " (3, null)", "select id, reading from meter order by id", "1|42; 2|7; 3|null"),
            Kind.kept("convert a varchar to a uuid", "insert into voucher (id, reference) values"
                    + " (1, '3f2504e0-4f89-11d3-9a0c-0305e82c3301'), (2, '00000000-0000-0000-0000-000000000000'),"
                    + " (3, null)", "select id, reference from voucher order by id",
                    "1|3f2504e0-4f89-11d3-9a0c-0305e82c3301; 2|00000000-0000-0000-0000-000000000000; 3|null"),
            new Kind("an enum from ORDINAL to STRING", List.of(
                    "insert into payment (id, method) values (1, 0), (2, 1), (3, 2)"),
                    "select id, method from payment order by id", "1|CARD; 2|CASH; 3|TRANSFER",
                    "select id, method from payment order by id", "1|0; 2|1; 3|2"),
            new Kind("an assigned id becomes an identity", List.of(
                    "insert into device (id, name) values (1, 'Phone'), (2, 'Laptop'), (7, 'Watch')"),
                    // The identity continues after the highest id of the rows.
                    "select nextval(pg_get_serial_sequence('device', 'id'))", "8",
                    "select id, name from device order by id", "1|Phone; 2|Laptop; 7|Watch"),
            Kind.kept("widen an integer column to bigint", "insert into stock (id, quantity) values (1, 5),"
                    + " (2, 2147483647), (3, 0)", "select id, quantity from stock order by id",
                    "1|5; 2|2147483647; 3|0"));

    /** Rows of a table of the audit base class, with its timestamps: {@code values} lists id and {@code columns}. */
    private static String audited(String table, String columns, String values) {
        return "insert into " + table + " (id, created_at, updated_at, " + columns + ") select id, " + CREATED + ", "
                + CREATED + ", " + columns + " from (values " + values + ") v (id, " + columns + ")";
    }

    @Test
    void everyKindOfChangeUpgradesAndDowngradesATableWithRowsToHibernatesSchema(@TempDir Path work) throws Exception {
        Path sources = work.resolve("src");
        ClassDirectoryCompiler v1 = fixtureModule(FIXTURE.resolve("v1"), work.resolve("v1"), NAMING);
        GenerateResult initial = generateTwiceAlike(v1, sources, V1_CLOCK, "v1 schema", work.resolve("again-v1"));
        v1.compile(javaSources(initial.migrations()));

        ClassDirectoryCompiler v2 = fixtureModule(FIXTURE.resolve("v2"), work.resolve("v2"), NAMING);
        v2.compile(javaSources(initial.migrations()));
        GenerateResult change = generateTwiceAlike(v2, sources, V2_CLOCK, "every kind of change",
                work.resolve("again-v2"));
        v2.compile(javaSources(change.migrations()));
        record(change, migrator(v2, sources, V2_CLOCK, null).lint());

        try (TestDatabase db = TestDatabase.create()) {
            migrator(v1, sources, V1_CLOCK, db).upgrade("head");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (Kind kind : KINDS) {
                    for (String insert : kind.rows()) {
                        s.execute(insert);
                    }
                }
            }

            migrator(v2, sources, V2_CLOCK, db).upgrade("head");
            assertSameSchemaAsHibernates(db, v2);
            assertRows(db, true);

            migrator(v2, sources, V2_CLOCK, db).downgrade(initial.revisions().get(initial.revisions().size() - 1));
            assertSameSchemaAsHibernates(db, v1);
            assertRows(db, false);
        }
    }

    /** Prints the warnings, for review. */
    private static Migrator migrator(ClassDirectoryCompiler module, Path sources, Clock clock, TestDatabase db) {
        return ApplicationBuild.migrator(module, sources, clock, db,
                message -> System.out.println("[generate] " + message));
    }

    /**
     * Generates from a copy of the project's sources first, then from the sources themselves, and requires the
     * same files with the same bytes: a migration does not depend on when or where it is generated.
     */
    private static GenerateResult generateTwiceAlike(ClassDirectoryCompiler module, Path sources, Clock clock,
            String message, Path copy) throws IOException {
        copyTree(sources, copy);
        migrator(module, copy, clock, null).generate(message);
        Map<String, String> before = files(sources);
        GenerateResult result = migrator(module, sources, clock, null).generate(message);
        assertThat(result.hasChanges()).as("a change set").isTrue();
        Map<String, String> written = files(sources);
        written.keySet().removeAll(before.keySet().stream().filter(f -> before.get(f).equals(written.get(f))).toList());
        assertThat(written).as("what generate wrote").isNotEmpty();
        Map<String, String> again = files(copy);
        written.forEach((file, text) -> assertThat(again.get(file)).as(file + ", generated twice").isEqualTo(text));
        return result;
    }

    /**
     * The v1 to v2 migration and the lock-safety lint's findings on the revisions, in the test log and under
     * {@code target/change-kinds}, for review.
     */
    private static void record(GenerateResult change, LintReport lint) throws IOException {
        Files.createDirectories(OUTPUT);
        for (Path file : change.migrations()) {
            String source = Files.readString(file);
            Files.writeString(OUTPUT.resolve(file.getFileName()), source);
            System.out.println("=== " + file.getFileName() + " ===\n" + source);
        }
        List<String> findings = new ArrayList<>(lint.findings().stream().map(Finding::line).toList());
        findings.add(lint.summary());
        Files.write(OUTPUT.resolve("lint.txt"), findings);
        System.out.println("=== lint ===\n" + String.join("\n", findings));
    }

    private static void assertSameSchemaAsHibernates(TestDatabase ours, ClassDirectoryCompiler model) throws Exception {
        List<Class<?>> entities = entities(model);
        try (TestDatabase hibernates = TestDatabase.create()) {
            HibernateSchema.run(hibernates, entities, NAMING, "create-only");
            // Added columns come last in a migrated table, so columns are compared by name.
            assertSameSchema(CheckConjuncts.sorted(ours.catalog()), CheckConjuncts.sorted(hibernates.catalog()));
        }
    }

    private static void assertRows(TestDatabase db, boolean upgraded) throws SQLException {
        SoftAssertions softly = new SoftAssertions();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (Kind kind : KINDS) {
                String query = upgraded ? kind.v2Query() : kind.v1Query();
                String what = kind.name() + (upgraded ? ", upgraded: " : ", downgraded: ") + query;
                softly.assertThat(rows(s, query)).as(what)
                        .isEqualTo(upgraded ? kind.v2Rows() : kind.v1Rows());
            }
        }
        softly.assertAll();
    }

    private static String rows(Statement s, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return String.join("; ", rows);
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
