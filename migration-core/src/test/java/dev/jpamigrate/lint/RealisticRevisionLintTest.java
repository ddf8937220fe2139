package dev.jpamigrate.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A revision as the generator writes one for a model change (typed operations, rendered by the
 * dialect): a new table with its index and foreign key, and changes to a table in use.
 */
class RealisticRevisionLintTest {
    private static final Schema BEFORE = Schema.builder()
            .table("customer", t -> t
                    .column("id", "integer", c -> c.notNull())
                    .column("email", "varchar(100)")
                    .column("created", "timestamp(6)")
                    .primaryKey("customer_pkey", "id"))
            .build();

    @Test
    void theChangesToTheTableInUseAreFoundAndTheNewTableIsExempt() {
        Table order = Table.builder("purchase_order")
                .column("id", "bigint", c -> c.identity())
                .column("customer_id", "integer")
                .column("placed", "timestamp(6) with time zone", c -> c.notNull())
                .column("lines", "jsonb")
                .primaryKey("purchase_order_pkey", "id")
                .index("idx_order_customer", "customer_id")
                .foreignKey("fk_order_customer", fk -> fk.columns("customer_id").references("customer", "id")
                        .onDelete(ForeignKeyAction.CASCADE))
                .build();
        List<Operation> upgrade = List.of(
                new Operation.CreateTable(order),
                new Operation.AddColumn("customer", new Column("status", "varchar(20)", false, null, false)),
                new Operation.AddColumn("customer", new Column("score", "integer", false, "0", false)),
                new Operation.AlterColumnType("customer", "email", "varchar(320)"),
                new Operation.AlterColumnType("customer", "id", "bigint"),
                new Operation.CreateIndex("customer", new Index("idx_customer_email", List.of("email"), true)),
                new Operation.AddForeignKey("customer", new ForeignKey("fk_customer_first_order", List.of("score"),
                        "purchase_order", List.of("id"), ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION)),
                new Operation.Sql("update customer set status = 'NEW'"));

        List<Finding> findings = new Linter().lint(new LintedRevision("20261206120000", true, upgrade, List.of(),
                BEFORE));

        assertThat(findings).extracting(Finding::line).containsExactly(
                "error: 20261206120000: alter table customer add column status varchar(20) not null: fails on a"
                        + " table that holds rows; add the column with a default, or nullable, backfill it, then set"
                        + " not null [add-column-not-null-without-default]",
                "error: 20261206120000: alter table customer alter column id type bigint: rewrites the table (or"
                        + " scans it) under an ACCESS EXCLUSIVE lock (integer to bigint rewrites every row); add a new"
                        + " column, backfill it in batches and switch to it; or acknowledge a planned window"
                        + " [alter-column-type]",
                "error: 20261206120000: create unique index idx_customer_email on customer (email): blocks writes"
                        + " to the table while the index builds; use create index concurrently in a revision with"
                        + " transactional = false [create-index-not-concurrently]",
                "error: 20261206120000: alter table customer add constraint fk_customer_first_order foreign key"
                        + " (score) references purchase_order (id): checks every row while it locks both tables"
                        + " against writes; add the constraint with not valid, then validate constraint in a later"
                        + " transaction [add-foreign-key-validating]");
    }
}
