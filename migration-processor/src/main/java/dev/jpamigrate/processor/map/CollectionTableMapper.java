package dev.jpamigrate.processor.map;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.ProcessorOptions;
import dev.jpamigrate.processor.map.HibernateColumnOrder.KeyColumn;
import dev.jpamigrate.processor.model.Attribute.EnumStorage;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.Attribute.RelationKind;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.map.MappedTable.MappedSequence;
import dev.jpamigrate.processor.model.CollectionSpec.CollectionIdSpec;
import dev.jpamigrate.processor.model.CollectionSpec.CollectionKind;
import dev.jpamigrate.processor.model.CollectionSpec.TableSpec;
import dev.jpamigrate.processor.model.CollectionSpec;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.model.JavaType.Kind;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.SequenceGeneratorSpec;
import dev.jpamigrate.processor.naming.HibernateNames;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.PostgresNames;
import dev.jpamigrate.processor.read.IntegralColumnTypes;
import dev.jpamigrate.processor.read.SoftDeleteReader;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Maps the collection fields of one validated entity to the tables Hibernate creates for
 * them: the join table of an owning {@code @ManyToMany}, and of a {@code @OneToMany}
 * without {@code @JoinColumn}; the collection table of an {@code @ElementCollection}. Each
 * has the owner's join column, the element's columns (a join column to the target, or the
 * value column), a map's key column and a list's order column, and the primary key or
 * unique constraint that Hibernate derives from the kind of collection.
 */
public final class CollectionTableMapper {
    private final ErrorReporter reporter;
    private final EntityModel model;
    private final Naming naming;
    private final ColumnTypes columnTypes;
    private final ProcessorOptions.HibernateMinor minor;
    private final Hierarchy hierarchy;
    private final KeyColumns keys;
    private final boolean hashedUniqueNames;

    public CollectionTableMapper(ErrorReporter reporter, EntityModel model, Naming naming, ColumnTypes columnTypes,
            ProcessorOptions.HibernateMinor minor) {
        // Hibernate 6.2 names an unnamed @UniqueConstraint UK and a hash.
        this.hashedUniqueNames = !minor.atLeast(ProcessorOptions.HibernateMinor.V6_3);
        this.reporter = reporter;
        this.model = model;
        this.naming = naming;
        this.columnTypes = columnTypes;
        this.minor = minor;
        this.hierarchy = new Hierarchy(model);
        this.keys = new KeyColumns(model, columnTypes, naming);
    }

    /** Whether {@code attribute} has a table of its own. */
    public static boolean hasTable(Attribute attribute) {
        if (attribute.isElementCollection()) {
            return true;
        }
        return attribute.relation() != null && attribute.relation().owning()
                && (attribute.relation().kind() == RelationKind.MANY_TO_MANY
                        || attribute.relation().kind() == RelationKind.ONE_TO_MANY
                                && CompositeKeys.written(attribute).isEmpty());
    }

    /**
     * The tables of the collection fields of {@code entity}; a table whose names clash is reported and left out.
     * A collection that an entity superclass declares is its superclass's (Hibernate maps it once, for the
     * declaring entity); one that a mapped superclass declares is each inheriting entity's own.
     */
    public List<MappedTable> map(EntityClass entity) {
        List<MappedTable> tables = new ArrayList<>();
        for (Attribute attribute : hierarchy.ownAttributes(entity)) {
            if (hasTable(attribute)) {
                map(entity, attribute).ifPresent(t -> tables.add(MappedTable.ofCollection(entity, attribute, t,
                        collectionIdSequence(attribute, t))));
            }
        }
        return tables;
    }

