package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.codegen.MigrationGenerator;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * NOT NULL columns on a table that holds rows, as a user meets them: the entities gain
 * {@code int points}, {@code boolean active}, {@code @Column(nullable = false) @Backfill("'n/a'") String code}
 * (the processor writes their backfill hints) and a NOT NULL {@code LocalDate joined} without any;
 * {@code generate} warns about {@code joined}, the upgrade stops before changing anything with a
 * message that says what to add, and runs once the migration gives the value. Downgrades run on
 * the rows too.
 */
class TablesWithRowsTest extends ProjectOnFreshDatabase {
    static final Schema V1 = Schema.builder()
            .table("member", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("name", "varchar(40)")
                    .column("nickname", "varchar(40)")
                    .column("legacy", "integer", c -> c.notNull())
                    .column("badge", "uuid", c -> c.notNull())
                    .primaryKey("member_pkey", "id"))
            .build();

    static final Schema V2 = Schema.builder()
            .table("member", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("name", "varchar(40)", c -> c.notNull())
                    .column("nickname", "varchar(40)")
                    .column("legacy", "integer", c -> c.notNull())
                    .column("badge", "uuid", c -> c.notNull())
                    .column("points", "integer", c -> c.notNull())
                    .column("code", "varchar(20)", c -> c.notNull())
                    .column("active", "boolean", c -> c.notNull())
                    .column("joined", "date", c -> c.notNull())
                    .primaryKey("member_pkey", "id"))
            .build();

    /** What the processor writes for {@code int points}, {@code boolean active}, {@code @Backfill} on code and name. */
    static final Hints V2_HINTS = Hints.of(List.of(
            new Hint.Backfill("member", "points", "0"),
            new Hint.Backfill("member", "active", "false"),
            new Hint.Backfill("member", "code", "'n/a'"),
            new Hint.Backfill("member", "name", "'anonymous'")));

    /** nickname becomes NOT NULL without a hint; legacy and badge are dropped. */
    static final Schema V3 = Schema.builder()
            .table("member", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("name", "varchar(40)", c -> c.notNull())
                    .column("nickname", "varchar(40)", c -> c.notNull())
                    .column("points", "integer", c -> c.notNull())
                    .column("code", "varchar(20)", c -> c.notNull())
                    .column("active", "boolean", c -> c.notNull())
                    .column("joined", "date", c -> c.notNull())
                    .primaryKey("member_pkey", "id"))
            .build();

    @BeforeEach
    void threeMembers() throws Exception {
        entities(V1, Hints.NONE);
        generate("members");
        project.migrator(settings).upgrade(null);
        db.execute("insert into member (id, name, nickname, legacy, badge) values (1, 'Ada', 'ada', 7, gen_random_uuid()),"
                + " (2, null, null, 8, gen_random_uuid()), (3, 'Cy', 'cy', 9, gen_random_uuid())");
    }

    /**
     * Plain DDL, one revision per change: what the backfills do is the subject here, the lock-safe
     * split of a change set is {@link LockSafeGenerateTest}'s.
     */
    private GenerateResult generate(String message) {
        return project.migrator().generate(message, MigrationGenerator.DEFAULT_MAX_LOCKS_PER_REVISION, false);
    }

