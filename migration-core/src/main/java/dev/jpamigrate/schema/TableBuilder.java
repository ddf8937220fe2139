package dev.jpamigrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds a {@link Table} of the model, for the engine and its tests ({@link Schema#builder()}).
 * Migration code uses {@code Operations.createTable} instead.
 *
 * <pre>{@code
 * Table.builder("customer")
 *         .comment("People who buy")
 *         .column("id", "bigint", c -> c.identity())
 *         .column("email", "varchar(255)", c -> c.notNull().comment("Where receipts go"))
 *         .primaryKey("customer_pkey", "id")
 *         .unique("customer_email_key", "email")
 *         .index("idx_customer_email", "email")
 *         .build();
 * }</pre>
 */
public final class TableBuilder {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private PrimaryKey primaryKey;
    private String comment;

    TableBuilder(String name) {
        this.name = name;
    }

    /** The table's comment; PostgreSQL's {@code comment on table}. */
    public TableBuilder comment(String text) {
        comment = text;
        return this;
    }

    /** A nullable column without default. */
    public TableBuilder column(String columnName, String type) {
        columns.add(Column.of(columnName, type));
        return this;
    }

    /** A column with options: {@code c -> c.notNull().defaultValue("0").comment("Loyalty points")}. */
    public TableBuilder column(String columnName, String type, Consumer<ColumnBuilder> options) {
        ColumnBuilder builder = new ColumnBuilder(columnName, type);
        options.accept(builder);
        columns.add(builder.build());
        return this;
    }

    public TableBuilder column(Column column) {
        columns.add(column);
        return this;
    }

    public TableBuilder primaryKey(String constraintName, String... columnNames) {
        return primaryKey(new PrimaryKey(constraintName, List.of(columnNames)));
    }

    public TableBuilder unique(String constraintName, String... columnNames) {
        return unique(new UniqueConstraint(constraintName, List.of(columnNames)));
    }

    public TableBuilder index(String indexName, String... columnNames) {
        return index(new Index(indexName, List.of(columnNames), false));
    }

    public TableBuilder uniqueIndex(String indexName, String... columnNames) {
        return index(new Index(indexName, List.of(columnNames), true));
    }

    public TableBuilder check(String constraintName, String expression) {
        return check(new CheckConstraint(constraintName, expression));
    }

    /** A foreign key: {@code fk -> fk.columns("customer_id").references("customer", "id")}. */
    public TableBuilder foreignKey(String constraintName, Consumer<ForeignKeyBuilder> definition) {
        return foreignKey(ForeignKeyBuilder.build(constraintName, definition));
    }

    public TableBuilder primaryKey(PrimaryKey key) {
        primaryKey = key;
        return this;
    }

    public TableBuilder unique(UniqueConstraint constraint) {
        uniqueConstraints.add(constraint);
        return this;
    }

    public TableBuilder index(Index index) {
        indexes.add(index);
        return this;
    }

    public TableBuilder check(CheckConstraint check) {
        checks.add(check);
        return this;
    }

    public TableBuilder foreignKey(ForeignKey foreignKey) {
        foreignKeys.add(foreignKey);
        return this;
    }

    public Table build() {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
    }
}
