package dev.jpamigrate.diff;

import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What differs between two schemas, one line per difference, for a person to read: what {@code check},
 * {@code verify} and {@code diff} report. The order of a table's columns is not compared: PostgreSQL
 * adds a column last, so migrations and entities rarely agree on it, and nothing depends on it.
 *
 * <pre>{@code
 * SchemaComparison.differences(migrations, "the migrations", entities, "the entities")
 * // table customer: column phone is varchar(20) in the migrations, varchar(30) in the entities
 * // table invoice: only in the entities
 * }</pre>
 */
public final class SchemaComparison {
    private final String leftName;
    private final String rightName;
    private final List<String> lines = new ArrayList<>();

    private SchemaComparison(String leftName, String rightName) {
        this.leftName = leftName;
        this.rightName = rightName;
    }

    /** The differences, tables and sequences in name order; empty when the schemas are equal but for column order. */
    public static List<String> differences(Schema left, String leftName, Schema right, String rightName) {
        SchemaComparison comparison = new SchemaComparison(leftName, rightName);
        comparison.compareTables(left, right);
        comparison.compareNamed("sequence ", left.sequences(), right.sequences(), Sequence::name,
                s -> "start " + s.start() + " increment " + s.increment() + (s.type() == null ? "" : " as " + s.type())
                        + (s.owner() == null ? "" : " owned by " + s.owner()));
        return List.copyOf(comparison.lines);
    }

    private void compareTables(Schema left, Schema right) {
        Map<String, Table> l = byName(left.tables(), Table::name);
        Map<String, Table> r = byName(right.tables(), Table::name);
        for (String name : union(l, r)) {
            Table a = l.get(name);
            Table b = r.get(name);
            if (a == null || b == null) {
                lines.add("table " + name + ": only in " + (a == null ? rightName : leftName));
            } else {
                compareTable(a, b);
            }
        }
    }

    private void compareTable(Table a, Table b) {
        String where = "table " + a.name() + ": ";
        Map<String, Column> l = byName(a.columns(), Column::name);
        Map<String, Column> r = byName(b.columns(), Column::name);
        for (String name : union(l, r)) {
            Column x = l.get(name);
            Column y = r.get(name);
            if (x == null || y == null) {
                lines.add(where + "column " + name + " only in " + (x == null ? rightName : leftName));
                continue;
            }
            String column = where + "column " + name + " ";
            differs(column + "is ", x.type(), y.type());
            differs(column + "is ", x.nullable() ? "nullable" : "not null", y.nullable() ? "nullable" : "not null");
            differs(column + "is ", x.identity() ? "an identity" : "not an identity",
                    y.identity() ? "an identity" : "not an identity");
            differs(column + "has ", defaultOf(x), defaultOf(y));
            differs(column + "has ", commentOf(x.comment()), commentOf(y.comment()));
            differs(column + "has ", collationOf(x), collationOf(y));
            differs(column + "is ", generatedOf(x), generatedOf(y));
        }
        differs(where + "primary key is ", primaryKey(a.primaryKey()), primaryKey(b.primaryKey()));
        compareNamed(where + "unique constraint ", a.uniqueConstraints(), b.uniqueConstraints(),
                UniqueConstraint::name, u -> "on " + u.columns());
        compareNamed(where + "index ", a.indexes(), b.indexes(), Index::name,
                i -> (i.unique() ? "unique on " : "on ") + i.columns());
        compareNamed(where + "foreign key ", a.foreignKeys(), b.foreignKeys(), ForeignKey::name,
                SchemaComparison::foreignKey);
        compareNamed(where + "check ", a.checks(), b.checks(), CheckConstraint::name, CheckConstraint::expression);
        differs(where + "has ", commentOf(a.comment()), commentOf(b.comment()));
    }

    private <T> void compareNamed(String what, List<T> left, List<T> right, Function<T, String> name,
            Function<T, String> definition) {
        Map<String, T> l = byName(left, name);
        Map<String, T> r = byName(right, name);
        for (String n : union(l, r)) {
            T x = l.get(n);
            T y = r.get(n);
            if (x == null || y == null) {
                lines.add(what + n + " only in " + (x == null ? rightName : leftName));
            } else {
                differs(what + n + " is ", definition.apply(x), definition.apply(y));
            }
        }
    }

    private void differs(String prefix, String left, String right) {
        if (!Objects.equals(left, right)) {
            lines.add(prefix + left + " in " + leftName + ", " + right + " in " + rightName);
        }
    }

    private static String defaultOf(Column column) {
        return column.defaultValue() == null ? "no default" : "default " + column.defaultValue();
    }

    private static String commentOf(String comment) {
        return comment == null ? "no comment" : "comment '" + comment + "'";
    }

    private static String primaryKey(PrimaryKey key) {
        return key == null ? "none" : key.name() + " on " + key.columns();
    }

    private static String foreignKey(ForeignKey fk) {
        return fk.columns() + " references " + fk.referencedTable() + fk.referencedColumns() + " on delete "
                + fk.onDelete().sql() + " on update " + fk.onUpdate().sql();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(name.apply(item), item));
        return map;
    }

    private static TreeSet<String> union(Map<String, ?> left, Map<String, ?> right) {
        TreeSet<String> names = new TreeSet<>(left.keySet());
        names.addAll(right.keySet());
        return names;
    }

    private static String generatedOf(Column column) {
        return column.generatedAs() == null ? "not generated" : "generated as " + column.generatedAs();
    }

    private static String collationOf(Column column) {
        return column.collation() == null ? "the default collation" : "collation " + column.collation();
    }
}
