package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.testing.ProjectFixture;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Type changes, identities and enum constants as {@code generate} writes them, run on a
 * PostgreSQL whose tables hold rows: the values after the upgrade and after the downgrade, and
 * for the changes the rows would make fail, the message and the database as it was.
 */
class TypeChangesWithRowsTest extends ProjectOnFreshDatabase {
    private static final List<String> STATUS = List.of("NEW", "PAID", "SHIPPED");

    static Schema orders(String status, String statusCheck, String code, String ref, String amount) {
        return Schema.builder().table("orders", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("status", status)
                .column("code", code)
                .column("ref", ref)
                .column("amount", amount)
                .primaryKey("orders_pkey", "id")
                .check("orders_status_check", statusCheck)).build();
    }

    static final Schema ORDINALS = orders("smallint", "status between 0 and 2", "varchar(20)", "varchar(36)", "integer");
    static final Schema NAMES = orders("varchar(255)", "status in ('NEW','PAID','SHIPPED')", "integer", "uuid",
            "bigint");

    @Test
    void ordinalsBecomeNamesStringsBecomeNumbersAndUuidsAndBack() throws Exception {
        Hints hints = enumHint("orders", "status", STATUS);
        project.entities(ORDINALS, hints);
        String initial = project.migrator().generate("initial").revision();
        project.migrator(settings).upgrade(null);
        db.execute("insert into orders values (1, 0, '42', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 7),"
                + " (2, 2, ' 17 ', 'not a uuid', 2147483647), (3, null, 'n/a', null, null)");
        project.entities(NAMES, hints);

        // The conversions are in the main revision; validating the new check follows in the lock-safe one.
        Path migration = project.migrator().generate("convert").migrations().get(0);
        project.migrator(settings).upgrade(null);

        assertThat(rows("select id, status, code, ref, amount from orders order by id")).containsExactly(
                "1|NEW|42|3f2504e0-4f89-11d3-9a0c-0305e82c3301|7",
                "2|SHIPPED|17|null|2147483647",
                "3|null|null|null|null");
        assertThat(catalog()).isEqualTo(checksByName(NAMES));
        String source = Files.readString(migration);
        assertThat(source).contains("""
                        // Conversion: enum constants by their ordinal (0 -> 'NEW', 1 -> 'PAID', 2 -> 'SHIPPED'); the other \
                values of orders.status become NULL.
                        op.alterColumnType("orders", "status", "varchar(255)", "case status when 0 then 'NEW' when 1 then \
                'PAID' when 2 then 'SHIPPED' end");
                """).contains("""
                        // Conversion: the values that are whole numbers within the range of integer are kept, without \
                spaces; the other values of orders.code become NULL.
                """).contains("""
                        op.alterColumnType("orders", "amount", "bigint");
                """).contains("""
                        // Conversion: enum constants by their ordinal ('NEW' -> 0, 'PAID' -> 1, 'SHIPPED' -> 2); the \
                other values of orders.status become NULL.
                        op.alterColumnType("orders", "status", "smallint", "case status when 'NEW' then 0 when 'PAID' \
                then 1 when 'SHIPPED' then 2 end");
                """).doesNotContain("orders.ref becomes");

        project.migrator(settings).downgrade(initial);

        assertThat(rows("select id, status, code, ref, amount from orders order by id")).containsExactly(
                "1|0|42|3f2504e0-4f89-11d3-9a0c-0305e82c3301|7",
                "2|2|17|null|2147483647",
                "3|null|null|null|null");
        assertThat(catalog()).isEqualTo(checksByName(ORDINALS));
    }

