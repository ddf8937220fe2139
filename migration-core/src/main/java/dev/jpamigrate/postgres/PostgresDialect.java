package dev.jpamigrate.postgres;

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
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Collations;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.QualifiedNames;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders {@link Operation}s to PostgreSQL statements, in lower case like Hibernate's DDL,
 * with identifiers quoted only where PostgreSQL needs it. Types, defaults and check
 * expressions are written as the model holds them; comments become string literals.
 * Statements carry no trailing semicolon.
 *
 * <pre>{@code
 * List<String> sql = new PostgresDialect().render(
 *         new Operation.AlterColumnType("customer", "email", "varchar(320)"));
 * // [alter table customer alter column email type varchar(320)]
 * }</pre>
 *
 * <p>Unqualified table names mean the target schema, which the runner puts first on the
 * {@code search_path}; a qualified name ({@code sales.customer}) is written qualified.
 */
public final class PostgresDialect implements Operation.Visitor<List<String>> {
    /** An index entry that is a column, optionally ordered: {@code created_at desc nulls last}. */
    private static final Pattern ORDERED_COLUMN = Pattern.compile(
            "([^\\s()\"]+)((?:\\s+(?:asc|desc))?(?:\\s+nulls\\s+(?:first|last))?)", Pattern.CASE_INSENSITIVE);

    /** The statements that carry out {@code op}, in order; none for a {@link JdbcStep}: the runner runs it itself. */
    public List<String> render(Operation op) {
        return op.accept(this);
    }

    /**
     * Quotes a name for PostgreSQL where needed, each part of a qualified name on its own:
     * {@code quote("sales.customer")} is {@code sales.customer}, {@code quote("user")} is
     * {@code "user"}, {@code quote("Audit.Event")} is {@code "Audit"."Event"}.
     */
    public static String quote(String qualifiedOrSimpleName) {
        return Identifiers.quoteQualified(qualifiedOrSimpleName);
    }

    /** Whether PostgreSQL refuses {@code identifier} as a name unless it is quoted: {@code user}, {@code order}, ... */
    public static boolean isReserved(String identifier) {
        return Identifiers.isReserved(identifier);
    }

    @Override
    public List<String> visit(CreateSchema op) {
        return List.of("create schema if not exists " + Identifiers.quote(op.name()));
    }

    @Override
    public List<String> visit(DropSchema op) {
        return List.of("drop schema " + Identifiers.quote(op.name()));
    }

    /**
     * The table with its constraints inline, then its comments, then one statement per index
     * and per foreign key, as Hibernate does.
     */
    @Override
    public List<String> visit(CreateTable op) {
        Table table = op.table();
        List<String> elements = new ArrayList<>();
        table.columns().forEach(c -> elements.add(columnDefinition(c)));
        if (table.primaryKey() != null) {
            elements.add(primaryKeyConstraint(table.primaryKey()));
        }
        table.uniqueConstraints().forEach(u -> elements.add(uniqueConstraint(u)));
        table.checks().forEach(c -> elements.add(checkConstraint(c)));
        List<String> sql = new ArrayList<>();
        sql.add("create table " + quote(table.name()) + " (" + String.join(", ", elements) + ")");
        if (table.comment() != null) {
            sql.add(commentOnTable(table.name(), table.comment()));
        }
        table.columns().stream().filter(c -> c.comment() != null)
                .forEach(c -> sql.add(commentOnColumn(table.name(), c.name(), c.comment())));
        table.indexes().forEach(i -> sql.add(createIndex(table.name(), i)));
        table.foreignKeys().forEach(fk -> sql.add(addConstraint(table.name(), foreignKeyConstraint(fk))));
        return List.copyOf(sql);
    }

    @Override
    public List<String> visit(DropTable op) {
        return List.of("drop table " + quote(op.table()));
    }

    @Override
    public List<String> visit(AlterTableComment op) {
        return List.of(commentOnTable(op.table(), op.comment()));
    }

