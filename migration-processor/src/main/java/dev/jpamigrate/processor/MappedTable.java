package dev.jpamigrate.processor;

import dev.jpamigrate.Sequence;
import dev.jpamigrate.Table;
import java.util.List;

/** What one entity maps to: its table, and the sequences its generators declare. */
record MappedTable(EntityClass entity, Table table, List<MappedSequence> sequences) {
    MappedTable {
        sequences = List.copyOf(sequences);
    }

    /** A sequence, with the generator that declares it, to report a conflict on. */
    record MappedSequence(Sequence sequence, Origin origin) {
    }
}
