package dev.jpamigrate.processor.validate;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.map.ColumnTypes;
import dev.jpamigrate.processor.map.IdGeneration;
import dev.jpamigrate.processor.map.IdGenerators;
import dev.jpamigrate.processor.map.CompositeKeys;
import dev.jpamigrate.processor.map.KeyColumns;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.DiscriminatorSpec;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.model.InheritanceSpec.Strategy;
import dev.jpamigrate.processor.model.InheritanceSpec;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.naming.Naming;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an entity's place in its hierarchy, and the key its secondary tables copy: what
 * Hibernate rejects, what it ignores (an annotation that would not do what it says), and
 * what JPA Migrate does not map yet, each reported on its element with how to fix it.
 */
public final class HierarchyValidator {
    private final ErrorReporter reporter;
    private final Hierarchy hierarchy;
    private final IdGenerators generators;
    private final ColumnTypes columnTypes;
    private final Naming naming;
    private final KeyColumns keyColumns;

    public HierarchyValidator(ErrorReporter reporter, Hierarchy hierarchy, IdGenerators generators, ColumnTypes columnTypes,
            Naming naming, KeyColumns keyColumns) {
        this.keyColumns = keyColumns;
        this.reporter = reporter;
        this.hierarchy = hierarchy;
        this.generators = generators;
        this.columnTypes = columnTypes;
        this.naming = naming;
    }

    public void validate(EntityClass entity) {
        if (!entity.secondaryTables().isEmpty()) {
            checkSecondaryTableKeys(entity);
        }
        if (!hierarchy.inHierarchy(entity)) {
            return;
        }
        EntityClass root = hierarchy.root(entity);
        Strategy strategy = hierarchy.strategy(entity);
        InheritanceSpec spec = entity.inheritance();
        if (entity != root) {
            validateSubclass(entity, root, strategy);
        } else if (strategy == Strategy.TABLE_PER_CLASS) {
            root.id().filter(id -> generators.of(root, id) instanceof IdGeneration.Identity).ifPresent(id ->
                    reporter.error(id.generatedValue().origin(), "Hibernate cannot generate the ids of a"
                            + " TABLE_PER_CLASS hierarchy with IDENTITY, as each table would count on its own:"
                            + " use @GeneratedValue(strategy = GenerationType.SEQUENCE)"));
        }
        DiscriminatorSpec discriminator = hierarchy.discriminator(entity);
        if (spec.discriminatorValue() != null && discriminator == null) {
            reporter.error(spec.discriminatorValueOrigin(), "Hibernate ignores @DiscriminatorValue in a " + strategy
                    + " hierarchy without @DiscriminatorColumn: remove it"
                    + (strategy == Strategy.JOINED ? ", or declare @DiscriminatorColumn on " + root.qualifiedName()
                            : ""));
        }
        if (discriminator != null && discriminator.type() == DiscriminatorSpec.Type.CHAR
                && spec.discriminatorValue() == null && !spec.isAbstract()) {
            reporter.error(entity.origin(), "Entity " + entity.qualifiedName() + " needs a @DiscriminatorValue:"
                    + " Hibernate has no default for a CHAR discriminator; write @DiscriminatorValue(\"X\") with"
                    + " a character of its own");
        }
        if (entity == root && discriminator != null) {
            checkDistinctValues(root);
        }
    }

