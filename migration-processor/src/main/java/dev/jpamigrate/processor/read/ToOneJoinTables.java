package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.CollectionSpec;
import dev.jpamigrate.processor.model.CollectionSpec.CollectionKind;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityClass.SecondaryTableSpec;
import dev.jpamigrate.processor.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @ManyToOne} or {@code @OneToOne} with {@code @JoinTable} (SORMAS maps a location's person so, through the
 * join table the person's addresses own): Hibernate binds the join table as a secondary table of the owner, keyed by
 * {@code joinColumns} (by default the owner's key columns' names) with a foreign key to the owner, and holding the
 * relation's {@code inverseJoinColumns}. The reader turns the relation into exactly that: a secondary table of the
 * entity, and join columns that name it as their table.
 */
final class ToOneJoinTables {
    private ToOneJoinTables() {
    }

    /** Whether {@code attribute} is an owning to-one whose only collection annotation is {@code @JoinTable}. */
    static boolean applies(Attribute attribute) {
        CollectionSpec collection = attribute.collection();
        return attribute.hasJoinColumn() && collection != null && collection.kind() == CollectionKind.NONE
                && collection.table() != null && "@JoinTable".equals(collection.table().annotation())
                && collection.elementCollection() == null && collection.orderColumn() == null
                && collection.mapKeyColumn() == null && collection.mapKey() == null;
    }

    /**
     * The entity's fields with each to-one of a join table moved into it, and its secondary tables with those join
     * tables added (one per name); an unnamed join table is a problem.
     */
    static List<SecondaryTableSpec> move(List<Attribute> fields, List<SecondaryTableSpec> secondaryTables,
            List<Problem> problems) {
        List<SecondaryTableSpec> tables = new ArrayList<>(secondaryTables);
        for (int i = 0; i < fields.size(); i++) {
            Attribute attribute = fields.get(i);
            if (!applies(attribute)) {
                continue;
            }
            CollectionSpec.TableSpec joinTable = attribute.collection().table();
            if (joinTable.name() == null) {
                problems.add(new Problem(false, "@JoinTable on " + attribute.relation().kind().annotation() + " "
                        + attribute.name() + " has no name, and JPA Migrate maps a to-one's join table by its name: add"
                        + " @JoinTable(name = \"…\")", joinTable.origin(), attribute.origin()));
                continue;
            }
            fields.set(i, attribute.inJoinTable(joinColumns(attribute, joinTable)));
            if (tables.stream().noneMatch(t -> t.table().name().equalsIgnoreCase(joinTable.name()))) {
                tables.add(new SecondaryTableSpec(new EntityClass.TableSpec(joinTable.name(), joinTable.schema(),
                        joinTable.indexes(), joinTable.uniqueConstraints(), null, List.of(), joinTable.origin()),
                        joinTable.joinColumns(), joinTable.foreignKeyName()));
            }
        }
        return tables;
    }

    /** The relation's columns: the inverse join columns (one unnamed when none is written), in the join table. */
    private static List<JoinColumnSpec> joinColumns(Attribute attribute, CollectionSpec.TableSpec joinTable) {
        List<JoinColumnSpec> written = joinTable.inverseJoinColumns().isEmpty()
                ? List.of(new JoinColumnSpec(null, null, true, false, null, null, false, true, true,
                        joinTable.origin()))
                : joinTable.inverseJoinColumns();
        return written.stream()
                .map(c -> joinTable.inverseForeignKeyName() != null || joinTable.inverseNoConstraint()
                        ? c.withForeignKey(joinTable.inverseForeignKeyName(), joinTable.inverseNoConstraint()) : c)
                .map(c -> c.inTable(joinTable.name()))
                .toList();
    }
}
