package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;

/** Schemas (namespaces) that tables or sequences start or stop using. */
final class SchemaNameComparator {
    private SchemaNameComparator() {
    }

    static void compare(Schema from, Schema to, Plan plan) {
        to.schemaNames().stream().filter(s -> !from.schemaNames().contains(s))
                .forEach(s -> plan.add(Phase.CREATE_SCHEMA, new Operation.CreateSchema(s)));
        from.schemaNames().stream().filter(s -> !to.schemaNames().contains(s))
                .forEach(s -> plan.add(Phase.DROP_SCHEMA, new Operation.DropSchema(s)));
    }
}
