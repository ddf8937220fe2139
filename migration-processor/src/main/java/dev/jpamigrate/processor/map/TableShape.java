package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.CheckSpec;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import java.util.List;
import java.util.Set;

/**
 * What goes into one table: usually one entity's attributes; in an entity hierarchy, the
 * attributes of several entities, or part of one entity's, with the columns the
 * inheritance strategy adds.
 *
 * @param entity the entity whose {@code @Table} names and constrains the table
 * @param attributes the attributes that get columns
 * @param optional the attributes whose columns are nullable whatever they say (a
 *     {@code SINGLE_TABLE} subclass's, as other subclasses' rows have no value for them)
 * @param idOwner the entity whose id generation the table's id follows (the root of a hierarchy)
 * @param keyColumns the primary key columns when no attribute is the id (a {@code JOINED} subclass's)
 * @param extraColumns columns no attribute maps (the discriminator)
 * @param extraChecks CHECKs that PostgreSQL names, after the attributes' own
 * @param extraForeignKeys foreign keys no attribute maps (a {@code JOINED} subclass's to its parent)
 */
public record TableShape(EntityClass entity, List<Attribute> attributes, Set<Attribute> optional, EntityClass idOwner,
        List<Column> keyColumns, List<Column> extraColumns, List<CheckSpec> extraChecks,
        List<ForeignKey> extraForeignKeys) {

    public TableShape {
        attributes = List.copyOf(attributes);
        optional = Set.copyOf(optional);
        keyColumns = List.copyOf(keyColumns);
        extraColumns = List.copyOf(extraColumns);
        extraChecks = List.copyOf(extraChecks);
        extraForeignKeys = List.copyOf(extraForeignKeys);
    }

    /** The table of an entity outside any hierarchy. */
    public static TableShape of(EntityClass entity) {
        return new TableShape(entity, entity.attributes(), Set.of(), entity, List.of(), List.of(), List.of(),
                List.of());
    }
}
