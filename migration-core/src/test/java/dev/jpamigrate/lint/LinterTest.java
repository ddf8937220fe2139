package dev.jpamigrate.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the lint: SQL in, finding out; silent on the safe form and on a table the revision creates. */
class LinterTest {
    private static final Schema BEFORE = Schema.builder()
            .table("customer", t -> t
                    .column("id", "integer", c -> c.notNull())
                    .column("email", "varchar(100)")
                    .column("name", "text")
                    .column("balance", "numeric(10,2)")
                    .column("code", "varchar(20)")
                    .column("checked", "varchar(20)")
                    .primaryKey("customer_pkey", "id")
                    .check("customer_checked_not_null", "checked is not null"))
            .table("purchase_order", t -> t.column("id", "bigint", c -> c.notNull())
                    .column("customer_id", "integer"))
            .build();

    private final Linter linter = new Linter();

    private List<Finding> lint(boolean transactional, List<Acknowledgement> acks, String... sql) {
        List<Operation> ops = Arrays.stream(sql).map(s -> (Operation) new Operation.Sql(s)).toList();
        return linter.lint(new LintedRevision("20261206120000", transactional, ops, acks, BEFORE));
    }

    private List<String> rules(String... sql) {
        return lint(true, List.of(), sql).stream().map(f -> f.rule().id()).toList();
    }

    private List<String> rulesOutsideTransaction(String... sql) {
        return lint(false, List.of(), sql).stream().map(f -> f.rule().id()).toList();
    }

    @Test
    void createIndexOnAnExistingTableMustBeConcurrent() {
        assertThat(rules("create index idx_email on customer (email)")).containsExactly("create-index-not-concurrently");
        assertThat(rules("CREATE UNIQUE INDEX IF NOT EXISTS idx_email ON ONLY public.customer USING btree (email)"))
                .containsExactly("create-index-not-concurrently");
        assertThat(rules("create index on customer (email)")).containsExactly("create-index-not-concurrently");
        assertThat(rulesOutsideTransaction("create index concurrently idx_email on customer (email)")).isEmpty();
    }

    @Test
    void concurrentlyInsideATransactionFailsAtRunTime() {
        assertThat(rules("create index concurrently idx_email on customer (email)"))
                .containsExactly("concurrently-in-transaction");
        assertThat(rules("drop index concurrently idx_email")).containsExactly("concurrently-in-transaction");
        assertThat(rules("reindex index concurrently idx_email")).containsExactly("concurrently-in-transaction");
    }

    @Test
    void dropIndexMustBeConcurrent() {
        assertThat(rules("drop index idx_email")).containsExactly("drop-index-not-concurrently");
        assertThat(rulesOutsideTransaction("drop index concurrently if exists idx_email")).isEmpty();
    }

    @Test
    void anIndexOnATableCreatedInTheSameRevisionIsExempt() {
        assertThat(rules("create table audit (id bigint primary key, at timestamptz)",
                "create index idx_audit_at on audit (at)")).isEmpty();
        assertThat(rules("create table \"Audit\" (id bigint primary key)",
                "create index idx_audit_id on \"Audit\" (id)")).isEmpty();
    }

    @Test
    void aForeignKeyIsAddedNotValidThenValidatedInAnotherTransaction() {
        assertThat(rules("alter table purchase_order add constraint fk_customer foreign key (customer_id)"
                + " references customer (id)")).containsExactly("add-foreign-key-validating");
        assertThat(rules("alter table purchase_order add constraint fk_customer foreign key (customer_id)"
                + " references customer (id) not valid")).isEmpty();
        assertThat(rules("alter table purchase_order validate constraint fk_customer")).isEmpty();
        assertThat(rules("alter table purchase_order add column referrer integer references customer (id)"))
                .containsExactly("add-foreign-key-validating");
    }

    @Test
    void validatingInTheTransactionThatAddedItKeepsTheLock() {
        String add = "alter table purchase_order add constraint fk_customer foreign key (customer_id)"
                + " references customer (id) not valid";
        String validate = "alter table purchase_order validate constraint fk_customer";
        assertThat(rules(add, validate)).containsExactly("validate-in-same-transaction");
        assertThat(rulesOutsideTransaction(add, validate)).isEmpty();
    }