    @Test
    void aNotNullColumnWhoseValuesDoNotConvertStopsTheRevisionBeforeAnythingChanges() throws Exception {
        Schema before = Schema.builder().table("item", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("sku", "varchar(20)", c -> c.notNull())
                .column("note", "varchar(40)")
                .primaryKey("item_pkey", "id")).build();
        Schema after = Schema.builder().table("item", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("sku", "integer", c -> c.notNull())
                .column("note", "varchar(80)")
                .primaryKey("item_pkey", "id")).build();
        project.entities(before);
        project.migrator().generate("initial");
        project.migrator(settings).upgrade(null);
        db.execute("insert into item values (1, '100', 'a'), (2, 'A-7', 'b'), (3, 'x', 'c')");
        project.entities(after);
        String source = Files.readString(project.migrator().generate("sku is a number").migration().orElseThrow());
        assertThat(source).contains("""
                        // Conversion: the values that are whole numbers within the range of integer are kept, without \
                spaces; item.sku is NOT NULL, so a value that does not convert stops the revision, by the guard before \
                the change, with nothing applied.
                        op.sql("do $guard$ declare found bigint; begin select count(*) into found from item where sku is \
                not null and (case when trim(sku)""");

        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("failed and was rolled back: ERROR: 2 values of item.sku do not convert from"
                        + " varchar(20) to integer: correct or delete those rows first, or write the conversion in the"
                        + " migration; find them with: select * from item where (case when trim(sku)");

        assertThat(catalog()).isEqualTo(before);
        assertThat(rows("select id, sku from item order by id")).containsExactly("1|100", "2|A-7", "3|x");
        db.execute("update item set sku = '7' where id in (2, 3)");
        project.migrator(settings).upgrade(null);
        assertThat(rows("select id, sku, note from item order by id")).containsExactly("1|100|a", "2|7|b", "3|7|c");
        assertThat(catalog()).isEqualTo(after);
    }

    @Test
    void aGuardIsNoObstacleToRebuildingTheSnapshotFromTheMigrations() throws Exception {
        Schema text = Schema.builder().table("item", t -> t.column("sku", "varchar(20)", c -> c.notNull())).build();
        Schema number = Schema.builder().table("item", t -> t.column("sku", "integer", c -> c.notNull())).build();
        project.entities(text);
        project.migrator().generate("initial");
        project.entities(number);
        project.migrator().generate("sku is a number");
        String written = Files.readString(project.migrationsSnapshot());
        Files.delete(project.migrationsSnapshot());

        assertThat(project.migrator().generate("again").hasChanges()).isFalse();

        assertThat(project.migrationsSnapshot()).content().isEqualTo(written);
    }

    @Test
    void narrowingIsDataLossAndRowsThatDoNotFitStopTheRevision() throws Exception {
        Schema wide = Schema.builder().table("person", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("name", "varchar(40)")
                .column("visits", "bigint")
                .primaryKey("person_pkey", "id")).build();
        Schema narrow = Schema.builder().table("person", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("name", "varchar(10)")
                .column("visits", "integer")
                .primaryKey("person_pkey", "id")).build();
        project.entities(wide);
        project.migrator().generate("initial");
        project.migrator(settings).upgrade(null);
        db.execute("insert into person values (1, 'Ann', 3), (2, 'Maximilian Long', 5000000000)");
        project.entities(narrow);
        String source = Files.readString(project.migrator().generate("narrow").migration().orElseThrow());
        assertThat(source).contains("""
                        // Data loss: changes person.name from varchar(40) to varchar(10), which may not hold every value
                        // Conversion: person.name becomes varchar(10); values longer than 10 characters stop the \
                revision, by the guard before the change, with nothing applied.
                """);
        assertThat(project.log()).contains("WARN Data loss: changes person.visits from bigint to integer, which may"
                + " not hold every value.");

        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .hasMessageContaining("ERROR: 1 values of person.name are longer than 10 characters, which varchar(10)"
                        + " cannot hold: shorten them first (update person set name = left(name, 10) where"
                        + " length(name) > 10) or keep the length");
        assertThat(catalog()).isEqualTo(wide);

        db.execute("update person set name = 'Max' where id = 2");
        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .hasMessageContaining("ERROR: 1 values of person.visits are outside the range of integer");
        db.execute("update person set visits = 5 where id = 2");
        project.migrator(settings).upgrade(null);
        assertThat(rows("select id, name, visits from person order by id")).containsExactly("1|Ann|3", "2|Max|5");
        project.migrator(settings).downgrade("-1");
        assertThat(rows("select id, name, visits from person order by id")).containsExactly("1|Ann|3", "2|Max|5");
        assertThat(catalog()).isEqualTo(wide);
    }

