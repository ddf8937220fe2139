package dev.jpamigrate.processor;

import dev.jpamigrate.Schema;
import java.util.List;

/** One generated snapshot class: the schema of the entities of one package. */
record SnapshotClass(String packageName, String simpleName, Schema schema, List<EntityClass> entities) {
    SnapshotClass {
        entities = List.copyOf(entities);
    }

    String qualifiedName() {
        return packageName + "." + simpleName;
    }
}
