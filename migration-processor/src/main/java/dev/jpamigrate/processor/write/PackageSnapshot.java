package dev.jpamigrate.processor.write;

import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Schema;
import java.util.List;

/**
 * One entity snapshot: the schema of the entities of one package, the hints they give the diff
 * (renames, backfill values, enum constants), and the resource it is written to.
 */
public record PackageSnapshot(String packageName, Schema schema, List<EntityClass> entities, List<Hint> hints) {
    public PackageSnapshot {
        entities = List.copyOf(entities);
        hints = List.copyOf(hints);
    }

    public PackageSnapshot(String packageName, Schema schema, List<EntityClass> entities) {
        this(packageName, schema, entities, List.of());
    }

    /** This snapshot with those of {@code all} hints that are about its tables. */
    public PackageSnapshot withHintsOf(List<? extends Hint> all) {
        List<Hint> mine = all.stream().filter(h -> schema.table(h.table()).isPresent()).map(h -> (Hint) h).toList();
        return new PackageSnapshot(packageName, schema, entities, mine);
    }

    /** {@code META-INF/jpamigrate/schema/<package>.schema}. */
    public String resource() {
        return IndexFiles.entitySchema(packageName);
    }
}