    @Test
    void aCheckIsAddedNotValid() {
        assertThat(rules("alter table customer add constraint positive check (balance >= 0)"))
                .containsExactly("add-check-validating");
        assertThat(rules("alter table customer add constraint positive check (balance >= 0) not valid")).isEmpty();
        // Words in a literal are not SQL.
        assertThat(rules("alter table customer add constraint c check (name <> 'not valid')"))
                .containsExactly("add-check-validating");
    }

    @Test
    void uniqueAndPrimaryKeysUseAnIndexBuiltConcurrently() {
        assertThat(rules("alter table customer add constraint customer_email_key unique (email)"))
                .containsExactly("add-unique-constraint");
        assertThat(rules("alter table purchase_order add primary key (id)")).containsExactly("add-primary-key");
        assertThat(rules("alter table customer add constraint customer_email_key unique using index idx_email"))
                .isEmpty();
        assertThat(rules("alter table customer add constraint no_overlap exclude using gist (period with &&)"))
                .isEmpty();
    }

    @Test
    void setNotNullNeedsAValidatedCheckFirst() {
        assertThat(rules("alter table customer alter column email set not null")).containsExactly("set-not-null");
        // A check validated in an earlier revision (in the schema before) lets PostgreSQL skip the scan.
        assertThat(rules("alter table customer alter column checked set not null")).isEmpty();
        // The safe pattern, each step in its own transaction.
        assertThat(rulesOutsideTransaction(
                "alter table customer add constraint email_not_null check (email is not null) not valid",
                "alter table customer validate constraint email_not_null",
                "alter table customer alter column email set not null",
                "alter table customer drop constraint email_not_null")).isEmpty();
    }

    @Test
    void typeChangesThatRewriteTheTable() {
        assertThat(rules("alter table customer alter column id type bigint")).containsExactly("alter-column-type");
        assertThat(lint(true, List.of(), "alter table customer alter column id type bigint").get(0).detail())
                .isEqualTo("integer to bigint rewrites every row");
        assertThat(rules("alter table customer alter column code type varchar(10)"))
                .containsExactly("alter-column-type");
        assertThat(rules("alter table customer alter column code type integer using code::integer"))
                .containsExactly("alter-column-type");
    }

    @Test
    void typeChangesThatTouchNoRow() {
        assertThat(rules("alter table customer alter column email type varchar(200)")).isEmpty();
        assertThat(rules("alter table customer alter column email type text")).isEmpty();
        assertThat(rules("alter table customer alter column name type varchar")).isEmpty();
        assertThat(rules("alter table customer alter column balance type numeric(12,2)")).isEmpty();
        assertThat(rules("alter table customer alter column balance set data type numeric(12, 2)")).isEmpty();
    }

    @Test
    void aTypeChangeOnAColumnOfUnknownTypeIsReported() {
        assertThat(rules("alter table elsewhere alter column x type varchar(200)")).containsExactly("alter-column-type");
    }

    @Test
    void addingANotNullColumnNeedsADefault() {
        assertThat(rules("alter table customer add column age integer not null"))
                .containsExactly("add-column-not-null-without-default");
        assertThat(rules("alter table customer add column age integer not null default 0")).isEmpty();
        assertThat(rules("alter table customer add column age integer")).isEmpty();
    }

    @Test
    void aVolatileDefaultRewritesTheTable() {
        assertThat(rules("alter table customer add column token uuid default gen_random_uuid()"))
                .containsExactly("add-column-volatile-default");
        assertThat(rules("alter table customer add column r float8 not null default random()"))
                .containsExactly("add-column-volatile-default");
        assertThat(rules("alter table customer add column at timestamptz not null default clock_timestamp()"))
                .containsExactly("add-column-volatile-default");
        assertThat(rules("alter table customer add column at timestamptz not null default now()")).isEmpty();
    }

    @Test
    void serialIdentityAndStoredGeneratedColumnsRewriteTheTable() {
        assertThat(rules("alter table customer add column n bigserial")).containsExactly("add-column-rewrites-table");
        assertThat(rules("alter table customer add column n bigint generated by default as identity"))
                .containsExactly("add-column-rewrites-table");
        assertThat(rules("alter table customer add column total numeric generated always as (balance * 2) stored"))
                .containsExactly("add-column-rewrites-table");
    }

    @Test
    void severalActionsOfOneAlterTableAreEachLinted() {
        assertThat(rules("alter table customer add column a int not null, drop column name,"
                + " alter column email set not null"))
                .containsExactly("add-column-not-null-without-default", "drop-column", "set-not-null");
    }