    /**
     * The sequence of an id bag's {@code @CollectionId(generator = "sequence")}: {@code <table>_seq}, as
     * Hibernate's {@code SequenceStyleGenerator} names it for a generator without a name, by 50 from 1; or of
     * the {@code @SequenceGenerator} on the field that {@code generator} names, as that generator declares it.
     */
    private List<MappedSequence> collectionIdSequence(Attribute attribute, Table table) {
        CollectionIdSpec id = attribute.collection().collectionId();
        if (id == null) {
            return List.of();
        }
        if ("sequence".equals(id.generator())) {
            // Hibernate names it after the whole table name, which PostgreSQL cuts: the first 63 bytes either way.
            String name = PostgresNames.truncate(table.name() + "_seq");
            return List.of(new MappedSequence(new Sequence(name, 1, 50), id.origin()));
        }
        return attribute.generators().stream()
                .filter(g -> g instanceof SequenceGeneratorSpec && g.name().equals(id.generator()))
                .map(SequenceGeneratorSpec.class::cast).findFirst()
                .map(g -> List.of(TableMapper.sequence(naming, g))).orElse(List.of());
    }

    /** The logical name of the table of collection {@code attribute} of {@code owner}: written, or Hibernate's implicit one. */
    public String logicalName(EntityClass owner, Attribute attribute) {
        TableSpec spec = attribute.collection().table();
        if (spec != null && spec.name() != null) {
            return spec.name();
        }
        return attribute.isElementCollection()
                ? naming.collectionTable(owner.entityName(), hierarchy.tableOf(owner).logicalTableName(), attribute.name())
                // Hibernate names it after the tables that hold the rows: a SINGLE_TABLE subclass's are its root's.
                : naming.joinTable(hierarchy.tableOf(owner).logicalTableName(),
                        hierarchy.tableOf(model.target(attribute).orElse(null)).logicalTableName(), attribute.name());
    }

    private Optional<Table> map(EntityClass owner, Attribute attribute) {
        CollectionSpec collection = attribute.collection();
        TableSpec spec = collection.table();
        EntityClass target = model.target(attribute).orElse(null);
        Builder table = new Builder(logicalName(owner, attribute), spec != null ? spec.schema() : null);

        String entityPrefix = naming.ownerPrefix(owner.entityName(), hierarchy.tableOf(owner).logicalTableName());
        String ownerPrefix = attribute.isElementCollection() ? entityPrefix
                : inverseAttribute(owner, attribute, target).orElse(entityPrefix);
        List<KeyColumn> owning = table.joinColumns(spec == null ? List.of() : spec.joinColumns(),
                implicitJoinColumn(ownerPrefix, owner), owner, spec == null ? null : spec.foreignKeyName(),
                spec != null && spec.noConstraint(), false);

        List<KeyColumn> element;
        if (attribute.isElementCollection()) {
            element = collection.elementAttributes().isEmpty() ? List.of(table.valueColumn(attribute.element(), true))
                    : embeddableColumns(table, collection.elementAttributes());
            if (collection.kind() == CollectionKind.SET && !collection.elementAttributes().isEmpty()
                    && minor.atLeast(ProcessorOptions.HibernateMinor.V7_4)) {
                // Hibernate 7.4 sizes the columns of a Set's embeddable before it resolves their types, by their
                // default JDBC type: a double is a DOUBLE of 8 bytes there, a FLOAT(53) elsewhere (and in 6.6 to 7.3).
                element.stream().filter(c -> c.column().type().equals("double precision"))
                        .forEach(c -> columnTypes.sizes().noteType(table.local, c.stored(), "bigint"));
            }
        } else {
            element = table.joinColumns(spec == null ? List.of() : spec.inverseJoinColumns(),
                    implicitJoinColumn(attribute.name(), target), target,
                    spec == null ? null : spec.inverseForeignKeyName(), spec != null && spec.inverseNoConstraint(),
                    false);
        }
        List<KeyColumn> index = new ArrayList<>();
        if (collection.isMap() && collection.mapKey() == null) {
            index.addAll(mapKey(table, attribute));
        } else if (collection.orderColumn() != null) {
            index.add(table.orderColumn(attribute, false));
        }
        if (collection.collectionId() != null) {
            // An id bag: its surrogate key is the table's primary key.
            table.primaryKey(List.of(table.collectionIdColumn(collection.collectionId())));
        } else {
            key(table, attribute, owning, element, index);
        }
        softDelete(owner, attribute).ifPresent(table::softDeleteColumn);
        return table.build(attribute);
    }

