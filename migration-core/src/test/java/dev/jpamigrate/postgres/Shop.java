package dev.jpamigrate.postgres;

import static dev.jpamigrate.ForeignKeyAction.CASCADE;
import static dev.jpamigrate.ForeignKeyAction.RESTRICT;
import static dev.jpamigrate.ForeignKeyAction.SET_NULL;

import dev.jpamigrate.schema.Schema;

/**
 * A shop's schema that uses every part of the model: identity, NOT NULL, defaults,
 * composite keys, unique constraints and indexes, checks, foreign keys with actions (one
 * pointing at its own table, two tables pointing at each other, one across schemas), a
 * table without primary key, reserved words as names, a second schema, sequences, and
 * comments on tables and columns (with quotes, a backslash and a line break in them).
 *
 * <p>PostgreSQL stores defaults and checks as parsed expressions and prints them back in
 * its own form ({@code 'NEW'} on a varchar column comes back as
 * {@code 'NEW'::character varying}, {@code price >= 0} on numeric as
 * {@code price >= 0::numeric}), so the expressions here are written the way it prints them.
 */
final class Shop {
    static final Schema SCHEMA = Schema.builder()
            .table("customer", t -> t
                    .comment("People who buy")
                    .column("id", "bigint", c -> c.identity())
                    .column("email", "varchar(255)", c -> c.notNull().comment("Where receipts go; it's unique"))
                    .column("status", "varchar(20)", c -> c.notNull().defaultValue("'NEW'::character varying"))
                    .column("created_at", "timestamp(6) with time zone", c -> c.notNull().defaultValue("now()"))
                    .column("loyalty_points", "integer", c -> c.notNull().defaultValue("0"))
                    .column("referred_by", "bigint")
                    .column("nickname", "varchar(40)")
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_email_key", "email")
                    .check("customer_points_check", "loyalty_points >= 0")
                    .index("idx_customer_created", "created_at desc")
                    .index("idx_customer_nickname", "nickname")
                    .foreignKey("fk_customer_referrer", fk -> fk.columns("referred_by").references("customer", "id")
                            .onDelete(SET_NULL)))
            .table("user", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("customer_id", "bigint", c -> c.notNull())
                    .column("login", "varchar(60)", c -> c.notNull())
                    .column("order", "integer", c -> c.notNull().defaultValue("0").comment("Position in \"My users\""))
                    .column("active", "boolean", c -> c.notNull().defaultValue("true"))
                    .primaryKey("user_pkey", "id")
                    .uniqueIndex("user_login_idx", "login")
                    .foreignKey("fk_user_customer", fk -> fk.columns("customer_id").references("customer", "id")
                            .onDelete(CASCADE)))
            .table("department", t -> t
                    .column("id", "integer", c -> c.notNull())
                    .column("name", "varchar(80)", c -> c.notNull())
                    .column("manager_id", "integer")
                    .primaryKey("department_pkey", "id")
                    .foreignKey("fk_department_manager", fk -> fk.columns("manager_id").references("employee", "id")))
            .table("employee", t -> t
                    .column("id", "integer", c -> c.notNull())
                    .column("department_id", "integer", c -> c.notNull())
                    .column("mentor_id", "integer")
                    .column("salary", "numeric(38,2)")
                    .column("hired_on", "date")
                    .column("badge", "uuid")
                    .column("initial", "char(1)")
                    .primaryKey("employee_pkey", "id")
                    .check("employee_salary_check", "salary > 0::numeric")
                    .foreignKey("fk_employee_department", fk -> fk.columns("department_id")
                            .references("department", "id").onDelete(RESTRICT).onUpdate(CASCADE)))
            .table("order_line", t -> t
                    .column("order_id", "bigint", c -> c.notNull())
                    .column("line_no", "integer", c -> c.notNull())
                    .column("product_code", "varchar(8)", c -> c.notNull())
                    .column("quantity", "smallint", c -> c.notNull().defaultValue("1"))
                    .column("unit_price", "numeric(10,2)")
                    .column("note", "text", c -> c.comment("As the customer wrote it"))
                    .primaryKey("order_line_pkey", "order_id", "line_no")
                    .unique("order_line_product_key", "order_id", "product_code")
                    .check("order_line_quantity_check", "quantity > 0 AND quantity < 1000")
                    .foreignKey("fk_order_line_order", fk -> fk.columns("order_id")
                            .references("sales.purchase_order", "id").onDelete(CASCADE)))
            .table("event_log", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("happened_at", "timestamp(6)", c -> c.notNull())
                    .column("detail", "text"))
            .table("sales.purchase_order", t -> t
                    .comment("An order as placed,\nbefore it ships")
                    .column("id", "bigint", c -> c.notNull())
                    .column("customer_id", "bigint", c -> c.notNull())
                    .column("placed_at", "timestamp(6)", c -> c.notNull())
                    .column("total", "numeric(38,2)")
                    .column("tags", "text[]")
                    .column("payload", "jsonb")
                    .column("rate", "double precision")
                    .column("weight", "real")
                    .column("scan", "bytea", c -> c.comment("The paper form, as filed under C:\\scans"))
                    .column("deliver_at", "time(6)", c -> c.comment("Local time"))
                    .primaryKey("purchase_order_pkey", "id")
                    .index("idx_purchase_order_customer", "customer_id", "placed_at desc")
                    .foreignKey("fk_purchase_order_customer", fk -> fk.columns("customer_id")
                            .references("customer", "id")))
            .sequence("customer_seq", 1, 50)
            .sequence("invoice_number_seq", 1000, 1)
            .sequence("sales.purchase_order_seq", 1, 50)
            .build();

    private Shop() {
    }
}
