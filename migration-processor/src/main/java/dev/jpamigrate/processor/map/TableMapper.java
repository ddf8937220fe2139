package dev.jpamigrate.processor.map;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.ProcessorOptions;
import dev.jpamigrate.processor.ProcessorOptions.HibernateMinor;
import dev.jpamigrate.processor.map.MappedTable.MappedGeneratorTable;
import dev.jpamigrate.processor.map.MappedTable.MappedSequence;
import dev.jpamigrate.processor.model.Attribute.EnumStorage;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.Attribute.RelationKind;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.CheckSpec;
import dev.jpamigrate.processor.model.ColumnDetails;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.model.InheritanceSpec;
import dev.jpamigrate.processor.model.JavaType.Kind;
import dev.jpamigrate.processor.model.SequenceGeneratorSpec;
import dev.jpamigrate.processor.model.TableGeneratorSpec;
import dev.jpamigrate.processor.naming.HibernateNames;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.PostgresNames;
import dev.jpamigrate.processor.read.HibernateAnnotations;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.SqlTypes;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Maps one validated entity to its table as Hibernate 7.4 creates it on PostgreSQL (or,
 * in a hierarchy or with secondary tables, one {@link TableShape} that {@link EntityTables}
 * decides): names folded as PostgreSQL stores them, constraints named as Hibernate or PostgreSQL
 * name them. Reports the column names in {@code @Index} and {@code @UniqueConstraint}
 * that the table does not have.
 */
public final class TableMapper {
    private final ErrorReporter reporter;
    private final EntityModel model;
    private final Hierarchy hierarchy;
    private final IdGenerators generators;
    private final Naming naming;
    private final ColumnTypes columnTypes;
    private final ProcessorOptions.HibernateVersion hibernate;
    private final ProcessorOptions.HibernateMinor minor;
    private final KeyColumns keys;
    private final boolean serialIds;
    /** For each table that relations join by several columns other than its key, those columns; built once. */
    private Map<EntityClass, List<List<String>>> referencedUniques;
    private Set<String> receivers;

    public TableMapper(ErrorReporter reporter, EntityModel model, IdGenerators generators, Naming naming,
            ColumnTypes columnTypes, ProcessorOptions.HibernateMinor minor) {
        // Before 6.5, IDENTITY ids are serial columns.
        this.serialIds = !minor.atLeast(ProcessorOptions.HibernateMinor.V6_5);
        this.reporter = reporter;
        this.model = model;
        this.hierarchy = new Hierarchy(model);
        this.generators = generators;
        this.naming = naming;
        this.columnTypes = columnTypes;
        this.hibernate = minor.line();
        this.minor = minor;
        this.keys = new KeyColumns(model, columnTypes, naming);
    }

    /** The table name as the model writes it: as stored, qualified by its schema when it names one. */
    private String tableName(EntityClass entity) {
        String local = naming.table(entity.logicalTableName());
        return entity.table().schema() == null ? local : naming.schema(entity.table().schema()) + "." + local;
    }

    /** The entity's table, or empty when two of its columns or constraints would get one name (reported). */
    public Optional<MappedTable> map(EntityClass entity) {
        return map(TableShape.of(entity));
    }

