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
        op.createTable("customer")
                .column("id", "bigint").identity()
                .column("email", "varchar(255)").notNull()
                .column("name", "varchar(80)")
                .column("createdat", "timestamp(6) with time zone")
                .primaryKey("customer_pkey", "id")
                .unique("customer_email_key", "email");
        op.createTable("product")
                .column("id", "uuid").notNull()
                .column("name", "varchar(255)").notNull()
                .column("price", "numeric(10,2)").notNull()
                .column("available", "boolean").notNull()
                .primaryKey("product_pkey", "id")
                .index("idx_product_name", "name");
        op.createTable("purchase_order")
                .column("id", "bigint").notNull()
                .column("customer_id", "bigint").notNull()
                .column("status", "varchar(255)")
                .column("placedat", "timestamp(6)")
                .primaryKey("purchase_order_pkey", "id")
                .check("purchase_order_status_check", "status in ('NEW','PAID','SHIPPED','CANCELLED')");
        op.addForeignKey("purchase_order", "fkd56xli2gos2whl8itfu5tcv5s", "customer_id").references("customer", "id");
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
