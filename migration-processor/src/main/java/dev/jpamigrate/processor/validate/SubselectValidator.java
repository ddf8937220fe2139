package dev.jpamigrate.processor.validate;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.map.Subselects;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.model.InheritanceSpec.Strategy;

/**
 * {@code @Subselect} entities as JPA Migrate maps them: no table, and nothing that would need one. In a hierarchy,
 * as Hibernate 6.6 and 7.4 do: a {@code SINGLE_TABLE} root's query stands for its subclasses too; a {@code JOINED}
 * or {@code TABLE_PER_CLASS} subclass with {@code @Subselect} gets no table; a {@code SINGLE_TABLE} subclass's
 * {@code @Subselect} is ignored (a warning). A {@code @Subselect} root of a {@code JOINED} or {@code TABLE_PER_CLASS}
 * hierarchy, a {@code @Subselect} subclass with subclasses, a secondary table and a generated id (for which
 * Hibernate still creates a sequence) are not reproduced.
 */
final class SubselectValidator {
    private SubselectValidator() {
    }

    static void validate(EntityModel model, ErrorReporter reporter) {
        Hierarchy hierarchy = new Hierarchy(model);
        for (EntityClass entity : model.entities()) {
            if (!Subselects.declares(entity)) {
                continue;
            }
            boolean subclass = hierarchy.parent(entity) != null;
            Strategy strategy = hierarchy.strategy(entity);
            if (subclass && strategy == Strategy.SINGLE_TABLE) {
                reporter.warning(entity.origin(), "Hibernate ignores @Subselect on a SINGLE_TABLE subclass: its rows"
                        + " are in the table of " + hierarchy.root(entity).entityName() + ", and JPA Migrate maps it so;"
                        + " remove @Subselect, or map the query as an entity of its own");
                continue;
            }
            if (!subclass && strategy != Strategy.SINGLE_TABLE && !hierarchy.subclasses(entity).isEmpty()) {
                reporter.error(entity.origin(), "JPA Migrate does not map a @Subselect root of a " + strategy
                        + " hierarchy yet: map the query as an entity of its own, or use SINGLE_TABLE");
            } else if (subclass && !hierarchy.subclasses(entity).isEmpty()) {
                reporter.error(entity.origin(), "JPA Migrate does not map a @Subselect entity with subclasses in a "
                        + strategy + " hierarchy yet: put @Subselect on the subclasses without subclasses, or map the"
                        + " query as an entity of its own");
            }
            if (!entity.secondaryTables().isEmpty()) {
                reporter.error(entity.secondaryTables().get(0).table().origin(), "A @Subselect entity reads a query, and"
                        + " JPA Migrate does not map a @SecondaryTable beside it: select the columns in the query");
            }
            for (Attribute attribute : entity.attributes()) {
                // A subclass's id is its root's, whose table maps the generator.
                if (!subclass && attribute.id() && attribute.generatedValue() != null) {
                    reporter.error(attribute.origin(), "A @Subselect entity is read-only, and Hibernate creates the"
                            + " sequence of this @GeneratedValue for ids it never generates, which JPA Migrate does"
                            + " not reproduce: remove @GeneratedValue");
                }
            }
        }
    }
}