    /** The table of {@code shape}, or empty when two of its columns or constraints would get one name (reported). */
    public Optional<MappedTable> map(TableShape shape) {
        EntityClass entity = shape.entity();
        String local = naming.table(entity.logicalTableName());
        List<Column> columns = new ArrayList<>(shape.keyColumns());
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>(shape.extraForeignKeys());
        List<MappedSequence> sequences = new ArrayList<>();
        List<MappedGeneratorTable> generatorTables = new ArrayList<>();
        Map<Attribute, Attribute> derivedIds = CompositeKeys.derivedIds(entity);
        // The key columns first, so that a snapshot reads like a hand-written table (PostgreSQL compares by name); a
        // @MapsId relation's join column stands for the key attribute it maps.
        List<Attribute> ids = shape.attributes().stream().filter(Attribute::id).toList();
        List<Attribute> ordered = new ArrayList<>();
        ids.forEach(id -> ordered.add(derivedIds.getOrDefault(id, id)));
        for (Attribute attribute : shape.attributes()) {
            if (!containsEqual(ids, attribute) && !containsEqual(ordered, attribute)) {
                ordered.add(attribute);
            }
        }
        Map<String, Attribute> columnOwners = new HashMap<>();
        Map<Attribute, List<String>> naturalIdColumns = new LinkedHashMap<>();
        for (Attribute attribute : ordered) {
            int before = columns.size();
            boolean optional = shape.optional().contains(attribute);
            if (joinsByTheKey(attribute, columnOwners)) {
                // An owning @OneToOne whose @JoinColumn names the entity's own @Id column: Hibernate 6.6 and 7.4 join by
                // the primary key, as with @PrimaryKeyJoinColumn, and add no column, foreign key or unique key.
                continue;
            }
            if (attribute.hasJoinColumn()) {
                Set<String> keyColumns = new HashSet<>();
                columnOwners.forEach((column, owner) -> {
                    if (owner.id()) {
                        keyColumns.add(column);
                    }
                });
                joinColumns(entity, attribute, attribute.id() || derivedIds.containsValue(attribute), optional,
                        keyColumns, columns, uniques, foreignKeys);
            } else if (!attribute.isRelation() && !attribute.isEmbedded() && !attribute.isElementCollection()) {
                IdGeneration generation = attribute.id() ? generators.of(shape.idOwner(), attribute)
                        : new IdGeneration.None();
                if (generation instanceof IdGeneration.Identity && serialIds) {
                    SerialColumn serial = SerialColumn.of(entity.table().schema() == null ? null
                            : naming.schema(entity.table().schema()), local, naming.column(attribute.logicalColumnName()),
                            columnTypes.of(attribute).map(SqlTypes::canonical).orElse(null));
                    sequences.add(new MappedSequence(serial.sequence(), attribute.origin()));
                    generation = serial;
                }
                if (generation instanceof IdGeneration.FromSequence fromSequence) {
                    sequences.add(sequence(fromSequence.generator()));
                } else if (generation instanceof IdGeneration.FromTable fromTable) {
                    generatorTables.add(generatorTable(fromTable.generator()));
                }
                basicColumn(local, attribute, optional, generation, columns, uniques, checks);
            }
            if (attribute.details().naturalId()) {
                naturalIdColumns.put(attribute, columns.subList(before, columns.size()).stream().map(Column::name).toList());
            }
            for (Column column : List.copyOf(columns.subList(before, columns.size()))) {
                Attribute other = columnOwners.putIfAbsent(column.name(), attribute);
                if (other != null && SharedColumns.readOnlyOnEitherSide(other, attribute)) {
                    columns.remove(columns.lastIndexOf(column));
                    if (other.hasJoinColumn() && !attribute.hasJoinColumn()
                            || !other.hasJoinColumn() && !attribute.hasJoinColumn() && bindsBefore(attribute, other)) {
                        // Hibernate binds join columns after basic ones, and creates the column the first binding gives.
                        columns.set(columns.indexOf(columns.stream().filter(c -> c.name().equals(column.name()))
                                .findFirst().orElseThrow()), column);
                        columnOwners.put(column.name(), attribute);
                    }
                } else if (other != null) {
                    reportSameColumn(entity, column.name(), other, attribute);
                    return Optional.empty();
                }
            }
        }
        for (Column discriminator : shape.extraColumns()) {
            Attribute owner = columnOwners.get(discriminator.name());
            if (owner != null && !owner.hasJoinColumn() && owner.column() != null && owner.column().readOnly()) {
                // The discriminator read as a field too: Hibernate binds the discriminator first and keeps its column.
                columns.removeIf(c -> c.name().equals(discriminator.name()));
            }
        }
        columns.addAll(shape.extraColumns());
        Optional<String> sameColumn = firstDuplicate(columns.stream().map(Column::name).toList());
        if (sameColumn.isPresent()) {
            reporter.error(entity.table().origin(), "Table " + tableName(entity) + " would get two columns named "
                    + sameColumn.get() + " (PostgreSQL folds names to lower case): give one of the fields another"
                    + " name with @Column(name = ...) or @JoinColumn(name = ...)");
            return Optional.empty();
        }
        PrimaryKey primaryKey = new PrimaryKey(PostgresNames.primaryKey(local), shape.keyColumns().isEmpty()
                ? keys.of(entity).stream().map(k -> naming.column(k.logicalName())).toList()
                : shape.keyColumns().stream().map(Column::name).toList());
        // The columns unique of themselves (@Column(unique), a one-to-one's join column), which Hibernate writes unique inline.
        Set<String> uniqueColumns = uniques.stream().filter(u -> u.columns().size() == 1).map(u -> u.columns().get(0))
                .collect(Collectors.toCollection(HashSet::new));
        List<String> naturalId = naturalIdOrder(naturalIdColumns);
        // Hibernate keeps one unique key of the same columns (a natural id that is a @OneToOne's join column alone).
        if (!naturalId.isEmpty() && uniques.stream().noneMatch(u -> u.columns().equals(naturalId))) {
            uniques.add(new UniqueConstraint(PostgresNames.unique(local, naturalId), naturalId));
        }

        List<CheckSpec> tableChecks = new ArrayList<>(entity.table().checks());
        tableChecks.addAll(shape.extraChecks());
        for (CheckSpec check : tableChecks) {
            checks.add(new CheckConstraint(check.name() != null ? Naming.constraint(check.name())
                    : PostgresNames.check(local, onlyColumnOf(check.expression(), columns), checkNames(checks)),
                    check.expression()));
        }
        List<Index> indexes = new ArrayList<>();
        int declared = uniques.size();
        TableConstraints constraints = new TableConstraints(reporter, naming, tableName(entity),
                entity.logicalTableName(), columns, !minor.atLeast(HibernateMinor.V6_3));
        if (receivers().contains(entity.qualifiedName())) {
            // Another entity's @OneToMany @JoinColumn adds columns later, which a constraint or an index may name.
            constraints.addKnown(entity.table().uniqueConstraints(), entity.table().indexes(), uniques, indexes);
        } else {
            constraints.add(entity.table().uniqueConstraints(), entity.table().indexes(), uniques, indexes);
        }
        List<List<String>> referencedColumns = referencedUniques().getOrDefault(entity, List.of());
        // Hibernate's DDL on PostgreSQL leaves out a @UniqueConstraint (or unique @Index) of one column that is unique
        // of itself: the column's inline unique stands, <table>_<column>_key, whatever name the constraint gives. A
        // column that a join column references alone is such a column on Hibernate 7, which makes it unique.
        referencedColumns.stream().filter(c -> c.size() == 1).forEach(c -> uniqueColumns.add(c.get(0)));
        uniques.subList(declared, uniques.size())
                .removeIf(u -> u.columns().size() == 1 && uniqueColumns.contains(u.columns().get(0)));
        for (List<String> referenced : referencedColumns) {
            if (uniques.stream().noneMatch(u -> u.columns().equals(referenced))) {
                // Hibernate makes the columns that join columns reference unique, unnamed (and drops a duplicate).
                uniques.add(new UniqueConstraint(PostgresNames.unique(local, referenced), referenced));
            }
        }
        primaryKey = TableConstraints.absorbUniquesOfKey(primaryKey, uniques);
        // Two relations over the same join columns to the same table (a SINGLE_TABLE subclass that redeclares a
        // @ManyToOne of its parent entity): Hibernate creates their foreign key once.
        List<ForeignKey> distinctKeys = foreignKeys.stream().distinct().toList();
        foreignKeys.clear();
        foreignKeys.addAll(distinctKeys);
        // PostgreSQL names a table's constraints apart from the schema's relations: the primary key and the unique
        // constraints are both (they own an index of their name), an index is a relation only and a foreign key or a
        // check a constraint only, so an index may have a foreign key's name (Hibernate creates both).
        List<UniqueConstraint> distinctUniques = ImplicitConstraintNames.numbered(local, primaryKey.name(), uniques);
        uniques.clear();
        uniques.addAll(distinctUniques);
        List<String> constraintNames = new ArrayList<>(List.of(primaryKey.name()));
        uniques.forEach(u -> constraintNames.add(u.name()));
        List<String> relationNames = new ArrayList<>(constraintNames);
        indexes.forEach(i -> relationNames.add(i.name()));
        foreignKeys.forEach(f -> constraintNames.add(f.name()));
        checks.forEach(c -> constraintNames.add(c.name()));
        Optional<String> sameName = firstDuplicate(constraintNames).or(() -> firstDuplicate(relationNames));
        if (sameName.isPresent()) {
            reporter.error(entity.table().origin(), "Table " + tableName(entity) + " would get two constraints or"
                    + " indexes named " + sameName.get() + ": remove the duplicate, or name them apart");
            return Optional.empty();
        }
        Table table = new Table(tableName(entity), columns, primaryKey, uniques, indexes, foreignKeys, checks,
                entity.table().comment());
        return Optional.of(new MappedTable(entity, table, sequences, generatorTables, null));
    }

