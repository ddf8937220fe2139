package dev.jpamigrate.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.ops.Operation.AddCheck;
import dev.jpamigrate.ops.Operation.AddColumn;
import dev.jpamigrate.ops.Operation.AddForeignKey;
import dev.jpamigrate.ops.Operation.AddPrimaryKey;
import dev.jpamigrate.ops.Operation.AddUnique;
import dev.jpamigrate.ops.Operation.AlterColumnComment;
import dev.jpamigrate.ops.Operation.AlterColumnDefault;
import dev.jpamigrate.ops.Operation.AlterColumnIdentity;
import dev.jpamigrate.ops.Operation.AlterColumnNullable;
import dev.jpamigrate.ops.Operation.AlterColumnType;
import dev.jpamigrate.ops.Operation.AlterSequence;
import dev.jpamigrate.ops.Operation.AlterSequenceOwner;
import dev.jpamigrate.ops.Operation.AlterTableComment;
import dev.jpamigrate.ops.Operation.CreateIndex;
import dev.jpamigrate.ops.Operation.CreateSchema;
import dev.jpamigrate.ops.Operation.CreateSequence;
import dev.jpamigrate.ops.Operation.CreateTable;
import dev.jpamigrate.ops.Operation.DropCheck;
import dev.jpamigrate.ops.Operation.DropColumn;
import dev.jpamigrate.ops.Operation.DropForeignKey;
import dev.jpamigrate.ops.Operation.DropIndex;
import dev.jpamigrate.ops.Operation.DropPrimaryKey;
import dev.jpamigrate.ops.Operation.DropSchema;
import dev.jpamigrate.ops.Operation.DropSequence;
import dev.jpamigrate.ops.Operation.DropTable;
import dev.jpamigrate.ops.Operation.DropUnique;
import dev.jpamigrate.ops.Operation.JdbcStep;
import dev.jpamigrate.ops.Operation.RenameColumn;
import dev.jpamigrate.ops.Operation.RenameConstraint;
import dev.jpamigrate.ops.Operation.RenameIndex;
import dev.jpamigrate.ops.Operation.RenameSequence;
import dev.jpamigrate.ops.Operation.RenameTable;
import dev.jpamigrate.ops.Operation.Sql;
import dev.jpamigrate.ops.Operation.ValidateConstraint;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.QualifiedNames;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * An operation as one statement of migration code, {@code op.addColumn(...)}: the calls of
 * {@link dev.jpamigrate.Operations}, so that generated code reads like hand-written code.
 * Options are chained calls, never lambdas, because javac spends about a millisecond on
 * each lambda. Each statement also says what it costs in a class file, so that the writer
 * can keep methods and classes within the JVM's limits.
 */
final class OperationCode implements Operation.Visitor<OperationCode.Statement> {
    private static final OperationCode INSTANCE = new OperationCode();

    private OperationCode() {
    }

    /**
     * A statement, without its semicolon.
     *
     * @param literals its string literals, each an entry of the class's constant pool
     * @param size a bound of its bytecode in units of at most 8 bytes: one per literal and one per call
     */
    record Statement(CodeBlock code, List<String> literals, int size) {
    }

    static Statement of(Operation op) {
        return op.accept(INSTANCE);
    }

    public Statement visit(CreateSchema op) {
        return call("createSchema", op.name());
    }

    public Statement visit(DropSchema op) {
        return call("dropSchema", op.name());
    }

    /** The comment first, as it says what the table is; then columns, keys, checks, indexes and foreign keys. */
    public Statement visit(CreateTable op) {
        Table table = op.table();
        Code code = new Code().call("op.createTable(").string(table.name()).end();
        if (table.comment() != null) {
            code.call("\n.comment(").string(table.comment()).end();
        }
        for (Column column : table.columns()) {
            code.call("\n.column(").string(column.name()).string(column.type()).end();
            columnOptions(code, column);
        }
        if (table.primaryKey() != null) {
            code.call("\n.primaryKey(").string(table.primaryKey().name()).strings(table.primaryKey().columns()).end();
        }
        table.uniqueConstraints().forEach(u -> code.call("\n.unique(").string(u.name()).strings(u.columns()).end());
        table.checks().forEach(c -> code.call("\n.check(").string(c.name()).string(c.expression()).end());
        for (Index index : table.indexes()) {
            code.call(index.unique() ? "\n.uniqueIndex(" : "\n.index(").string(index.name()).strings(index.columns())
                    .end();
        }
        for (ForeignKey fk : table.foreignKeys()) {
            code.call("\n.foreignKey(").string(fk.name()).strings(fk.columns()).end();
            references(code, fk);
        }
        return code.statement();
    }

