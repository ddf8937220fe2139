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
                .column("createdat", "timestamp(6) with time zone")
                .column("id", "bigint").identity()
                .column("name", "varchar(80)")
                .column("email", "varchar(255)").notNull()
                .primaryKey("customer_pkey", "id")
                .unique("customer_email_key", "email");
        op.createTable("product")
                .column("available", "boolean").notNull()
                .column("price", "numeric(10,2)").notNull()
                .column("id", "uuid").notNull()
                .column("name", "varchar(255)").notNull()
                .primaryKey("product_pkey", "id")
                .index("idx_product_name", "name");
        op.createTable("purchase_order")
                .column("customer_id", "bigint").notNull()
                .column("id", "bigint").notNull()
                .column("placedat", "timestamp(6)")
                .column("status", "varchar(255)")
                .primaryKey("purchase_order_pkey", "id")
                .check("purchase_order_status_check", "status in ('NEW','PAID','SHIPPED','CANCELLED')");
        op.addForeignKey("purchase_order", "fkd56xli2gos2whl8itfu5tcv5s", "customer_id").references("customer", "id");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("purchase_order", "fkd56xli2gos2whl8itfu5tcv5s");
        // Data loss: drops table purchase_order and the rows written to it since the upgrade
        op.dropTable("purchase_order");
        // Data loss: drops table product and the rows written to it since the upgrade
        op.dropTable("product");
        // Data loss: drops table customer and the rows written to it since the upgrade
        op.dropTable("customer");
        // Data loss: drops sequence purchase_order_seq and its current value
        op.dropSequence("purchase_order_seq");
    }
}