    /**
     * {@code list.contains(attribute)}, the names compared first: a record's {@code equals} compares all its
     * components, from the last, and two attributes of one table nearly always differ by name.
     */
    private static boolean containsEqual(List<Attribute> list, Attribute attribute) {
        for (Attribute other : list) {
            if (other == attribute || other.name().equals(attribute.name()) && other.equals(attribute)) {
                return true;
            }
        }
        return false;
    }

    private void reportSameColumn(EntityClass entity, String column, Attribute first, Attribute second) {
        if (second.embedding() != null) {
            String override = "@AttributeOverride(name = \"" + second.embedding().pathInRoot()
                    + "\", column = @Column(name = \"...\"))";
            reporter.error(second.embedding().root(), "Field " + second.embedding().rootName() + " maps column " + column
                    + ", which " + describe(first) + " maps too in table " + tableName(entity) + ": add " + override
                    + " to " + second.embedding().rootName());
        } else if (first.embedding() != null) {
            reportSameColumn(entity, column, second, first);
        } else if (PostgresNames.byteLength(column) == PostgresNames.MAX_IDENTIFIER_BYTES) {
            // Two names that differ after their first 63 bytes: Hibernate creates both, and PostgreSQL refuses the
            // second ("column specified more than once").
            reporter.error(second.origin(), "Fields " + first.name() + " and " + second.name() + " map columns whose"
                    + " names PostgreSQL cuts to the same 63 bytes, " + column + ", in table " + tableName(entity)
                    + ", so Hibernate's DDL fails: give one of them a shorter name that differs in its first 63 bytes"
                    + " with @Column(name = \"...\") or @JoinColumn(name = \"...\")");
        } else {
            reporter.error(entity.table().origin(), "Table " + tableName(entity) + " would get two columns named "
                    + column + " (PostgreSQL folds names to lower case): give one of the fields another"
                    + " name with @Column(name = ...) or @JoinColumn(name = ...)");
        }
    }

