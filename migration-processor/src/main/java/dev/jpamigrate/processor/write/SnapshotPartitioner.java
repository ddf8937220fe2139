package dev.jpamigrate.processor.write;

import dev.jpamigrate.processor.map.MappedTable.MappedGeneratorTable;
import dev.jpamigrate.processor.map.MappedTable.MappedSequence;
import dev.jpamigrate.processor.map.MappedTable;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts each package's tables into its snapshot, {@code META-INF/jpamigrate/schema/<package>.schema},
 * with the sequences and generator tables its entities use.
 */
public final class SnapshotPartitioner {
    private SnapshotPartitioner() {
    }

    /**
     * @param withoutTables entities listed in their package's snapshot without a table of
     *     their own, such as the subclasses of a {@code SINGLE_TABLE} hierarchy
     */
    public static List<PackageSnapshot> partition(List<MappedTable> tables, List<EntityClass> withoutTables) {
        Map<String, List<MappedTable>> byPackage = new TreeMap<>();
        Map<String, List<EntityClass>> entitiesByPackage = new TreeMap<>();
        tables.forEach(t -> byPackage.computeIfAbsent(t.entity().packageName(), p -> new ArrayList<>()).add(t));
        tables.forEach(t -> entitiesByPackage.computeIfAbsent(t.entity().packageName(), p -> new ArrayList<>())
                .add(t.entity()));
        withoutTables.forEach(e -> entitiesByPackage.computeIfAbsent(e.packageName(), p -> new ArrayList<>()).add(e));
        List<PackageSnapshot> snapshots = new ArrayList<>();
        entitiesByPackage.forEach((pkg, entities) -> snapshots.add(snapshot(pkg,
                byPackage.getOrDefault(pkg, List.of()), entities)));
        return snapshots;
    }

    private static PackageSnapshot snapshot(String pkg, List<MappedTable> tables, List<EntityClass> entities) {
        // Entities of several packages may share a generator; the engine merges equal sequences and tables.
        Set<Sequence> sequences = new LinkedHashSet<>();
        tables.forEach(t -> t.sequences().stream().map(MappedSequence::sequence).forEach(sequences::add));
        Set<Table> all = new LinkedHashSet<>();
        tables.forEach(t -> all.add(t.table()));
        tables.forEach(t -> t.generatorTables().stream().map(MappedGeneratorTable::table).forEach(all::add));
        Schema schema = new Schema(List.copyOf(all), List.copyOf(sequences));
        // An entity with secondary tables maps several.
        Map<String, EntityClass> byName = new TreeMap<>();
        entities.forEach(e -> byName.putIfAbsent(e.binaryName(), e));
        return new PackageSnapshot(pkg, schema, List.copyOf(byName.values()));
    }
}
