package dev.jpamigrate;

/**
 * The table of {@link Operations#createTable}: its comment first, when it has one, then
 * its columns, each followed by its options, then its constraints and indexes.
 *
 * <pre>{@code
 * op.createTable("purchase_order")
 *         .comment("What customers bought")
 *         .column("id", "bigint").identity()
 *         .column("customer_id", "bigint").notNull()
 *         .column("status", "varchar(20)").notNull().defaultValue("'NEW'")
 *         .primaryKey("purchase_order_pkey", "id")
 *         .check("purchase_order_status_check", "status in ('NEW','PAID')")
 *         .index("idx_order_customer", "customer_id")
 *         .foreignKey("fk_order_customer", "customer_id").references("customer", "id");
 * }</pre>
 */
public interface CreateTable extends TableDefinition {
    /** The table's comment, PostgreSQL's {@code comment on table}; it comes before the columns. */
    TableDefinition comment(String text);
}