    private static String describe(Attribute attribute) {
        return attribute.embedding() == null ? "field " + attribute.name()
                : "field " + attribute.embedding().rootName() + " (at " + attribute.embedding().path() + ")";
    }

    private void basicColumn(String table, Attribute attribute, boolean optional, IdGeneration generation,
            List<Column> columns, List<UniqueConstraint> uniques, List<CheckConstraint> checks) {
        if (columnTypes.timeZoneColumns().stores(attribute)) {
            // Hibernate maps it as a composite of the instant and its offset.
            Attribute instant = TimeZoneColumns.instant(attribute);
            boolean notNull = TimeZoneColumns.notNull(instant);
            columns.add(new Column(naming.column(instant.logicalColumnName()),
                    SqlTypes.canonical(columnTypes.of(instant).orElseThrow()), !notNull, null, false, null));
            ColumnDefinition offset = TimeZoneColumns.offsetColumn(attribute);
            columns.add(new Column(naming.column(TimeZoneColumns.offsetColumnName(attribute)),
                    SqlTypes.canonical(offset.type()), !notNull && !offset.notNull(), offset.defaultValue(), false, null));
            return;
        }
        String name = naming.column(attribute.logicalColumnName());
        String type = SqlTypes.canonical(columnTypes.ofValidated(attribute).orElseThrow());
        boolean identity = generation instanceof IdGeneration.Identity;
        boolean serial = generation instanceof SerialColumn;
        Attribute.ColumnSpec column = attribute.column();
        // Hibernate makes a primitive NOT NULL only when it has no @Column, whose nullable defaults to true, and is
        // not in an embeddable (whose columns are all null when the embedded field is);
        // a @Version column is NOT NULL since Hibernate 7.3, a @CreationTimestamp or @UpdateTimestamp one since 7.4.
        boolean version = attribute.version() && minor.atLeast(ProcessorOptions.HibernateMinor.V7_3)
                || attribute.details().generatedTimestamp() && minor.atLeast(ProcessorOptions.HibernateMinor.V7_4);
        // In a SINGLE_TABLE subclass, Hibernate drops the NOT NULL that it infers, and keeps what @Column says.
        boolean notNull = attribute.id() || serial || version
                || !optional && (!attribute.basicOptional()
                        || column == null && attribute.type().isPrimitive() && attribute.embedding() == null)
                || column != null && !column.nullable()
                // Bean Validation's @NotNull, which Hibernate does not apply in a SINGLE_TABLE subclass either.
                || !optional && attribute.details().validation().notNull();
        ColumnDetails details = attribute.details();
        String defaultValue = details.defaultValue();
        // Hibernate writes columnDefinition verbatim: its default and not null are the column's.
        ColumnDefinition definition = column == null || column.columnDefinition() == null ? null
                : ColumnDefinition.parse(column.columnDefinition()).orElse(null);
        if (definition != null) {
            notNull |= definition.notNull();
            defaultValue = defaultValue != null ? defaultValue : definition.defaultValue();
        }
        if (generation instanceof SerialColumn s) {
            defaultValue = s.defaultValue();
        }
        // A generated column has no default: PostgreSQL refuses both, and so Hibernate's DDL fails with both.
        boolean generated = details.generatedAs() != null;
        for (ColumnDetails.ColumnComment comment : details.comments()) {
            if (comment.on() != null && !comment.on().equalsIgnoreCase(name)) {
                reporter.error(comment.origin(), "@Comment(on = \"" + comment.on() + "\") names no column of field "
                        + attribute.name() + ", whose column is " + name + ": Hibernate fails on it (\"No matching"
                        + " column\"); name the column as the database has it, on = \"" + name + "\", or remove on");
            }
        }
        columns.add(new Column(name, type, !notNull && !identity, identity || generated ? null : defaultValue, identity,
                details.commentOf(name), details.collation(), identity ? null : details.generatedAs()));
        columnTypes.sizes().note(table, name, attribute);
        naming.noteColumnSpelling(table, name, attribute.logicalColumnName());
        // A key column's unique stands too (Hibernate writes it inline), unless the key is that column alone: then
        // absorbUniquesOfKey drops it, as Hibernate does.
        if (column != null && column.unique()) {
            uniques.add(new UniqueConstraint(PostgresNames.unique(table, List.of(name)), List.of(name)));
        }
        // A column's unnamed checks are one CHECK in Hibernate's DDL, in the order Hibernate collects them: @Check
        // and @Column(check) while binding, the type's own (enum, boolean converter) when resolving it, Bean
        // Validation's last; the named ones are constraints of their own.
        List<String> anonymous = new ArrayList<>();
        List<CheckSpec> named = new ArrayList<>();
        for (CheckSpec check : details.checks()) {
            if (check.name() != null) {
                named.add(check);
            } else {
                anonymous.add(check.expression());
            }
        }
        if (attribute.type().kind() == Kind.ENUM && attribute.converter() == null) {
            EnumStorage storage = attribute.enumerated() == null ? EnumStorage.ORDINAL : attribute.enumerated().storage();
            anonymous.add(EnumChecks.expression(name, storage, attribute.type().enumConstants()));
            columnTypes.enumHints().note(table, name, attribute.type().enumConstants());
        }
        ConvertedEnums.check(name, attribute, hibernate).ifPresent(anonymous::add);
        if (attribute.converter() != null && BooleanConverters.isBoolean(attribute.type())) {
            BooleanConverters.check(name, attribute.converter()).ifPresent(anonymous::add);
            ConvertedEnums.booleanCheck(name, attribute, minor).ifPresent(anonymous::add);
        }
        details.validation().bounds().forEach(b -> anonymous.add(b.expression(PostgresNames.quoteIdent(name))));
        if (!anonymous.isEmpty()) {
            String expression = anonymous.size() == 1 ? anonymous.get(0)
                    : "(" + String.join(") and (", anonymous) + ")";
            checks.add(new CheckConstraint(PostgresNames.check(table, name, checkNames(checks)), expression));
        }
        for (CheckSpec check : named) {
            checks.add(new CheckConstraint(Naming.constraint(check.name()), check.expression()));
        }
    }

