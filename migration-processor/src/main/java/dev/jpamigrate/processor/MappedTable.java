package dev.jpamigrate.processor;

import dev.jpamigrate.Sequence;
import dev.jpamigrate.Table;
import java.util.List;

/**
 * What one entity maps to: its table, and the sequences or tables its id generator draws
 * from (which other entities may share).
 */
record MappedTable(EntityClass entity, Table table, List<MappedSequence> sequences,
        List<MappedGeneratorTable> generatorTables) {
    MappedTable {
        sequences = List.copyOf(sequences);
        generatorTables = List.copyOf(generatorTables);
    }

    /** The table of a {@code @TableGenerator}, with the generator that declares it. */
    record MappedGeneratorTable(Table table, Origin origin) {
    }

    /** A sequence, with the generator that declares it, to report a conflict on. */
    record MappedSequence(Sequence sequence, Origin origin) {
    }
}
