package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.read.HibernateAnnotations;

/**
 * Entities mapped to a query by Hibernate's {@code @Subselect}: Hibernate creates no table for them,
 * and no foreign key to them (a relation to one keeps its join columns, and the join and collection
 * tables of one keep theirs, without a constraint).
 */
public final class Subselects {
    private Subselects() {
    }

    /** Whether {@code entity} carries {@code @Subselect}. */
    public static boolean declares(EntityClass entity) {
        return HibernateAnnotations.has(entity.origin().element(), "Subselect");
    }

    /** Whether {@code entity}, outside any hierarchy, is mapped to a {@code @Subselect} query rather than a table. */
    public static boolean hasNoTable(EntityClass entity) {
        return declares(entity);
    }

    /**
     * Whether the rows of {@code entity} are a query rather than a table, as Hibernate (6.6, 7.4) maps it: the
     * entity whose table holds them carries {@code @Subselect}. A {@code SINGLE_TABLE} subclass's rows are its
     * root's (Hibernate ignores a {@code @Subselect} of its own, and creates nothing for the subclasses of a
     * {@code @Subselect} root); a {@code JOINED} or {@code TABLE_PER_CLASS} subclass with {@code @Subselect} gets no
     * table.
     */
    public static boolean hasNoTable(Hierarchy hierarchy, EntityClass entity) {
        return declares(hierarchy.tableOf(entity));
    }
}
