package dev.jpamigrate.ops;

import dev.jpamigrate.CreateTable;
import dev.jpamigrate.TableDefinition;
import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code op.createTable(...)} and its definition. The column and foreign key steps apply
 * their options to the column or key named last, and pass every other call to the table.
 */
final class CreateTableRecorder extends PendingOperation implements CreateTable {
    private final String name;
    private String comment;
    private final List<ColumnSpec> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<ForeignKeySpec> foreignKeys = new ArrayList<>();

    CreateTableRecorder(String name) {
        this.name = name;
    }

    @Override
    public TableDefinition comment(String text) {
        requireOpen();
        comment = text;
        return this;
    }

    @Override
    public Column column(String columnName, String type) {
        requireOpen();
        ColumnSpec column = new ColumnSpec(columnName, type);
        columns.add(column);
        return new ColumnStep(column);
    }

    @Override
    public TableDefinition primaryKey(String constraintName, String... columnNames) {
        requireOpen();
        if (primaryKey != null) {
            throw new IllegalArgumentException("table " + name + " has two primary keys, " + primaryKey.name()
                    + " and " + constraintName);
        }
        primaryKey = new PrimaryKey(constraintName, List.of(columnNames));
        return this;
    }

    @Override
    public TableDefinition unique(String constraintName, String... columnNames) {
        requireOpen();
        uniqueConstraints.add(new UniqueConstraint(constraintName, List.of(columnNames)));
        return this;
    }

    @Override
    public TableDefinition index(String indexName, String... columnNames) {
        requireOpen();
        indexes.add(new Index(indexName, List.of(columnNames), false));
        return this;
    }

    @Override
    public TableDefinition uniqueIndex(String indexName, String... columnNames) {
        requireOpen();
        indexes.add(new Index(indexName, List.of(columnNames), true));
        return this;
    }

    @Override
    public TableDefinition check(String constraintName, String expression) {
        requireOpen();
        checks.add(new CheckConstraint(constraintName, expression));
        return this;
    }

    @Override
    public ForeignKey foreignKey(String constraintName, String... columnNames) {
        requireOpen();
        ForeignKeySpec foreignKey = new ForeignKeySpec(constraintName, columnNames);
        foreignKeys.add(foreignKey);
        return new ForeignKeyStep(foreignKey);
    }

    @Override
    Operation build() {
        List<dev.jpamigrate.schema.Column> builtColumns = new ArrayList<>(columns.size());
        columns.forEach(c -> builtColumns.add(c.build()));
        List<dev.jpamigrate.schema.ForeignKey> builtKeys = new ArrayList<>(foreignKeys.size());
        foreignKeys.forEach(f -> builtKeys.add(f.build(name)));
        return new Operation.CreateTable(new Table(name, builtColumns, primaryKey, uniqueConstraints, indexes,
                builtKeys, checks, comment));
    }

    @Override
    String describe() {
        return "createTable(\"" + name + "\")";
    }

    /** The calls of a table's definition, after a column or a foreign key. */
    private abstract class Step implements TableDefinition {
        @Override
        public Column column(String columnName, String type) {
            return CreateTableRecorder.this.column(columnName, type);
        }

        @Override
        public TableDefinition primaryKey(String constraintName, String... columnNames) {
            return CreateTableRecorder.this.primaryKey(constraintName, columnNames);
        }

        @Override
        public TableDefinition unique(String constraintName, String... columnNames) {
            return CreateTableRecorder.this.unique(constraintName, columnNames);
        }

        @Override
        public TableDefinition index(String indexName, String... columnNames) {
            return CreateTableRecorder.this.index(indexName, columnNames);
        }

        @Override
        public TableDefinition uniqueIndex(String indexName, String... columnNames) {
            return CreateTableRecorder.this.uniqueIndex(indexName, columnNames);
        }

        @Override
        public TableDefinition check(String constraintName, String expression) {
            return CreateTableRecorder.this.check(constraintName, expression);
        }

        @Override
        public ForeignKey foreignKey(String constraintName, String... columnNames) {
            return CreateTableRecorder.this.foreignKey(constraintName, columnNames);
        }
    }

    private final class ColumnStep extends Step implements Column {
        private final ColumnSpec column;

        ColumnStep(ColumnSpec column) {
            this.column = column;
        }

        @Override
        public Column notNull() {
            requireOpen();
            column.notNull();
            return this;
        }

        @Override
        public Column identity() {
            requireOpen();
            column.identity();
            return this;
        }

        @Override
        public Column defaultValue(String expression) {
            requireOpen();
            column.defaultValue(expression);
            return this;
        }

        @Override
        public Column comment(String text) {
            requireOpen();
            column.comment(text);
            return this;
        }

        @Override
        public Column collate(String collation) {
            requireOpen();
            column.collate(collation);
            return this;
        }

        @Override
        public Column generatedAs(String expression) {
            requireOpen();
            column.generatedAs(expression);
            return this;
        }
    }

    private final class ForeignKeyStep extends Step implements ForeignKey {
        private final ForeignKeySpec foreignKey;

        ForeignKeyStep(ForeignKeySpec foreignKey) {
            this.foreignKey = foreignKey;
        }

        @Override
        public ForeignKey references(String table, String... columnNames) {
            requireOpen();
            foreignKey.references(table, columnNames);
            return this;
        }

        @Override
        public ForeignKey onDelete(ForeignKeyAction action) {
            requireOpen();
            foreignKey.onDelete(action);
            return this;
        }

        @Override
        public ForeignKey onUpdate(ForeignKeyAction action) {
            requireOpen();
            foreignKey.onUpdate(action);
            return this;
        }
    }
}