    public Statement visit(DropTable op) {
        return call("dropTable", op.table());
    }

    public Statement visit(AlterTableComment op) {
        return op.comment() == null ? call("dropTableComment", op.table())
                : call("setTableComment", op.table(), op.comment());
    }

    public Statement visit(AddColumn op) {
        Column column = op.column();
        Code code = new Code().call("op.addColumn(").string(op.table()).string(column.name()).string(column.type())
                .end();
        columnOptions(code, column);
        if (op.backfill() != null) {
            code.call(".backfill(").string(op.backfill()).end();
        }
        return code.statement();
    }

    public Statement visit(DropColumn op) {
        return call("dropColumn", op.table(), op.column());
    }

    public Statement visit(AlterColumnType op) {
        if (op.collation() != null) {
            return op.using() == null ? call("alterColumnCollation", op.table(), op.column(), op.type(), op.collation())
                    : call("alterColumnType", op.table(), op.column(), op.type(), op.using(), op.collation());
        }
        return op.using() == null ? call("alterColumnType", op.table(), op.column(), op.type())
                : call("alterColumnType", op.table(), op.column(), op.type(), op.using());
    }

    public Statement visit(AlterColumnNullable op) {
        String set = op.viaCheck() ? "setNotNullViaCheck" : "setNotNull";
        if (op.backfill() != null) {
            return new Code().call("op." + set + "(").string(op.table()).string(op.column()).end()
                    .call(".backfill(").string(op.backfill()).end().statement();
        }
        return call(op.nullable() ? "dropNotNull" : set, op.table(), op.column());
    }

    public Statement visit(AlterColumnDefault op) {
        return op.defaultValue() == null ? call("dropDefault", op.table(), op.column())
                : call("setDefault", op.table(), op.column(), op.defaultValue());
    }

    public Statement visit(AlterColumnIdentity op) {
        return call(op.identity() ? "addIdentity" : "dropIdentity", op.table(), op.column());
    }

    public Statement visit(AlterColumnComment op) {
        return op.comment() == null ? call("dropColumnComment", op.table(), op.column())
                : call("setColumnComment", op.table(), op.column(), op.comment());
    }

    public Statement visit(AddPrimaryKey op) {
        return call(op.concurrently() ? "addPrimaryKeyConcurrently" : "addPrimaryKey", op.table(), op.primaryKey().name(), op.primaryKey().columns());
    }

    public Statement visit(DropPrimaryKey op) {
        return call("dropPrimaryKey", op.table(), op.name());
    }

    public Statement visit(AddUnique op) {
        return call(op.concurrently() ? "addUniqueConcurrently" : "addUnique", op.table(), op.constraint().name(), op.constraint().columns());
    }

    public Statement visit(DropUnique op) {
        return call("dropUnique", op.table(), op.name());
    }

    public Statement visit(AddCheck op) {
        return call(op.notValid() ? "addCheckNotValid" : "addCheck", op.table(), op.check().name(), op.check().expression());
    }

    public Statement visit(DropCheck op) {
        return call("dropCheck", op.table(), op.name());
    }

    public Statement visit(AddForeignKey op) {
        ForeignKey fk = op.foreignKey();
        Code code = new Code().call(op.notValid() ? "op.addForeignKeyNotValid(" : "op.addForeignKey(")
                .string(op.table()).string(fk.name()).strings(fk.columns())
                .end();
        references(code, fk);
        return code.statement();
    }

    public Statement visit(DropForeignKey op) {
        return call("dropForeignKey", op.table(), op.name());
    }

    public Statement visit(CreateIndex op) {
        String method = op.index().unique() ? "createUniqueIndex" : "createIndex";
        return call(op.concurrently() ? method + "Concurrently" : method, op.table(), op.index().name(),
                op.index().columns());
    }

    public Statement visit(DropIndex op) {
        return call(op.concurrently() ? "dropIndexConcurrently" : "dropIndex", op.table(), op.name());
    }

    public Statement visit(CreateSequence op) {
        return sequence("createSequence", op.sequence());
    }

    public Statement visit(AlterSequence op) {
        return sequence("alterSequence", op.sequence());
    }

    public Statement visit(AlterSequenceOwner op) {
        return op.owner() == null ? call("dropSequenceOwner", op.name())
                : call("setSequenceOwner", op.name(), op.owner().table(), op.owner().column());
    }

