package dev.jpamigrate.testing;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.schema.Schema;

/** Schemas that several tests share. */
public final class SampleSchemas {
    /** A little of everything: comments with quotes and line breaks, a default, a check, a qualified table, actions. */
    public static final Schema SHOP = Schema.builder()
            .table("customer", t -> t
                    .comment("People who buy")
                    .column("id", "bigint", c -> c.identity())
                    .column("email", "varchar(255)", c -> c.notNull().comment("Where receipts go; it's \"unique\""))
                    .column("status", "varchar(20)", c -> c.notNull().defaultValue("'NEW'"))
                    .column("nickname", "varchar(40)", c -> c.comment("Shown instead of the name"))
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_email_key", "email")
                    .check("customer_status_check", "status in ('NEW','ACTIVE')")
                    .index("idx_customer_nickname", "nickname desc"))
            .table("sales.purchase_order", t -> t
                    .comment("An order as placed,\nbefore it ships")
                    .column("id", "bigint", c -> c.notNull())
                    .column("customer_id", "bigint")
                    .column("total", "numeric(38,2)", c -> c.comment("In EUR, under C:\\totals"))
                    .primaryKey("purchase_order_pkey", "id")
                    .foreignKey("fk_order_customer", fk -> fk.columns("customer_id").references("customer", "id")
                            .onDelete(ForeignKeyAction.CASCADE)))
            .table("class", t -> t.column("x", "int"))
            .sequence("sales.purchase_order_seq", 1, 50)
            .sequence("big_seq", 3_000_000_000L, 1)
            .build();

    private SampleSchemas() {
    }
}