    /**
     * The join columns of a relation, one per primary key column of its target, and their foreign key.
     *
     * @param key whether the join columns are the primary key's, as {@code @Id} or {@code @MapsId} makes them
     * @param keyColumns the columns that {@code @Id} fields map, which a read-only join column of a
     *     {@code @ManyToOne} shares: the {@code @Id}'s column stays as it is, and gets the foreign key
     */
    private void joinColumns(EntityClass entity, Attribute attribute, boolean key, boolean optional,
            Set<String> keyColumns, List<Column> columns, List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys) {
        EntityClass target = hierarchy.tableOf(model.target(attribute).orElseThrow());
        List<KeyColumns.JoinColumn> joinColumns = keys.joinColumns(attribute);
        // Hibernate 7.1 and later drop the NOT NULL of optional = false in a SINGLE_TABLE subclass; 6.6 and 7.0 keep it.
        boolean relaxed = optional && minor.atLeast(ProcessorOptions.HibernateMinor.V7_1);
        // A to-one's @JoinTable holds a row only for a target, and Hibernate 7.4 makes its columns NOT NULL (7.2 and 6.6
        // keep them nullable unless optional = false).
        boolean notNull = key || !relaxed && !attribute.relation().optional()
                || !optional && attribute.details().validation().notNull()
                || attribute.joinTable() != null && minor.atLeast(HibernateMinor.V7_4);
        List<String> names = new ArrayList<>();
        List<String> physicalNames = new ArrayList<>();
        String fkName = null;
        boolean noConstraint = false;
        for (KeyColumns.JoinColumn joinColumn : joinColumns) {
            JoinColumnSpec written = joinColumn.written();
            String name = naming.column(joinColumn.logicalName());
            naming.noteColumnSpelling(naming.table(entity.logicalTableName()), name, joinColumn.logicalName());
            boolean shared = written != null && written.readOnly() && keyColumns.contains(name)
                    && attribute.relation().kind() == RelationKind.MANY_TO_ONE;
            if (!shared) {
                columns.add(new Column(name, SqlTypes.canonical(joinColumn.type()),
                        !notNull && (written == null || written.nullable()), null, false));
            }
            names.add(name);
            physicalNames.add(naming.physicalColumn(joinColumn.logicalName()));
            if (written != null) {
                fkName = fkName != null ? fkName : written.foreignKeyName();
                noConstraint |= written.noConstraint();
            }
        }
        // An owning one-to-one is unique in Hibernate whatever @JoinColumn(unique) says; joined to columns other than
        // the key, even over columns that basic attributes map.
        boolean unique = joinColumns.size() == 1 && joinColumns.get(0).written() != null
                && joinColumns.get(0).written().unique();
        boolean toNonKey = joinColumns.size() > 1 && !CompositeKeys.referencedAttributes(attribute, target,
                keys.bindingOrderNames(target), naming).isEmpty();
        if (!key && (attribute.relation().kind() == RelationKind.ONE_TO_ONE
                && (toNonKey || !mappedByBasics(entity, names)) || unique)) {
            String table = naming.table(entity.logicalTableName());
            uniques.add(new UniqueConstraint(PostgresNames.unique(table, names), names));
        }
        // Hibernate creates no foreign key for a @NotFound relation, whose target row may be missing.
        if (noConstraint || hierarchy.isSpreadOverTables(target) || Subselects.hasNoTable(hierarchy, target)
                || HibernateAnnotations.has(attribute.origin().element(), "NotFound")) {
            return;
        }
        String table = naming.physicalTable(entity.logicalTableName());
        // Before 6.6, Hibernate copies a derived identity's foreign key from the root into each TABLE_PER_CLASS
        // subclass's table: 6.5 under the root's name, 6.4 and earlier under the name Hibernate 5 gave it (a hash
        // without the referenced table).
        boolean copiedKey = key && !minor.atLeast(HibernateMinor.V6_6) && hierarchy.parent(entity) != null
                && hierarchy.strategy(entity) == InheritanceSpec.Strategy.TABLE_PER_CLASS;
        String hashedTable = copiedKey ? naming.physicalTable(hierarchy.root(entity).logicalTableName()) : table;
        String name = fkName != null ? fkName
                : copiedKey && !minor.atLeast(HibernateMinor.V6_5) ? HibernateNames.legacyForeignKey(table, physicalNames)
                : HibernateNames.foreignKey(hashedTable, naming.physicalTable(target.logicalTableName()), physicalNames);
        List<String> referenced = joinColumns.stream().map(j -> naming.column(j.referenced().logicalName())).toList();
        foreignKeys.add(new ForeignKey(naming.foreignKey(name, fkName != null), names, tableName(target), referenced,
                onDelete(entity, attribute), ForeignKeyAction.NO_ACTION));
    }

