package dev.jpamigrate.processor.write;

import dev.jpamigrate.Schema;
import dev.jpamigrate.processor.model.EntityClass;
import java.util.List;

/** One generated snapshot class: the schema of the entities of one package. */
public record SnapshotClass(String packageName, String simpleName, Schema schema, List<EntityClass> entities) {
    public SnapshotClass {
        entities = List.copyOf(entities);
    }

    public String qualifiedName() {
        return packageName + "." + simpleName;
    }
}
