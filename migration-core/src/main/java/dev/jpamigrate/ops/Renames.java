package dev.jpamigrate.ops;

import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.QualifiedNames;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rename changes in the model, everywhere the old name appears, as PostgreSQL does it: it
 * keeps objects by their id, so a renamed table stays the target of other tables' foreign keys and
 * a renamed column stays in every key, index and check that uses it.
 */
final class Renames {
    private Renames() {
    }

    /** {@code newName} qualified with the schema of {@code table}: a rename never moves a table to another schema. */
    static String sameSchema(String table, String newName) {
        String schema = QualifiedNames.schemaOf(table);
        String local = QualifiedNames.localOf(newName);
        String newSchema = QualifiedNames.schemaOf(newName);
        if (newSchema != null && !newSchema.equals(schema)) {
            throw new IllegalArgumentException("renaming " + table + " to " + newName + " would move it to schema "
                    + newSchema + ", which a rename cannot do");
        }
        return schema == null ? local : schema + "." + local;
    }

    static Schema table(Schema schema, String table, String newName) {
        Table t = Tables.require(schema, table);
        if (schema.table(newName).isPresent()) {
            throw new IllegalStateException("table " + newName + " already exists");
        }
        Schema renamed = schema.withoutTable(table).withTable(new Table(newName, t.columns(), t.primaryKey(),
                t.uniqueConstraints(), t.indexes(), t.foreignKeys(), t.checks(), t.comment()));
        for (Table other : renamed.tables()) {
            if (other.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(table))) {
                renamed = renamed.withTable(other.withForeignKeys(fks -> {
                    fks.replaceAll(fk -> fk.referencedTable().equals(table) ? new ForeignKey(fk.name(), fk.columns(),
                            newName, fk.referencedColumns(), fk.onDelete(), fk.onUpdate()) : fk);
                    return fks;
                }));
            }
        }
        return owners(renamed, table, null, newName, null);
    }

    /** The sequences owned by a column of {@code table} (or by {@code column}), owned by it under its new name. */
    private static Schema owners(Schema schema, String table, String column, String newTable, String newColumn) {
        Schema result = schema;
        for (Sequence s : schema.sequences()) {
            Sequence.Owner owner = s.owner();
            if (owner != null && owner.table().equals(table) && (column == null || owner.column().equals(column))) {
                result = result.withSequence(s.withOwner(new Sequence.Owner(newTable,
                        newColumn == null ? owner.column() : newColumn)));
            }
        }
        return result;
    }

    static Schema column(Schema schema, String table, String column, String newName) {
        Table t = Tables.require(schema, table);
        Tables.requireColumn(t, column);
        if (t.column(newName).isPresent()) {
            throw new IllegalStateException("column " + table + "." + newName + " already exists");
        }
        PrimaryKey pk = t.primaryKey() == null ? null
                : new PrimaryKey(t.primaryKey().name(), names(t.primaryKey().columns(), column, newName));
        // PostgreSQL renames the column in the expressions of generated columns, as in checks.
        Table renamed = new Table(t.name(), t.columns().stream().map(c -> c.name().equals(column) ? withName(c, newName) : c)
                .map(c -> c.generatedAs() == null ? c : c.withGeneratedAs(identifier(c.generatedAs(), column, newName)))
                .toList(), pk,
                t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), names(u.columns(), column, newName)))
                        .toList(),
                t.indexes().stream().map(i -> new Index(i.name(), i.columns().stream()
                        .map(e -> indexEntry(e, column, newName)).toList(), i.unique())).toList(),
                t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), names(fk.columns(), column, newName),
                        fk.referencedTable(), fk.referencedTable().equals(table)
                                ? names(fk.referencedColumns(), column, newName) : fk.referencedColumns(),
                        fk.onDelete(), fk.onUpdate())).toList(),
                t.checks().stream().map(c -> new CheckConstraint(c.name(), identifier(c.expression(), column, newName)))
                        .toList(),
                t.comment());
        Schema result = schema.withTable(renamed);
        for (Table other : result.tables()) {
            if (!other.name().equals(table) && other.foreignKeys().stream()
                    .anyMatch(fk -> fk.referencedTable().equals(table) && fk.referencedColumns().contains(column))) {
                result = result.withTable(other.withForeignKeys(fks -> {
                    fks.replaceAll(fk -> fk.referencedTable().equals(table) ? new ForeignKey(fk.name(), fk.columns(),
                            fk.referencedTable(), names(fk.referencedColumns(), column, newName), fk.onDelete(),
                            fk.onUpdate()) : fk);
                    return fks;
                }));
            }
        }
        return owners(result, table, column, table, newName);
    }

    /** A primary key, unique, check or foreign key constraint of {@code table}, whichever has the name. */
    static Schema constraint(Schema schema, String table, String name, String newName) {
        Table t = Tables.require(schema, table);
        if (constraintNames(t).contains(newName)) {
            throw new IllegalStateException("table " + table + " already has a constraint " + newName);
        }
        if (t.primaryKey() != null && t.primaryKey().name().equals(name)) {
            return schema.withTable(t.withPrimaryKey(new PrimaryKey(newName, t.primaryKey().columns())));
        }
        if (t.uniqueConstraints().stream().anyMatch(u -> u.name().equals(name))) {
            return schema.withTable(t.withUniqueConstraints(us -> {
                us.replaceAll(u -> u.name().equals(name) ? new UniqueConstraint(newName, u.columns()) : u);
                return us;
            }));
        }
        if (t.checks().stream().anyMatch(c -> c.name().equals(name))) {
            return schema.withTable(t.withChecks(cs -> {
                cs.replaceAll(c -> c.name().equals(name) ? new CheckConstraint(newName, c.expression()) : c);
                return cs;
            }));
        }
        if (t.foreignKeys().stream().anyMatch(fk -> fk.name().equals(name))) {
            return schema.withTable(t.withForeignKeys(fks -> {
                fks.replaceAll(fk -> fk.name().equals(name) ? new ForeignKey(newName, fk.columns(), fk.referencedTable(),
                        fk.referencedColumns(), fk.onDelete(), fk.onUpdate()) : fk);
                return fks;
            }));
        }
        throw new IllegalStateException("table " + table + " has no constraint " + name);
    }

    static Schema index(Schema schema, String table, String name, String newName) {
        Table t = Tables.require(schema, table);
        Tables.named(t.indexes(), Index::name, name, "index", table);
        if (t.indexes().stream().anyMatch(i -> i.name().equals(newName))) {
            throw new IllegalStateException("table " + table + " already has an index " + newName);
        }
        return schema.withTable(t.withIndexes(is -> {
            is.replaceAll(i -> i.name().equals(name) ? new Index(newName, i.columns(), i.unique()) : i);
            return is;
        }));
    }

    /** The sequence, and the {@code nextval('...')} defaults that name it. */
    static Schema sequence(Schema schema, String name, String newName) {
        Sequence s = Tables.requireSequence(schema, name);
        if (schema.sequence(newName).isPresent()) {
            throw new IllegalStateException("sequence " + newName + " already exists");
        }
        Schema renamed = schema.withoutSequence(name).withSequence(s.withName(newName));
        String quoted = "'" + name + "'";
        for (Table t : renamed.tables()) {
            if (t.columns().stream().anyMatch(c -> c.defaultValue() != null && c.defaultValue().contains(quoted))) {
                renamed = renamed.withTable(t.withColumns(cols -> {
                    cols.replaceAll(c -> c.defaultValue() != null && c.defaultValue().contains(quoted)
                            ? c.withDefaultValue(c.defaultValue().replace(quoted, "'" + newName + "'")) : c);
                    return cols;
                }));
            }
        }
        return renamed;
    }

    /**
     * {@code expression} with the identifier {@code from} renamed to {@code to}, quoted where PostgreSQL needs it;
     * string literals, and words that are part of a longer name, are left as they are:
     * {@code identifier("mail in ('mail')", "mail", "email")} is {@code email in ('mail')}.
     */
    static String identifier(String expression, String from, String to) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') {
                int end = closing(expression, i, '\'');
                out.append(expression, i, end);
                i = end;
            } else if (c == '"') {
                int end = closing(expression, i, '"');
                String name = expression.substring(i + 1, end - 1).replace("\"\"", "\"");
                out.append(name.equals(from) ? quoteColumn(to) : expression.substring(i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(expression.charAt(end))
                        || expression.charAt(end) == '_' || expression.charAt(end) == '$')) {
                    end++;
                }
                String word = expression.substring(i, end);
                boolean qualifiedPart = i > 0 && expression.charAt(i - 1) == '.';
                boolean typeName = i > 1 && expression.startsWith("::", i - 2);
                out.append(word.equals(from) && !qualifiedPart && !typeName ? quoteColumn(to) : word);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String quoteColumn(String name) {
        // A single part: a column named "a.b" is one identifier, not a qualified name.
        return name.indexOf('.') < 0 ? PostgresDialect.quote(name) : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The index just past the literal or quoted name that starts at {@code start}; a doubled quote stays inside. */
    private static int closing(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    /** An index entry: a column, with its order, or an expression that may name the column. */
    private static String indexEntry(String entry, String column, String newName) {
        String[] words = entry.split("\\s+", 2);
        if (words[0].equals(column)) {
            return words.length == 1 ? newName : newName + " " + words[1];
        }
        return entry.indexOf('(') < 0 && entry.indexOf('"') < 0 ? entry : identifier(entry, column, newName);
    }

    private static List<String> names(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }

    private static Column withName(Column c, String name) {
        return new Column(name, c.type(), c.nullable(), c.defaultValue(), c.identity(), c.comment(), c.collation(), c.generatedAs());
    }

    private static List<String> constraintNames(Table t) {
        List<String> names = new ArrayList<>();
        if (t.primaryKey() != null) {
            names.add(t.primaryKey().name());
        }
        t.uniqueConstraints().forEach(u -> names.add(u.name()));
        t.checks().forEach(c -> names.add(c.name()));
        t.foreignKeys().forEach(fk -> names.add(fk.name()));
        return names;
    }
}