    @Test
    void aNotNullColumnWithoutHintIsWarnedAboutAndStopsTheUpgradeBeforeItChangesAnything() throws Exception {
        entities(V2, V2_HINTS);
        GenerateResult result = generate("member details");

        assertThat(project.log()).contains("WARN Needs a backfill: member.joined is added NOT NULL without a default or"
                + " backfill, and date has no value to give the rows: on a table with rows the upgrade stops before"
                + " changing anything; add @Backfill(\"<value>\") to the field mapped to it (or @ColumnDefault) and"
                + " generate again, or give op.addColumn(\"member\", \"joined\", ...).backfill(\"<value>\") in upgrade().");
        Path migration = result.migration().orElseThrow();
        assertThat(Files.readString(migration)).contains(
                "op.setNotNull(\"member\", \"name\").backfill(\"'anonymous'\");",
                "op.addColumn(\"member\", \"points\", \"integer\").notNull().backfill(\"0\");",
                "op.addColumn(\"member\", \"code\", \"varchar(20)\").notNull().backfill(\"'n/a'\");",
                "op.addColumn(\"member\", \"active\", \"boolean\").notNull().backfill(\"false\");",
                "op.addColumn(\"member\", \"joined\", \"date\").notNull();");
        List<String> rowsBefore = rows();

        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("failed and was rolled back: ERROR: member.joined is added NOT NULL without a"
                        + " default, and member holds rows: add @Backfill(\"<value>\") to the field mapped to it (or"
                        + " @ColumnDefault) and generate again, or give op.addColumn(\"member\", \"joined\", ...)"
                        + ".backfill(\"<value>\") in this migration");
        assertThat(db.catalog()).isEqualTo(V1);
        assertThat(history()).hasSize(1);
        assertThat(rows()).isEqualTo(rowsBefore);

        // What the message says: the value, in the migration.
        Files.writeString(migration, Files.readString(migration).replace(
                "op.addColumn(\"member\", \"joined\", \"date\").notNull();",
                "op.addColumn(\"member\", \"joined\", \"date\").notNull().backfill(\"'2020-01-01'\");"));
        project.migrator(settings).upgrade(null);

        assertThat(byName(db.catalog())).isEqualTo(byName(V2));
        assertThat(rows()).containsExactly(
                "1 Ada ada 7 0 n/a false 2020-01-01",
                "2 anonymous null 8 0 n/a false 2020-01-01",
                "3 Cy cy 9 0 n/a false 2020-01-01");
        assertThat(db.strings("select count(*) from information_schema.columns where table_name = 'member'"
                + " and column_default is not null")).as("no default left behind").containsExactly("0");
    }

    @Test
    void nullableToNotNullWithAndWithoutBackfillAndDowngradesThatReAddDroppedNotNullColumnsOnRows() throws Exception {
        entities(V2, V2_HINTS.plus(Hints.of(List.of(new Hint.Backfill("member", "joined", "'2020-01-01'")))));
        generate("member details");
        project.migrator(settings).upgrade(null);
        db.execute("insert into member values (4, 'Di', null, 10, gen_random_uuid(), 40, 'D4', true, '2024-05-06')");
        assertThat(rows()).last().isEqualTo("4 Di null 10 40 D4 true 2024-05-06");

        entities(V3, Hints.NONE);
        GenerateResult v3 = generate("drop legacy");
        assertThat(project.log()).contains("WARN Needs a backfill: member.nickname becomes NOT NULL without a backfill:"
                        + " if rows hold NULL in it, the upgrade stops before changing anything; add @Backfill(\"<value>\")"
                        + " to the field mapped to it (or @ColumnDefault) and generate again, or give"
                        + " op.setNotNull(\"member\", \"nickname\").backfill(\"<value>\") in upgrade().",
                "WARN Data loss: drops column member.legacy and its data.",
                "WARN Needs a backfill: downgrade: member.badge is added NOT NULL without a default or backfill, and"
                        + " uuid has no value to give the rows: on a table with rows the downgrade stops before changing"
                        + " anything; give op.addColumn(\"member\", \"badge\", ...).backfill(\"<value>\") in downgrade().");

        // Rows 2 and 4 have no nickname: the upgrade stops, with nothing applied.
        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .hasMessageContaining("ERROR: member.nickname becomes NOT NULL, but rows of member hold NULL in it");
        assertThat(byName(db.catalog())).isEqualTo(byName(V2));
        assertThat(history()).hasSize(2);

        // Without NULLs, the same migration runs.
        db.execute("update member set nickname = 'n' || id where nickname is null");
        project.migrator(settings).upgrade(null);
        assertThat(byName(db.catalog())).isEqualTo(byName(V3));
        db.execute("insert into member values (5, 'Ed', 'ed', 50, 'E5', true, '2025-01-01')");

        // legacy (integer) comes back with 0 in every row; badge (uuid) has no zero value: the downgrade stops.
        assertThatThrownBy(() -> project.migrator(settings).downgrade("-1"))
                .hasMessageContaining("ERROR: member.badge is added NOT NULL without a default, and member holds rows");
        assertThat(byName(db.catalog())).isEqualTo(byName(V3));
        assertThat(history()).hasSize(3);

        Path migration = v3.migration().orElseThrow();
        Files.writeString(migration, Files.readString(migration).replace(
                "op.addColumn(\"member\", \"badge\", \"uuid\").notNull();",
                "op.addColumn(\"member\", \"badge\", \"uuid\").notNull().backfill(\"gen_random_uuid()\");"));
        project.migrator(settings).downgrade("-1");
        assertThat(byName(db.catalog())).isEqualTo(byName(V2));
        assertThat(db.strings("select id || ' ' || legacy || ' ' || (badge is not null) from member order by id"))
                .containsExactly("1 0 true", "2 0 true", "3 0 true", "4 0 true", "5 0 true");
        assertThat(db.strings("select count(distinct badge) from member")).containsExactly("5");

        // Back to V1: the downgrade drops what V2 added, with what was written since, and keeps name's backfill.
        project.migrator(settings).downgrade("-1");
        assertThat(byName(db.catalog())).isEqualTo(byName(V1));
        assertThat(db.strings("select id || ' ' || coalesce(name, '-') || ' ' || nickname from member order by id"))
                .containsExactly("1 Ada ada", "2 anonymous n2", "3 Cy cy", "4 Di n4", "5 Ed ed");
    }