    @Test
    void renamesBreakTheRunningVersion() {
        assertThat(rules("alter table customer rename to client")).containsExactly("rename-table");
        assertThat(rules("alter table customer rename column email to mail")).containsExactly("rename-column");
        assertThat(rules("alter table customer rename email to mail")).containsExactly("rename-column");
        assertThat(rules("alter table customer rename constraint a to b")).isEmpty();
    }

    @Test
    void dropsLoseData() {
        assertThat(rules("drop table purchase_order")).containsExactly("drop-table");
        assertThat(rules("drop table if exists purchase_order, customer cascade"))
                .containsExactly("drop-table", "drop-table");
        assertThat(rules("alter table customer drop column name")).containsExactly("drop-column");
        assertThat(rules("alter table customer drop constraint customer_pkey")).isEmpty();
    }

    @Test
    void typesThatHurtLaterAreReportedOnNewTablesToo() {
        assertThat(rules("create table event (id integer primary key, body json, at timestamp(6), ok timestamptz)"))
                .containsExactlyInAnyOrder("json-column", "timestamp-without-time-zone", "integer-primary-key");
        assertThat(rules("create table event (id int4 not null, constraint event_pkey primary key (id))"))
                .containsExactly("integer-primary-key");
        assertThat(rules("create table event (id bigint primary key, body jsonb)")).isEmpty();
        assertThat(rules("alter table customer add column body json")).containsExactly("json-column");
    }

    @Test
    void turningTheLockTimeoutOffIsAnError() {
        assertThat(rules("set lock_timeout = 0")).containsExactly("lock-timeout-disabled");
        assertThat(rules("SET lock_timeout TO '0s'")).containsExactly("lock-timeout-disabled");
        assertThat(rules("set local lock_timeout to default")).containsExactly("lock-timeout-disabled");
        assertThat(rules("set lock_timeout = '2s'")).isEmpty();
    }

    @Test
    void aConfiguredTimeoutOfZeroIsAWarning() {
        assertThat(linter.lockTimeout("0")).map(f -> f.rule().id()).contains("no-lock-timeout");
        assertThat(linter.lockTimeout("0ms")).isPresent();
        assertThat(linter.lockTimeout(null)).isEmpty();
        assertThat(linter.lockTimeout("5s")).isEmpty();
    }

    @Test
    void aScriptIsSplitIntoStatementsAndItsCommentsIgnored() {
        assertThat(rules("-- create index idx_x on customer (email);\n"
                + "update customer set name = 'a; create index b on customer (x)';\n"
                + "/* drop table customer; */ create index idx_email on customer (email);"
                + "do $$ begin perform 1; end $$"))
                .containsExactly("create-index-not-concurrently");
    }

    @Test
    void anAcknowledgedFindingIsReportedWithItsReasonAndDoesNotFail() {
        List<Finding> findings = lint(true, List.of(new Acknowledgement("create-index-not-concurrently",
                "customer holds 40 rows")), "create index idx_email on customer (email)");

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).isAcknowledged()).isTrue();
        assertThat(findings.get(0).failsBuild()).isFalse();
        assertThat(findings.get(0).line()).isEqualTo("acknowledged (customer holds 40 rows): 20261206120000:"
                + " create index idx_email on customer (email): blocks writes to the table while the index builds;"
                + " use create index concurrently in a revision with transactional = false"
                + " [create-index-not-concurrently]");
    }

    @Test
    void anAcknowledgementNeedsAReasonAndAKnownRule() {
        List<Finding> findings = lint(true, List.of(new Acknowledgement("create-index-not-concurrently", " "),
                new Acknowledgement("create-index", "small")), "create index idx_email on customer (email)");

        assertThat(findings).extracting(f -> f.rule().id()).containsExactly("create-index-not-concurrently",
                "invalid-acknowledgement", "invalid-acknowledgement");
        assertThat(findings).allMatch(Finding::failsBuild);
        assertThat(findings.get(1).hazard()).endsWith("(the reason is empty)");
        assertThat(findings.get(2).hazard()).contains("no rule of the lint is called create-index;");
    }

    @Test
    void anAcknowledgementOfARuleThatDoesNotFireIsAHint() {
        List<Finding> findings = lint(true, List.of(new Acknowledgement("drop-table", "old")),
                "alter table customer add column age integer");

        assertThat(findings).extracting(f -> f.rule().id()).containsExactly("unused-acknowledgement");
        assertThat(findings.get(0).failsBuild()).isFalse();
    }
}
