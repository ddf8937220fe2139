package dev.jpamigrate.processor;

import dev.jpamigrate.Schema;
import dev.jpamigrate.Sequence;
import dev.jpamigrate.Table;
import dev.jpamigrate.processor.MappedTable.MappedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts each package's tables into snapshot classes: one, {@code EntitySchema}, unless the
 * package is so large that one class would overflow the JVM's constant pool (65535 entries;
 * javac says "too many constants" at about 25,000 columns and constraints); then the
 * tables, sorted by name, fill {@code EntitySchema}, {@code EntitySchema2}, ... in turn.
 */
final class SnapshotPartitioner {
    /**
     * Columns, constraints and indexes per class: each costs a few constants (names, a
     * lambda for column options), so this stays well below the limit.
     */
    static final int MAX_PARTS_PER_CLASS = 3000;

    private SnapshotPartitioner() {
    }

    static List<SnapshotClass> partition(List<MappedTable> tables) {
        Map<String, List<MappedTable>> byPackage = new TreeMap<>();
        tables.forEach(t -> byPackage.computeIfAbsent(t.entity().packageName(), p -> new ArrayList<>()).add(t));
        List<SnapshotClass> classes = new ArrayList<>();
        byPackage.forEach((pkg, ofPackage) -> {
            ofPackage.sort(Comparator.comparing(t -> t.table().name()));
            List<MappedTable> part = new ArrayList<>();
            int size = 0;
            for (MappedTable table : ofPackage) {
                int parts = size(table.table());
                if (!part.isEmpty() && size + parts > MAX_PARTS_PER_CLASS) {
                    classes.add(snapshotClass(pkg, classes, part));
                    part = new ArrayList<>();
                    size = 0;
                }
                part.add(table);
                size += parts;
            }
            classes.add(snapshotClass(pkg, classes, part));
        });
        return classes;
    }

    private static SnapshotClass snapshotClass(String pkg, List<SnapshotClass> before, List<MappedTable> tables) {
        long earlier = before.stream().filter(c -> c.packageName().equals(pkg)).count();
        String simpleName = SnapshotFiles.SNAPSHOT_CLASS + (earlier == 0 ? "" : Long.toString(earlier + 1));
        // Entities of one part may share a generator; the engine merges equal sequences of several parts.
        Set<Sequence> sequences = new LinkedHashSet<>();
        tables.forEach(t -> t.sequences().stream().map(MappedSequence::sequence).forEach(sequences::add));
        Schema schema = new Schema(tables.stream().map(MappedTable::table).toList(), List.copyOf(sequences));
        List<EntityClass> entities = tables.stream().map(MappedTable::entity)
                .sorted(Comparator.comparing(EntityClass::binaryName)).toList();
        return new SnapshotClass(pkg, simpleName, schema, entities);
    }

    private static int size(Table table) {
        return 1 + table.columns().size() + table.uniqueConstraints().size() + table.indexes().size()
                + table.foreignKeys().size() + table.checks().size();
    }
}
