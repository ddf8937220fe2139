package dev.jpamigrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.ops.Operation.AddColumn;
import dev.jpamigrate.ops.Operation.AddForeignKey;
import dev.jpamigrate.ops.Operation.AlterColumnComment;
import dev.jpamigrate.ops.Operation.AlterColumnNullable;
import dev.jpamigrate.ops.Operation.AlterColumnType;
import dev.jpamigrate.ops.Operation.AlterTableComment;
import dev.jpamigrate.ops.Operation.CreateIndex;
import dev.jpamigrate.ops.Operation.CreateSchema;
import dev.jpamigrate.ops.Operation.CreateSequence;
import dev.jpamigrate.ops.Operation.CreateTable;
import dev.jpamigrate.ops.Operation.DropColumn;
import dev.jpamigrate.ops.Operation.DropForeignKey;
import dev.jpamigrate.ops.Operation.DropIndex;
import dev.jpamigrate.ops.Operation.DropTable;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {
    static final Schema SHOP = Schema.builder()
            .table("customer", t -> t
                    .column("id", "bigint", c -> c.identity())
                    .column("email", "varchar(255)", c -> c.notNull())
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_email_key", "email"))
            .table("purchase_order", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("customer_id", "bigint")
                    .primaryKey("purchase_order_pkey", "id")
                    .index("idx_order_customer", "customer_id")
                    .foreignKey("fk_order_customer", fk -> fk.columns("customer_id").references("customer", "id")))
            .sequence("purchase_order_seq", 1, 50)
            .build();

    @Test
    void equalSchemasNeedNoMigration() {
        assertThat(SchemaDiff.between(SHOP, SHOP).isEmpty()).isTrue();
    }

    @Test
    void aFirstMigrationCreatesTablesThenTheirForeignKeys() {
        SchemaDiff diff = SchemaDiff.between(Schema.EMPTY, SHOP);

        assertThat(diff.upgrade()).extracting(op -> op.getClass().getSimpleName()).containsExactly(
                "CreateSequence", "CreateTable", "CreateTable", "AddForeignKey");
        CreateTable order = (CreateTable) diff.upgrade().get(2);
        assertThat(order.table().foreignKeys()).isEmpty();
        assertThat(order.table().indexes()).extracting("name").containsExactly("idx_order_customer");
    }

    @Test
    void theDowngradeIsTheMirrorOfTheUpgrade() {
        SchemaDiff diff = SchemaDiff.between(Schema.EMPTY, SHOP);

        assertThat(diff.downgrade()).containsExactly(
                new DropForeignKey("purchase_order", "fk_order_customer"),
                new DropTable("purchase_order"),
                new DropTable("customer"),
                new Operation.DropSequence("purchase_order_seq"));
        assertThat(SchemaDiff.replay(SHOP, diff.downgrade())).isEqualTo(Schema.EMPTY);
    }

    @Test
    void droppingTablesDropsTheirForeignKeysFirstSoTheDowngradeCanRestoreThem() {
        SchemaDiff diff = SchemaDiff.between(SHOP, Schema.EMPTY);

        assertThat(diff.upgrade()).containsExactly(
                new DropForeignKey("purchase_order", "fk_order_customer"),
                new DropTable("customer"),
                new DropTable("purchase_order"),
                new Operation.DropSequence("purchase_order_seq"));
        assertThat(diff.downgrade().get(diff.downgrade().size() - 1))
                .isEqualTo(new AddForeignKey("purchase_order", SHOP.table("purchase_order").orElseThrow()
                        .foreignKeys().get(0)));
        assertThat(diff.dataLoss()).containsExactly(
                "drops table customer and all its rows",
                "drops table purchase_order and all its rows",
                "drops sequence purchase_order_seq and its current value");
    }

    @Test
    void tablesThatReferenceEachOtherAreCreatedBeforeEitherForeignKey() {
        Schema cycle = Schema.builder()
                .table("a", t -> t.column("id", "int", c -> c.notNull()).column("b_id", "int")
                        .primaryKey("a_pkey", "id")
                        .foreignKey("fk_a_b", fk -> fk.columns("b_id").references("b", "id")))
                .table("b", t -> t.column("id", "int", c -> c.notNull()).column("a_id", "int")
                        .primaryKey("b_pkey", "id")
                        .foreignKey("fk_b_a", fk -> fk.columns("a_id").references("a", "id")))
                .build();

        SchemaDiff diff = SchemaDiff.between(Schema.EMPTY, cycle);

        assertThat(diff.upgrade()).extracting(op -> op.getClass().getSimpleName()).containsExactly(
                "CreateTable", "CreateTable", "AddForeignKey", "AddForeignKey");
        assertThat(SchemaDiff.between(cycle, Schema.EMPTY).upgrade()).extracting(op -> op.getClass().getSimpleName())
                .containsExactly("DropForeignKey", "DropForeignKey", "DropTable", "DropTable");
    }

    @Test
    void aChangedEntityGivesOnlyItsDifference() {
        Schema changed = Schema.builder()
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.identity())
                        .column("email", "varchar(320)")
                        .column("name", "varchar(80)", c -> c.notNull().defaultValue("''"))
                        .primaryKey("customer_pkey", "id")
                        .unique("customer_email_key", "email")
                        .index("idx_customer_name", "name"))
                .table(SHOP.table("purchase_order").orElseThrow())
                .sequence("purchase_order_seq", 1, 50)
                .build();

        SchemaDiff diff = SchemaDiff.between(SHOP, changed);

        assertThat(diff.upgrade()).containsExactly(
                new AddColumn("customer", new Column("name", "varchar(80)", false, "''", false)),
                new AlterColumnType("customer", "email", "varchar(320)"),
                new AlterColumnNullable("customer", "email", true),
                new CreateIndex("customer", new dev.jpamigrate.schema.Index("idx_customer_name", List.of("name"), false)));
        assertThat(diff.downgrade()).containsExactly(
                new DropIndex("customer", "idx_customer_name"),
                new AlterColumnNullable("customer", "email", false),
                new AlterColumnType("customer", "email", "varchar(255)"),
                new DropColumn("customer", "name"));
        assertThat(diff.dataLoss()).isEmpty();
    }

    @Test
    void narrowingATypeOrDroppingAColumnIsFlagged() {
        Schema narrowed = Schema.builder()
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.identity())
                        .column("email", "varchar(100)", c -> c.notNull())
                        .primaryKey("customer_pkey", "id"))
                .build();

        SchemaDiff diff = SchemaDiff.between(SHOP.withoutTable("purchase_order").withoutSequence("purchase_order_seq"),
                narrowed);

        assertThat(diff.dataLoss()).containsExactly(
                "changes customer.email from varchar(255) to varchar(100), which may not hold every value");
        assertThat(diff.upgrade().get(0)).isEqualTo(new Operation.DropUnique("customer", "customer_email_key"));
    }

    @Test
    void aTypePostgresqlCannotConvertByItselfGetsAConversionBothWays() {
        Schema strings = Schema.builder().table("t", t -> t.column("status", "varchar(255)")).build();
        Schema ordinals = Schema.builder().table("t", t -> t.column("status", "smallint")).build();

        SchemaDiff diff = SchemaDiff.between(strings, ordinals);

        assertThat(diff.upgrade()).containsExactly(new AlterColumnType("t", "status", "smallint",
                "case when trim(status) ~ '^[+-]?[0-9]{1,40}$' then case when trim(status)::numeric between -32768"
                        + " and 32767 then trim(status)::smallint end end"));
        assertThat(diff.downgrade()).containsExactly(new AlterColumnType("t", "status", "varchar(255)"));
        Hints status = Hints.of(List.of(new Hint.EnumConstants("t", "status", List.of("NEW", "PAID"))));
        SchemaDiff byName = SchemaDiff.between(strings, ordinals, status);
        assertThat(byName.upgrade()).containsExactly(new AlterColumnType("t", "status", "smallint",
                "case status when 'NEW' then 0 when 'PAID' then 1 end"));
        assertThat(byName.downgrade()).containsExactly(new AlterColumnType("t", "status", "varchar(255)",
                "case status when 0 then 'NEW' when 1 then 'PAID' end"));
        assertThat(SchemaDiff.between(Schema.builder().table("t", t -> t.column("n", "integer")).build(),
                Schema.builder().table("t", t -> t.column("n", "bigint")).build()).upgrade())
                .containsExactly(new AlterColumnType("t", "n", "bigint"));
    }

    @Test
    void droppingAColumnDropsTheConstraintsOnItFirst() {
        Schema without = SHOP.withTable(SHOP.table("purchase_order").orElseThrow()
                .withForeignKeys(fks -> List.of())
                .withIndexes(is -> List.of())
                .withColumns(cols -> {
                    cols.removeIf(c -> c.name().equals("customer_id"));
                    return cols;
                }));

        SchemaDiff diff = SchemaDiff.between(SHOP, without);

        assertThat(diff.upgrade()).containsExactly(
                new DropForeignKey("purchase_order", "fk_order_customer"),
                new DropIndex("purchase_order", "idx_order_customer"),
                new DropColumn("purchase_order", "customer_id"));
        assertThat(SchemaDiff.replay(without, diff.downgrade())).isEqualTo(SHOP);
    }

    @Test
    void aColumnDroppedFromTheMiddleComesBackLastOnDowngrade() {
        Schema without = SHOP.withTable(SHOP.table("customer").orElseThrow().withPrimaryKey(null).withColumns(cols -> {
            cols.removeIf(c -> c.name().equals("id"));
            return cols;
        }));
        Schema withoutReferences = without.withoutTable("purchase_order");
        Schema before = SHOP.withoutTable("purchase_order");

        SchemaDiff diff = SchemaDiff.between(before, withoutReferences);

        assertThat(diff.upgrade()).containsExactly(
                new Operation.DropPrimaryKey("customer", "customer_pkey"),
                new DropColumn("customer", "id"));
        Schema restored = SchemaDiff.replay(withoutReferences, diff.downgrade());
        assertThat(restored.table("customer").orElseThrow().columns()).extracting(Column::name)
                .containsExactly("email", "id");
        assertThat(SchemaDiff.columnsByName(restored)).isEqualTo(SchemaDiff.columnsByName(before));
    }

    @Test
    void aChangedForeignKeyIsDroppedAndAddedAgain() {
        Schema cascading = SHOP.withTable(SHOP.table("purchase_order").orElseThrow().withForeignKeys(fks -> List.of(
                new dev.jpamigrate.schema.ForeignKey("fk_order_customer", List.of("customer_id"), "customer", List.of("id"),
                        ForeignKeyAction.CASCADE, null))));

        SchemaDiff diff = SchemaDiff.between(SHOP, cascading);

        assertThat(diff.upgrade()).extracting(op -> op.getClass().getSimpleName())
                .containsExactly("DropForeignKey", "AddForeignKey");
    }

    @Test
    void aTableInANewSchemaCreatesTheSchemaFirst() {
        Schema sales = Schema.builder()
                .table("sales.invoice", t -> t.column("id", "bigint", c -> c.notNull()).primaryKey("invoice_pkey", "id"))
                .sequence("sales.invoice_seq", 1, 50)
                .build();

        SchemaDiff diff = SchemaDiff.between(Schema.EMPTY, sales);

        assertThat(diff.upgrade().get(0)).isEqualTo(new CreateSchema("sales"));
        assertThat(diff.upgrade().get(1)).isInstanceOf(CreateSequence.class);
        assertThat(diff.downgrade().get(diff.downgrade().size() - 1)).isEqualTo(new Operation.DropSchema("sales"));
    }

    @Test
    void identityChangesComeInAnOrderPostgresqlAccepts() {
        Schema plain = Schema.builder().table("t", t -> t.column("id", "bigint", c -> c.defaultValue("0"))).build();
        Schema identity = Schema.builder().table("t", t -> t.column("id", "bigint", c -> c.identity())).build();

        assertThat(SchemaDiff.between(plain, identity).upgrade()).containsExactly(
                new Operation.AlterColumnDefault("t", "id", null),
                new AlterColumnNullable("t", "id", false),
                new Operation.AlterColumnIdentity("t", "id", true));
        assertThat(SchemaDiff.between(identity, plain).upgrade()).containsExactly(
                new Operation.AlterColumnIdentity("t", "id", false),
                new Operation.AlterColumnDefault("t", "id", "0"),
                new AlterColumnNullable("t", "id", true));
    }

    @Test
    void changedCommentsAreSetInPlaceAfterTheColumnChangesAndTheDowngradeRestoresThem() {
        Schema commented = SHOP.withTable(SHOP.table("customer").orElseThrow()
                .withComment("People who buy")
                .withColumns(cols -> {
                    cols.replaceAll(c -> c.name().equals("email") ? c.withType("varchar(320)").withComment("It's unique")
                            : c);
                    return cols;
                }));

        SchemaDiff diff = SchemaDiff.between(SHOP, commented);

        assertThat(diff.upgrade()).containsExactly(
                new AlterColumnType("customer", "email", "varchar(320)"),
                new AlterTableComment("customer", "People who buy"),
                new AlterColumnComment("customer", "email", "It's unique"));
        assertThat(diff.downgrade()).containsExactly(
                new AlterColumnComment("customer", "email", null),
                new AlterTableComment("customer", null),
                new AlterColumnType("customer", "email", "varchar(255)"));
        assertThat(SchemaDiff.between(commented, SHOP).upgrade()).containsExactly(
                new AlterColumnType("customer", "email", "varchar(255)"),
                new AlterTableComment("customer", null),
                new AlterColumnComment("customer", "email", null));
        assertThat(diff.dataLoss()).isEmpty();
    }

    @Test
    void aNewTableOrColumnBringsItsCommentsWithIt() {
        Schema commented = Schema.builder()
                .table("customer", t -> t
                        .comment("People who buy")
                        .column("id", "bigint", c -> c.identity().comment("Never reused")))
                .build();
        Schema withPhone = SchemaDiff.replay(commented, List.of(new AddColumn("customer",
                new Column("phone", "varchar(30)", true, null, false, "Digits only"))));

        assertThat(SchemaDiff.between(Schema.EMPTY, commented).upgrade())
                .containsExactly(new CreateTable(commented.table("customer").orElseThrow()));
        assertThat(SchemaDiff.between(commented, withPhone).upgrade()).containsExactly(new AddColumn("customer",
                new Column("phone", "varchar(30)", true, null, false, "Digits only")));
        assertThat(SchemaDiff.between(withPhone, commented).downgrade()).containsExactly(new AddColumn("customer",
                new Column("phone", "varchar(30)", true, null, false, "Digits only")));
    }

    @Test
    void aBlankCommentIsNoComment() {
        Schema blank = Schema.builder().table("t", t -> t.comment(" ").column("c", "int", c -> c.comment(""))).build();

        assertThat(SchemaDiff.between(Schema.builder().table("t", t -> t.column("c", "int")).build(), blank).isEmpty())
                .isTrue();
    }
}
