package dev.jpamigrate.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.Schema;
import dev.jpamigrate.Sequence;
import dev.jpamigrate.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** A readable account of how two schemas differ, for failure messages: table by table, part by part. */
final class SchemaDifference {
    private SchemaDifference() {
    }

    /** Asserts that {@code actual} equals {@code expected}, and says where they differ when not. */
    static void assertSameSchema(Schema actual, Schema expected) {
        assertThat(actual).withFailMessage(() -> "the schemas differ:\n" + describe(expected, actual)).isEqualTo(expected);
    }

    /** {@code schema} with each table's columns sorted by name, for comparing with a database that orders them its own way. */
    static Schema columnsByName(Schema schema) {
        List<Table> tables = schema.tables().stream()
                .map(t -> t.withColumns(cs -> {
                    cs.sort(Comparator.comparing(dev.jpamigrate.Column::name));
                    return cs;
                }))
                .toList();
        return new Schema(tables, schema.sequences());
    }

    static String describe(Schema expected, Schema actual) {
        List<String> lines = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        expected.tables().forEach(t -> names.add(t.name()));
        actual.tables().forEach(t -> names.add(t.name()));
        for (String name : names) {
            Optional<Table> e = expected.table(name);
            Optional<Table> a = actual.table(name);
            if (e.isEmpty() || a.isEmpty()) {
                lines.add("table " + name + ": " + (e.isEmpty() ? "unexpected" : "missing"));
            } else if (!e.get().equals(a.get())) {
                describe(e.get(), a.get(), lines);
            }
        }
        TreeSet<String> sequences = new TreeSet<>();
        expected.sequences().forEach(s -> sequences.add(s.name()));
        actual.sequences().forEach(s -> sequences.add(s.name()));
        for (String name : sequences) {
            Optional<Sequence> e = expected.sequence(name);
            Optional<Sequence> a = actual.sequence(name);
            if (!e.equals(a)) {
                lines.add("sequence " + name + ": expected " + e.map(Object::toString).orElse("none") + ", was "
                        + a.map(Object::toString).orElse("none"));
            }
        }
        return String.join("\n", lines);
    }

    private static void describe(Table e, Table a, List<String> lines) {
        String t = "table " + e.name() + ": ";
        if (!e.columns().equals(a.columns())) {
            TreeSet<String> columns = new TreeSet<>();
            e.columns().forEach(c -> columns.add(c.name()));
            a.columns().forEach(c -> columns.add(c.name()));
            for (String c : columns) {
                if (!Objects.equals(e.column(c), a.column(c))) {
                    lines.add(t + "column " + c + ": expected " + e.column(c).map(Object::toString).orElse("none")
                            + ", was " + a.column(c).map(Object::toString).orElse("none"));
                }
            }
            if (columns.size() == e.columns().size() && e.columns().size() == a.columns().size()
                    && lines.stream().noneMatch(l -> l.startsWith(t + "column"))) {
                lines.add(t + "column order: expected " + e.columns().stream().map(dev.jpamigrate.Column::name).toList()
                        + ", was " + a.columns().stream().map(dev.jpamigrate.Column::name).toList());
            }
        }
        part(t + "primary key", e.primaryKey(), a.primaryKey(), lines);
        part(t + "unique constraints", e.uniqueConstraints(), a.uniqueConstraints(), lines);
        part(t + "indexes", e.indexes(), a.indexes(), lines);
        part(t + "foreign keys", e.foreignKeys(), a.foreignKeys(), lines);
        part(t + "checks", e.checks(), a.checks(), lines);
    }

    private static void part(String what, Object expected, Object actual, List<String> lines) {
        if (!Objects.equals(expected, actual)) {
            lines.add(what + ":\n    expected " + expected + "\n    was      " + actual);
        }
    }
}
