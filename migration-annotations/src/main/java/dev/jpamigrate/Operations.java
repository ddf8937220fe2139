package dev.jpamigrate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The operations a migration's {@code upgrade()} and {@code downgrade()} call. Each call
 * records one {@link Operation}; the engine renders them to SQL and runs them in order,
 * in the revision's transaction. Table names are qualified by their schema
 * ({@code "sales.customer"}) only when they are not in the target schema.
 *
 * <pre>{@code
 * public void upgrade(Operations op) {
 *     op.addColumn("customer", "email", "varchar(255)");
 *     op.createIndex("customer", "idx_customer_email", "email");
 * }
 * }</pre>
 */
public final class Operations {
    private final List<Operation> recorded = new ArrayList<>();

    /** What has been recorded so far, in order. */
    public List<Operation> recorded() {
        return List.copyOf(recorded);
    }

    /** Records an operation value as it is; the generator and the engine use it. */
    public Operations add(Operation operation) {
        recorded.add(operation);
        return this;
    }

    public Operations createSchema(String name) {
        return add(new Operation.CreateSchema(name));
    }

    public Operations dropSchema(String name) {
        return add(new Operation.DropSchema(name));
    }

    public Operations createTable(String table, Consumer<TableBuilder> definition) {
        TableBuilder builder = new TableBuilder(table);
        definition.accept(builder);
        return add(new Operation.CreateTable(builder.build()));
    }

    public Operations dropTable(String table) {
        return add(new Operation.DropTable(table));
    }

    /**
     * Sets the comment of a table, replacing the one it has, as in
     * {@code op.setTableComment("customer", "People who buy")}; a null or blank comment removes it.
     */
    public Operations setTableComment(String table, String comment) {
        return add(new Operation.AlterTableComment(table, comment));
    }

    public Operations dropTableComment(String table) {
        return add(new Operation.AlterTableComment(table, null));
    }

    /** Adds a nullable column without default. */
    public Operations addColumn(String table, String column, String type) {
        return add(new Operation.AddColumn(table, Column.of(column, type)));
    }

    /** Adds a column with options: {@code c -> c.notNull().defaultValue("0").comment("Loyalty points")}. */
    public Operations addColumn(String table, String column, String type, Consumer<ColumnBuilder> options) {
        ColumnBuilder builder = new ColumnBuilder(column, type);
        options.accept(builder);
        return add(new Operation.AddColumn(table, builder.build()));
    }

    public Operations dropColumn(String table, String column) {
        return add(new Operation.DropColumn(table, column));
    }

    public Operations alterColumnType(String table, String column, String type) {
        return add(new Operation.AlterColumnType(table, column, type));
    }

    /** Changes the type, converting the values with {@code using}, as in {@code "status::smallint"}. */
    public Operations alterColumnType(String table, String column, String type, String using) {
        return add(new Operation.AlterColumnType(table, column, type, using));
    }

    public Operations setNotNull(String table, String column) {
        return add(new Operation.AlterColumnNullable(table, column, false));
    }

    public Operations dropNotNull(String table, String column) {
        return add(new Operation.AlterColumnNullable(table, column, true));
    }

    public Operations setDefault(String table, String column, String expression) {
        return add(new Operation.AlterColumnDefault(table, column, expression));
    }

    public Operations dropDefault(String table, String column) {
        return add(new Operation.AlterColumnDefault(table, column, null));
    }

    public Operations addIdentity(String table, String column) {
        return add(new Operation.AlterColumnIdentity(table, column, true));
    }

    public Operations dropIdentity(String table, String column) {
        return add(new Operation.AlterColumnIdentity(table, column, false));
    }

    /**
     * Sets the comment of a column, replacing the one it has, as in
     * {@code op.setColumnComment("customer", "email", "Where receipts go")}; a null or blank comment removes it.
     */
    public Operations setColumnComment(String table, String column, String comment) {
        return add(new Operation.AlterColumnComment(table, column, comment));
    }

    public Operations dropColumnComment(String table, String column) {
        return add(new Operation.AlterColumnComment(table, column, null));
    }

    public Operations addPrimaryKey(String table, String name, String... columns) {
        return add(new Operation.AddPrimaryKey(table, new PrimaryKey(name, List.of(columns))));
    }

    public Operations dropPrimaryKey(String table, String name) {
        return add(new Operation.DropPrimaryKey(table, name));
    }

    public Operations addUnique(String table, String name, String... columns) {
        return add(new Operation.AddUnique(table, new UniqueConstraint(name, List.of(columns))));
    }

    public Operations dropUnique(String table, String name) {
        return add(new Operation.DropUnique(table, name));
    }

    public Operations addCheck(String table, String name, String expression) {
        return add(new Operation.AddCheck(table, new CheckConstraint(name, expression)));
    }

    public Operations dropCheck(String table, String name) {
        return add(new Operation.DropCheck(table, name));
    }

    /** {@code op.addForeignKey("purchase_order", "fk_order_customer", fk -> fk.columns("customer_id").references("customer", "id"))}. */
    public Operations addForeignKey(String table, String name, Consumer<ForeignKeyBuilder> definition) {
        return add(new Operation.AddForeignKey(table, ForeignKeyBuilder.build(name, definition)));
    }

    public Operations dropForeignKey(String table, String name) {
        return add(new Operation.DropForeignKey(table, name));
    }

    public Operations createIndex(String table, String name, String... columns) {
        return add(new Operation.CreateIndex(table, new Index(name, List.of(columns), false)));
    }

    public Operations createUniqueIndex(String table, String name, String... columns) {
        return add(new Operation.CreateIndex(table, new Index(name, List.of(columns), true)));
    }

    public Operations dropIndex(String table, String name) {
        return add(new Operation.DropIndex(table, name));
    }

    public Operations createSequence(String name, long start, long increment) {
        return add(new Operation.CreateSequence(new Sequence(name, start, increment)));
    }

    public Operations alterSequence(String name, long start, long increment) {
        return add(new Operation.AlterSequence(new Sequence(name, start, increment)));
    }

    public Operations dropSequence(String name) {
        return add(new Operation.DropSequence(name));
    }

    /** Runs SQL as written, for what the other operations do not cover. */
    public Operations sql(String sql) {
        return add(new Operation.Sql(sql));
    }

    /** Runs Java code on the revision's connection, for data migrations. */
    public Operations execute(String description, Operation.Step step) {
        return add(new Operation.JdbcStep(description, step));
    }
}