    @Override
    public List<String> visit(AddColumn op) {
        List<String> add = BackfillStatements.addColumn(op, PostgresDialect::columnDefinition);
        if (op.column().comment() == null) {
            return add;
        }
        List<String> sql = new ArrayList<>(add);
        sql.add(commentOnColumn(op.table(), op.column().name(), op.column().comment()));
        return List.copyOf(sql);
    }

    @Override
    public List<String> visit(DropColumn op) {
        return List.of(alterTable(op.table()) + " drop column " + Identifiers.quote(op.column()));
    }

    @Override
    public List<String> visit(AlterColumnType op) {
        return List.of(alterColumn(op.table(), op.column()) + " type " + op.type()
                + (op.collation() == null ? "" : " " + Collations.clause(op.collation()))
                + (op.using() == null ? "" : " using " + op.using()));
    }

    @Override
    public List<String> visit(AlterColumnNullable op) {
        if (op.nullable()) {
            return List.of(alterColumn(op.table(), op.column()) + " drop not null");
        }
        if (op.viaCheck()) {
            List<String> sql = new ArrayList<>(BackfillStatements.beforeSetNotNull(op));
            sql.addAll(LockSafeStatements.setNotNullViaCheck(op.table(), op.column()));
            return sql;
        }
        return BackfillStatements.setNotNull(op);
    }

    @Override
    public List<String> visit(AlterColumnDefault op) {
        return List.of(alterColumn(op.table(), op.column())
                + (op.defaultValue() == null ? " drop default" : " set default " + op.defaultValue()));
    }

    /**
     * An identity added to a column that holds values continues after the highest of them, so that
     * the next insert does not collide with a row: {@code select setval(...)} right after it.
     */
    @Override
    public List<String> visit(AlterColumnIdentity op) {
        if (!op.identity()) {
            return List.of(alterColumn(op.table(), op.column()) + " drop identity");
        }
        return List.of(alterColumn(op.table(), op.column()) + " add generated by default as identity",
                IdentityStart.afterHighestValue(op.table(), op.column()));
    }

    @Override
    public List<String> visit(AlterColumnComment op) {
        return List.of(commentOnColumn(op.table(), op.column(), op.comment()));
    }

    @Override
    public List<String> visit(AddPrimaryKey op) {
        if (op.concurrently()) {
            return LockSafeStatements.constraintUsingIndex(op.table(), op.primaryKey().name(), "primary key",
                    op.primaryKey().columns());
        }
        return List.of(addConstraint(op.table(), primaryKeyConstraint(op.primaryKey())));
    }

    @Override
    public List<String> visit(DropPrimaryKey op) {
        return List.of(dropConstraint(op.table(), op.name()));
    }

    @Override
    public List<String> visit(AddUnique op) {
        if (op.concurrently()) {
            return LockSafeStatements.constraintUsingIndex(op.table(), op.constraint().name(), "unique",
                    op.constraint().columns());
        }
        return List.of(addConstraint(op.table(), uniqueConstraint(op.constraint())));
    }

    @Override
    public List<String> visit(DropUnique op) {
        return List.of(dropConstraint(op.table(), op.name()));
    }

    /**
     * A guard first: rows that the check refuses (an enum constant removed while rows still hold
     * it) stop the revision with a message that names them, before anything is changed.
     */
    @Override
    public List<String> visit(AddCheck op) {
        return List.of(CheckGuard.of(op.table(), op.check()),
                addConstraint(op.table(), checkConstraint(op.check())) + (op.notValid() ? " not valid" : ""));
    }

    @Override
    public List<String> visit(DropCheck op) {
        return List.of(dropConstraint(op.table(), op.name()));
    }

    @Override
    public List<String> visit(AddForeignKey op) {
        return List.of(addConstraint(op.table(), foreignKeyConstraint(op.foreignKey()))
                + (op.notValid() ? " not valid" : ""));
    }

    @Override
    public List<String> visit(DropForeignKey op) {
        return List.of(dropConstraint(op.table(), op.name()));
    }

