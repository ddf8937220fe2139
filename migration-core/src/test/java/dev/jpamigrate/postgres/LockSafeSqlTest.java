package dev.jpamigrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.ops.Operation.AddPrimaryKey;
import dev.jpamigrate.ops.Operation.AddUnique;
import dev.jpamigrate.ops.Operation.AlterColumnNullable;
import dev.jpamigrate.ops.Operation.CreateIndex;
import dev.jpamigrate.ops.Operation.DropIndex;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.UniqueConstraint;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lock-safe forms, each statement in a transaction of its own as in a revision with
 * {@code transactional = false}: the database ends as {@link Operation#applyTo} says, a second
 * run changes nothing (a revision that failed part-way runs again from its start), and the
 * inverse brings the shop back.
 */
class LockSafeSqlTest {
    private LiveDatabase db;

    @BeforeEach
    void createDatabase() throws SQLException {
        db = LiveDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close();
    }

    static Stream<Named<Operation>> operations() {
        return Stream.of(
                named("create an index concurrently", new CreateIndex("customer",
                        new Index("idx_customer_email", List.of("lower(email::text)", "nickname desc"), false), true)),
                named("create a unique index concurrently in another schema", new CreateIndex("sales.purchase_order",
                        new Index("purchase_order_placed_idx", List.of("customer_id", "placed_at desc"), true), true)),
                named("drop an index concurrently", new DropIndex("customer", "idx_customer_created", true)),
                named("drop an index concurrently in another schema", new DropIndex("sales.purchase_order",
                        "idx_purchase_order_customer", true)),
                named("add a unique constraint using an index built concurrently", new AddUnique("user",
                        new UniqueConstraint("user_customer_key", List.of("customer_id", "order")), true)),
                named("add a primary key using an index built concurrently", new AddPrimaryKey("event_log",
                        new PrimaryKey("event_log_pkey", List.of("id")), true)),
                named("set not null through a validated check", new AlterColumnNullable("customer", "nickname",
                        false, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void eachStatementInItsOwnTransactionDoesWhatTheModelSaysAndCanRunAgain(Operation op) throws Exception {
        Schema before = db.create(Shop.SCHEMA);

        db.run(op);
        assertThat(db.schema()).as("after the operation").isEqualTo(op.applyTo(before));
        db.run(op);
        assertThat(db.schema()).as("after running it again").isEqualTo(op.applyTo(before));

        db.run(op.inverse(before));
        assertThat(db.schema()).as("after its inverse").isEqualTo(before);
    }

    @Test
    void anIndexLeftInvalidByAFailedBuildIsDroppedAndBuiltAgain() throws Exception {
        db.execute("create table account (id bigint primary key, email varchar(80))");
        db.execute("insert into account values (1, 'a@example.com'), (2, 'a@example.com')");
        Operation unique = new AddUnique("account", new UniqueConstraint("account_email_key", List.of("email")), true);

        assertThatThrownBy(() -> db.run(unique)).hasMessageContaining("could not create unique index");
        assertThat(db.queryString("select count(*) from pg_index where not indisvalid")).isEqualTo("1");

        db.execute("update account set email = 'b@example.com' where id = 2");
        db.run(unique);

        assertThat(db.queryString("select count(*) from pg_index where not indisvalid")).isEqualTo("0");
        assertThat(db.queryString("select conname from pg_constraint where conrelid = 'account'::regclass"
                + " and contype = 'u'"))
                .isEqualTo("account_email_key");
    }

    @Test
    void setNotNullThroughACheckRefusesANullAndLeavesTheColumnAsItWas() throws Exception {
        db.execute("create table account (id bigint primary key, email varchar(80))");
        db.execute("insert into account values (1, 'a@example.com'), (2, null)");

        assertThatThrownBy(() -> db.run(new AlterColumnNullable("account", "email", false, true)))
                .hasMessageContaining("validate constraint email_not_null_check")
                .hasMessageContaining("violated by some row");
        assertThat(db.queryString("select is_nullable from information_schema.columns where column_name = 'email'"))
                .isEqualTo("YES");

        db.execute("update account set email = 'b@example.com' where id = 2");
        db.run(new AlterColumnNullable("account", "email", false, true));
        assertThat(db.queryString("select is_nullable from information_schema.columns where column_name = 'email'"))
                .isEqualTo("NO");
        assertThat(db.queryString("select count(*) from pg_constraint where conrelid = 'account'::regclass"
                + " and contype = 'c'")).isEqualTo("0");
    }

    @Test
    void dropsInARevisionThatIsNotTransactionalCanRunAgain() throws Exception {
        Schema before = db.create(Shop.SCHEMA);
        List<Operation> drops = List.of(new Operation.DropUnique("order_line", "order_line_product_key"),
                new Operation.DropCheck("employee", "employee_salary_check"),
                new Operation.DropForeignKey("department", "fk_department_manager"),
                new DropIndex("customer", "idx_customer_created"));
        PostgresDialect dialect = new PostgresDialect();

        for (int run = 1; run <= 2; run++) {
            for (Operation drop : drops) {
                for (String sql : RepeatableStatements.render(dialect, drop)) {
                    db.execute(sql);
                }
            }
        }

        Schema expected = before;
        for (Operation drop : drops) {
            expected = drop.applyTo(expected);
        }
        assertThat(db.schema()).isEqualTo(expected);
        assertThat(RepeatableStatements.render(dialect, drops.get(0)))
                .containsExactly("alter table order_line drop constraint if exists order_line_product_key");
    }

    @Test
    void theStatementsReadAsTheLockSafePatterns() {
        PostgresDialect dialect = new PostgresDialect();

        assertThat(dialect.render(new CreateIndex("customer", new Index("idx_name", List.of("name"), false), true)))
                .containsExactly("do $invalid$ begin if exists (select from pg_index i join pg_class c on c.oid ="
                        + " i.indexrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname ="
                        + " current_schema() and c.relname = 'idx_name' and not i.indisvalid) then drop index"
                        + " idx_name; end if; end $invalid$",
                        "create index concurrently if not exists idx_name on customer (name)");
        assertThat(dialect.render(new DropIndex("sales.order", "idx_order", true)))
                .containsExactly("drop index concurrently if exists sales.idx_order");
        assertThat(dialect.render(new AddUnique("customer", new UniqueConstraint("customer_email_key",
                List.of("email")), true))).element(2).isEqualTo("do $using$ begin if not exists (select from"
                        + " pg_constraint where conrelid = to_regclass('customer') and conname = 'customer_email_key')"
                        + " then alter table customer add constraint customer_email_key unique using index"
                        + " customer_email_key; end if; end $using$");
        assertThat(dialect.render(new AlterColumnNullable("customer", "email", false, true))).containsExactly(
                "alter table customer drop constraint if exists email_not_null_check, add constraint"
                        + " email_not_null_check check (email is not null) not valid",
                "alter table customer validate constraint email_not_null_check",
                "alter table customer alter column email set not null",
                "alter table customer drop constraint if exists email_not_null_check");
        assertThat(dialect.render(new Operation.ValidateConstraint("purchase", "fk_purchase_customer")))
                .containsExactly("alter table purchase validate constraint fk_purchase_customer");
        assertThat(LockSafeStatements.checkName("c".repeat(60))).hasSize(63).endsWith("_not_null_check");
    }
}