    /**
     * The {@code @SoftDelete} indicator of a collection's table: the collection's own; else, since Hibernate 7.4, that
     * of the entity or mapped superclass declaring the collection, when that class carries it (its name, strategy and
     * converter). Hibernate 7.4 soft-deletes the rows of those collection and join tables with the entity; the
     * collections of a subclass of the soft-deleted class get none, and 6.x and 7.2 give none at all.
     */
    private Optional<Attribute> softDelete(EntityClass owner, Attribute attribute) {
        if (attribute.collection().softDelete() != null) {
            return Optional.of(attribute.collection().softDelete());
        }
        if (!minor.atLeast(ProcessorOptions.HibernateMinor.V7_4)) {
            return Optional.empty();
        }
        // The indicator's declaring class is the class annotated with @SoftDelete (SoftDeleteReader).
        return owner.attributes().stream().filter(a -> a.name().equals(SoftDeleteReader.ATTRIBUTE)
                && a.declaringClass().equals(attribute.declaringClass())).findFirst();
    }

    /**
     * The primary key or unique constraints that Hibernate gives the table of {@code attribute}.
     *
     * @param index the map's key columns or the list's order column, or empty
     */
    private void key(Builder table, Attribute attribute, List<KeyColumn> owning, List<KeyColumn> element,
            List<KeyColumn> index) {
        CollectionKind kind = attribute.collection().kind();
        // Hibernate 7.0 to 7.3 key these tables as 6.6 does.
        boolean hibernate74 = minor.atLeast(ProcessorOptions.HibernateMinor.V7_4);
        boolean oneToMany = attribute.relation() != null && attribute.relation().kind() == RelationKind.ONE_TO_MANY;
        if (oneToMany && kind == CollectionKind.SET && hibernate74) {
            // Hibernate 7.4 keys a one-to-many Set's join table by the element alone, which makes it unique.
            table.primaryKey(element);
            return;
        }
        if (oneToMany) {
            table.unique(element);
        }
        List<KeyColumn> ownerAndElement = new ArrayList<>(owning);
        ownerAndElement.addAll(element);
        List<KeyColumn> ownerAndIndex = new ArrayList<>(owning);
        ownerAndIndex.addAll(index);
        switch (kind) {
            case SET -> {
                if (hibernate74 && declaresUniqueConstraints(attribute)) {
                    // Hibernate 7.4 keys a Set's table only when it has no unique keys (Set.createPrimaryKey): beside
                    // the @CollectionTable's own, it has neither a primary key nor the stand-in unique below.
                    return;
                }
                if (element.stream().noneMatch(c -> c.column().nullable())) {
                    table.primaryKey(ownerAndElement);
                } else if (hibernate74) {
                    // A nullable value cannot be in a key: Hibernate 7.4 makes the pair unique instead.
                    table.unique(ownerAndElement);
                }
            }
            // A map keyed by an attribute of its target (@MapKey) has no key column: its element is the key.
            case MAP -> table.primaryKey(!index.isEmpty() ? ownerAndIndex : ownerAndElement);
            case LIST -> table.primaryKey(ownerAndIndex);
            default -> { }
        }
    }

    private static boolean declaresUniqueConstraints(Attribute attribute) {
        TableSpec spec = attribute.collection().table();
        return spec != null && !spec.uniqueConstraints().isEmpty();
    }