    @Override
    public List<String> visit(CreateIndex op) {
        if (op.concurrently()) {
            return LockSafeStatements.createIndexConcurrently(op.table(), op.index());
        }
        return List.of(createIndex(op.table(), op.index()));
    }

    /** An index lives in its table's schema, and {@code drop index} finds it only there or on the search path. */
    @Override
    public List<String> visit(DropIndex op) {
        int dot = op.table().indexOf('.');
        String schema = dot < 0 ? "" : Identifiers.quote(op.table().substring(0, dot)) + ".";
        return List.of("drop index " + (op.concurrently() ? "concurrently if exists " : "") + schema
                + Identifiers.quote(op.name()));
    }

    @Override
    public List<String> visit(CreateSequence op) {
        Sequence sequence = op.sequence();
        // Without "as", a bigint sequence, as every sequence of a snapshot written before sequences had types.
        return List.of("create sequence " + quote(sequence.name())
                + (sequence.type() == null ? "" : " as " + sequence.type()) + sequenceOptions(sequence));
    }

    /** {@code start with} sets what {@code restart} goes back to; the current value is kept, as the model says. */
    @Override
    public List<String> visit(AlterSequence op) {
        // The type always: an integer sequence may become bigint.
        return List.of("alter sequence " + quote(op.sequence().name()) + " as " + op.sequence().dataType()
                + sequenceOptions(op.sequence()));
    }

    /**
     * {@code owned by}; a column that already holds values moves the sequence past the highest of them, when it is
     * not past them already, so that its next value is free (a sequence re-created for a column with rows).
     */
    @Override
    public List<String> visit(AlterSequenceOwner op) {
        if (op.owner() == null) {
            return List.of("alter sequence " + quote(op.name()) + " owned by none");
        }
        String table = quote(op.owner().table());
        String column = Identifiers.quote(op.owner().column());
        String sequence = quote(op.name());
        return List.of("alter sequence " + sequence + " owned by " + table + "." + column,
                "select setval(" + literal(sequence) + ", max(" + column + ")) from " + table + " having max(" + column
                        + ") >= (select last_value from " + sequence + ")");
    }

    @Override
    public List<String> visit(DropSequence op) {
        return List.of("drop sequence " + quote(op.name()));
    }

    @Override
    public List<String> visit(Sql op) {
        return List.of(op.sql());
    }

    @Override
    public List<String> visit(JdbcStep op) {
        return List.of();
    }

    /** The new name is the bare name: {@code alter table} keeps the table in its schema. */
    @Override
    public List<String> visit(RenameTable op) {
        return List.of(alterTable(op.table()) + " rename to " + Identifiers.quote(QualifiedNames.localOf(op.newName())));
    }

    @Override
    public List<String> visit(RenameColumn op) {
        return List.of(alterTable(op.table()) + " rename column " + Identifiers.quote(op.column()) + " to "
                + Identifiers.quote(op.newName()));
    }

    @Override
    public List<String> visit(RenameConstraint op) {
        return List.of(alterTable(op.table()) + " rename constraint " + Identifiers.quote(op.name()) + " to "
                + Identifiers.quote(op.newName()));
    }

    /** Found in its table's schema, as {@code drop index} finds it. */
    @Override
    public List<String> visit(RenameIndex op) {
        String schema = QualifiedNames.schemaOf(op.table());
        return List.of("alter index " + (schema == null ? "" : Identifiers.quote(schema) + ".")
                + Identifiers.quote(op.name()) + " rename to " + Identifiers.quote(op.newName()));
    }

    /** Keeps the current value: ids go on where they were. */
    @Override
    public List<String> visit(RenameSequence op) {
        return List.of("alter sequence " + quote(op.name()) + " rename to "
                + Identifiers.quote(QualifiedNames.localOf(op.newName())));
    }

    @Override
    public List<String> visit(ValidateConstraint op) {
        return List.of(alterTable(op.table()) + " validate constraint " + Identifiers.quote(op.name()));
    }

