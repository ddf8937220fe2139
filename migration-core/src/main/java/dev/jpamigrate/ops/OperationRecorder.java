package dev.jpamigrate.ops;

import dev.jpamigrate.AddColumn;
import dev.jpamigrate.AddForeignKey;
import dev.jpamigrate.CreateTable;
import dev.jpamigrate.JdbcWork;
import dev.jpamigrate.Operations;
import dev.jpamigrate.SetNotNull;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engine's {@link Operations}: each call of a migration's {@code upgrade()} or
 * {@code downgrade()} becomes one {@link Operation}, in call order. A call that returns a
 * builder ({@code createTable}, {@code addColumn}, {@code addForeignKey}) stays pending while
 * its statement goes on, and is finished by the next call or by {@link #recorded()}.
 */
public final class OperationRecorder implements Operations {
    private final List<Operation> recorded = new ArrayList<>();
    private PendingOperation pending;

    /** The operations that {@code calls} record, in order: {@code record(op -> op.dropTable("customer"))}. */
    public static List<Operation> record(Consumer<? super Operations> calls) {
        OperationRecorder recorder = new OperationRecorder();
        calls.accept(recorder);
        return recorder.recorded();
    }

    /** What has been recorded so far, in order, the pending builder finished. */
    public List<Operation> recorded() {
        finishPending();
        return List.copyOf(recorded);
    }

    /** Records an operation value as it is. */
    public void add(Operation operation) {
        finishPending();
        recorded.add(operation);
    }

    private <T extends PendingOperation> T begin(T builder) {
        finishPending();
        pending = builder;
        return builder;
    }

    private void finishPending() {
        if (pending != null) {
            PendingOperation finishing = pending;
            pending = null;
            recorded.add(finishing.finish());
        }
    }

    @Override
    public void createSchema(String name) {
        add(new Operation.CreateSchema(name));
    }

    @Override
    public void dropSchema(String name) {
        add(new Operation.DropSchema(name));
    }

    @Override
    public CreateTable createTable(String table) {
        return begin(new CreateTableRecorder(table));
    }

    @Override
    public void dropTable(String table) {
        add(new Operation.DropTable(table));
    }

    @Override
    public void setTableComment(String table, String comment) {
        add(new Operation.AlterTableComment(table, comment));
    }

    @Override
    public void dropTableComment(String table) {
        add(new Operation.AlterTableComment(table, null));
    }

    @Override
    public AddColumn addColumn(String table, String column, String type) {
        return begin(new AddColumnRecorder(table, column, type));
    }

    @Override
    public void dropColumn(String table, String column) {
        add(new Operation.DropColumn(table, column));
    }

    @Override
    public void alterColumnType(String table, String column, String type) {
        add(new Operation.AlterColumnType(table, column, type));
    }

    @Override
    public void alterColumnType(String table, String column, String type, String using) {
        add(new Operation.AlterColumnType(table, column, type, using));
    }

    @Override
    public void alterColumnType(String table, String column, String type, String using, String collation) {
        add(new Operation.AlterColumnType(table, column, type, using, collation));
    }

    @Override
    public void alterColumnCollation(String table, String column, String type, String collation) {
        add(new Operation.AlterColumnType(table, column, type, null, collation));
    }

    @Override
    public SetNotNull setNotNull(String table, String column) {
        return begin(new SetNotNullRecorder(table, column));
    }

    @Override
    public void dropNotNull(String table, String column) {
        add(new Operation.AlterColumnNullable(table, column, true));
    }

    @Override
    public void setDefault(String table, String column, String expression) {
        add(new Operation.AlterColumnDefault(table, column, expression));
    }

    @Override
    public void dropDefault(String table, String column) {
        add(new Operation.AlterColumnDefault(table, column, null));
    }

    @Override
    public void addIdentity(String table, String column) {
        add(new Operation.AlterColumnIdentity(table, column, true));
    }

    @Override
    public void dropIdentity(String table, String column) {
        add(new Operation.AlterColumnIdentity(table, column, false));
    }

    @Override
    public void setColumnComment(String table, String column, String comment) {
        add(new Operation.AlterColumnComment(table, column, comment));
    }

    @Override
    public void dropColumnComment(String table, String column) {
        add(new Operation.AlterColumnComment(table, column, null));
    }

    @Override
    public void addPrimaryKey(String table, String name, String... columns) {
        add(new Operation.AddPrimaryKey(table, new PrimaryKey(name, List.of(columns))));
    }

    @Override
    public void dropPrimaryKey(String table, String name) {
        add(new Operation.DropPrimaryKey(table, name));
    }

    @Override
    public void addUnique(String table, String name, String... columns) {
        add(new Operation.AddUnique(table, new UniqueConstraint(name, List.of(columns))));
    }

    @Override
    public void dropUnique(String table, String name) {
        add(new Operation.DropUnique(table, name));
    }

    @Override
    public void addCheck(String table, String name, String expression) {
        add(new Operation.AddCheck(table, new CheckConstraint(name, expression)));
    }

    @Override
    public void dropCheck(String table, String name) {
        add(new Operation.DropCheck(table, name));
    }

    @Override
    public AddForeignKey addForeignKey(String table, String name, String... columns) {
        return begin(new AddForeignKeyRecorder(table, name, columns));
    }

    @Override
    public void dropForeignKey(String table, String name) {
        add(new Operation.DropForeignKey(table, name));
    }

    @Override
    public void createIndex(String table, String name, String... columns) {
        add(new Operation.CreateIndex(table, new Index(name, List.of(columns), false)));
    }

    @Override
    public void createUniqueIndex(String table, String name, String... columns) {
        add(new Operation.CreateIndex(table, new Index(name, List.of(columns), true)));
    }

    @Override
    public void dropIndex(String table, String name) {
        add(new Operation.DropIndex(table, name));
    }

    @Override
    public void createSequence(String name, long start, long increment) {
        add(new Operation.CreateSequence(new Sequence(name, start, increment)));
    }

    @Override
    public void alterSequence(String name, long start, long increment) {
        add(new Operation.AlterSequence(new Sequence(name, start, increment)));
    }

    @Override
    public void createSequence(String name, long start, long increment, String type) {
        add(new Operation.CreateSequence(new Sequence(name, start, increment, type, null)));
    }

    @Override
    public void alterSequence(String name, long start, long increment, String type) {
        add(new Operation.AlterSequence(new Sequence(name, start, increment, type, null)));
    }

    @Override
    public void setSequenceOwner(String name, String table, String column) {
        add(new Operation.AlterSequenceOwner(name, new Sequence.Owner(table, column)));
    }

    @Override
    public void dropSequenceOwner(String name) {
        add(new Operation.AlterSequenceOwner(name, null));
    }

    @Override
    public void dropSequence(String name) {
        add(new Operation.DropSequence(name));
    }

    @Override
    public void renameTable(String table, String newName) {
        add(new Operation.RenameTable(table, newName));
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        add(new Operation.RenameColumn(table, column, newName));
    }

    @Override
    public void renameConstraint(String table, String name, String newName) {
        add(new Operation.RenameConstraint(table, name, newName));
    }

    @Override
    public void renameIndex(String table, String name, String newName) {
        add(new Operation.RenameIndex(table, name, newName));
    }

    @Override
    public void renameSequence(String name, String newName) {
        add(new Operation.RenameSequence(name, newName));
    }

    @Override
    public void sql(String sql) {
        add(new Operation.Sql(sql));
    }

    @Override
    public void execute(String description, JdbcWork work) {
        add(new Operation.JdbcStep(description, work));
    }

    @Override
    public void createIndexConcurrently(String table, String name, String... columns) {
        add(new Operation.CreateIndex(table, new Index(name, List.of(columns), false), true));
    }

    @Override
    public void createUniqueIndexConcurrently(String table, String name, String... columns) {
        add(new Operation.CreateIndex(table, new Index(name, List.of(columns), true), true));
    }

    @Override
    public void dropIndexConcurrently(String table, String name) {
        add(new Operation.DropIndex(table, name, true));
    }

    @Override
    public void addUniqueConcurrently(String table, String name, String... columns) {
        add(new Operation.AddUnique(table, new UniqueConstraint(name, List.of(columns)), true));
    }

    @Override
    public void addPrimaryKeyConcurrently(String table, String name, String... columns) {
        add(new Operation.AddPrimaryKey(table, new PrimaryKey(name, List.of(columns)), true));
    }

    @Override
    public AddForeignKey addForeignKeyNotValid(String table, String name, String... columns) {
        return begin(new AddForeignKeyRecorder(table, name, columns, true));
    }

    @Override
    public void addCheckNotValid(String table, String name, String expression) {
        add(new Operation.AddCheck(table, new CheckConstraint(name, expression), true));
    }

    @Override
    public void validateConstraint(String table, String name) {
        add(new Operation.ValidateConstraint(table, name));
    }

    @Override
    public SetNotNull setNotNullViaCheck(String table, String column) {
        return begin(new SetNotNullRecorder(table, column, true));
    }
}
