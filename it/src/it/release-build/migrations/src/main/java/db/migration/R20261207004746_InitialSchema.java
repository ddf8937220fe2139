package db.migration;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;
import java.lang.Override;

@Revision(
        id = "20261207004746",
        message = "initial schema"
)
public class R20261207004746_InitialSchema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("country")
                .column("code", "varchar(2)").notNull()
                .column("name", "varchar(255)").notNull()
                .primaryKey("country_pkey", "code");
        op.createTable("customer")
                .column("country_code", "varchar(2)").notNull()
                .column("created_at", "timestamp(6) with time zone").notNull()
                .column("id", "bigint").identity()
                .column("email", "varchar(255)").notNull()
                .primaryKey("customer_pkey", "id")
                .unique("customer_email_key", "email");
        op.createTable("purchase_order")
                .column("total", "numeric(38,2)")
                .column("created_at", "timestamp(6) with time zone").notNull()
                .column("customer_id", "bigint").notNull()
                .column("id", "bigint").identity()
                .primaryKey("purchase_order_pkey", "id");
        op.addForeignKey("customer", "fkagj3ypwx3cqvo591gn76hmip0", "country_code").references("country", "code");
        op.addForeignKey("purchase_order", "fkd56xli2gos2whl8itfu5tcv5s", "customer_id").references("customer", "id");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("purchase_order", "fkd56xli2gos2whl8itfu5tcv5s");
        op.dropForeignKey("customer", "fkagj3ypwx3cqvo591gn76hmip0");
        // Data loss: drops table purchase_order and the rows written to it since the upgrade
        op.dropTable("purchase_order");
        // Data loss: drops table customer and the rows written to it since the upgrade
        op.dropTable("customer");
        // Data loss: drops table country and the rows written to it since the upgrade
        op.dropTable("country");
    }
}