    private void validateSubclass(EntityClass entity, EntityClass root, Strategy strategy) {
        InheritanceSpec spec = entity.inheritance();
        hierarchy.ownAttributes(entity).stream().filter(Attribute::id).findFirst().ifPresent(id ->
                reporter.error(id.origin(), "Entity " + entity.qualifiedName() + " inherits its @Id from "
                        + root.qualifiedName() + ", and a subclass cannot declare another: remove @Id from "
                        + id.name()));
        if (spec.strategy() != null && spec.strategy() != strategy) {
            reporter.error(spec.strategyOrigin(), "Hibernate takes the inheritance strategy of a hierarchy from its"
                    + " root " + root.qualifiedName() + " (" + strategy + "), and ignores @Inheritance(" + spec.strategy()
                    + ") here: remove it, or change the strategy on the root");
        }
        if (spec.cache() != null) {
            reporter.error(spec.cache(), "Hibernate fails at start-up on @Cache on " + entity.qualifiedName()
                    + ", a subclass of entity " + root.qualifiedName() + ": only the root of a hierarchy says how its"
                    + " entities are cached; move @Cache to " + root.qualifiedName() + " (it applies to its subclasses)");
        }
        if (spec.discriminator() != null) {
            reporter.error(spec.discriminator().origin(), "Hibernate reads @DiscriminatorColumn on the root of a"
                    + " hierarchy only: move it to " + root.qualifiedName());
        }
        if (!spec.primaryKeyJoinColumns().isEmpty() && strategy != Strategy.JOINED) {
            reporter.error(spec.primaryKeyJoinColumns().get(0).origin(), "@PrimaryKeyJoinColumn names the key of a"
                    + " JOINED subclass's table, and " + entity.qualifiedName() + " is in a " + strategy
                    + " hierarchy: remove it");
        }
        if (strategy == Strategy.JOINED && hierarchy.parent(entity) == root) {
            validateJoinedKey(entity, root);
        }
        if (strategy == Strategy.JOINED && keyColumns.known(root)) {
            checkReferencedKeyColumns(entity, hierarchy.parent(entity));
        }
        if (strategy == Strategy.SINGLE_TABLE && entity.table().origin().annotation() != null) {
            reporter.error(entity.table().origin(), "Entity " + entity.qualifiedName() + " keeps its rows in the table"
                    + " of " + root.qualifiedName() + " (SINGLE_TABLE): remove @Table here, or declare it on the"
                    + " root");
        }
        if (strategy == Strategy.SINGLE_TABLE) {
            checkSharedColumns(entity, root);
        }
    }

    /**
     * A {@code JOINED} subclass copies its root's key, whatever its columns: {@code @PrimaryKeyJoinColumns}
     * name them one for one, in the order Hibernate binds the root's key.
     */
    private void validateJoinedKey(EntityClass entity, EntityClass root) {
        if (!keyColumns.known(root)) {
            reporter.error(entity.origin(), "JPA Migrate cannot tell the key columns of " + root.qualifiedName()
                    + ", which the table of " + entity.qualifiedName() + " copies: map its @Id or @EmbeddedId"
                    + " fields to basic types or to entities keyed so");
            return;
        }
        List<InheritanceSpec.PrimaryKeyJoinColumnSpec> written = entity.inheritance().primaryKeyJoinColumns();
        int rootKey = keyColumns.of(root).size();
        if (!written.isEmpty() && written.size() != rootKey) {
            reporter.error(written.get(0).origin(), "The key of " + root.qualifiedName() + " has " + rootKey
                    + " column(s), and " + entity.qualifiedName() + " names " + written.size() + ": write one"
                    + " @PrimaryKeyJoinColumn for each in @PrimaryKeyJoinColumns, or none to keep their names");
        }
    }

    /**
     * {@code @PrimaryKeyJoinColumn(referencedColumnName)} names the parent's key column the column stands for, as
     * Hibernate reads it: a name that is not one of them, or a key of several columns named for some of them only,
     * leaves Hibernate without a join.
     */
    private void checkReferencedKeyColumns(EntityClass entity, EntityClass parent) {
        List<InheritanceSpec.PrimaryKeyJoinColumnSpec> written = entity.inheritance().primaryKeyJoinColumns();
        List<String> parentKey = keyColumns.of(parent).stream().map(KeyColumns.KeyColumn::logicalName).toList();
        for (InheritanceSpec.PrimaryKeyJoinColumnSpec spec : written) {
            String referenced = spec.referencedColumnName();
            if (referenced != null && parentKey.stream().noneMatch(referenced::equalsIgnoreCase)) {
                reporter.error(spec.origin(), "@PrimaryKeyJoinColumn(referencedColumnName = \"" + referenced
                        + "\") names no key column of " + parent.qualifiedName() + ", whose key is " + parentKey
                        + ": name one of them, or leave referencedColumnName out");
                return;
            }
        }
        long named = written.stream().filter(w -> w.referencedColumnName() != null).count();
        if (parentKey.size() > 1 && named > 0 && named < written.size()) {
            reporter.error(written.get(0).origin(), "Some @PrimaryKeyJoinColumns of " + entity.qualifiedName()
                    + " name the key column of " + parent.qualifiedName() + " they stand for, and some do not: write"
                    + " referencedColumnName on each, or on none to take the key's columns in order");
        }
    }