    /**
     * The columns of an embeddable element, one per basic attribute and per {@code @ManyToOne}
     * (its join column), named by the attribute or by the collection field's overrides, in
     * the order Hibernate binds them (which a unique constraint over them keeps): the
     * attributes by name, level by level.
     */
    private List<KeyColumn> embeddableColumns(Builder table, List<Attribute> attributes) {
        List<Attribute> sorted = new ArrayList<>(attributes);
        sorted.sort((a, b) -> Arrays.compare(a.embedding().path().split("\\."), b.embedding().path().split("\\.")));
        List<KeyColumn> columns = new ArrayList<>();
        for (Attribute part : sorted) {
            if (part.hasJoinColumn()) {
                EntityClass target = model.target(part).orElseThrow();
                List<JoinColumnSpec> written = CompositeKeys.written(part);
                boolean nullable = part.relation().optional() && written.stream().allMatch(JoinColumnSpec::nullable);
                columns.addAll(table.joinColumns(written, implicitJoinColumn(part.name(), target), target, null, false,
                        nullable));
            } else if (!part.isEmbedded()) {
                columns.add(table.valueColumn(part, true));
            }
        }
        return columns;
    }

    /**
     * The key columns of a map: a join column to an entity key, a basic column, or a column per
     * attribute of an embeddable key (named by the attribute or by {@code @AttributeOverride(name =
     * "key.<attribute>")}), all part of the primary key.
     */
    private List<KeyColumn> mapKey(Builder table, Attribute attribute) {
        CollectionSpec collection = attribute.collection();
        JavaType key = collection.key();
        if (key.kind() == Kind.ENTITY) {
            EntityClass keyEntity = model.entity(key.name()).orElseThrow();
            return table.joinColumns(collection.writtenMapKeyJoinColumns(), column -> attribute.name() + "_KEY",
                    keyEntity, null, false, false);
        }
        if (!collection.keyAttributes().isEmpty()) {
            List<KeyColumn> columns = new ArrayList<>();
            for (Attribute part : collection.keyAttributes()) {
                if (part.hasJoinColumn()) {
                    // A @ManyToOne in the key: its join columns, part of the primary key.
                    EntityClass target = model.target(part).orElseThrow();
                    columns.addAll(table.joinColumns(CompositeKeys.written(part), implicitJoinColumn(part.name(), target),
                            target, null, false, false));
                } else if (!part.isEmbedded()) {
                    columns.add(table.valueColumn(part, false));
                }
            }
            return columns;
        }
        return List.of(table.valueColumn(attribute.mapKey(), false));
    }

    /** JPA's implicit name of a join column to the key column of {@code referenced} that it is given. */
    private UnaryOperator<String> implicitJoinColumn(String prefix, EntityClass referenced) {
        String referencedTable = hierarchy.tableOf(referenced).logicalTableName();
        return key -> HibernateNames.implicitJoinColumn(naming, prefix, referencedTable, key);
    }

    /** The field of the target that maps the other side of a {@code @ManyToMany} with {@code mappedBy}. */
    private static Optional<String> inverseAttribute(EntityClass owner, Attribute attribute, EntityClass target) {
        return target.attributes().stream()
                .filter(a -> a.relation() != null && attribute.name().equals(a.relation().mappedBy())
                        && a.relation().target().name().equals(owner.qualifiedName()))
                .map(Attribute::name)
                .findFirst();
    }

    /** The table under construction, named as the model writes it. */
    private final class Builder {
        private final String logical;
        private final String local;
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private PrimaryKey primaryKey;

        public Builder(String logical, String schema) {
            this.logical = logical;
            this.local = naming.table(logical);
            this.name = schema == null ? local : naming.schema(schema) + "." + local;
        }

