package dev.jpamigrate.postgres;

import dev.jpamigrate.ops.Operation.AddColumn;
import dev.jpamigrate.ops.Operation.AlterColumnNullable;
import dev.jpamigrate.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The statements that make a column NOT NULL on a table that may hold rows: with a backfill, the
 * rows get it first; without one, a {@link Guards guard} stops the revision before the change
 * with a message that says which hint to add, where PostgreSQL would say only "contains null
 * values". The revision is one transaction, so nothing of it is applied.
 *
 * <pre>{@code
 * op.addColumn("customer", "points", "integer").notNull().backfill("0");
 * // alter table customer add column points integer not null default 0
 * // alter table customer alter column points drop default
 * op.setNotNull("customer", "code").backfill("'n/a'");
 * // update customer set code = 'n/a' where code is null
 * // alter table customer alter column code set not null
 * }</pre>
 */
final class BackfillStatements {
    /** A number, or a string literal, with an optional cast: {@code 0}, {@code -1.5}, {@code 'n/a'}, {@code '{}'::jsonb}. */
    private static final Pattern LITERAL = Pattern.compile(
            "(?:[-+]?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?|'(?:[^']|'')*'|true|false)(?:\\s*::\\s*[a-z][a-z0-9_ ]*(?:\\([0-9, ]+\\))?(?:\\s+with(?:out)?\\s+time\\s+zone)?)?",
            Pattern.CASE_INSENSITIVE);
    /** Stable functions, evaluated once per statement: as a default, PostgreSQL stores their value without a rewrite. */
    private static final Set<String> STABLE = Set.of("now()", "current_timestamp", "current_date", "current_time",
            "localtimestamp", "localtime", "transaction_timestamp()", "current_user", "current_schema");

    private BackfillStatements() {
    }

    /** {@code add column}, with what the rows get when it is NOT NULL; {@code definition} writes a column's definition. */
    static List<String> addColumn(AddColumn op, Function<Column, String> definition) {
        Column column = op.column();
        String table = PostgresDialect.quote(op.table());
        String name = Identifiers.quote(column.name());
        String add = "alter table " + table + " add column ";
        String alter = "alter table " + table + " alter column " + name;
        String backfill = op.backfill();
        if (backfill == null) {
            if (column.nullable() || column.identity() || column.defaultValue() != null
                    || column.generatedAs() != null) {
                return List.of(add + definition.apply(column));
            }
            return List.of(Guards.failIfAny("select from " + table, op.table() + "." + column.name()
                    + " is added NOT NULL without a default, and " + op.table() + " holds rows: add @Backfill(\"<value>\")"
                    + " to the field mapped to it (or @ColumnDefault) and generate again, or give op.addColumn(\""
                    + op.table() + "\", \"" + column.name() + "\", ...).backfill(\"<value>\") in this migration"),
                    add + definition.apply(column));
        }
        List<String> sql = new ArrayList<>();
        if (isConstant(backfill)) {
            // PostgreSQL 11+ stores a constant default in the catalog and gives it to the rows without
            // rewriting the table; dropping it afterwards keeps the rows' values.
            sql.add(add + definition.apply(column.withDefaultValue(backfill)));
            sql.add(alter + (column.defaultValue() == null ? " drop default" : " set default " + column.defaultValue()));
        } else {
            // A volatile expression (random(), gen_random_uuid()) as a default would rewrite the table and
            // give each row its own value anyway: added nullable, filled, then constrained.
            sql.add(add + definition.apply(column.withNullable(true)));
            sql.add("update " + table + " set " + name + " = " + backfill);
            if (!column.nullable()) {
                sql.add(alter + " set not null");
            }
        }
        return sql;
    }

    /** {@code set not null}, after the NULLs get the backfill, or after a guard that there are none. */
    static List<String> setNotNull(AlterColumnNullable op) {
        List<String> sql = new ArrayList<>(beforeSetNotNull(op));
        sql.add("alter table " + PostgresDialect.quote(op.table()) + " alter column " + Identifiers.quote(op.column())
                + " set not null");
        return sql;
    }

    /** What runs before any form of {@code set not null}: the backfill of the NULLs, or the guard that there are none. */
    static List<String> beforeSetNotNull(AlterColumnNullable op) {
        String table = PostgresDialect.quote(op.table());
        String name = Identifiers.quote(op.column());
        if (op.backfill() != null) {
            return List.of("update " + table + " set " + name + " = " + op.backfill() + " where " + name + " is null");
        }
        String call = op.viaCheck() ? "setNotNullViaCheck" : "setNotNull";
        return List.of(Guards.failIfAny("select from " + table + " where " + name + " is null",
                op.table() + "." + op.column() + " becomes NOT NULL, but rows of " + op.table() + " hold NULL in it:"
                        + " add @Backfill(\"<value>\") to the field mapped to it and generate again, or give"
                        + " op." + call + "(\"" + op.table() + "\", \"" + op.column() + "\").backfill(\"<value>\")"
                        + " in this migration"));
    }

    /** Whether PostgreSQL evaluates {@code expression} once for all rows: a literal, or a stable function. */
    static boolean isConstant(String expression) {
        String e = expression.strip();
        return LITERAL.matcher(e).matches() || STABLE.contains(e.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
    }
}