    public Statement visit(DropSequence op) {
        return call("dropSequence", op.name());
    }

    public Statement visit(Sql op) {
        return call("sql", op.sql());
    }

    public Statement visit(JdbcStep op) {
        throw new IllegalArgumentException("a JDBC step is code, not a value; it cannot be generated");
    }

    public Statement visit(RenameTable op) {
        return call("renameTable", op.table(), QualifiedNames.localOf(op.newName()));
    }

    public Statement visit(RenameColumn op) {
        return call("renameColumn", op.table(), op.column(), op.newName());
    }

    public Statement visit(RenameConstraint op) {
        return call("renameConstraint", op.table(), op.name(), op.newName());
    }

    public Statement visit(RenameIndex op) {
        return call("renameIndex", op.table(), op.name(), op.newName());
    }

    public Statement visit(RenameSequence op) {
        return call("renameSequence", op.name(), QualifiedNames.localOf(op.newName()));
    }

    public Statement visit(ValidateConstraint op) {
        return call("validateConstraint", op.table(), op.name());
    }

    /** {@code .identity()} or {@code .notNull()}, {@code .defaultValue(...)}, {@code .comment(...)}: what differs from a plain column. */
    private static void columnOptions(Code code, Column column) {
        if (column.identity()) {
            code.call(".identity(").end();
        } else if (!column.nullable()) {
            code.call(".notNull(").end();
        }
        if (column.defaultValue() != null) {
            code.call(".defaultValue(").string(column.defaultValue()).end();
        }
        if (column.comment() != null) {
            code.call(".comment(").string(column.comment()).end();
        }
        if (column.collation() != null) {
            code.call(".collate(").string(column.collation()).end();
        }
        if (column.generatedAs() != null) {
            code.call(".generatedAs(").string(column.generatedAs()).end();
        }
    }

    /** {@code .references(...)}, with the actions that are not NO ACTION. */
    private static void references(Code code, ForeignKey fk) {
        code.call(".references(").string(fk.referencedTable()).strings(fk.referencedColumns()).end();
        if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
            code.call(".onDelete(").action(fk.onDelete()).end();
        }
        if (fk.onUpdate() != ForeignKeyAction.NO_ACTION) {
            code.call(".onUpdate(").action(fk.onUpdate()).end();
        }
    }

    private static Statement sequence(String method, Sequence sequence) {
        Code code = new Code().call("op." + method + "(").string(sequence.name()).literal(longLiteral(sequence.start()))
                .literal(longLiteral(sequence.increment()));
        // A bigint sequence without type, as migrations before sequences had types wrote it.
        return (sequence.type() == null ? code : code.string(sequence.type())).end().statement();
    }

    /** {@code op.<method>("a", "b", ...)}; a trailing list is written as further arguments. */
    private static Statement call(String method, Object... arguments) {
        Code code = new Code().call("op." + method + "(");
        for (Object argument : arguments) {
            if (argument instanceof List<?> values) {
                values.forEach(v -> code.string((String) v));
            } else {
                code.string((String) argument);
            }
        }
        return code.end().statement();
    }

    /** A {@code long} as a Java literal: {@code 50}, or {@code 3000000000L} beyond the range of int. */
    static String longLiteral(long value) {
        return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? value + "L" : Long.toString(value);
    }

    /** A statement being written call by call, with its literals and calls counted. */
    private static final class Code {
        private final CodeBlock.Builder code = CodeBlock.builder();
        private final List<String> literals = new ArrayList<>();
        private int calls;
        private boolean firstArgument;

        /** Opens a call: {@code "\n.column("}. */
        Code call(String open) {
            code.add("$L", open);
            calls++;
            firstArgument = true;
            return this;
        }

        Code string(String value) {
            code.add(firstArgument ? "$S" : ", $S", value);
            literals.add(value);
            firstArgument = false;
            return this;
        }

        Code strings(List<String> values) {
            values.forEach(this::string);
            return this;
        }

        Code literal(String javaLiteral) {
            code.add(firstArgument ? "$L" : ", $L", javaLiteral);
            firstArgument = false;
            return this;
        }

        Code action(ForeignKeyAction action) {
            code.add("$T.$L", ForeignKeyAction.class, action.name());
            firstArgument = false;
            return this;
        }

        Code end() {
            code.add(")");
            return this;
        }

        Statement statement() {
            return new Statement(code.build(), List.copyOf(literals), literals.size() + calls);
        }
    }
}
