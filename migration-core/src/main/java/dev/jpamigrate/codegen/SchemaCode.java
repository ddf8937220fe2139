package dev.jpamigrate.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.jpamigrate.Column;
import dev.jpamigrate.ForeignKey;
import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.Index;
import dev.jpamigrate.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Java source for schema model values, written with the builder DSL of
 * {@code dev.jpamigrate}: the one place where a table becomes code, for snapshots and for
 * {@code op.createTable(...)} alike.
 */
public final class SchemaCode {
    private SchemaCode() {
    }

    /**
     * {@code t -> t.comment(...).column(...)...}, one builder call per line (statements indent
     * the continuation lines); the comment comes first, as it says what the table is.
     */
    public static CodeBlock tableDefinition(Table table) {
        return tableDefinition(table, SchemaCode::columnOptions);
    }

    /** {@link #tableDefinition(Table)} with each column's options written by {@code columnOptions}. */
    static CodeBlock tableDefinition(Table table, Function<Column, CodeBlock> columnOptions) {
        CodeBlock.Builder code = CodeBlock.builder().add("t -> t");
        if (table.comment() != null) {
            code.add("\n.comment($S)", table.comment());
        }
        for (Column column : table.columns()) {
            code.add("\n.column($S, $S$L)", column.name(), column.type(), columnOptions.apply(column));
        }
        if (table.primaryKey() != null) {
            code.add("\n.primaryKey($S$L)", table.primaryKey().name(), strings(table.primaryKey().columns()));
        }
        table.uniqueConstraints().forEach(u -> code.add("\n.unique($S$L)", u.name(), strings(u.columns())));
        table.checks().forEach(c -> code.add("\n.check($S, $S)", c.name(), c.expression()));
        for (Index index : table.indexes()) {
            code.add("\n.$L($S$L)", index.unique() ? "uniqueIndex" : "index", index.name(), strings(index.columns()));
        }
        table.foreignKeys().forEach(fk -> code.add("\n.foreignKey($S, $L)", fk.name(), foreignKeyDefinition(fk)));
        return code.build();
    }

    /** {@code , c -> c.notNull()...}, or nothing for a nullable column without default and comment. */
    public static CodeBlock columnOptions(Column column) {
        List<CodeBlock> calls = columnCalls(column);
        return calls.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", c -> c.$L", CodeBlock.join(calls, "."));
    }

    /** The {@code ColumnBuilder} calls that give a column its options: {@code notNull()}, ... */
    static List<CodeBlock> columnCalls(Column column) {
        List<CodeBlock> calls = new ArrayList<>();
        if (column.identity()) {
            calls.add(CodeBlock.of("identity()"));
        } else if (!column.nullable()) {
            calls.add(CodeBlock.of("notNull()"));
        }
        if (column.defaultValue() != null) {
            calls.add(CodeBlock.of("defaultValue($S)", column.defaultValue()));
        }
        if (column.comment() != null) {
            calls.add(CodeBlock.of("comment($S)", column.comment()));
        }
        return calls;
    }

    /** {@code fk -> fk.columns(...).references(...)}, with actions when they are not NO ACTION. */
    public static CodeBlock foreignKeyDefinition(ForeignKey fk) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("fk -> fk.columns($L).references($S$L)", CodeBlock.join(fk.columns().stream()
                        .map(c -> CodeBlock.of("$S", c)).toList(), ", "), fk.referencedTable(),
                        strings(fk.referencedColumns()));
        if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
            code.add(".onDelete($T.$L)", ForeignKeyAction.class, fk.onDelete().name());
        }
        if (fk.onUpdate() != ForeignKeyAction.NO_ACTION) {
            code.add(".onUpdate($T.$L)", ForeignKeyAction.class, fk.onUpdate().name());
        }
        return code.build();
    }

    /** A {@code long} as a Java literal: {@code 50}, or {@code 3000000000L} beyond the range of int. */
    public static String longLiteral(long value) {
        return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? value + "L" : Long.toString(value);
    }

    /** {@code , "a", "b"}: trailing string arguments. */
    public static CodeBlock strings(List<String> values) {
        CodeBlock.Builder code = CodeBlock.builder();
        values.forEach(v -> code.add(", $S", v));
        return code.build();
    }
}
