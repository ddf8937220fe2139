package dev.jpamigrate.ops;

import static dev.jpamigrate.ForeignKeyAction.CASCADE;
import static dev.jpamigrate.ForeignKeyAction.NO_ACTION;
import static dev.jpamigrate.ForeignKeyAction.RESTRICT;
import static dev.jpamigrate.ForeignKeyAction.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.AddColumn;
import dev.jpamigrate.JdbcWork;
import dev.jpamigrate.TableDefinition;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each call of the migration DSL records, with its options, in call order. */
class OperationRecorderTest {
    @Test
    void aTableIsRecordedWithItsCommentColumnsOptionsConstraintsIndexesAndForeignKeys() {
        List<Operation> recorded = OperationRecorder.record(op -> op.createTable("sales.purchase_order")
                .comment("What customers bought")
                .column("id", "bigint").identity()
                .column("customer_id", "BIGINT").notNull()
                .column("status", "varchar(20)").notNull().defaultValue("'NEW'").comment("NEW or PAID")
                .column("note", "text")
                .column("placed_at", "timestamptz").defaultValue("now()")
                .primaryKey("purchase_order_pkey", "id")
                .unique("purchase_order_number_key", "customer_id", "status")
                .check("purchase_order_status_check", "status in ('NEW','PAID')")
                .index("idx_order_placed", "placed_at desc")
                .uniqueIndex("uidx_order_note", "note")
                .foreignKey("fk_order_customer", "customer_id").references("customer", "id").onDelete(CASCADE)
                .foreignKey("fk_order_self", "id", "status").references("sales.purchase_order", "id", "status")
                .onUpdate(RESTRICT)
                .index("idx_order_status", "status"));

        assertThat(recorded).containsExactly(new Operation.CreateTable(new Table("sales.purchase_order",
                List.of(new Column("id", "bigint", false, null, true, null),
                        new Column("customer_id", "bigint", false, null, false, null),
                        new Column("status", "varchar(20)", false, "'NEW'", false, "NEW or PAID"),
                        Column.of("note", "text"),
                        new Column("placed_at", "timestamp with time zone", true, "now()", false, null)),
                new PrimaryKey("purchase_order_pkey", List.of("id")),
                List.of(new UniqueConstraint("purchase_order_number_key", List.of("customer_id", "status"))),
                List.of(new Index("idx_order_placed", List.of("placed_at desc"), false),
                        new Index("uidx_order_note", List.of("note"), true),
                        new Index("idx_order_status", List.of("status"), false)),
                List.of(new ForeignKey("fk_order_customer", List.of("customer_id"), "customer", List.of("id"), CASCADE,
                                NO_ACTION),
                        new ForeignKey("fk_order_self", List.of("id", "status"), "sales.purchase_order",
                                List.of("id", "status"), NO_ACTION, RESTRICT)),
                List.of(new CheckConstraint("purchase_order_status_check", "status in ('NEW','PAID')")),
                "What customers bought")));
    }