    @Test
    void anIdColumnThatBecomesAnIdentityContinuesAfterTheHighestId() throws Exception {
        for (String table : List.of("customer", "sales.customer")) {
            Schema plain = Schema.builder().table(table, t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("name", "varchar(40)")
                    .primaryKey("customer_pkey", "id")).build();
            Schema identity = Schema.builder().table(table, t -> t
                    .column("id", "bigint", c -> c.identity())
                    .column("name", "varchar(40)")
                    .primaryKey("customer_pkey", "id")).build();
            ProjectFixture p = new ProjectFixture(dir.resolve(table));
            p.entities(plain);
            p.migrator().generate("initial");
            p.migrator(settings).upgrade(null);
            db.execute("insert into " + table + " values (1, 'a'), (7, 'b'), (3, 'c')");
            p.entities(identity);
            p.migrator().generate("identity");

            p.migrator(settings).upgrade(null);
            db.execute("insert into " + table + " (name) values ('d')");

            assertThat(rows("select id, name from " + table + " order by id"))
                    .containsExactly("1|a", "3|c", "7|b", "8|d");
            p.migrator(settings).downgrade("-1");
            assertThat(rows("select id, name from " + table + " order by id"))
                    .containsExactly("1|a", "3|c", "7|b", "8|d");
            p.migrator(settings).downgrade("base");
        }
    }

    @Test
    void aWidenedPrimaryKeyKeepsItsRowsAndTheForeignKeysThatReferenceIt() throws Exception {
        Schema ints = parentAndChild("integer");
        Schema longs = parentAndChild("bigint");
        project.entities(ints);
        project.migrator().generate("initial");
        project.migrator(settings).upgrade(null);
        db.execute("insert into parent (name) values ('p1'), ('p2')");
        db.execute("insert into child (parent_id) values (1), (2), (2)");
        project.entities(longs);
        project.migrator().generate("long ids");

        project.migrator(settings).upgrade(null);

        assertThat(catalog()).isEqualTo(longs);
        assertThat(rows("select c.id, p.name from child c join parent p on p.id = c.parent_id order by c.id"))
                .containsExactly("1|p1", "2|p2", "3|p2");
        db.execute("insert into parent (name) values ('p3')");
        assertThat(rows("select id from parent where name = 'p3'")).containsExactly("3");
        assertThatThrownBy(() -> db.execute("insert into child (parent_id) values (99)")).hasMessageContaining("fk_child_parent");

        project.migrator(settings).downgrade("-1");

        assertThat(catalog()).isEqualTo(ints);
        assertThat(rows("select c.id, p.name from child c join parent p on p.id = c.parent_id order by c.id"))
                .containsExactly("1|p1", "2|p2", "3|p2");
    }

    private static Schema parentAndChild(String idType) {
        return Schema.builder()
                .table("parent", t -> t
                        .column("id", idType, c -> c.identity())
                        .column("name", "varchar(20)")
                        .primaryKey("parent_pkey", "id"))
                .table("child", t -> t
                        .column("id", idType, c -> c.identity())
                        .column("parent_id", idType, c -> c.notNull())
                        .primaryKey("child_pkey", "id")
                        .foreignKey("fk_child_parent", fk -> fk.columns("parent_id").references("parent", "id")))
                .build();
    }

