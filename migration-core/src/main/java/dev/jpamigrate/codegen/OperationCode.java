package dev.jpamigrate.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.jpamigrate.Operation;
import dev.jpamigrate.Operation.AddCheck;
import dev.jpamigrate.Operation.AddColumn;
import dev.jpamigrate.Operation.AddForeignKey;
import dev.jpamigrate.Operation.AddPrimaryKey;
import dev.jpamigrate.Operation.AddUnique;
import dev.jpamigrate.Operation.AlterColumnComment;
import dev.jpamigrate.Operation.AlterColumnDefault;
import dev.jpamigrate.Operation.AlterColumnIdentity;
import dev.jpamigrate.Operation.AlterColumnNullable;
import dev.jpamigrate.Operation.AlterColumnType;
import dev.jpamigrate.Operation.AlterSequence;
import dev.jpamigrate.Operation.AlterTableComment;
import dev.jpamigrate.Operation.CreateIndex;
import dev.jpamigrate.Operation.CreateSchema;
import dev.jpamigrate.Operation.CreateSequence;
import dev.jpamigrate.Operation.CreateTable;
import dev.jpamigrate.Operation.DropCheck;
import dev.jpamigrate.Operation.DropColumn;
import dev.jpamigrate.Operation.DropForeignKey;
import dev.jpamigrate.Operation.DropIndex;
import dev.jpamigrate.Operation.DropPrimaryKey;
import dev.jpamigrate.Operation.DropSchema;
import dev.jpamigrate.Operation.DropSequence;
import dev.jpamigrate.Operation.DropTable;
import dev.jpamigrate.Operation.DropUnique;
import dev.jpamigrate.Operation.JdbcStep;
import dev.jpamigrate.Operation.Sql;

/**
 * An operation as one statement of migration code, {@code op.addColumn(...)}: the calls of
 * {@link dev.jpamigrate.Operations}, so that generated code reads like hand-written code.
 */
final class OperationCode implements Operation.Visitor<CodeBlock> {
    static final OperationCode INSTANCE = new OperationCode();

    private OperationCode() {
    }

    static CodeBlock of(Operation op) {
        return op.accept(INSTANCE);
    }

    public CodeBlock visit(CreateSchema op) {
        return CodeBlock.of("op.createSchema($S)", op.name());
    }

    public CodeBlock visit(DropSchema op) {
        return CodeBlock.of("op.dropSchema($S)", op.name());
    }

    public CodeBlock visit(CreateTable op) {
        return CodeBlock.of("op.createTable($S, $L)", op.table().name(), SchemaCode.tableDefinition(op.table()));
    }

    public CodeBlock visit(DropTable op) {
        return CodeBlock.of("op.dropTable($S)", op.table());
    }

    public CodeBlock visit(AlterTableComment op) {
        return op.comment() == null
                ? CodeBlock.of("op.dropTableComment($S)", op.table())
                : CodeBlock.of("op.setTableComment($S, $S)", op.table(), op.comment());
    }

    public CodeBlock visit(AddColumn op) {
        return CodeBlock.of("op.addColumn($S, $S, $S$L)", op.table(), op.column().name(), op.column().type(),
                SchemaCode.columnOptions(op.column()));
    }

    public CodeBlock visit(DropColumn op) {
        return CodeBlock.of("op.dropColumn($S, $S)", op.table(), op.column());
    }

    public CodeBlock visit(AlterColumnType op) {
        return op.using() == null
                ? CodeBlock.of("op.alterColumnType($S, $S, $S)", op.table(), op.column(), op.type())
                : CodeBlock.of("op.alterColumnType($S, $S, $S, $S)", op.table(), op.column(), op.type(), op.using());
    }

    public CodeBlock visit(AlterColumnNullable op) {
        return CodeBlock.of("op.$L($S, $S)", op.nullable() ? "dropNotNull" : "setNotNull", op.table(), op.column());
    }

    public CodeBlock visit(AlterColumnDefault op) {
        return op.defaultValue() == null
                ? CodeBlock.of("op.dropDefault($S, $S)", op.table(), op.column())
                : CodeBlock.of("op.setDefault($S, $S, $S)", op.table(), op.column(), op.defaultValue());
    }

    public CodeBlock visit(AlterColumnIdentity op) {
        return CodeBlock.of("op.$L($S, $S)", op.identity() ? "addIdentity" : "dropIdentity", op.table(), op.column());
    }

    public CodeBlock visit(AlterColumnComment op) {
        return op.comment() == null
                ? CodeBlock.of("op.dropColumnComment($S, $S)", op.table(), op.column())
                : CodeBlock.of("op.setColumnComment($S, $S, $S)", op.table(), op.column(), op.comment());
    }

    public CodeBlock visit(AddPrimaryKey op) {
        return CodeBlock.of("op.addPrimaryKey($S, $S$L)", op.table(), op.primaryKey().name(),
                SchemaCode.strings(op.primaryKey().columns()));
    }

    public CodeBlock visit(DropPrimaryKey op) {
        return CodeBlock.of("op.dropPrimaryKey($S, $S)", op.table(), op.name());
    }

    public CodeBlock visit(AddUnique op) {
        return CodeBlock.of("op.addUnique($S, $S$L)", op.table(), op.constraint().name(),
                SchemaCode.strings(op.constraint().columns()));
    }

    public CodeBlock visit(DropUnique op) {
        return CodeBlock.of("op.dropUnique($S, $S)", op.table(), op.name());
    }

    public CodeBlock visit(AddCheck op) {
        return CodeBlock.of("op.addCheck($S, $S, $S)", op.table(), op.check().name(), op.check().expression());
    }

    public CodeBlock visit(DropCheck op) {
        return CodeBlock.of("op.dropCheck($S, $S)", op.table(), op.name());
    }

    public CodeBlock visit(AddForeignKey op) {
        return CodeBlock.of("op.addForeignKey($S, $S, $L)", op.table(), op.foreignKey().name(),
                SchemaCode.foreignKeyDefinition(op.foreignKey()));
    }

    public CodeBlock visit(DropForeignKey op) {
        return CodeBlock.of("op.dropForeignKey($S, $S)", op.table(), op.name());
    }

    public CodeBlock visit(CreateIndex op) {
        return CodeBlock.of("op.$L($S, $S$L)", op.index().unique() ? "createUniqueIndex" : "createIndex", op.table(),
                op.index().name(), SchemaCode.strings(op.index().columns()));
    }

    public CodeBlock visit(DropIndex op) {
        return CodeBlock.of("op.dropIndex($S, $S)", op.table(), op.name());
    }

    public CodeBlock visit(CreateSequence op) {
        return CodeBlock.of("op.createSequence($S, $L, $L)", op.sequence().name(),
                SchemaCode.longLiteral(op.sequence().start()), SchemaCode.longLiteral(op.sequence().increment()));
    }

    public CodeBlock visit(AlterSequence op) {
        return CodeBlock.of("op.alterSequence($S, $L, $L)", op.sequence().name(),
                SchemaCode.longLiteral(op.sequence().start()), SchemaCode.longLiteral(op.sequence().increment()));
    }

    public CodeBlock visit(DropSequence op) {
        return CodeBlock.of("op.dropSequence($S)", op.name());
    }

    public CodeBlock visit(Sql op) {
        return CodeBlock.of("op.sql($S)", op.sql());
    }

    public CodeBlock visit(JdbcStep op) {
        throw new IllegalArgumentException("a JDBC step is code, not a value; it cannot be generated");
    }
}
