package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import java.util.List;

/**
 * A table of the module: an entity's own table with the sequences and generator tables its
 * id draws from (which other entities may share), or the join or collection table of one
 * of its collection fields.
 *
 * @param collection the collection field whose table this is, or {@code null} for the entity's own table
 */
public record MappedTable(EntityClass entity, Table table, List<MappedSequence> sequences,
        List<MappedGeneratorTable> generatorTables, Attribute collection) {
    public MappedTable {
        sequences = List.copyOf(sequences);
        generatorTables = List.copyOf(generatorTables);
    }

    /** The table of a {@code @TableGenerator}, with the generator that declares it. */
    public record MappedGeneratorTable(Table table, Origin origin) {
    }

    /** The join or collection table of {@code field} of {@code entity}. */
    public static MappedTable ofCollection(EntityClass entity, Attribute field, Table table,
            List<MappedSequence> sequences) {
        return new MappedTable(entity, table, sequences, List.of(), field);
    }

    /** This with {@code other} as its table. */
    public MappedTable withTable(Table other) {
        return new MappedTable(entity, other, sequences, generatorTables, collection);
    }

    /** Where a clash of this table is reported: the entity's {@code @Table}, or the collection field. */
    public Origin origin() {
        return collection == null ? entity.table().origin()
                : collection.collection().table() != null ? collection.collection().table().origin() : collection.origin();
    }

    /** What maps this table, for messages. */
    public String describe() {
        return collection == null ? "entity " + entity.qualifiedName()
                : "field " + entity.qualifiedName() + "." + collection.name();
    }

    /** A sequence, with the generator that declares it, to report a conflict on. */
    public record MappedSequence(Sequence sequence, Origin origin) {
    }
}