    private Set<String> receivers() {
        if (receivers == null) {
            receivers = OneToManyJoinColumns.receivers(model, hierarchy);
        }
        return receivers;
    }

    private Map<EntityClass, List<List<String>>> referencedUniques() {
        if (referencedUniques == null) {
            // By identity: an entity's hashCode walks all its attributes.
            referencedUniques = new IdentityHashMap<>();
            for (EntityClass entity : model.entities()) {
                for (Attribute attribute : entity.attributes()) {
                    if (!attribute.hasJoinColumn() || CompositeKeys.written(attribute).isEmpty()) {
                        continue;
                    }
                    model.target(attribute).map(hierarchy::tableOf).filter(keys::known).ifPresent(target -> {
                        List<String> keyNames = keys.bindingOrderNames(target);
                        List<Attribute> columns = CompositeKeys.written(attribute).size() > 1
                                ? CompositeKeys.referencedAttributes(attribute, target, keyNames, naming)
                                // One column other than the key: Hibernate 7 makes it unique, 6 wants it unique.
                                : minor.atLeast(HibernateMinor.V7_0) && attribute.relation().propertyRef() == null
                                        ? CompositeKeys.referencedAttribute(attribute, target, keyNames, naming).stream()
                                                .toList()
                                        : List.of();
                        List<String> referenced = columns.stream().map(a -> naming.column(a.logicalColumnName()))
                                .toList();
                        List<List<String>> known = referencedUniques.computeIfAbsent(target, t -> new ArrayList<>());
                        if (!referenced.isEmpty() && !known.contains(referenced)) {
                            known.add(referenced);
                        }
                    });
                }
            }
        }
        return referencedUniques;
    }

