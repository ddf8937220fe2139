package dev.jpamigrate.processor.map;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.processor.ProcessorOptions;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.CheckSpec;
import dev.jpamigrate.processor.model.DiscriminatorSpec;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.naming.HibernateNames;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.PostgresNames;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.SqlTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides the tables each entity maps to, as Hibernate builds them: its own, with its
 * secondary tables ({@link SecondaryTables}); in a hierarchy,
 * {@code SINGLE_TABLE} puts every subclass's columns, nullable, into the root's table with
 * the discriminator; {@code JOINED} gives each subclass a table of its own columns keyed by
 * the root's id, with a foreign key to its parent's table; {@code TABLE_PER_CLASS} gives
 * each concrete entity a table of all its columns.
 */
public final class EntityTables {
    private final EntityModel model;
    private final Hierarchy hierarchy;
    private final SecondaryTables secondaryTables;
    private final Naming naming;
    private final ColumnTypes columnTypes;
    private final KeyColumns keys;
    private final ProcessorOptions.HibernateVersion hibernate;
    private final ProcessorOptions.HibernateMinor minor;

    public EntityTables(EntityModel model, Naming naming, ColumnTypes columnTypes,
            ProcessorOptions.HibernateMinor minor) {
        this.model = model;
        this.hierarchy = new Hierarchy(model);
        this.naming = naming;
        this.columnTypes = columnTypes;
        this.keys = new KeyColumns(model, columnTypes, naming);
        this.secondaryTables = new SecondaryTables(hierarchy, naming, keys);
        this.hibernate = minor.line();
        this.minor = minor;
    }

    /** The tables of {@code entity}; none when its rows live in another entity's table (or it has none). */
    public List<TableShape> of(EntityClass entity) {
        return primary(entity).map(secondaryTables::split).orElse(List.of());
    }

    private Optional<TableShape> primary(EntityClass entity) {
        if (!hierarchy.inHierarchy(entity)) {
            return Optional.of(TableShape.of(entity));
        }
        EntityClass root = hierarchy.root(entity);
        return switch (hierarchy.strategy(entity)) {
            case SINGLE_TABLE -> entity == root ? Optional.of(singleTable(root)) : Optional.empty();
            // Hibernate 7 checks the discriminator values of a JOINED hierarchy too; its subclasses'
            // columns are in tables of their own.
            case JOINED -> Optional.of(entity == root ? withDiscriminator(TableShape.of(root), List.of(),
                    valuesChecked(root)) : joinedSubclass(entity));
            case TABLE_PER_CLASS -> entity.inheritance().isAbstract() ? Optional.empty()
                    : Optional.of(new TableShape(entity, entity.attributes(), Set.of(), root, List.of(), List.of(),
                            List.of(), List.of()));
        };
    }

    private TableShape singleTable(EntityClass root) {
        List<Attribute> attributes = new ArrayList<>(root.attributes());
        Set<Attribute> optional = new HashSet<>();
        List<EntityClass> subclasses = hierarchy.descendants(root);
        Set<String> basicColumns = new HashSet<>();
        root.attributes().stream().filter(EntityTables::hasBasicColumn).forEach(a -> basicColumns.add(columnOf(a)));
        for (EntityClass subclass : subclasses) {
            for (Attribute attribute : hierarchy.ownAttributes(subclass)) {
                // Subclasses may map one column, of one type (HierarchyValidator checks): the table has it once.
                if (!hasBasicColumn(attribute) || basicColumns.add(columnOf(attribute))) {
                    attributes.add(attribute);
                    optional.add(attribute);
                }
            }
        }
        TableShape table = new TableShape(root, attributes, optional, root, List.of(), List.of(), List.of(),
                List.of());
        return withDiscriminator(table, subclasses, valuesChecked(root));
    }

