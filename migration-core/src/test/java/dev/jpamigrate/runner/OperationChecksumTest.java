package dev.jpamigrate.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.ops.OperationRecorder;
import dev.jpamigrate.JdbcWork;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationChecksumTest {
    @Test
    void theSameOperationsHaveTheSameChecksumAndAnEditChangesIt() {
        List<Operation> applied = List.of(new Operation.AddColumn("customer", Column.of("email", "varchar(255)")));
        List<Operation> edited = List.of(new Operation.AddColumn("customer", Column.of("email", "varchar(300)")));

        assertThat(OperationChecksum.of(applied))
                .isEqualTo(OperationChecksum.of(List.of(new Operation.AddColumn("customer",
                        Column.of("email", "VARCHAR(255)")))))
                .isNotEqualTo(OperationChecksum.of(edited))
                .hasSize(64);
    }

    /** So that a component added to an operation later, at its default, keeps old checksums. */
    @Test
    void nullFalseAndEmptyComponentsAreLeftOut() {
        assertThat(OperationChecksum.canonical(new Operation.AddColumn("customer", Column.of("email", "text"))))
                .isEqualTo("AddColumn{table=\"customer\",column=Column{name=\"email\",type=\"text\",nullable=true}}");
        assertThat(OperationChecksum.canonical(new Operation.AlterColumnType("t", "c", "text")))
                .isEqualTo(OperationChecksum.canonical(new Operation.AlterColumnType("t", "c", "text", null)))
                .doesNotContain("using");
    }

    /**
     * Comments came after revisions were applied with this tool: an operation without comments
     * must keep the canonical text, and so the checksum, it had before. Both are pinned here as
     * they were computed before tables and columns had comments.
     */
    @Test
    void operationsWithoutCommentsKeepTheChecksumsTheyHadBeforeCommentsExisted() {
        List<Operation> ops = OperationRecorder.record(op -> {
            op.createTable("customer")
                    .column("id", "bigint").identity()
                    .column("email", "varchar(255)").notNull().defaultValue("''")
                    .column("nickname", "varchar(40)")
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_email_key", "email")
                    .check("customer_email_check", "email <> ''")
                    .index("idx_customer_nickname", "nickname desc")
                    .foreignKey("fk_customer_self", "id").references("customer", "id")
                            .onDelete(ForeignKeyAction.CASCADE);
            op.addColumn("customer", "phone", "varchar(30)").notNull().defaultValue("'none'");
            op.alterColumnType("customer", "phone", "varchar(40)");
            op.setDefault("customer", "phone", "'?'");
            op.dropColumn("customer", "phone");
        });

        assertThat(OperationChecksum.canonical(ops.get(0))).isEqualTo("CreateTable{table=Table{name=\"customer\","
                + "columns=[Column{name=\"id\",type=\"bigint\",identity=true},"
                + "Column{name=\"email\",type=\"varchar(255)\",defaultValue=\"''\"},"
                + "Column{name=\"nickname\",type=\"varchar(40)\",nullable=true}],"
                + "primaryKey=PrimaryKey{name=\"customer_pkey\",columns=[\"id\"]},"
                + "uniqueConstraints=[UniqueConstraint{name=\"customer_email_key\",columns=[\"email\"]}],"
                + "indexes=[Index{name=\"idx_customer_nickname\",columns=[\"nickname desc\"]}],"
                + "foreignKeys=[ForeignKey{name=\"fk_customer_self\",columns=[\"id\"],referencedTable=\"customer\","
                + "referencedColumns=[\"id\"],onDelete=CASCADE,onUpdate=NO_ACTION}],"
                + "checks=[CheckConstraint{name=\"customer_email_check\",expression=\"email <> ''\"}]}}");
        assertThat(OperationChecksum.canonical(ops.get(1))).isEqualTo("AddColumn{table=\"customer\","
                + "column=Column{name=\"phone\",type=\"varchar(30)\",defaultValue=\"'none'\"}}");
        assertThat(OperationChecksum.of(ops))
                .isEqualTo("b450e3effa96b805fb576ec94709c8996a77f8b08dc92f9e5c7b9fe372f1e897");
    }

    @Test
    void aCommentCountsAndEditingItChangesTheChecksum() {
        Operation commented = new Operation.AddColumn("customer",
                new Column("email", "text", true, null, false, "Where \"receipts\" go"));

        assertThat(OperationChecksum.canonical(commented)).isEqualTo("AddColumn{table=\"customer\",column=Column{"
                + "name=\"email\",type=\"text\",nullable=true,comment=\"Where \\\"receipts\\\" go\"}}");
        assertThat(OperationChecksum.canonical(new Operation.AlterTableComment("customer", null)))
                .isEqualTo("AlterTableComment{table=\"customer\"}");
        assertThat(OperationChecksum.of(List.of(new Operation.AlterColumnComment("customer", "email", "Receipts"))))
                .isNotEqualTo(OperationChecksum.of(List.of(
                        new Operation.AlterColumnComment("customer", "email", "Receipts go here"))));
    }

    @Test
    void aJdbcStepCountsByItsDescription() {
        JdbcWork one = c -> c.createStatement().execute("select 1");
        JdbcWork other = c -> c.createStatement().execute("select 2");

        assertThat(OperationChecksum.of(List.of(new Operation.JdbcStep("backfill", one))))
                .isEqualTo(OperationChecksum.of(List.of(new Operation.JdbcStep("backfill", other))))
                .isNotEqualTo(OperationChecksum.of(List.of(new Operation.JdbcStep("backfill emails", one))));
    }

    @Test
    void aRenameCountsByBothNames() {
        String rename = OperationChecksum.of(List.of(new Operation.RenameColumn("customer", "mail", "email")));

        assertThat(OperationChecksum.of(List.of(new Operation.RenameColumn("customer", "mail", "email"))))
                .isEqualTo(rename);
        assertThat(OperationChecksum.of(List.of(new Operation.RenameColumn("customer", "mail", "e_mail"))))
                .isNotEqualTo(rename);
        assertThat(OperationChecksum.of(List.of(new Operation.RenameColumn("customer", "email", "mail"))))
                .isNotEqualTo(rename);
    }

    /** The lock-safe flags are components at false on every operation written before them: old checksums hold. */
    @Test
    void theLockSafeFormsKeepThePlainFormsChecksumsAndDifferFromThem() {
        Index index = new Index("idx_c", List.of("c"), false);
        assertThat(OperationChecksum.canonical(new Operation.CreateIndex("t", index)))
                .isEqualTo("CreateIndex{table=\"t\",index=Index{name=\"idx_c\",columns=[\"c\"]}}");
        assertThat(OperationChecksum.canonical(new Operation.CreateIndex("t", index, true)))
                .isEqualTo("CreateIndex{table=\"t\",index=Index{name=\"idx_c\",columns=[\"c\"]},concurrently=true}");
        assertThat(OperationChecksum.canonical(new Operation.AlterColumnNullable("t", "c", false)))
                .isEqualTo("AlterColumnNullable{table=\"t\",column=\"c\"}");
        assertThat(OperationChecksum.canonical(new Operation.AlterColumnNullable("t", "c", false, true)))
                .isEqualTo("AlterColumnNullable{table=\"t\",column=\"c\",viaCheck=true}");
        assertThat(OperationChecksum.canonical(new Operation.ValidateConstraint("t", "fk")))
                .isEqualTo("ValidateConstraint{table=\"t\",name=\"fk\"}");
    }
}