    /** Two entities of one {@code SINGLE_TABLE} hierarchy may share a column only when they agree on its type. */
    private void checkSharedColumns(EntityClass entity, EntityClass root) {
        Map<String, Attribute> columns = new HashMap<>();
        for (EntityClass other : hierarchy.descendants(root)) {
            if (other == entity) {
                break;
            }
            hierarchy.ownAttributes(other).forEach(a -> basicColumn(a).ifPresent(c -> columns.putIfAbsent(c, a)));
        }
        root.attributes().forEach(a -> basicColumn(a).ifPresent(c -> columns.putIfAbsent(c, a)));
        for (Attribute attribute : hierarchy.ownAttributes(entity)) {
            Optional<String> column = basicColumn(attribute);
            Attribute known = column.map(columns::get).orElse(null);
            if (known != null && !columnTypes.of(known).equals(columnTypes.of(attribute))) {
                reporter.error(attribute.origin(), "Field " + attribute.name() + " maps column " + column.get()
                        + " of table " + naming.table(root.logicalTableName()) + " as "
                        + columnTypes.of(attribute).orElse("?") + ", and " + known.declaringClass() + "."
                        + known.name() + " maps it as " + columnTypes.of(known).orElse("?") + " (the entities of a"
                        + " SINGLE_TABLE hierarchy share one table): give one of them another column name with"
                        + " @Column(name = ...)");
            }
        }
    }

    /** A secondary table copies the key of the table that holds the entity's rows; its pkJoinColumns name those. */
    private void checkSecondaryTableKeys(EntityClass entity) {
        EntityClass primary = hierarchy.tableOf(entity);
        if (!keyColumns.known(primary)) {
            reporter.error(entity.secondaryTables().get(0).table().origin(), "JPA Migrate cannot tell the key columns"
                    + " of " + primary.qualifiedName() + ", which the secondary tables of " + entity.qualifiedName()
                    + " copy: map its @Id or @EmbeddedId fields to basic types or to entities keyed so");
            return;
        }
        List<String> key = keyColumns.bindingOrderNames(primary);
        for (EntityClass.SecondaryTableSpec secondary : entity.secondaryTables()) {
            String problem = CompositeKeys.problem(secondary.keyColumns(), "@SecondaryTable(pkJoinColumns)",
                    primary, key, naming);
            if (problem != null) {
                reporter.error(secondary.table().origin(), problem);
            }
        }
    }

    private Optional<String> basicColumn(Attribute attribute) {
        boolean hasColumn = !attribute.isRelation() && !attribute.isEmbedded() && !attribute.isElementCollection();
        return hasColumn ? Optional.of(naming.column(attribute.logicalColumnName())) : Optional.empty();
    }

    private void checkDistinctValues(EntityClass root) {
        Map<String, EntityClass> values = new HashMap<>();
        for (EntityClass entity : rootAndDescendants(root)) {
            if (entity.inheritance().isAbstract() && entity.inheritance().discriminatorValue() == null) {
                continue;
            }
            String value = hierarchy.discriminatorValue(entity);
            EntityClass same = values.putIfAbsent(value, entity);
            if (same != null) {
                Origin origin = entity.inheritance().discriminatorValueOrigin() != null
                        ? entity.inheritance().discriminatorValueOrigin() : entity.origin();
                reporter.error(origin, "Entities " + same.qualifiedName() + " and " + entity.qualifiedName()
                        + " have the same discriminator value \"" + value + "\", so Hibernate cannot tell their rows"
                        + " apart: give each a @DiscriminatorValue of its own");
            }
        }
    }

    private List<EntityClass> rootAndDescendants(EntityClass root) {
        List<EntityClass> all = new ArrayList<>(List.of(root));
        all.addAll(hierarchy.descendants(root));
        return all;
    }
}
