package dev.jpamigrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.ops.Operation.AddColumn;
import dev.jpamigrate.ops.Operation.AlterColumnNullable;
import dev.jpamigrate.ops.Operation.DropColumn;
import dev.jpamigrate.ops.OperationRecorder;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * NOT NULL columns on a table with rows: the rows get the backfill, or a guard stops the
 * statement with a message that says which hint to add. Each test runs on a {@code member}
 * table of three rows, in a transaction that is rolled back.
 */
class BackfillSqlTest {
    private static final PostgresDialect DIALECT = new PostgresDialect();
    private static final Schema MEMBERS = Schema.builder()
            .table("member", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("name", "varchar(40)")
                    .column("points", "integer", c -> c.notNull())
                    .column("token", "uuid", c -> c.notNull())
                    .primaryKey("member_pkey", "id"))
            .build();

    @RegisterExtension
    static final SharedLiveDatabase db = new SharedLiveDatabase();

    @BeforeEach
    void threeMembers() throws SQLException {
        db.create(MEMBERS);
        db.execute("insert into member values (1, 'Ada', 10, gen_random_uuid()), (2, null, 20, gen_random_uuid()),"
                + " (3, 'Cy', 30, gen_random_uuid())");
    }

    @Test
    void aConstantBackfillIsADefaultForTheAddOnlyWhichPostgresqlGivesTheRowsWithoutRewritingTheTable()
            throws Exception {
        Operation add = record(op -> op.addColumn("member", "level", "integer").notNull().backfill("0"));

        assertThat(DIALECT.render(add)).containsExactly(
                "alter table member add column level integer not null default 0",
                "alter table member alter column level drop default");
        String before = db.queryString("select relfilenode from pg_class where relname = 'member'");
        db.run(add);
        assertThat(column("select level from member order by id")).containsExactly("0", "0", "0");
        assertThat(db.queryString("select relfilenode from pg_class where relname = 'member'"))
                .as("not rewritten").isEqualTo(before);
        assertThat(db.schema()).isEqualTo(add.applyTo(MEMBERS));
    }

    @Test
    void aStringAndAStableFunctionAreConstantsTooAndAColumnDefaultIsKept() throws Exception {
        db.run(OperationRecorder.record(op -> {
            op.addColumn("member", "code", "varchar(20)").notNull().backfill("'n/a'");
            op.addColumn("member", "joined", "timestamp(6) with time zone").notNull().backfill("now()");
            op.addColumn("member", "tier", "smallint").notNull().defaultValue("1").backfill("2");
        }));

        assertThat(column("select code || ' ' || (joined = now()) || ' ' || tier from member order by id"))
                .containsExactly("n/a true 2", "n/a true 2", "n/a true 2");
        db.execute("insert into member (id, points, token, code, joined) values (4, 0, gen_random_uuid(), 'x', now())");
        assertThat(db.queryString("select tier from member where id = 4")).as("the column's own default").isEqualTo("1");
        assertThat(db.queryString("select count(*) from information_schema.columns where table_name = 'member'"
                + " and column_default is not null")).isEqualTo("1");
    }

    @Test
    void aVolatileBackfillIsWrittenIntoEachRowByAnUpdate() throws Exception {
        Operation add = record(op -> op.addColumn("member", "ref", "uuid").notNull().backfill("gen_random_uuid()"));

        assertThat(DIALECT.render(add)).containsExactly(
                "alter table member add column ref uuid",
                "update member set ref = gen_random_uuid()",
                "alter table member alter column ref set not null");
        db.run(add);
        assertThat(db.queryString("select count(distinct ref) from member")).isEqualTo("3");
        assertThat(db.schema()).isEqualTo(add.applyTo(MEMBERS));
    }

    @Test
    void withoutBackfillAGuardStopsTheAddOnATableWithRowsAndSaysWhichHintToAdd() throws Exception {
        Operation add = new AddColumn("member", new Column("code", "varchar(20)", false, null, false));

        assertThat(DIALECT.render(add)).hasSize(2).last().isEqualTo("alter table member add column code varchar(20) not null");
        assertThatThrownBy(() -> db.run(add)).isInstanceOf(SQLException.class)
                .hasMessageContaining("member.code is added NOT NULL without a default, and member holds rows:"
                        + " add @Backfill(\"<value>\") to the field mapped to it (or @ColumnDefault) and generate again,"
                        + " or give op.addColumn(\"member\", \"code\", ...).backfill(\"<value>\") in this migration");
    }

    @Test
    void theGuardLetsTheAddThroughOnAnEmptyTable() throws Exception {
        db.execute("delete from member");

        db.run(new AddColumn("member", new Column("code", "varchar(20)", false, null, false)));

        assertThat(db.schema().table("member").orElseThrow().column("code").orElseThrow().nullable()).isFalse();
    }

    @Test
    void setNotNullFillsTheNullsWithTheBackfillFirst() throws Exception {
        Operation set = record(op -> op.setNotNull("member", "name").backfill("'anonymous'"));

        assertThat(DIALECT.render(set)).containsExactly(
                "update member set name = 'anonymous' where name is null",
                "alter table member alter column name set not null");
        db.run(set);
        assertThat(column("select name from member order by id")).containsExactly("Ada", "anonymous", "Cy");
    }

