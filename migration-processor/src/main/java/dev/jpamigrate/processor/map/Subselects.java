package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.read.HibernateAnnotations;

/**
 * Entities mapped to a query by Hibernate's {@code @Subselect}: Hibernate creates no table for them,
 * and no foreign key to them (a relation to one keeps its join columns, and the join and collection
 * tables of one keep theirs, without a constraint).
 */
public final class Subselects {
    private Subselects() {
    }

    /** Whether {@code entity} is mapped to a {@code @Subselect} query rather than a table. */
    public static boolean hasNoTable(EntityClass entity) {
        return HibernateAnnotations.has(entity.origin().element(), "Subselect");
    }
}
