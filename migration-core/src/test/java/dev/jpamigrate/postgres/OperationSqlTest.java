package dev.jpamigrate.postgres;

import static dev.jpamigrate.ForeignKeyAction.CASCADE;
import static dev.jpamigrate.ForeignKeyAction.SET_DEFAULT;
import static dev.jpamigrate.ForeignKeyAction.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import dev.jpamigrate.ops.Operation.AddCheck;
import dev.jpamigrate.ops.Operation.AddColumn;
import dev.jpamigrate.ops.Operation.AddForeignKey;
import dev.jpamigrate.ops.Operation.AddPrimaryKey;
import dev.jpamigrate.ops.Operation.AddUnique;
import dev.jpamigrate.ops.Operation.AlterColumnComment;
import dev.jpamigrate.ops.Operation.AlterColumnDefault;
import dev.jpamigrate.ops.Operation.AlterColumnIdentity;
import dev.jpamigrate.ops.Operation.AlterColumnNullable;
import dev.jpamigrate.ops.Operation.AlterColumnType;
import dev.jpamigrate.ops.Operation.AlterSequence;
import dev.jpamigrate.ops.Operation.AlterTableComment;
import dev.jpamigrate.ops.Operation.CreateIndex;
import dev.jpamigrate.ops.Operation.CreateSchema;
import dev.jpamigrate.ops.Operation.CreateSequence;
import dev.jpamigrate.ops.Operation.CreateTable;
import dev.jpamigrate.ops.Operation.DropCheck;
import dev.jpamigrate.ops.Operation.DropColumn;
import dev.jpamigrate.ops.Operation.DropForeignKey;
import dev.jpamigrate.ops.Operation.DropIndex;
import dev.jpamigrate.ops.Operation.DropPrimaryKey;
import dev.jpamigrate.ops.Operation.DropSchema;
import dev.jpamigrate.ops.Operation.DropSequence;
import dev.jpamigrate.ops.Operation.DropTable;
import dev.jpamigrate.ops.Operation.DropUnique;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.TableBuilder;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each operation's SQL, run on a database that holds the shop, leaves the database as
 * {@link Operation#applyTo} says; its inverse brings back the shop. This is what makes
 * replaying migrations in memory, {@code verify} and downgrades trustworthy.
 */
class OperationSqlTest {
    private static final Schema SHOP = Shop.SCHEMA;

    @RegisterExtension
    static final SharedLiveDatabase db = new SharedLiveDatabase();

    static Stream<Named<Change>> operations() {
        return Stream.of(
                change("create a schema", new CreateSchema("archive")),
                change("drop an empty schema", new DropSchema("archive"), new CreateSchema("archive")),
                change("create a table with constraints, indexes, a foreign key and comments",
                        new CreateTable(invoice())),
                change("create a table in another schema", new CreateTable(table("sales.shipment", t -> t
                        .column("id", "bigint", c -> c.identity())
                        .column("order_id", "bigint", c -> c.notNull())
                        .primaryKey("shipment_pkey", "id")
                        .index("idx_shipment_order", "order_id")
                        .foreignKey("fk_shipment_order", fk -> fk.columns("order_id")
                                .references("sales.purchase_order", "id").onDelete(CASCADE))))),
                change("drop a table that has foreign keys", new DropTable("order_line")),
                change("drop a table in another schema", new DropTable("sales.purchase_order"),
                        new DropTable("order_line")),
                change("comment on a table", new AlterTableComment("event_log", "What happened, and when")),
                change("replace a table's comment with one that has quotes",
                        new AlterTableComment("customer", "People who buy; 'VIP' ones get \"gold\"")),
                change("drop a table's comment in another schema", new AlterTableComment("sales.purchase_order", null)),
                change("add a nullable column", new AddColumn("customer", Column.of("phone", "varchar(30)"))),
                change("add a NOT NULL column with a default", new AddColumn("customer",
                        new Column("tier", "smallint", false, "1", false))),
                change("add an identity column", new AddColumn("event_log",
                        new Column("seq", "bigint", false, null, true))),
                change("add a column to a table in another schema", new AddColumn("sales.purchase_order",
                        new Column("currency", "char(3)", false, "'EUR'::bpchar", false))),
                change("add a column with a comment", new AddColumn("customer",
                        new Column("phone", "varchar(30)", true, null, false, "Digits only, as in 'tel:' links"))),
                change("drop the last column", new DropColumn("employee", "initial")),
                change("drop a column that has a comment", new DropColumn("sales.purchase_order", "deliver_at")),
                change("widen a varchar", new AlterColumnType("customer", "email", "varchar(320)")),
                change("widen a column that has a default and a check",
                        new AlterColumnType("order_line", "quantity", "integer")),
                change("change a numeric's scale in another schema",
                        new AlterColumnType("sales.purchase_order", "total", "numeric(40,4)")),
                change("make a column NOT NULL", new AlterColumnNullable("customer", "nickname", false)),
                change("make a column nullable", new AlterColumnNullable("user", "login", true)),
                change("set a default", new AlterColumnDefault("customer", "nickname",
                        "'anonymous'::character varying")),
                change("drop a default", new AlterColumnDefault("customer", "status", null)),
                change("comment on a column", new AlterColumnComment("employee", "badge", "Printed on the card")),
                change("replace a column's comment with one that has a backslash",
                        new AlterColumnComment("customer", "email", "Receipts go here, not to C:\\spam\\")),
                change("drop the comment of a column named by a keyword", new AlterColumnComment("user", "order", null)),
                change("make a column identity", new AlterColumnIdentity("department", "id", true)),
                change("drop an identity", new AlterColumnIdentity("customer", "id", false)),
                change("add a primary key", new AddPrimaryKey("event_log",
                        new PrimaryKey("event_log_pkey", List.of("id")))),
                change("drop a primary key", new DropPrimaryKey("user", "user_pkey")),
                change("add a unique constraint", new AddUnique("user",
                        new UniqueConstraint("user_customer_key", List.of("customer_id", "order")))),
                change("drop a unique constraint", new DropUnique("order_line", "order_line_product_key")),
                change("add a check", new AddCheck("department", new CheckConstraint("department_id_check", "id > 0"))),
                change("drop a check", new DropCheck("employee", "employee_salary_check")),
                change("add a foreign key to its own table", new AddForeignKey("employee", new ForeignKey(
                        "fk_employee_mentor", List.of("mentor_id"), "employee", List.of("id"), SET_NULL, CASCADE))),
                change("add a foreign key across schemas", new AddForeignKey("event_log", new ForeignKey(
                        "fk_event_log_order", List.of("id"), "sales.purchase_order", List.of("id"),
                        SET_DEFAULT, null))),
                change("drop a foreign key of a cycle", new DropForeignKey("department", "fk_department_manager")),
                change("create an index with orders and an expression", new CreateIndex("customer", new Index(
                        "idx_customer_lookup", List.of("lower(email::text)", "loyalty_points desc nulls last",
                                "nickname nulls first"), false))),
                change("create a unique index in another schema", new CreateIndex("sales.purchase_order",
                        new Index("purchase_order_placed_idx", List.of("customer_id", "placed_at desc"), true))),
                change("drop an index", new DropIndex("customer", "idx_customer_created")),
                change("drop an index in another schema", new DropIndex("sales.purchase_order",
                        "idx_purchase_order_customer")),
                change("create a sequence", new CreateSequence(new Sequence("ticket_seq", 1, 1))),
                change("create a sequence in another schema",
                        new CreateSequence(new Sequence("sales.invoice_seq", 100, 10))),
                change("alter a sequence", new AlterSequence(new Sequence("customer_seq", 10, 20))),
                change("make a sequence integer", new AlterSequence(new Sequence("customer_seq", 1, 1, "integer", null))),
                change("own a sequence by a column", new Operation.AlterSequenceOwner("customer_seq",
                        new Sequence.Owner("customer", "id"))),
                change("own a sequence by a column in another schema", new Operation.AlterSequenceOwner(
                        "sales.purchase_order_seq", new Sequence.Owner("sales.purchase_order", "id"))),
                change("take a sequence's owner away", new Operation.AlterSequenceOwner("customer_seq", null),
                        new Operation.AlterSequenceOwner("customer_seq", new Sequence.Owner("customer", "id"))),
                change("rename the column that owns a sequence", new Operation.RenameColumn("customer", "id", "no"),
                        new Operation.AlterSequenceOwner("customer_seq", new Sequence.Owner("customer", "id"))),
                change("rename the table whose column owns a sequence", new Operation.RenameTable("customer", "client"),
                        new Operation.AlterSequenceOwner("customer_seq", new Sequence.Owner("customer", "id"))),
                change("drop a sequence", new DropSequence("invoice_number_seq")),
                change("drop a sequence in another schema", new DropSequence("sales.purchase_order_seq")),
                change("rename a table that foreign keys reference, its own among them",
                        new Operation.RenameTable("customer", "client")),
                change("rename a table in another schema, which keeps it there",
                        new Operation.RenameTable("sales.purchase_order", "orders")),
                change("rename a primary key column that foreign keys reference",
                        new Operation.RenameColumn("customer", "id", "customer_no")),
                change("rename a column in a unique constraint", new Operation.RenameColumn("customer", "email", "mail")),
                change("rename a column in a check", new Operation.RenameColumn("order_line", "quantity", "qty")),
                change("rename a column in an ordered index",
                        new Operation.RenameColumn("customer", "created_at", "created")),
                change("rename a column named by a keyword to another",
                        new Operation.RenameColumn("user", "order", "select")),
                change("rename a column of a foreign key across schemas",
                        new Operation.RenameColumn("order_line", "order_id", "purchase_order_id")),
                change("rename a primary key", new Operation.RenameConstraint("customer", "customer_pkey", "client_pkey")),
                change("rename a unique constraint",
                        new Operation.RenameConstraint("customer", "customer_email_key", "customer_mail_key")),
                change("rename a check", new Operation.RenameConstraint("customer", "customer_points_check", "points")),
                change("rename a foreign key",
                        new Operation.RenameConstraint("user", "fk_user_customer", "fk_user_client")),
                change("rename an index", new Operation.RenameIndex("customer", "idx_customer_created", "idx_created")),
                change("rename an index in another schema", new Operation.RenameIndex("sales.purchase_order",
                        "idx_purchase_order_customer", "idx_order_customer")),
                change("rename a sequence", new Operation.RenameSequence("customer_seq", "client_seq")),
                change("rename a sequence in another schema",
                        new Operation.RenameSequence("sales.purchase_order_seq", "order_seq")),
                change("add a check not valid", new AddCheck("department",
                        new CheckConstraint("department_id_check", "id > 0"), true)),
                change("add a foreign key not valid", new AddForeignKey("employee", new ForeignKey(
                        "fk_employee_mentor", List.of("mentor_id"), "employee", List.of("id"), SET_NULL, null), true)),
                change("validate a foreign key added not valid",
                        new Operation.ValidateConstraint("employee", "fk_employee_mentor"),
                        new AddForeignKey("employee", new ForeignKey("fk_employee_mentor", List.of("mentor_id"),
                                "employee", List.of("id"), SET_NULL, null), true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void sqlDoesWhatTheModelSaysAndTheInverseUndoesIt(Change change) throws Exception {
        Schema before = change.prepare();
        assertThat(db.schema()).as("the schema before").isEqualTo(before);

        db.run(change.op());
        assertThat(db.schema()).as("after the operation").isEqualTo(change.op().applyTo(before));

        db.run(change.op().inverse(before));
        assertThat(db.schema()).as("after its inverse").isEqualTo(before);
    }

    @Test
    void everyOperationThatHasAnInverseIsCovered() {
        Set<Class<?>> covered = operations().map(Named::getPayload)
                .flatMap(c -> Stream.of(c.op().getClass(), c.op().inverse(c.schemaBefore()).getClass()))
                .collect(Collectors.toSet());
        Set<Class<?>> withoutInverse = Set.of(Operation.Sql.class, Operation.JdbcStep.class);

        assertThat(Arrays.stream(Operation.class.getPermittedSubclasses()).filter(c -> !withoutInverse.contains(c)))
                .allSatisfy(type -> assertThat(covered).as("operations covered").contains(type));
    }

    /**
     * PostgreSQL adds a column at the end of its table, and so does the model; a column
     * dropped from the middle comes back last, and the table no longer equals the original.
     */
    @Test
    void aColumnDroppedFromTheMiddleComesBackLast() throws Exception {
        Schema before = db.create(SHOP);
        Operation drop = new DropColumn("employee", "hired_on");
        Schema after = drop.applyTo(before);

        db.run(drop).run(drop.inverse(before));

        Schema replayed = drop.inverse(before).applyTo(after);
        assertThat(db.schema()).isEqualTo(replayed).isNotEqualTo(before);
        assertThat(replayed.table("employee").orElseThrow().columns()).last()
                .isEqualTo(Column.of("hired_on", "date"));
    }

    @Test
    void droppingAColumnDropsTheConstraintsAndIndexesThatUseItAsTheModelSays() throws Exception {
        Schema before = db.create(SHOP);
        List<Operation> ops = List.of(new DropColumn("customer", "nickname"),
                new DropColumn("order_line", "product_code"), new DropColumn("customer", "referred_by"));

        db.run(ops);

        Schema expected = before;
        for (Operation op : ops) {
            expected = op.applyTo(expected);
        }
        assertThat(db.schema()).isEqualTo(expected);
        assertThat(expected.table("customer").orElseThrow().indexes()).extracting(Index::name)
                .containsExactly("idx_customer_created");
    }

    @Test
    void rawSqlRunsAsWrittenAndLeavesTheModelAsItWas() throws Exception {
        Schema before = db.create(SHOP);
        Operation op = new Operation.Sql("create view vip_customer as select id, email from customer");

        db.run(op);

        assertThat(db.schema()).isEqualTo(op.applyTo(before)).isEqualTo(before);
        assertThat(db.queryString("select count(*) from vip_customer")).isEqualTo("0");
    }

    /** PostgreSQL's own functions, not only the catalog reader, see the text of the model, quotes and all. */
    @Test
    void commentsAreStoredExactlyAsTheModelHoldsThem() throws Exception {
        db.create(SHOP);

        assertThat(db.queryString("select obj_description('sales.purchase_order'::regclass, 'pg_class')"))
                .isEqualTo("An order as placed,\nbefore it ships");
        assertThat(db.queryString("select col_description(attrelid, attnum) from pg_attribute"
                + " where attrelid = 'sales.purchase_order'::regclass and attname = 'scan'"))
                .isEqualTo("The paper form, as filed under C:\\scans")
                .isEqualTo(SHOP.table("sales.purchase_order").orElseThrow().column("scan").orElseThrow().comment());
    }

    private static Table invoice() {
        return table("invoice", t -> t
                .comment("Bills; the customer's copy is the PDF")
                .column("id", "bigint", c -> c.identity())
                .column("customer_id", "bigint", c -> c.notNull())
                .column("number", "varchar(20)", c -> c.notNull().comment("As printed, e.g. 'INV-2026-001'"))
                .column("amount", "numeric(12,2)", c -> c.notNull().defaultValue("0"))
                .column("issued_at", "timestamp(6) with time zone", c -> c.notNull().defaultValue("now()"))
                .column("order", "integer", c -> c.comment("Reserved word, quoted name"))
                .primaryKey("invoice_pkey", "id")
                .unique("invoice_number_key", "number")
                .check("invoice_amount_check", "amount >= 0::numeric")
                .index("idx_invoice_issued", "issued_at desc")
                .uniqueIndex("invoice_order_idx", "customer_id", "order")
                .foreignKey("fk_invoice_customer", fk -> fk.columns("customer_id").references("customer", "id")
                        .onDelete(CASCADE)));
    }

    /** A table value built with the DSL that migrations use. */
    private static Table table(String name, Consumer<TableBuilder> definition) {
        return Schema.builder().table(name, definition).build().table(name).orElseThrow();
    }

    private static Named<Change> change(String description, Operation op, Operation... given) {
        return named(description, new Change(List.of(given), op));
    }

    /**
     * An operation and what the database holds before it: the shop, then {@code given}.
     *
     * @param given operations that set the scene on top of the shop
     */
    record Change(List<Operation> given, Operation op) {
        Schema schemaBefore() {
            Schema schema = SHOP;
            for (Operation g : given) {
                schema = g.applyTo(schema);
            }
            return schema;
        }

        Schema prepare() throws Exception {
            db.create(SHOP);
            db.run(given);
            return schemaBefore();
        }
    }
}
