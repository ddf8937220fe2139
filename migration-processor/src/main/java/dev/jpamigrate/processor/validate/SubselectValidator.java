package dev.jpamigrate.processor.validate;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.map.Subselects;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;

/**
 * {@code @Subselect} entities as JPA Migrate maps them: no table, and nothing that would need one. In a
 * hierarchy, or with a secondary table or a generated id, Hibernate still creates tables or sequences for
 * a query it only reads, which JPA Migrate does not reproduce.
 */
final class SubselectValidator {
    private SubselectValidator() {
    }

    static void validate(EntityModel model, ErrorReporter reporter) {
        Hierarchy hierarchy = new Hierarchy(model);
        for (EntityClass entity : model.entities()) {
            if (!Subselects.hasNoTable(entity)) {
                continue;
            }
            if (hierarchy.inHierarchy(entity)) {
                reporter.error(entity.origin(), "JPA Migrate does not map a @Subselect entity in an entity hierarchy:"
                        + " map the query as an entity of its own, without @Inheritance and entity superclasses or"
                        + " subclasses (a @MappedSuperclass is fine)");
            }
            if (!entity.secondaryTables().isEmpty()) {
                reporter.error(entity.secondaryTables().get(0).table().origin(), "A @Subselect entity reads a query, and"
                        + " JPA Migrate does not map a @SecondaryTable beside it: select the columns in the query");
            }
            for (Attribute attribute : entity.attributes()) {
                if (attribute.id() && attribute.generatedValue() != null) {
                    reporter.error(attribute.origin(), "A @Subselect entity is read-only, and Hibernate creates the"
                            + " sequence of this @GeneratedValue for ids it never generates, which JPA Migrate does"
                            + " not reproduce: remove @GeneratedValue");
                }
            }
        }
    }
}
