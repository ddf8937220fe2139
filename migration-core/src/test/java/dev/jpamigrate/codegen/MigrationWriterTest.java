package dev.jpamigrate.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.Migration;
import dev.jpamigrate.Revision;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.ops.OperationRecorder;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import dev.jpamigrate.testing.InMemoryCompiler;
import dev.jpamigrate.testing.SampleSchemas;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationWriterTest {
    /** One of every operation that the generator writes. */
    static final List<Operation> EVERY_OPERATION = List.of(
            new Operation.CreateSchema("sales"),
            new Operation.CreateTable(SampleSchemas.SHOP.table("customer").orElseThrow()),
            new Operation.AddColumn("customer", new Column("score", "integer", false, "0", false)),
            new Operation.AddColumn("customer", Column.of("note", "text")),
            new Operation.AddColumn("customer", new Column("tag", "varchar(20)", true, "'none'", false,
                    "A label: \"gold\", 'vip' or C:\\none,\nas the shop sets it")),
            new Operation.AlterTableComment("customer", "People who buy"),
            new Operation.AlterTableComment("customer", null),
            new Operation.AlterColumnComment("customer", "note", "Free text; it's \"not\" checked"),
            new Operation.AlterColumnComment("customer", "note", null),
            new Operation.AlterColumnType("customer", "note", "varchar(2000)"),
            new Operation.AlterColumnType("customer", "score", "varchar(10)", "score::varchar(10)"),
            new Operation.AlterColumnNullable("customer", "note", false),
            new Operation.AlterColumnNullable("customer", "note", true),
            new Operation.AlterColumnDefault("customer", "note", "'none'"),
            new Operation.AlterColumnDefault("customer", "note", null),
            new Operation.AlterColumnIdentity("customer", "score", true),
            new Operation.AlterColumnIdentity("customer", "score", false),
            new Operation.DropPrimaryKey("customer", "customer_pkey"),
            new Operation.AddPrimaryKey("customer", new PrimaryKey("customer_pkey", List.of("id"))),
            new Operation.AddUnique("customer", new UniqueConstraint("uk_note", List.of("note", "score"))),
            new Operation.DropUnique("customer", "uk_note"),
            new Operation.AddCheck("customer", new CheckConstraint("ck_score", "score >= 0")),
            new Operation.DropCheck("customer", "ck_score"),
            new Operation.CreateIndex("customer", new Index("idx_note", List.of("note desc"), false)),
            new Operation.CreateIndex("customer", new Index("uidx_note", List.of("note"), true)),
            new Operation.DropIndex("customer", "idx_note"),
            new Operation.AddForeignKey("customer", new ForeignKey("fk_self", List.of("score"), "customer",
                    List.of("id"), ForeignKeyAction.SET_NULL, ForeignKeyAction.CASCADE)),
            new Operation.DropForeignKey("customer", "fk_self"),
            new Operation.DropColumn("customer", "note"),
            new Operation.CreateSequence(new Sequence("sales.invoice_seq", 1, 50)),
            new Operation.AlterSequence(new Sequence("sales.invoice_seq", 1, 3_000_000_000L)),
            new Operation.CreateSequence(new Sequence("ticket_id_seq", 1, 1, "integer", null)),
            new Operation.AlterSequence(new Sequence("ticket_id_seq", 1, 1, "smallint", null)),
            new Operation.AlterSequenceOwner("ticket_id_seq", new Sequence.Owner("customer", "id")),
            new Operation.AlterSequenceOwner("ticket_id_seq", null),
            new Operation.DropSequence("sales.invoice_seq"),
            new Operation.RenameTable("sales.purchase_order", "sales.orders"),
            new Operation.RenameColumn("customer", "score", "points"),
            new Operation.RenameConstraint("customer", "customer_pkey", "client_pkey"),
            new Operation.RenameIndex("customer", "uidx_note", "uidx_text"),
            new Operation.RenameSequence("sales.invoice_seq", "bill_seq"),
            new Operation.DropTable("customer"),
            new Operation.DropSchema("sales"),
            new Operation.Sql("update customer set note = 'it''s \"quoted\"'"),
            new Operation.CreateIndex("customer", new Index("idx_safe", List.of("note"), false), true),
            new Operation.CreateIndex("customer", new Index("uidx_safe", List.of("note"), true), true),
            new Operation.DropIndex("customer", "idx_safe", true),
            new Operation.AddUnique("customer", new UniqueConstraint("uk_safe", List.of("note")), true),
            new Operation.AddPrimaryKey("customer", new PrimaryKey("customer_pkey", List.of("id")), true),
            new Operation.AddForeignKey("customer", new ForeignKey("fk_safe", List.of("score"), "customer",
                    List.of("id"), ForeignKeyAction.SET_NULL, null), true),
            new Operation.AddCheck("customer", new CheckConstraint("ck_safe", "score >= 0"), true),
            new Operation.ValidateConstraint("customer", "ck_safe"),
            new Operation.AlterColumnNullable("customer", "note", false, true));

    @Test
    void generatedCodeRecordsExactlyTheOperationsItWasWrittenFrom(@TempDir Path dir) throws Exception {
        JavaFile file = MigrationWriter.write("db.migration", "20261125132744", List.of("20261120000000"),
                "every operation", null, EVERY_OPERATION, List.of(new Operation.Sql("select 1")));

        Class<?> type = InMemoryCompiler.compile(dir, file).loadClass("db.migration.R20261125132744_EveryOperation");
        Migration migration = (Migration) type.getConstructor().newInstance();
        OperationRecorder upgrade = new OperationRecorder();
        migration.upgrade(upgrade);

        assertThat(upgrade.recorded()).isEqualTo(EVERY_OPERATION);
        Revision revision = type.getAnnotation(Revision.class);
        assertThat(revision.id()).isEqualTo("20261125132744");
        assertThat(revision.parents()).containsExactly("20261120000000");
        assertThat(revision.message()).isEqualTo("every operation");
        assertThat(revision.transactional()).isTrue();
    }

    @Test
    void everyOperationButAJdbcStepIsWritten() {
        assertThat(Arrays.stream(Operation.class.getPermittedSubclasses())
                .filter(type -> type != Operation.JdbcStep.class))
                .allSatisfy(type -> assertThat(EVERY_OPERATION).as("operations written")
                        .anySatisfy(op -> assertThat(op).isInstanceOf(type)));
    }

    @Test
    void commentsAreWrittenAsTheCallsThatSetThem() {
        String source = MigrationWriter.write("db.migration", "1", List.of(), "x", null, EVERY_OPERATION,
                List.of()).toString();

        assertThat(source).contains("""
                        op.addColumn("customer", "tag", "varchar(20)").defaultValue("'none'").comment("A label: \\"gold\\", 'vip' or C:\\\\none,\\n"
                                        + "as the shop sets it");
                        op.setTableComment("customer", "People who buy");
                        op.dropTableComment("customer");
                        op.setColumnComment("customer", "note", "Free text; it's \\"not\\" checked");
                        op.dropColumnComment("customer", "note");
                """);
    }

    /** javac reads a unicode escape in a comment too: a column named with one must not end the comment. */
    @Test
    void aDataLossCommentStaysOneCommentWhateverTheNames(@TempDir Path dir) throws Exception {
        Schema before = Schema.builder().table("t", t -> t.column("id", "int").column("odd\\u000a name", "int")
                .column("line\nbreak", "int")).build();
        List<Operation> upgrade = List.of(new Operation.DropColumn("t", "odd\\u000a name"),
                new Operation.DropColumn("t", "line\nbreak"));
        JavaFile file = MigrationWriter.write("db.migration", "5", List.of(), "odd", before, upgrade, List.of());

        assertThat(file.toString()).contains("// Data loss: drops column t.odd\\\\u000a name and its data\n",
                "// Data loss: drops column t.line break and its data\n");
        Migration migration = (Migration) InMemoryCompiler.compile(dir, file).loadClass("db.migration.R5_Odd")
                .getConstructor().newInstance();
        OperationRecorder recorder = new OperationRecorder();
        migration.upgrade(recorder);
        assertThat(recorder.recorded()).isEqualTo(upgrade);
    }

    @Test
    void aMergeRevisionListsItsParents(@TempDir Path dir) throws Exception {
        JavaFile file = MigrationWriter.write("db.migration", "3", List.of("1", "2"), "", null, List.of(), List.of());

        assertThat(file.toString()).contains("parents = {\"1\", \"2\"}").doesNotContain("message");
        Class<?> type = InMemoryCompiler.compile(dir, file).loadClass("db.migration.R3");
        assertThat(type.getAnnotation(Revision.class).parents()).containsExactly("1", "2");
    }

    @Test
    void theClassNameSortsByTimeAndSaysWhatItDoes() {
        assertThat(MigrationWriter.className("20261125132744", "add customer e-mail (again!)"))
                .isEqualTo("R20261125132744_AddCustomerEMailAgain");
        assertThat(MigrationWriter.className("20261125132744", "one two three four five six seven eight"))
                .isEqualTo("R20261125132744_OneTwoThreeFourFiveSix");
        assertThat(MigrationWriter.className("20261125132744", null)).isEqualTo("R20261125132744");
    }

    @Test
    void aTableIsOneStatementWithACallPerColumnOptionConstraintAndIndex() {
        Table customer = SampleSchemas.SHOP.table("customer").orElseThrow();
        Table order = SampleSchemas.SHOP.table("sales.purchase_order").orElseThrow();
        String source = MigrationWriter.write("db.migration", "1", List.of(), "x", null,
                List.of(new Operation.CreateTable(customer), new Operation.CreateTable(order),
                        new Operation.AddForeignKey("customer", new ForeignKey("fk_referrer", List.of("id", "status"),
                                "customer", List.of("id", "status"), ForeignKeyAction.NO_ACTION,
                                ForeignKeyAction.SET_DEFAULT))),
                List.of()).toString();

        assertThat(source).contains("""
                        op.createTable("customer")
                                .comment("People who buy")
                                .column("id", "bigint").identity()
                                .column("email", "varchar(255)").notNull().comment("Where receipts go; it's \\"unique\\"")
                                .column("status", "varchar(20)").notNull().defaultValue("'NEW'")
                                .column("nickname", "varchar(40)").comment("Shown instead of the name")
                                .primaryKey("customer_pkey", "id")
                                .unique("customer_email_key", "email")
                                .check("customer_status_check", "status in ('NEW','ACTIVE')")
                                .index("idx_customer_nickname", "nickname desc");
                        op.createTable("sales.purchase_order")
                                .comment("An order as placed,\\n"
                                        + "before it ships")
                                .column("id", "bigint").notNull()
                                .column("customer_id", "bigint")
                                .column("total", "numeric(38,2)").comment("In EUR, under C:\\\\totals")
                                .primaryKey("purchase_order_pkey", "id")
                                .foreignKey("fk_order_customer", "customer_id").references("customer", "id").onDelete(ForeignKeyAction.CASCADE);
                        op.addForeignKey("customer", "fk_referrer", "id", "status").references("customer", "id", "status").onUpdate(ForeignKeyAction.SET_DEFAULT);
                """).doesNotContain("->");
    }
}