    @Test
    void theDowngradeOfADroppedNotNullColumnReAddsItWithTheZeroValueOfItsType() throws Exception {
        Schema withoutLegacy = Schema.builder()
                .table("member", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("name", "varchar(40)")
                        .column("nickname", "varchar(40)")
                        .column("badge", "uuid", c -> c.notNull())
                        .primaryKey("member_pkey", "id"))
                .build();
        entities(withoutLegacy, Hints.NONE);
        GenerateResult result = generate("drop legacy");
        assertThat(Files.readString(result.migration().orElseThrow())).contains("""
                        // Data loss: drops column member.legacy and its data
                        op.dropColumn("member", "legacy");
                """, """
                        op.addColumn("member", "legacy", "integer").notNull().backfill("0");
                """);
        project.migrator(settings).upgrade(null);
        db.execute("insert into member (id, badge) values (4, gen_random_uuid())");

        project.migrator(settings).downgrade("-1");

        assertThat(byName(db.catalog())).isEqualTo(byName(V1));
        assertThat(db.strings("select id || ' ' || legacy from member order by id"))
                .containsExactly("1 0", "2 0", "3 0", "4 0");
    }

    private void entities(Schema schema, Hints hints) {
        project.processorFile(IndexFiles.entitySchema("com.acme"),
                SchemaFile.ofEntities(schema, List.of(), List.of(), hints).write(null));
        project.processorFile(IndexFiles.ENTITY_SCHEMAS, IndexFiles.entitySchema("com.acme") + "\n");
    }

    /** Each row's values, in the order of V2's columns that the table has. */
    private List<String> rows() throws SQLException {
        List<String> columns = new ArrayList<>();
        for (String c : List.of("id", "name", "nickname", "legacy", "points", "code", "active", "joined")) {
            if (!db.strings("select 1 from information_schema.columns where table_name = 'member' and column_name = '"
                    + c + "'").isEmpty()) {
                columns.add("coalesce(" + c + "::text, 'null')");
            }
        }
        return db.strings("select " + String.join(" || ' ' || ", columns) + " from member order by id");
    }

    private static Schema byName(Schema schema) {
        return SchemaDiff.columnsByName(schema);
    }

    private List<String> history() throws SQLException {
        return db.strings("select revision from migration_history order by revision");
    }
}
