package dev.jpamigrate.processor.settings;

import dev.jpamigrate.processor.map.SerialColumn;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.write.PackageSnapshot;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code hibernate.default_schema}: Hibernate puts every table and sequence that names no
 * schema of its own in that schema. Hibernate 6.6 and 7 quote its name as any name (with
 * {@code globally_quoted_identifiers} it keeps its case), but do not pass it to the physical naming
 * strategy: {@code SalesDept} stays {@code salesdept} with Spring Boot's naming. Applied to the finished
 * snapshot, so that the mapping stays unaware of it.
 */
public final class DefaultSchema {
    private DefaultSchema() {
    }

    /** The snapshot with its unqualified tables, sequences and referenced tables in {@code logicalName}. */
    public static PackageSnapshot apply(PackageSnapshot snapshot, String logicalName, Naming naming) {
        if (logicalName == null) {
            return snapshot;
        }
        String schema = naming.defaultSchema(logicalName);
        if (schema.equals("public")) {
            return snapshot; // where unqualified names are anyway
        }
        Schema before = snapshot.schema();
        // A serial column's default names its sequence, which moves with it.
        Map<String, String> serialDefaults = new HashMap<>();
        before.sequences().stream().filter(s -> s.name().indexOf('.') < 0).forEach(s -> serialDefaults.put(
                new SerialColumn(s.name()).defaultValue(), new SerialColumn(qualified(s.name(), schema)).defaultValue()));
        List<Table> tables = before.tables().stream().map(t -> new Table(qualified(t.name(), schema), t.columns().stream()
                .map(c -> c.defaultValue() == null || !serialDefaults.containsKey(c.defaultValue()) ? c
                        : c.withDefaultValue(serialDefaults.get(c.defaultValue()))).toList(),
                t.primaryKey(), t.uniqueConstraints(), t.indexes(), t.foreignKeys().stream()
                .map(f -> new ForeignKey(f.name(), f.columns(), qualified(f.referencedTable(), schema),
                        f.referencedColumns(), f.onDelete(), f.onUpdate())).toList(), t.checks(), t.comment())).toList();
        List<Sequence> sequences = before.sequences().stream()
                .map(s -> new Sequence(qualified(s.name(), schema), s.start(), s.increment(), s.type(),
                        s.owner() == null ? null : new Sequence.Owner(qualified(s.owner().table(), schema),
                                s.owner().column()))).toList();
        List<Hint> hints = snapshot.hints().stream().map(h -> qualified(h, schema)).toList();
        return new PackageSnapshot(snapshot.packageName(), new Schema(tables, sequences), snapshot.entities(), hints);
    }

    private static Hint qualified(Hint hint, String schema) {
        String table = qualified(hint.table(), schema);
        if (hint instanceof Hint.RenamedTable r) {
            // A previous name given bare was in the same default schema.
            return new Hint.RenamedTable(table, r.previous().stream().map(p -> qualified(p, schema)).toList());
        } else if (hint instanceof Hint.RenamedColumn r) {
            return new Hint.RenamedColumn(table, r.column(), r.previous());
        } else if (hint instanceof Hint.Backfill b) {
            return new Hint.Backfill(table, b.column(), b.expression());
        }
        Hint.EnumConstants e = (Hint.EnumConstants) hint;
        return new Hint.EnumConstants(table, e.column(), e.constants());
    }

    private static String qualified(String name, String schema) {
        return name.indexOf('.') >= 0 ? name : schema + "." + name;
    }
}
