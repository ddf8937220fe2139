package dev.jpamigrate.processor;

import dev.jpamigrate.Schema;
import dev.jpamigrate.Sequence;
import dev.jpamigrate.processor.MappedTable.MappedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts each package's tables into its snapshot class, {@code <package>.EntitySchema}, with
 * the sequences its entities use. A package too large for one class is the writer's
 * concern: it nests the tables' methods in classes of their own.
 */
final class SnapshotPartitioner {
    private SnapshotPartitioner() {
    }

    static List<SnapshotClass> partition(List<MappedTable> tables) {
        Map<String, List<MappedTable>> byPackage = new TreeMap<>();
        tables.forEach(t -> byPackage.computeIfAbsent(t.entity().packageName(), p -> new ArrayList<>()).add(t));
        List<SnapshotClass> classes = new ArrayList<>();
        byPackage.forEach((pkg, ofPackage) -> classes.add(snapshotClass(pkg, ofPackage)));
        return classes;
    }

    private static SnapshotClass snapshotClass(String pkg, List<MappedTable> tables) {
        // Entities of several packages may share a generator; the engine merges equal sequences.
        Set<Sequence> sequences = new LinkedHashSet<>();
        tables.forEach(t -> t.sequences().stream().map(MappedSequence::sequence).forEach(sequences::add));
        Schema schema = new Schema(tables.stream().map(MappedTable::table).toList(), List.copyOf(sequences));
        List<EntityClass> entities = tables.stream().map(MappedTable::entity).distinct()
                .sorted(Comparator.comparing(EntityClass::binaryName)).toList();
        return new SnapshotClass(pkg, SnapshotFiles.SNAPSHOT_CLASS, schema, entities);
    }
}