    /**
     * The discriminator values Hibernate lists in its CHECK on the column: those of the
     * concrete entities but "null" (which the column's NULL stands for); none when one of them
     * is "not null", which stands for any other value.
     */
    private List<String> valuesChecked(EntityClass root) {
        List<EntityClass> all = new ArrayList<>(List.of(root));
        all.addAll(hierarchy.descendantsInHibernateOrder(root));
        List<String> values = new ArrayList<>();
        for (EntityClass entity : all) {
            String value = hierarchy.discriminatorValue(entity);
            if (value.equals(Hierarchy.NOT_NULL_VALUE)) {
                return List.of();
            }
            if (!entity.inheritance().isAbstract() && !value.equals(Hierarchy.NULL_VALUE)) {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * Adds the discriminator column, when the hierarchy has one, with Hibernate 7's CHECKs:
     * the column's values, and per concrete subclass that its NOT NULL columns have values
     * in its rows.
     */
    private TableShape withDiscriminator(TableShape table, List<EntityClass> subclasses, List<String> values) {
        EntityClass root = table.entity();
        DiscriminatorSpec discriminator = hierarchy.discriminator(root);
        if (discriminator == null) {
            return table;
        }
        if (discriminator.formula() != null) {
            // No column, so no check of its values; Hibernate 7.1 and later test the subclasses' columns against the
            // formula (7.0 does not).
            List<CheckSpec> checks = new ArrayList<>();
            if (minor.atLeast(ProcessorOptions.HibernateMinor.V7_1)) {
                checkedInBindingOrder(root, subclasses)
                        .forEach(s -> subclassCheck(discriminator, discriminator.formula(), s).ifPresent(checks::add));
            }
            return new TableShape(root, table.attributes(), table.optional(), table.idOwner(), table.keyColumns(),
                    List.of(), checks, table.extraForeignKeys());
        }
        String name = naming.column(discriminator.name());
        boolean nullable = hierarchy.discriminatorValue(root).equals(Hierarchy.NULL_VALUE)
                || subclasses.stream().anyMatch(s -> hierarchy.discriminatorValue(s).equals(Hierarchy.NULL_VALUE));
        Column column = new Column(name, SqlTypes.canonical(discriminatorType(discriminator)), nullable, null, false);
        List<CheckSpec> checks = new ArrayList<>();
        if (hibernate == ProcessorOptions.HibernateVersion.V7) {
            String quoted = PostgresNames.quoteIdent(name);
            if (!values.isEmpty()) {
                checks.add(new CheckSpec(null, quoted + " in (" + values.stream().map(v -> literal(discriminator, v))
                        .collect(Collectors.joining(",")) + ")", discriminator.origin()));
            }
            // Hibernate 7.0 checks the discriminator's values only, not the subclasses' columns.
            for (EntityClass subclass : minor.atLeast(ProcessorOptions.HibernateMinor.V7_1)
                    ? checkedInBindingOrder(root, subclasses) : List.<EntityClass>of()) {
                subclassCheck(discriminator, quoted, subclass).ifPresent(checks::add);
            }
        }
        return new TableShape(root, table.attributes(), table.optional(), table.idOwner(), table.keyColumns(),
                List.of(column), checks, table.extraForeignKeys());
    }

    /**
     * The subclasses whose columns Hibernate checks, in the order it binds them and so adds their checks, which
     * PostgreSQL names {@code <table>_check}, {@code _check1}, ... in that order.
     */
    private List<EntityClass> checkedInBindingOrder(EntityClass root, List<EntityClass> subclasses) {
        return subclasses.isEmpty() ? List.of() : hierarchy.descendantsInBindingOrder(root);
    }

    /** {@code dtype <> 'Card' or (number is not null and ...)}: the subclass's required columns that are nullable. */
    private Optional<CheckSpec> subclassCheck(DiscriminatorSpec discriminator, String column, EntityClass subclass) {
        String value = hierarchy.discriminatorValue(subclass);
        if (subclass.inheritance().isAbstract() || value.equals(Hierarchy.NOT_NULL_VALUE)) {
            return Optional.empty();
        }
        List<Attribute> declared = new ArrayList<>(hierarchy.ownAttributes(subclass));
        EntityClass parent = hierarchy.parent(subclass);
        if (hierarchy.parent(parent) != null) {
            declared.addAll(0, hierarchy.ownAttributes(parent));
        } else {
            // Hibernate tests the superclass's properties too, the root's included: of the root's, only a primitive with
            // @Column is required in a column that is nullable (Apache Fineract's SavingsAccount.allowOverdraft).
            // In the order Hibernate binds properties: by name.
            declared.addAll(0, hierarchy.ownAttributes(parent).stream().filter(EntityTables::primitiveInNullableColumn)
                    .sorted(Comparator.comparing(Attribute::name)).toList());
        }
        List<String> notNull = new ArrayList<>();
        for (Attribute attribute : declared) {
            columnName(attribute).filter(c -> requiredButNullable(attribute))
                    .ifPresent(c -> notNull.add(PostgresNames.quoteIdent(c) + " is not null"));
        }
        if (notNull.isEmpty()) {
            return Optional.empty();
        }
        String test = value.equals(Hierarchy.NULL_VALUE) ? column + " is null" : column + "<>"
                + literal(discriminator, value);
        return Optional.of(new CheckSpec(null, test + " or (" + String.join(" and ", notNull) + ")",
                subclass.origin()));
    }

    /** An embedded field or an element collection has no column of its own name: its attributes or its table have. */
    private static boolean hasBasicColumn(Attribute attribute) {
        return !attribute.isRelation() && !attribute.isEmbedded() && !attribute.isElementCollection();
    }

    private String columnOf(Attribute attribute) {
        return naming.column(attribute.logicalColumnName());
    }

    /** The column of a basic or owning to-one attribute, as stored. */
    private Optional<String> columnName(Attribute attribute) {
        if (attribute.hasJoinColumn()) {
            List<KeyColumns.JoinColumn> joinColumns = keys.joinColumns(attribute);
            // The subclass check names one column per attribute; JPA Migrate leaves composite join columns out of it.
            return joinColumns.size() == 1 ? Optional.of(naming.column(joinColumns.get(0).logicalName()))
                    : Optional.empty();
        }
        return hasBasicColumn(attribute) ? Optional.of(naming.column(attribute.logicalColumnName())) : Optional.empty();
    }

    /** A primitive of the root with {@code @Column}: required, and yet Hibernate leaves its column nullable. */
    private static boolean primitiveInNullableColumn(Attribute attribute) {
        return hasBasicColumn(attribute) && !attribute.id() && !attribute.version() && attribute.embedding() == null
                && attribute.type().isPrimitive() && attribute.basicOptional() && attribute.column() != null
                && attribute.column().nullable() && !attribute.details().validation().notNull();
    }

    /**
     * Whether the attribute is required although its column in the shared table is
     * nullable: the NOT NULL Hibernate infers (a primitive, {@code optional = false}) and
     * drops there, not the one {@code nullable = false} writes, which it keeps. A primitive is
     * required with a {@code @Column} too: the check tests the attribute, not its column.
     */
    private static boolean requiredButNullable(Attribute attribute) {
        if (attribute.hasJoinColumn()) {
            return !attribute.relation().optional()
                    && (attribute.joinColumn() == null || attribute.joinColumn().nullable());
        }
        Attribute.ColumnSpec column = attribute.column();
        return (!attribute.basicOptional() || attribute.type().isPrimitive())
                && (column == null || column.nullable());
    }

    private static String literal(DiscriminatorSpec discriminator, String value) {
        return discriminator.type() == DiscriminatorSpec.Type.INTEGER ? value : "'" + value.replace("'", "''") + "'";
    }

    private static String discriminatorType(DiscriminatorSpec discriminator) {
        if (discriminator.columnDefinition() != null) {
            return discriminator.columnDefinition();
        }
        return switch (discriminator.type()) {
            case STRING -> "varchar(" + discriminator.length() + ")";
            case CHAR -> "char(1)";
            case INTEGER -> "integer";
        };
    }

    /**
     * A {@code JOINED} subclass's table: its own columns, keyed by {@code @PrimaryKeyJoinColumn}s
     * (the parent's key columns by default, one per column of a composite key), with a foreign key
     * to its parent's table.
     */
    private TableShape joinedSubclass(EntityClass entity) {
        EntityClass root = hierarchy.root(entity);
        EntityClass parent = hierarchy.parent(entity);
        List<KeyColumns.JoinColumn> toParent = keys.toParent(entity);
        List<Column> key = new ArrayList<>();
        // The primary key in the order Hibernate sorts its columns; the foreign key in the parent key's order.
        for (KeyColumns.KeyColumn column : keys.of(entity)) {
            KeyColumns.JoinColumn joinColumn = toParent.stream()
                    .filter(j -> j.logicalName().equals(column.logicalName())).findFirst().orElseThrow();
            key.add(new Column(naming.column(joinColumn.logicalName()), SqlTypes.canonical(joinColumn.type()), false,
                    null, false));
        }
        String foreignKeyName = entity.inheritance().primaryKeyForeignKeyName() != null
                ? entity.inheritance().primaryKeyForeignKeyName()
                : HibernateNames.foreignKey(naming.physicalTable(entity.logicalTableName()),
                        naming.physicalTable(parent.logicalTableName()),
                        toParent.stream().map(j -> naming.physicalColumn(j.logicalName())).toList());
        ForeignKey toParentTable = new ForeignKey(naming.foreignKey(foreignKeyName,
                entity.inheritance().primaryKeyForeignKeyName() != null),
                toParent.stream().map(j -> naming.column(j.logicalName())).toList(), qualifiedTableName(parent),
                toParent.stream().map(j -> naming.column(j.referenced().logicalName())).toList(),
                entity.inheritance().onDelete(), ForeignKeyAction.NO_ACTION);
        return new TableShape(entity, hierarchy.ownAttributes(entity), Set.of(), root, key, List.of(),
                List.of(), List.of(toParentTable));
    }

    private String qualifiedTableName(EntityClass entity) {
        String local = naming.table(entity.logicalTableName());
        return entity.table().schema() == null ? local : naming.schema(entity.table().schema()) + "." + local;
    }
}