    /**
     * Whether basic attributes of {@code entity} map every one of {@code columns} too, an embedded id's (OHDSI's tag
     * tables join a one-to-one by a column of their {@code @EmbeddedId}) or an embeddable's included: Hibernate (6.6
     * and 7.4, in either order of declaration) binds the join columns of to-ones last and keeps the basic column,
     * without the unique key of a one-to-one's join column.
     */
    private boolean mappedByBasics(EntityClass entity, List<String> columns) {
        Set<String> basics = new HashSet<>();
        for (Attribute a : entity.attributes()) {
            if (!a.isRelation() && !a.isEmbedded() && a.collection() == null
                    && (a.column() == null || a.column().table() == null)) {
                basics.add(naming.column(a.logicalColumnName()));
            }
        }
        return basics.containsAll(columns);
    }

    /**
     * The {@code on delete} of an owning relation's foreign key: its own {@code @OnDelete}, or else the one on the
     * {@code @OneToMany(mappedBy)} of its target that it owns, which Hibernate gives the same foreign key.
     */
    private ForeignKeyAction onDelete(EntityClass owner, Attribute attribute) {
        if (attribute.details().onDelete() != ForeignKeyAction.NO_ACTION) {
            return attribute.details().onDelete();
        }
        Set<String> owners = new HashSet<>();
        for (EntityClass e = owner; e != null; e = hierarchy.parent(e)) {
            owners.add(e.qualifiedName());
        }
        return model.target(attribute).stream().flatMap(target -> target.attributes().stream())
                .filter(a -> a.collection() != null && a.relation() != null
                        && a.relation().kind() == RelationKind.ONE_TO_MANY
                        && attribute.name().equals(a.relation().mappedBy())
                        && owners.contains(a.relation().target().name()))
                .map(a -> a.details().onDelete())
                .filter(action -> action != ForeignKeyAction.NO_ACTION)
                .findFirst().orElse(ForeignKeyAction.NO_ACTION);
    }

