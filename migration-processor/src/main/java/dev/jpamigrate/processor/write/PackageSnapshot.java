package dev.jpamigrate.processor.write;

import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.schema.Schema;
import java.util.List;

/** One entity snapshot: the schema of the entities of one package, and the resource it is written to. */
public record PackageSnapshot(String packageName, Schema schema, List<EntityClass> entities) {
    public PackageSnapshot {
        entities = List.copyOf(entities);
    }

    /** {@code META-INF/jpamigrate/schema/<package>.schema}. */
    public String resource() {
        return IndexFiles.entitySchema(packageName);
    }
}