        /**
         * The join columns to the primary key of {@code referenced} (a JOINED subclass's own), one per key column,
         * in the order Hibernate binds them, with their foreign key.
         *
         * @param written the {@code @JoinColumn}s written for them, matched as a relation's {@code @JoinColumns}
         * @param implicitName the name of a join column without one, from the key column's logical name
         * @param tableForeignKey the name that the table annotation gives the key, or {@code null}
         */
        public List<KeyColumn> joinColumns(List<JoinColumnSpec> written, UnaryOperator<String> implicitName,
                EntityClass referenced, String tableForeignKey, boolean tableNoConstraint, boolean nullable) {
            List<KeyColumns.JoinColumn> bound = keys.tableJoinColumns(referenced, written, implicitName);
            List<KeyColumn> added = new ArrayList<>();
            for (KeyColumns.JoinColumn joinColumn : bound) {
                added.add(add(new Column(naming.column(joinColumn.logicalName()), SqlTypes.canonical(joinColumn.type()),
                        nullable, null, false), joinColumn.logicalName()));
            }
            List<KeyColumns.JoinColumn> joinColumns = keys.byReferencedKey(bound);
            String foreignKey = written.stream().map(JoinColumnSpec::foreignKeyName).filter(n -> n != null)
                    .findFirst().orElse(tableForeignKey);
            boolean noConstraint = tableNoConstraint || written.stream().anyMatch(JoinColumnSpec::noConstraint);
            // A SINGLE_TABLE subclass's rows are in its root's table; a TABLE_PER_CLASS entity's in several tables.
            EntityClass referencedTable = hierarchy.tableOf(referenced);
            if (!noConstraint && !hierarchy.isSpreadOverTables(referenced) && !Subselects.hasNoTable(hierarchy, referenced)) {
                String fkName = foreignKey != null ? foreignKey : HibernateNames.foreignKey(naming.physicalTable(logical),
                        naming.physicalTable(referencedTable.logicalTableName()),
                        joinColumns.stream().map(j -> naming.physicalColumn(j.logicalName())).toList());
                foreignKeys.add(new ForeignKey(naming.foreignKey(fkName, foreignKey != null),
                        joinColumns.stream().map(j -> naming.column(j.logicalName())).toList(),
                        tableName(referencedTable),
                        joinColumns.stream().map(j -> naming.column(j.referenced().logicalName())).toList(),
                        ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION));
            }
            return added;
        }

        /** The column of a basic value or map key, with the CHECK of an enum. */
        public KeyColumn valueColumn(Attribute value, boolean nullable) {
            String column = value.logicalColumnName();
            boolean notNull = !nullable || !value.basicOptional() || value.column() != null && !value.column().nullable();
            // @Collate of an embeddable element's field; Hibernate refuses it on the collection itself.
            KeyColumn key = add(new Column(naming.column(column),
                    SqlTypes.canonical(columnTypes.of(value).orElseThrow()), !notNull, null, false, null,
                    value.details().collation()), column);
            columnTypes.sizes().note(local, key.stored(), value);
            // A UserType writes an enum element as it likes: Hibernate gives its column no check.
            if (value.type().kind() == Kind.ENUM && value.converter() == null && value.details().userType() == null) {
                EnumStorage storage = value.enumerated() == null ? EnumStorage.ORDINAL : value.enumerated().storage();
                checks.add(new CheckConstraint(PostgresNames.check(local, key.stored(), checkNames()),
                        EnumChecks.expression(key.stored(), storage, value.type().enumConstants())));
                columnTypes.enumHints().note(local, key.stored(), value.type().enumConstants());
            }
            // A converted enum is stored as its converter's type, with the check of the values it converts to.
            ConvertedEnums.check(key.stored(), value, minor.line()).ifPresent(check -> checks.add(
                    new CheckConstraint(PostgresNames.check(local, key.stored(), checkNames()), check)));
            // A Boolean through a converter: Hibernate's check of the values it gives false and true.
            if (value.converter() != null && BooleanConverters.isBoolean(value.type())) {
                BooleanConverters.check(key.stored(), value.converter())
                        .or(() -> ConvertedEnums.booleanCheck(key.stored(), value, minor))
                        .ifPresent(check -> checks.add(
                                new CheckConstraint(PostgresNames.check(local, key.stored(), checkNames()), check)));
            }
            return key;
        }