    @Test
    void everyOtherCallRecordsItsOperationInCallOrder() {
        JdbcWork backfill = connection -> connection.createStatement().execute("select 1");
        List<Operation> recorded = OperationRecorder.record(op -> {
            op.createSchema("sales");
            op.addColumn("customer", "points", "integer").notNull().defaultValue("0").comment("Loyalty");
            op.addColumn("customer", "code", "bigint").identity();
            op.addColumn("customer", "fax", "text");
            op.dropColumn("customer", "fax");
            op.alterColumnType("customer", "points", "bigint");
            op.alterColumnType("customer", "code", "varchar(20)", "code::varchar(20)");
            op.setNotNull("customer", "email");
            op.dropNotNull("customer", "email");
            op.setDefault("customer", "email", "''");
            op.dropDefault("customer", "email");
            op.addIdentity("customer", "id");
            op.dropIdentity("customer", "id");
            op.setTableComment("customer", "People who buy");
            op.dropTableComment("customer");
            op.setColumnComment("customer", "email", "Receipts");
            op.dropColumnComment("customer", "email");
            op.addPrimaryKey("line", "line_pkey", "order_id", "no");
            op.dropPrimaryKey("line", "line_pkey");
            op.addUnique("customer", "customer_email_key", "email");
            op.dropUnique("customer", "customer_email_key");
            op.addCheck("customer", "customer_points_check", "points >= 0");
            op.dropCheck("customer", "customer_points_check");
            op.addForeignKey("line", "fk_line_order", "order_id").references("sales.purchase_order", "id")
                    .onDelete(SET_NULL).onUpdate(CASCADE);
            op.addForeignKey("line", "fk_line_product", "product_id").references("product", "id");
            op.dropForeignKey("line", "fk_line_order");
            op.createIndex("customer", "idx_customer_email", "email", "id desc");
            op.createUniqueIndex("customer", "uidx_customer_email", "email");
            op.dropIndex("customer", "idx_customer_email");
            op.createSequence("sales.order_seq", 1, 50);
            op.alterSequence("sales.order_seq", 100, 3_000_000_000L);
            op.dropSequence("sales.order_seq");
            op.dropTable("customer");
            op.dropSchema("sales");
            op.sql("update customer set points = 0");
            op.execute("backfill", backfill);
        });

        assertThat(recorded).containsExactly(
                new Operation.CreateSchema("sales"),
                new Operation.AddColumn("customer", new Column("points", "integer", false, "0", false, "Loyalty")),
                new Operation.AddColumn("customer", new Column("code", "bigint", false, null, true, null)),
                new Operation.AddColumn("customer", Column.of("fax", "text")),
                new Operation.DropColumn("customer", "fax"),
                new Operation.AlterColumnType("customer", "points", "bigint"),
                new Operation.AlterColumnType("customer", "code", "varchar(20)", "code::varchar(20)"),
                new Operation.AlterColumnNullable("customer", "email", false),
                new Operation.AlterColumnNullable("customer", "email", true),
                new Operation.AlterColumnDefault("customer", "email", "''"),
                new Operation.AlterColumnDefault("customer", "email", null),
                new Operation.AlterColumnIdentity("customer", "id", true),
                new Operation.AlterColumnIdentity("customer", "id", false),
                new Operation.AlterTableComment("customer", "People who buy"),
                new Operation.AlterTableComment("customer", null),
                new Operation.AlterColumnComment("customer", "email", "Receipts"),
                new Operation.AlterColumnComment("customer", "email", null),
                new Operation.AddPrimaryKey("line", new PrimaryKey("line_pkey", List.of("order_id", "no"))),
                new Operation.DropPrimaryKey("line", "line_pkey"),
                new Operation.AddUnique("customer", new UniqueConstraint("customer_email_key", List.of("email"))),
                new Operation.DropUnique("customer", "customer_email_key"),
                new Operation.AddCheck("customer", new CheckConstraint("customer_points_check", "points >= 0")),
                new Operation.DropCheck("customer", "customer_points_check"),
                new Operation.AddForeignKey("line", new ForeignKey("fk_line_order", List.of("order_id"),
                        "sales.purchase_order", List.of("id"), SET_NULL, CASCADE)),
                new Operation.AddForeignKey("line", new ForeignKey("fk_line_product", List.of("product_id"),
                        "product", List.of("id"), NO_ACTION, NO_ACTION)),
                new Operation.DropForeignKey("line", "fk_line_order"),
                new Operation.CreateIndex("customer", new Index("idx_customer_email", List.of("email", "id desc"),
                        false)),
                new Operation.CreateIndex("customer", new Index("uidx_customer_email", List.of("email"), true)),
                new Operation.DropIndex("customer", "idx_customer_email"),
                new Operation.CreateSequence(new Sequence("sales.order_seq", 1, 50)),
                new Operation.AlterSequence(new Sequence("sales.order_seq", 100, 3_000_000_000L)),
                new Operation.DropSequence("sales.order_seq"),
                new Operation.DropTable("customer"),
                new Operation.DropSchema("sales"),
                new Operation.Sql("update customer set points = 0"),
                new Operation.JdbcStep("backfill", backfill));
    }

