package dev.jpamigrate.roundtrip;

import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames in schema B as the entities would show them, written here rather than taken from the
 * engine's rename operations, so that the test does not check the engine against itself: a
 * renamed table keeps its content, its primary key takes the new name when it was named after the
 * table ({@code t1_pkey} becomes {@code t9_pkey}, as Hibernate names it), and foreign keys to it
 * follow; a renamed column is renamed in every key, index, check and foreign key that names it.
 */
final class ModelRenames {
    private ModelRenames() {
    }

    static Schema table(Schema schema, String from, String to) {
        Table t = schema.table(from).orElseThrow();
        String oldKey = local(from) + "_pkey";
        PrimaryKey key = t.primaryKey() == null || !t.primaryKey().name().equals(oldKey) ? t.primaryKey()
                : new PrimaryKey(local(to) + "_pkey", t.primaryKey().columns());
        Table renamed = new Table(to, t.columns(), key, t.uniqueConstraints(), t.indexes(), t.foreignKeys(), t.checks(),
                t.comment());
        Schema result = schema.withoutTable(from).withTable(renamed);
        for (Table other : result.tables()) {
            if (other.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(from))) {
                result = result.withTable(other.withForeignKeys(fks -> fks.stream().map(fk -> !fk.referencedTable()
                        .equals(from) ? fk : new ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(),
                                fk.onDelete(), fk.onUpdate())).toList()));
            }
        }
        return result;
    }

    static Schema column(Schema schema, String table, String from, String to) {
        Table t = schema.table(table).orElseThrow();
        Table renamed = new Table(table,
                t.columns().stream().map(c -> !c.name().equals(from) ? c
                        : new Column(to, c.type(), c.nullable(), c.defaultValue(), c.identity(), c.comment())).toList(),
                t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(), names(t.primaryKey().columns(), from, to)),
                t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), names(u.columns(), from, to))).toList(),
                t.indexes().stream().map(i -> new Index(i.name(), i.columns().stream()
                        .map(e -> mention(e, from, to)).toList(), i.unique())).toList(),
                t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), names(fk.columns(), from, to),
                        fk.referencedTable(), fk.referencedTable().equals(table)
                                ? names(fk.referencedColumns(), from, to) : fk.referencedColumns(),
                        fk.onDelete(), fk.onUpdate())).toList(),
                t.checks().stream().map(c -> new CheckConstraint(c.name(), mention(c.expression(), from, to))).toList(),
                t.comment());
        Schema result = schema.withTable(renamed);
        for (Table other : result.tables()) {
            if (!other.name().equals(table)
                    && other.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(table))) {
                result = result.withTable(other.withForeignKeys(fks -> fks.stream().map(fk -> !fk.referencedTable()
                        .equals(table) ? fk : new ForeignKey(fk.name(), fk.columns(), table,
                                names(fk.referencedColumns(), from, to), fk.onDelete(), fk.onUpdate())).toList()));
            }
        }
        return result;
    }

    private static List<String> names(List<String> columns, String from, String to) {
        return columns.stream().map(c -> c.equals(from) ? to : c).toList();
    }

    /** The expression or index entry with the column's name replaced where it stands as a name. */
    private static String mention(String expression, String from, String to) {
        return Pattern.compile("(?<![\\w$\"])" + Pattern.quote(from) + "(?![\\w$\"])")
                .matcher(expression).replaceAll(Matcher.quoteReplacement(to));
    }

    private static String local(String name) {
        return name.substring(name.indexOf('.') + 1);
    }
}