        /** Hibernate's {@code @CollectionId}: a NOT NULL column {@code id} (or as named) of its JDBC type. */
        public KeyColumn collectionIdColumn(CollectionIdSpec id) {
            String column = id.column() != null ? id.column() : "id";
            String type = IntegralColumnTypes.sqlType(id.jdbcTypeCode()).orElse("bigint");
            return add(new Column(naming.column(column), type, false, null, false), column);
        }

        /** Hibernate's {@code @SoftDelete} indicator, with its comment and the CHECK of its boolean converter. */
        public void softDeleteColumn(Attribute indicator) {
            String column = indicator.logicalColumnName();
            String stored = naming.column(column);
            add(new Column(stored, SqlTypes.canonical(columnTypes.of(indicator).orElseThrow()),
                    indicator.column().nullable(), null, false, indicator.details().comment()), column);
            columnTypes.sizes().note(local, stored, indicator);
            if (indicator.converter() != null) {
                BooleanConverters.check(stored, indicator.converter()).ifPresent(check -> checks.add(
                        new CheckConstraint(PostgresNames.check(local, stored, checkNames()), check)));
            }
        }

        /** {@code @OrderColumn}: {@code <attribute>_ORDER}, an integer that Hibernate 7 checks is not negative. */
        public KeyColumn orderColumn(Attribute attribute, boolean nullable) {
            KeyColumn key = add(OrderColumns.column(attribute, naming, nullable), OrderColumns.logicalName(attribute));
            OrderColumns.check(local, key.stored(), checkNames(), minor, attribute).ifPresent(checks::add);
            return key;
        }

        public void primaryKey(List<KeyColumn> key) {
            primaryKey = new PrimaryKey(PostgresNames.primaryKey(local), HibernateColumnOrder.sorted(key));
        }

        /** A unique constraint over {@code key} in the order given: Hibernate sorts a primary key's columns only. */
        public void unique(List<KeyColumn> key) {
            List<String> columns = key.stream().map(KeyColumn::stored).toList();
            uniques.add(new UniqueConstraint(PostgresNames.unique(local, columns), columns));
        }

        private KeyColumn add(Column column, String logicalName) {
            columns.add(column);
            naming.noteColumnSpelling(local, column.name(), logicalName);
            return new KeyColumn(column, naming.columnSpelling(local, column.name()));
        }

        private Set<String> checkNames() {
            Set<String> names = new HashSet<>();
            checks.forEach(c -> names.add(c.name()));
            return names;
        }

        public Optional<Table> build(Attribute attribute) {
            Set<String> seen = new HashSet<>();
            for (Column column : columns) {
                if (!seen.add(column.name())) {
                    reporter.error(attribute.origin(), "The table " + name + " of " + attribute.name() + " would get"
                            + " two columns named " + column.name() + ": name the columns apart with @JoinColumn(name"
                            + " = ...), @Column(name = ...), @MapKeyColumn(name = ...) or @OrderColumn(name = ...)");
                    return Optional.empty();
                }
            }
            List<Index> indexes = new ArrayList<>();
            TableSpec spec = attribute.collection().table();
            if (spec != null) {
                int before = reporter.errorCount();
                new TableConstraints(reporter, naming, name, logical, columns, hashedUniqueNames)
                        .add(spec.uniqueConstraints(), spec.indexes(), uniques, indexes);
                if (reporter.errorCount() != before) {
                    return Optional.empty();
                }
            }
            // A declared unique over the key's columns is the key, in its order, as on an entity's table.
            PrimaryKey key = primaryKey == null ? null : TableConstraints.absorbUniquesOfKey(primaryKey, uniques);
            return Optional.of(new Table(name, columns, key, uniques, indexes, foreignKeys, checks));
        }
    }

    private String tableName(EntityClass entity) {
        String local = naming.table(entity.logicalTableName());
        return entity.table().schema() == null ? local : naming.schema(entity.table().schema()) + "." + local;
    }
}