    @Test
    void aBuilderIsFinishedByTheNextCallAndRefusesCallsAfterIt() {
        OperationRecorder op = new OperationRecorder();
        AddColumn phone = op.addColumn("customer", "phone", "varchar(20)");
        TableDefinition.Column id = op.createTable("product").column("id", "uuid");
        op.dropTable("legacy");

        assertThatThrownBy(() -> phone.notNull()).isInstanceOf(IllegalStateException.class)
                .hasMessage("addColumn(\"customer\", \"phone\", ...) is already recorded: chain its calls in the"
                        + " statement that starts it");
        assertThatThrownBy(() -> id.notNull()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> id.column("name", "text")).isInstanceOf(IllegalStateException.class)
                .hasMessage("createTable(\"product\") is already recorded: chain its calls in the statement that"
                        + " starts it");
        assertThat(op.recorded()).containsExactly(
                new Operation.AddColumn("customer", Column.of("phone", "varchar(20)")),
                new Operation.CreateTable(Table.of("product", List.of(Column.of("id", "uuid")))),
                new Operation.DropTable("legacy"));
    }

    @Test
    void aForeignKeyMustSayWhatItReferences() {
        assertThatThrownBy(() -> OperationRecorder.record(op -> op.addForeignKey("line", "fk_line_order", "order_id")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("foreign key fk_line_order of table line does not say what it references: add"
                        + " .references(\"<table>\", \"<column>\")");
        assertThatThrownBy(() -> OperationRecorder.record(op -> op.createTable("line").column("order_id", "bigint")
                .foreignKey("fk_line_order", "order_id").foreignKey("fk_line_product", "order_id")
                .references("product", "id")))
                .hasMessageStartingWith("foreign key fk_line_order of table line does not say what it references");
    }

    @Test
    void aTableHasOnePrimaryKeyAndConstraintsOnItsOwnColumns() {
        assertThatThrownBy(() -> OperationRecorder.record(op -> op.createTable("t").column("a", "int")
                .primaryKey("t_pkey", "a").primaryKey("t_pkey2", "a")))
                .hasMessage("table t has two primary keys, t_pkey and t_pkey2");
        assertThatThrownBy(() -> OperationRecorder.record(op -> op.createTable("t").column("a", "int")
                .unique("t_b_key", "b")))
                .hasMessage("unique constraint t_b_key of table t names column b, which the table does not have");
    }

    @Test
    void renamesAreRecordedWithTheirNewNamesInTheSchemaOfWhatTheyRename() {
        List<Operation> recorded = OperationRecorder.record(op -> {
            op.renameTable("sales.client", "customer");
            op.renameColumn("sales.customer", "mail", "email");
            op.renameConstraint("sales.customer", "client_pkey", "customer_pkey");
            op.renameIndex("sales.customer", "idx_client_mail", "idx_customer_email");
            op.renameSequence("sales.client_seq", "customer_seq");
        });

        assertThat(recorded).containsExactly(
                new Operation.RenameTable("sales.client", "sales.customer"),
                new Operation.RenameColumn("sales.customer", "mail", "email"),
                new Operation.RenameConstraint("sales.customer", "client_pkey", "customer_pkey"),
                new Operation.RenameIndex("sales.customer", "idx_client_mail", "idx_customer_email"),
                new Operation.RenameSequence("sales.client_seq", "sales.customer_seq"));
        assertThatThrownBy(() -> new Operation.RenameTable("sales.client", "archive.client"))
                .hasMessage("renaming sales.client to archive.client would move it to schema archive, which a rename"
                        + " cannot do");
    }
}