    /** Whether {@code attribute} is a one-to-one whose written join columns are all key columns mapped before it. */
    private boolean joinsByTheKey(Attribute attribute, Map<String, Attribute> columnOwners) {
        List<JoinColumnSpec> written = CompositeKeys.written(attribute);
        return attribute.hasJoinColumn() && attribute.relation().kind() == RelationKind.ONE_TO_ONE && !attribute.id()
                && attribute.mapsId() == null && !written.isEmpty()
                && written.stream().allMatch(j -> j.name() != null && !j.name().isBlank() && !j.readOnly()
                        && columnOwners.containsKey(naming.column(j.name()))
                        && columnOwners.get(naming.column(j.name())).id());
    }

    private static Set<String> checkNames(List<CheckConstraint> checks) {
        Set<String> names = new HashSet<>();
        checks.forEach(c -> names.add(c.name()));
        return names;
    }

    /** The one column a table check refers to, as {@link ImplicitConstraintNames#onlyColumnOf} says. */
    private static String onlyColumnOf(String expression, List<Column> columns) {
        return ImplicitConstraintNames.onlyColumnOf(expression, columns);
    }

    /**
     * Whether Hibernate binds the basic (or embedded) attribute {@code first} before {@code second}, both of one class:
     * it binds a class's attributes sorted by name (an embedded one's columns with the field that embeds it), so of two
     * fields mapping one column the first by name gives the column ({@code NOT NULL} or not), whatever their order in
     * the source.
     */
    private static boolean bindsBefore(Attribute first, Attribute second) {
        return owner(first).equals(owner(second)) && bindingName(first).compareTo(bindingName(second)) < 0;
    }

    /**
     * The natural id's columns as Hibernate adds them to its unique key, attribute by attribute as it binds them: a
     * {@code @MappedSuperclass}'s attributes before its subclass's, each class's by name; a to-one's join columns too.
     */
    private static List<String> naturalIdOrder(Map<Attribute, List<String>> columnsByAttribute) {
        List<String> classes = columnsByAttribute.keySet().stream().map(TableMapper::owner).distinct().toList();
        return columnsByAttribute.keySet().stream()
                .sorted(Comparator.comparing((Attribute a) -> classes.indexOf(owner(a)))
                        .thenComparing(TableMapper::bindingName))
                .flatMap(a -> columnsByAttribute.get(a).stream()).toList();
    }

    private static String owner(Attribute attribute) {
        if (attribute.embedding() == null) {
            return attribute.declaringClass();
        }
        Element root = attribute.embedding().root() == null ? null : attribute.embedding().root().element();
        return root == null || !(root.getEnclosingElement() instanceof TypeElement type) ? ""
                : type.getQualifiedName().toString();
    }

    private static String bindingName(Attribute attribute) {
        return attribute.embedding() == null ? attribute.name() : attribute.embedding().path();
    }

    private static Optional<String> firstDuplicate(List<String> names) {
        Set<String> seen = new HashSet<>();
        return names.stream().filter(n -> !seen.add(n)).findFirst();
    }

    private MappedSequence sequence(SequenceGeneratorSpec generator) {
        return sequence(naming, generator);
    }

    /** A {@code @SequenceGenerator}'s sequence as Hibernate creates it: named by the physical naming strategy. */
    static MappedSequence sequence(Naming naming, SequenceGeneratorSpec generator) {
        String name = naming.sequence(generator.sequenceName() != null ? generator.sequenceName() : generator.name());
        String qualified = generator.schema() == null ? name : naming.schema(generator.schema()) + "." + name;
        return new MappedSequence(new Sequence(qualified, generator.initialValue(), generator.allocationSize()),
                generator.origin());
    }

    /**
     * A generator's table as Hibernate creates it: the physical naming strategy applies to
     * the table; its two columns are identifiers without it.
     */
    private MappedGeneratorTable generatorTable(TableGeneratorSpec generator) {
        String local = naming.generatorTable(generator.table());
        String name = generator.schema() == null ? local : naming.schema(generator.schema()) + "." + local;
        String key = naming.storedAsIdentifier(generator.pkColumnName());
        Table table = new Table(name, List.of(
                new Column(naming.storedAsIdentifier(generator.valueColumnName()), "bigint", true, null, false),
                new Column(key, "varchar(255)", false, null, false)),
                new PrimaryKey(PostgresNames.primaryKey(local), List.of(key)), List.of(), List.of(), List.of(),
                List.of(), null);
        return new MappedGeneratorTable(table, generator.origin());
    }
}
