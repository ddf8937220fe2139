package db.migration;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;
import java.lang.Override;

@Revision(
        id = "20261125143126",
        message = "initial schema"
)
public class R20261125143126_InitialSchema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createSequence("purchase_order_seq", 1, 20);
        op.createTable("customer", t -> t
                .column("id", "bigint", c -> c.identity())
                .column("email", "varchar(255)", c -> c.notNull())
                .column("name", "varchar(80)")
                .column("createdat", "timestamp(6) with time zone")
                .primaryKey("customer_pkey", "id")
                .unique("customer_email_key", "email"));
        op.createTable("product", t -> t
                .column("id", "uuid", c -> c.notNull())
                .column("name", "varchar(255)", c -> c.notNull())
                .column("price", "numeric(10,2)", c -> c.notNull())
                .column("available", "boolean", c -> c.notNull())
                .primaryKey("product_pkey", "id")
                .index("idx_product_name", "name"));
        op.createTable("purchase_order", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("customer_id", "bigint", c -> c.notNull())
                .column("status", "varchar(255)")
                .column("placedat", "timestamp(6)")
                .primaryKey("purchase_order_pkey", "id")
                .check("purchase_order_status_check", "status in ('NEW','PAID','SHIPPED','CANCELLED')"));
        op.addForeignKey("purchase_order", "fkd56xli2gos2whl8itfu5tcv5s", fk -> fk.columns("customer_id").references("customer", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("purchase_order", "fkd56xli2gos2whl8itfu5tcv5s");
        op.dropTable("purchase_order");
        op.dropTable("product");
        op.dropTable("customer");
        op.dropSequence("purchase_order_seq");
    }
}
