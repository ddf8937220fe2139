package db.migration;

import dev.jpamigrate.MigrationsSnapshot;
import dev.jpamigrate.Schema;
import java.util.List;
import javax.annotation.processing.Generated;

@Generated("dev.jpamigrate migration:generate")
public final class SchemaSnapshot implements MigrationsSnapshot {
    private static void customer(Schema.Builder schema) {
        schema.table("customer", t -> t
                .column("id", "bigint", c -> c.identity())
                .column("email", "varchar(255)", c -> c.notNull())
                .column("name", "varchar(80)")
                .column("createdat", "timestamp(6) with time zone")
                .primaryKey("customer_pkey", "id")
                .unique("customer_email_key", "email"));
    }

    private static void product(Schema.Builder schema) {
        schema.table("product", t -> t
                .column("id", "uuid", c -> c.notNull())
                .column("name", "varchar(255)", c -> c.notNull())
                .column("price", "numeric(10,2)", c -> c.notNull())
                .column("available", "boolean", c -> c.notNull())
                .primaryKey("product_pkey", "id")
                .index("idx_product_name", "name"));
    }

    private static void purchaseOrder(Schema.Builder schema) {
        schema.table("purchase_order", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("customer_id", "bigint", c -> c.notNull())
                .column("status", "varchar(255)")
                .column("placedat", "timestamp(6)")
                .primaryKey("purchase_order_pkey", "id")
                .check("purchase_order_status_check", "status in ('NEW','PAID','SHIPPED','CANCELLED')")
                .foreignKey("fkd56xli2gos2whl8itfu5tcv5s", fk -> fk.columns("customer_id").references("customer", "id")));
    }

    @Override
    public Schema schema() {
        Schema.Builder schema = Schema.builder();
        customer(schema);
        product(schema);
        purchaseOrder(schema);
        schema.sequence("purchase_order_seq", 1, 20);
        return schema.build();
    }

    @Override
    public List<String> heads() {
        return List.of(
                        "20261125143126");
    }
}
