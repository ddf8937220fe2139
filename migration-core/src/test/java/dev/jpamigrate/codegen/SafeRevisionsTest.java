package dev.jpamigrate.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which operation goes where, and why; the database side is LockSafeGenerateTest's. */
class SafeRevisionsTest {
    static final Schema BEFORE = Schema.builder()
            .table("customer", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("code", "varchar(20)")
                    .column("legacy_id", "bigint")
                    .primaryKey("customer_pkey", "id")
                    .index("idx_customer_legacy", "legacy_id"))
            .table("purchase", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("customer_code", "varchar(20)")
                    .primaryKey("purchase_pkey", "id"))
            .build();

    @Test
    void aUniqueConstraintThatANewForeignKeyRefersToStaysInTheMainRevision() {
        UniqueConstraint code = new UniqueConstraint("customer_code_key", List.of("code"));
        ForeignKey fk = new ForeignKey("fk_purchase_customer", List.of("customer_code"), "customer", List.of("code"),
                null, null);
        List<Operation> upgrade = List.of(new Operation.AddUnique("customer", code),
                new Operation.AddForeignKey("purchase", fk));

        SafeRevisions plan = SafeRevisions.plan(BEFORE, upgrade);

        assertThat(plan.main()).containsExactly(new Operation.AddUnique("customer", code),
                new Operation.AddForeignKey("purchase", fk, true));
        assertThat(plan.followUp()).containsExactly(new Operation.ValidateConstraint("purchase", fk.name()));
        assertThat(plan.reason()).isEmpty();
    }

    @Test
    void anIndexThatADroppedColumnTakesAlongIsDroppedInTheMainRevision() {
        List<Operation> upgrade = List.of(new Operation.DropIndex("customer", "idx_customer_legacy"),
                new Operation.DropColumn("customer", "legacy_id"),
                new Operation.CreateIndex("customer", new Index("idx_customer_code", List.of("code"), false)));

        SafeRevisions plan = SafeRevisions.plan(BEFORE, upgrade);

        assertThat(plan.main()).containsExactly(upgrade.get(0), upgrade.get(1));
        assertThat(plan.followUp()).containsExactly(new Operation.CreateIndex("customer",
                new Index("idx_customer_code", List.of("code"), false), true));
    }

    @Test
    void anIndexDroppedOnItsOwnIsDroppedConcurrentlyFirstInTheFollowUp() {
        Index replacement = new Index("idx_customer_legacy", List.of("legacy_id", "code"), false);
        List<Operation> upgrade = List.of(new Operation.DropIndex("customer", "idx_customer_legacy"),
                new Operation.CreateIndex("customer", replacement),
                new Operation.AddCheck("customer", new CheckConstraint("customer_code_check", "code <> ''")));

        SafeRevisions plan = SafeRevisions.plan(BEFORE, upgrade);

        assertThat(plan.main()).containsExactly(new Operation.AddCheck("customer",
                new CheckConstraint("customer_code_check", "code <> ''"), true));
        assertThat(plan.followUp()).containsExactly(new Operation.DropIndex("customer", "idx_customer_legacy", true),
                new Operation.CreateIndex("customer", replacement, true),
                new Operation.ValidateConstraint("customer", "customer_code_check"));
        Schema afterMain = plan.main().get(0).applyTo(BEFORE);
        assertThat(SafeRevisions.followUpDowngrade(afterMain, plan.followUp())).containsExactly(
                new Operation.DropIndex("customer", "idx_customer_legacy", true),
                new Operation.CreateIndex("customer", BEFORE.table("customer").orElseThrow().indexes().get(0), true));
    }

    @Test
    void aColumnThatBecomesAnIdentityIsMadeNotNullInTheMainRevision() {
        Schema before = Schema.builder().table("ticket", t -> t.column("id", "bigint")).build();
        List<Operation> upgrade = List.of(new Operation.AlterColumnNullable("ticket", "id", false),
                new Operation.AlterColumnIdentity("ticket", "id", true));

        SafeRevisions plan = SafeRevisions.plan(before, upgrade);

        assertThat(plan.main()).isEqualTo(upgrade);
        assertThat(plan.followUp()).isEmpty();
    }

    @Test
    void aNewTableKeepsItsForeignKeysAndIndexesPlain() {
        List<Operation> upgrade = List.of(
                new Operation.CreateTable(Schema.builder().table("note", t -> t.column("id", "bigint")
                        .column("customer_id", "bigint")).build().table("note").orElseThrow()),
                new Operation.CreateIndex("note", new Index("idx_note_customer", List.of("customer_id"), false)),
                new Operation.AddForeignKey("note", new ForeignKey("fk_note_customer", List.of("customer_id"),
                        "customer", List.of("id"), null, null)),
                new Operation.AddColumn("customer", Column.of("note_id", "bigint")));

        SafeRevisions plan = SafeRevisions.plan(BEFORE, upgrade);

        assertThat(plan.main()).isEqualTo(upgrade);
        assertThat(plan.followUp()).isEmpty();
    }

    /** The pattern's own check would replace, then drop, a check of that name; the change stays plain. */
    @Test
    void aTableWithACheckNamedAsThePatternsKeepsItsSetNotNullPlain() {
        Schema before = Schema.builder().table("ticket", t -> t.column("code", "varchar(20)")
                .check("code_not_null_check", "length(code) > 0")).build();
        List<Operation> upgrade = List.of(new Operation.AlterColumnNullable("ticket", "code", false));

        assertThat(SafeRevisions.plan(before, upgrade).main()).isEqualTo(upgrade);
    }
}