    @Test
    void setNotNullWithoutBackfillStopsOnANullWithAMessage() throws Exception {
        assertThatThrownBy(() -> db.run(new AlterColumnNullable("member", "name", false)))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("member.name becomes NOT NULL, but rows of member hold NULL in it: add"
                        + " @Backfill(\"<value>\") to the field mapped to it and generate again, or give"
                        + " op.setNotNull(\"member\", \"name\").backfill(\"<value>\") in this migration");
    }

    @Test
    void theDowngradeOfADroppedNotNullNumberReAddsItWithZeroOnTheRows() throws Exception {
        Operation drop = new DropColumn("member", "points");
        Operation inverse = drop.inverse(MEMBERS);

        assertThat(inverse).isEqualTo(new AddColumn("member", new Column("points", "integer", false, null, false), "0"));
        db.run(drop, inverse);
        assertThat(column("select points from member order by id")).containsExactly("0", "0", "0");
    }

    @Test
    void aDroppedNotNullUuidHasNoZeroValueSoItsDowngradeStopsOnRows() throws Exception {
        Operation drop = new DropColumn("member", "token");
        Operation inverse = drop.inverse(MEMBERS);

        assertThat(((AddColumn) inverse).backfill()).isNull();
        db.run(drop);
        assertThatThrownBy(() -> db.run(inverse)).hasMessageContaining("member.token is added NOT NULL");
    }

    @Test
    void theDowngradeOfDropNotNullFillsTheNullsWrittenSinceWithTheZeroValue() throws Exception {
        Operation relax = new AlterColumnNullable("member", "points", true);
        Operation inverse = relax.inverse(MEMBERS);

        assertThat(inverse).isEqualTo(new AlterColumnNullable("member", "points", false, "0"));
        db.run(relax);
        db.execute("insert into member (id, points, token) values (4, null, gen_random_uuid())");
        db.run(inverse);
        assertThat(column("select points from member order by id")).containsExactly("10", "20", "30", "0");
        assertThat(db.schema()).isEqualTo(MEMBERS);
    }

    @Test
    void aKeyColumnGetsNoZeroValueAsOneValueForEveryRowWouldBreakIt() {
        Schema keyed = Schema.builder().table("member", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("email", "varchar(80)", c -> c.notNull())
                .column("level", "integer", c -> c.notNull())
                .primaryKey("member_pkey", "id")
                .unique("member_email_key", "email")
                .check("member_level_check", "level > 0")).build();

        assertThat(((AddColumn) new DropColumn("member", "email").inverse(keyed)).backfill()).isNull();
        assertThat(((AddColumn) new DropColumn("member", "level").inverse(keyed)).backfill()).isNull();
        assertThat(new AlterColumnNullable("member", "email", true).inverse(keyed))
                .isEqualTo(new AlterColumnNullable("member", "email", false));
    }

    @Test
    void whatIsAConstant() {
        assertThat(List.of("0", "-1.5", "'n/a'", "'it''s'", "'{}'::jsonb", "true", "now()", "CURRENT_DATE",
                "'2020-01-01'::timestamp(6) with time zone"))
                .allMatch(BackfillStatements::isConstant);
        assertThat(List.of("gen_random_uuid()", "random()", "clock_timestamp()", "nextval('s')", "id * 2",
                "'a' || 'b'")).noneMatch(BackfillStatements::isConstant);
    }

    @Test
    void aConstantBackfillLocksTheDefaultItDropsToo() throws Exception {
        Operation plain = new AddColumn("member", new Column("level", "integer", false, "0", false));
        Operation backfilled = new AddColumn("member", new Column("level", "integer", false, null, false), "0");
        db.connection().commit();
        try {
            db.run(plain);
            int plainLocks = sharedLocks();
            db.connection().rollback();
            db.run(backfilled);
            int backfilledLocks = sharedLocks();
            System.out.printf("Backfill locks: add with default %d, add with backfill %d, estimate %d%n", plainLocks,
                    backfilledLocks, LockCount.of(List.of(backfilled), MEMBERS));
            assertThat(LockCount.of(List.of(plain), MEMBERS)).isEqualTo(plainLocks);
            assertThat(LockCount.of(List.of(backfilled), MEMBERS)).as("and the default it drops")
                    .isEqualTo(backfilledLocks).isEqualTo(plainLocks + 1);
        } finally {
            db.connection().rollback();
            db.execute("drop table member");
            db.connection().commit();
        }
    }

    private static int sharedLocks() throws SQLException {
        return Integer.parseInt(db.queryString("select count(*) from (select distinct locktype, relation, objid,"
                + " transactionid from pg_locks where pid = pg_backend_pid() and not fastpath"
                + " and locktype <> 'virtualxid') locks"));
    }

    private static Operation record(java.util.function.Consumer<dev.jpamigrate.Operations> calls) {
        List<Operation> ops = OperationRecorder.record(calls);
        assertThat(ops).hasSize(1);
        return ops.get(0);
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
