package dev.jpamigrate.processor;

import dev.jpamigrate.Schema;
import java.util.List;

/**
 * One generated snapshot class: the schema of some entities of one package.
 *
 * @param simpleName {@code EntitySchema}, or {@code EntitySchema2}, ... for the further
 *     parts of a package too large for one class
 */
record SnapshotClass(String packageName, String simpleName, Schema schema, List<EntityClass> entities) {
    SnapshotClass {
        entities = List.copyOf(entities);
    }

    String qualifiedName() {
        return packageName + "." + simpleName;
    }
}