    /**
     * A string literal that reads the same whatever {@code standard_conforming_strings} says:
     * quotes doubled, and a text with backslashes as an escape string ({@code E'...'}) with them doubled.
     * The text {@code it's} becomes {@code 'it''s'}, the text {@code C:\tmp} becomes {@code E'C:\\tmp'}.
     */
    static String literal(String text) {
        String quoted = text.replace("'", "''");
        return text.indexOf('\\') < 0 ? "'" + quoted + "'" : "E'" + quoted.replace("\\", "\\\\") + "'";
    }

    /** {@code is null} removes the comment. */
    private static String commentOnTable(String table, String comment) {
        return "comment on table " + quote(table) + " is " + (comment == null ? "null" : literal(comment));
    }

    private static String commentOnColumn(String table, String column, String comment) {
        return "comment on column " + quote(table) + "." + Identifiers.quote(column) + " is "
                + (comment == null ? "null" : literal(comment));
    }

    /** Identity implies NOT NULL in PostgreSQL, so it is not written twice (Hibernate does the same). */
    private static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(Identifiers.quote(column.name())).append(' ').append(column.type());
        if (column.collation() != null) {
            sql.append(' ').append(Collations.clause(column.collation()));
        }
        if (column.generatedAs() != null) {
            sql.append(" generated always as (").append(column.generatedAs()).append(") stored");
        }
        if (column.identity()) {
            sql.append(" generated by default as identity");
        } else if (!column.nullable()) {
            sql.append(" not null");
        }
        if (column.defaultValue() != null) {
            sql.append(" default ").append(column.defaultValue());
        }
        return sql.toString();
    }

    private static String primaryKeyConstraint(PrimaryKey primaryKey) {
        return "constraint " + Identifiers.quote(primaryKey.name()) + " primary key "
                + columnList(primaryKey.columns());
    }

    private static String uniqueConstraint(UniqueConstraint unique) {
        return "constraint " + Identifiers.quote(unique.name()) + " unique " + columnList(unique.columns());
    }

    private static String checkConstraint(CheckConstraint check) {
        return "constraint " + Identifiers.quote(check.name()) + " check (" + check.expression() + ")";
    }

    private static String foreignKeyConstraint(ForeignKey fk) {
        StringBuilder sql = new StringBuilder("constraint ").append(Identifiers.quote(fk.name()))
                .append(" foreign key ").append(columnList(fk.columns()))
                .append(" references ").append(quote(fk.referencedTable()))
                .append(' ').append(columnList(fk.referencedColumns()));
        if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
            sql.append(" on delete ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ForeignKeyAction.NO_ACTION) {
            sql.append(" on update ").append(fk.onUpdate().sql());
        }
        return sql.toString();
    }

    static String createIndex(String table, Index index) {
        return "create " + (index.unique() ? "unique " : "") + "index " + Identifiers.quote(index.name())
                + " on " + quote(table) + " (" + index.columns().stream().map(PostgresDialect::indexEntry)
                        .collect(Collectors.joining(", ")) + ")";
    }

    /** A column entry gets its name quoted and keeps its order; an expression or a quoted name is written as is. */
    private static String indexEntry(String entry) {
        Matcher m = ORDERED_COLUMN.matcher(entry.trim());
        return m.matches() ? Identifiers.quote(m.group(1)) + m.group(2) : entry;
    }

    private static String sequenceOptions(Sequence sequence) {
        return " start with " + sequence.start() + " increment by " + sequence.increment();
    }

    static String alterTable(String table) {
        return "alter table " + quote(table);
    }

    private static String alterColumn(String table, String column) {
        return alterTable(table) + " alter column " + Identifiers.quote(column);
    }

    private static String addConstraint(String table, String constraint) {
        return alterTable(table) + " add " + constraint;
    }

    private static String dropConstraint(String table, String name) {
        return alterTable(table) + " drop constraint " + Identifiers.quote(name);
    }

    private static String columnList(List<String> columns) {
        return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }
}