    @Test
    void removingAnEnumConstantThatRowsStillHoldFailsBeforeAnythingChanges() throws Exception {
        Schema three = status("status in ('NEW','PAID','SHIPPED')");
        Schema two = status("status in ('NEW','PAID')");
        project.entities(three, enumHint("shipment", "status", STATUS));
        project.migrator().generate("initial");
        project.migrator(settings).upgrade(null);
        db.execute("insert into shipment values (1, 'NEW'), (2, 'SHIPPED'), (3, 'SHIPPED')");
        project.entities(two, enumHint("shipment", "status", List.of("NEW", "PAID")));
        project.migrator().generate("no more shipping");

        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .hasMessageContaining("ERROR: 2 rows of shipment hold values that check shipment_status_check does not"
                        + " allow (an enum constant that was removed?): update or delete them first; find them with:"
                        + " select * from shipment where not (status in ('NEW','PAID'))");
        assertThat(catalog()).isEqualTo(checksByName(three));

        db.execute("update shipment set status = 'PAID' where status = 'SHIPPED'");
        project.migrator(settings).upgrade(null);
        assertThat(catalog()).isEqualTo(checksByName(two));
        assertThat(rows("select id, status from shipment order by id")).containsExactly("1|NEW", "2|PAID", "3|PAID");
    }

    @Test
    void theDowngradeOfANewConstantFailsWhileRowsHoldIt() throws Exception {
        Schema two = status("status in ('NEW','PAID')");
        Schema three = status("status in ('NEW','PAID','SHIPPED')");
        project.entities(two);
        String initial = project.migrator().generate("initial").revision();
        project.entities(three);
        project.migrator().generate("shipping");
        project.migrator(settings).upgrade(null);
        db.execute("insert into shipment values (1, 'SHIPPED')");

        assertThatThrownBy(() -> project.migrator(settings).downgrade(initial))
                .hasMessageContaining("ERROR: 1 rows of shipment hold values that check shipment_status_check does"
                        + " not allow");
        assertThat(catalog()).isEqualTo(checksByName(three));
    }

    @Test
    void anOrdinalEnumThatLostAConstantIsWarnedAbout() throws Exception {
        Schema three = Schema.builder().table("shipment", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("status", "smallint")
                .primaryKey("shipment_pkey", "id")
                .check("shipment_status_check", "status between 0 and 2")).build();
        Schema two = three.withTable(three.table("shipment").orElseThrow().withChecks(cs -> List.of(
                new CheckConstraint("shipment_status_check", "status between 0 and 1"))));
        project.entities(three, enumHint("shipment", "status", STATUS));
        project.migrator().generate("initial");
        project.entities(two, enumHint("shipment", "status", List.of("NEW", "SHIPPED")));

        project.migrator().generate("no more paying");

        assertThat(project.log()).contains("WARN shipment.status stores an ORDINAL enum that had 3 constants and has 2"
                + " (NEW, SHIPPED): rows hold positions, so a constant removed anywhere but at the end makes the later"
                + " rows mean other constants; renumber them in the migration (op.sql(\"update ...\")), or map the"
                + " enum with @Enumerated(EnumType.STRING).");
    }

    private static Schema status(String check) {
        return Schema.builder().table("shipment", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("status", "varchar(255)")
                .primaryKey("shipment_pkey", "id")
                .check("shipment_status_check", check)).build();
    }

    private static Hints enumHint(String table, String column, List<String> constants) {
        return Hints.of(List.of(new Hint.EnumConstants(table, column, constants)));
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    /** The database's schema, its checks by name: PostgreSQL prints their expressions in a form of its own. */
    private Schema catalog() throws SQLException {
        return checksByName(db.catalog());
    }

    private static Schema checksByName(Schema schema) {
        Schema named = schema;
        for (Table table : schema.tables()) {
            named = named.withTable(table.withChecks(cs -> cs.stream()
                    .map(c -> new CheckConstraint(c.name(), "true")).collect(Collectors.toList())));
        }
        return named;
    }
}
