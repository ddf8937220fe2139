package dev.jpamigrate.processor.map;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.processor.ProcessorOptions.HibernateMinor;
import dev.jpamigrate.processor.map.HibernateColumnOrder.KeyColumn;
import dev.jpamigrate.processor.map.MappedTable.MappedSequence;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.EnumStorage;
import dev.jpamigrate.processor.model.Attribute.RelationKind;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.model.JavaType.Kind;
import dev.jpamigrate.processor.model.UnsupportedUse;
import dev.jpamigrate.processor.model.ValidationSpec;
import dev.jpamigrate.processor.naming.HibernateNames;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.PostgresNames;
import dev.jpamigrate.processor.read.EnversAnnotations;
import dev.jpamigrate.processor.settings.EnversSettings;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.processor.model.CollectionSpec;
import dev.jpamigrate.processor.model.CollectionSpec.CollectionKind;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.InheritanceSpec;
import dev.jpamigrate.processor.read.Annotations;
import dev.jpamigrate.schema.QualifiedNames;
import dev.jpamigrate.schema.SqlTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Element;

/**
 * The tables Hibernate Envers (7.4 and 6.6, default settings) creates for audited entities, as its schema export on
 * PostgreSQL shows them. Once, the revision table {@code REVINFO (REV integer, REVTSTMP bigint)} and its sequence
 * {@code REVINFO_SEQ} (start 1, increment 50). Per audited entity with a table {@code <table>_AUD} (or
 * {@code @AuditTable}'s name): {@code REV integer not null} (a foreign key to {@code REVINFO}), {@code REVTYPE
 * smallint}, the id columns (composite and derived ones alike) and the audited columns, all nullable but the id and a
 * discriminator, without their constraints, keyed by {@code (REV, id)}. A secondary table with audited columns has
 * {@code <secondary table>_AUD}: {@code REV}, its key and those columns, no {@code REVTYPE}, and a foreign key {@code
 * (REV, key)} to the entity's audit table. In a hierarchy: a {@code SINGLE_TABLE} root's audit table has the
 * discriminator and the columns of its audited subclasses; a {@code JOINED} subclass's has {@code REV}, its key and its
 * own audited columns, no {@code REVTYPE}, and a foreign key {@code (REV, key)} to its parent's audit table instead of
 * {@code REVINFO}; each {@code TABLE_PER_CLASS} entity has one of all its columns, an abstract one only when none of
 * its subclasses is audited. Envers audits an entity whose class, a mapped superclass of its own or an attribute it
 * declares has {@code @Audited} ({@code @Audited} on a parent entity does not audit its subclasses, on an embeddable's
 * attribute no entity). Per audited owning {@code @ManyToMany} or {@code @OneToMany} join table and element collection
 * of basic values, {@code <collection table>_AUD} (or {@code @AuditJoinTable}'s name): {@code REV}, {@code REVTYPE} and
 * every column of the collection table, NOT NULL, all but {@code REVTYPE} in the primary key; an element collection of
 * embeddables has another shape ({@link #embeddablesAuditTable}). {@link AuditedAttributes} says which attributes are
 * audited. What is not written ({@link #notWritten}) stays a warning. With a revision entity ({@code @RevisionEntity}
 * on an entity of the module), an ordinary entity mapped as any other, there is no {@code REVINFO} nor {@code
 * REVINFO_SEQ}: each {@code REV} references the revision entity's table instead, typed as its key ({@link
 * RevisionTable}). With the validity audit strategy ({@link EnversSettings.Validity}), each audit table that has {@code
 * REVTYPE} has the end revision column {@code REVEND} too, nullable, a foreign key to the revision table, and, when the
 * timestamp is stored, {@code REVEND_TSTMP} ({@code timestamp(6)}, or {@code bigint} when numeric).
 */
public final class AuditTables {
    private static final String REVISION_TABLE = "REVINFO";
    /** {@code REVINFO}'s key column, which {@code revision_field_name} does not rename. */
    private static final String REVISION_KEY = "REV";

    private final EntityModel model;
    private final Naming naming;
    private final Hierarchy hierarchy;
    private final EnversSettings settings;
    /** The module's revision entity, or {@code null}. */
    private final EntityClass revisionEntity;
    /** The revision table of a module on the class path, or {@code null}. */
    private final RevisionTable dependencyRevisions;
    private final HibernateMinor minor;

    /** With Envers' default settings. */
    public AuditTables(EntityModel model, Naming naming) {
        this(model, naming, EnversSettings.DEFAULTS);
    }

    public AuditTables(EntityModel model, Naming naming, EnversSettings settings) {
        this(model, naming, settings, null, HibernateMinor.V7_4);
    }

    /**
     * @param dependencyRevisions the revision table a module on the class path left ({@link RevisionTable#RESOURCE}), or
     *     {@code null}: with no revision entity of its own, the module's audit tables reference it, not {@code REVINFO}
     * @param minor the Hibernate minor whose audit tables to write
     */
    public AuditTables(EntityModel model, Naming naming, EnversSettings settings, RevisionTable dependencyRevisions,
            HibernateMinor minor) {
        this.dependencyRevisions = dependencyRevisions;
        this.model = model;
        this.naming = naming;
        this.hierarchy = new Hierarchy(model);
        this.settings = settings;
        this.revisionEntity = model.entities().stream().filter(EnversAnnotations::isRevisionEntity).findFirst()
                .orElse(null);
        this.minor = minor;
    }

    /** The warning on an audited entity when a Hibernate Envers setting is given, which JPA Migrate does not read. */
    public static String settingMessage(String setting) {
        return "JPA Migrate does not read this Hibernate Envers setting yet (" + setting + "): the audit tables it"
                + " writes (REVINFO, REVINFO_SEQ, <table>_AUD) are those Envers makes without it (JPA Migrate reads"
                + " audit_table_prefix, audit_table_suffix, revision_field_name, revision_type_field_name,"
                + " embeddable_set_ordinal_field_name, default_schema, and audit_strategy=validity with its"
                + " audit_strategy_validity_* settings but legacy_placement=false), which the migrations will hold instead of"
                + " the ones the setting makes: remove the setting, or create the audit tables in a migration of your"
                + " own";
    }

    /**
     * Whether {@code entity} has {@code @Audited}: on it, a mapped superclass or an attribute. Not on an attribute of
     * an embeddable: Envers audits no entity for it (it audits that attribute where the embedding is audited).
     */
    public static boolean audited(EntityClass entity) {
        return entity.unsupported().stream().anyMatch(EnversAnnotations::isAudited)
                || auditedAttribute(entity.attributes());
    }

    /** Whether one of {@code attributes} has {@code @Audited} of its own, outside an embeddable. */
    private static boolean auditedAttribute(List<Attribute> attributes) {
        return attributes.stream().anyMatch(a -> a.unsupported().stream()
                .anyMatch(u -> EnversAnnotations.isAudited(u) && !inEmbeddable(a, u)));
    }

    /** Whether {@code use} is on an attribute of the embeddable that {@code attribute} flattens. */
    private static boolean inEmbeddable(Attribute attribute, UnsupportedUse use) {
        return attribute.embedding() != null && !use.origin().element().equals(attribute.embedding().root().element());
    }

    /**
     * Whether Envers audits {@code entity}: {@code @Audited} on its class, on a mapped superclass between it and its
     * parent entity, or on an attribute it declares. A parent entity's {@code @Audited} does not audit its subclasses.
     */
    public boolean audits(EntityClass entity) {
        EntityClass parent = hierarchy.parent(entity);
        if (parent == null) {
            return audited(entity);
        }
        Set<Element> inherited = parent.unsupported().stream().filter(EnversAnnotations::isAudited)
                .map(u -> u.origin().element()).collect(Collectors.toSet());
        return entity.unsupported().stream()
                .anyMatch(u -> EnversAnnotations.isAudited(u) && !inherited.contains(u.origin().element()))
                || auditedAttribute(hierarchy.ownAttributes(entity));
    }

    /** Why the audit tables of audited {@code entity} are not written, or {@code null} when they are (or it has none). */
    public String notWritten(EntityClass entity) {
        if (!audits(entity)) {
            return null;
        }
        if (revisionEntity == null && model.entities().stream().flatMap(e -> e.unsupported().stream())
                .anyMatch(EnversAnnotations::isRevisionEntity)) {
            return "a @RevisionEntity on a mapped superclass or parent entity of the module, where Envers does not look"
                    + " for it";
        }
        Optional<UnsupportedUse> other = Stream.concat(entity.unsupported().stream(),
                        entity.attributes().stream().flatMap(a -> a.unsupported().stream()))
                .filter(u -> EnversAnnotations.isEnvers(u) && !EnversAnnotations.isAudited(u) && !written(u))
                .findFirst();
        if (other.isPresent()) {
            return "the entity has " + other.get().feature();
        }
        EntityClass parent = hierarchy.parent(entity);
        if (parent != null && !audits(parent)) {
            return "its parent entity " + parent.entityName() + " is not audited";
        }
        for (Attribute attribute : hierarchy.ownAttributes(entity)) {
            if (attribute.unsupported().stream().anyMatch(u -> AuditedAttributes.isOverride(u)
                    && inEmbeddable(attribute, u))) {
                return "an @AuditOverride inside the embeddable of " + attribute.embedding().rootName();
            }
            if (!AuditedAttributes.audited(entity, attribute)) {
                continue;
            }
            String collection = collectionNotWritten(attribute);
            if (collection != null) {
                return "the audited collection " + attribute.name() + " " + collection;
            }
        }
        return null;
    }

    /** Why the audit table of collection {@code attribute} is not written, or {@code null} when it is or it has none. */
    private static String collectionNotWritten(Attribute attribute) {
        RelationKind kind = attribute.relation() == null ? null : attribute.relation().kind();
        boolean toMany = kind == RelationKind.ONE_TO_MANY || kind == RelationKind.MANY_TO_MANY;
        if (toMany && !attribute.relation().owning() || !toMany && attribute.collection() == null) {
            return null;
        }
        CollectionSpec spec = attribute.collection();
        if (OneToManyJoinColumns.applies(attribute)) {
            return spec.isMap() || attribute.embedding() != null
                    ? "(a @OneToMany @JoinColumn map, or in an embeddable) has an audit table of its own" : null;
        }
        if (!CollectionTableMapper.hasTable(attribute)) {
            return "has an audit table of its own";
        }
        if (attribute.embedding() != null || !spec.keyAttributes().isEmpty()
                || spec.mapKeyJoinColumn() != null || !spec.mapKeyJoinColumns().isEmpty()
                || spec.collectionId() != null || spec.softDelete() != null) {
            return "(keyed by entities or embeddables, in an embeddable, an id bag or soft-deleted) has an audit table"
                    + " of its own";
        }
        return null;
    }

    /**
     * Whether JPA Migrate writes the tables of Envers annotation {@code use} (besides {@code @Audited}) where it writes
     * the entity's: {@code @AuditTable}, {@code @AuditJoinTable} without {@code inverseJoinColumns}, and {@code
     * @AuditOverride(s)} on a class naming their {@code forClass}.
     */
    public static boolean written(UnsupportedUse use) {
        return use.feature().endsWith(".AuditTable") || use.feature().endsWith(".AuditJoinTable")
                && Annotations.list(use.origin().annotation(), "inverseJoinColumns").isEmpty()
                || AuditedAttributes.written(use);
    }

    /**
     * The audit tables of the module's audited entities whose tables are written, and {@code REVINFO} with its
     * sequence; {@code mapped} holds the collection tables the audited collections' audit tables copy.
     */
    public List<MappedTable> tables(EntityTables entityTables, TableMapper mapper, CollectionTableMapper collections,
            List<MappedTable> mapped, ColumnTypes columnTypes) {
        ColumnSizes sizes = columnTypes.sizes();
        KeyColumns keys = new KeyColumns(model, columnTypes, naming);
        List<MappedTable> tables = new ArrayList<>();
        RevisionTable revisions = revisionTable(mapped);
        if (revisions == null) {
            return tables;
        }
        for (EntityClass entity : model.entities()) {
            if (!audits(entity) || notWritten(entity) != null) {
                continue;
            }
            if (tables.isEmpty() && revisions.entity() == null) {
                tables.add(revinfo(entity));
            }
            for (TableShape shape : shapes(entityTables, entity)) {
                TableShape audited = auditedOnly(entity, shape);
                // A secondary table without audited columns has no audit table.
                if (secondary(entity, shape) && audited.attributes().stream().allMatch(Attribute::id)) {
                    continue;
                }
                mapper.map(audited).ifPresent(m -> tables.add(entityAuditTable(entity, shape, m, revisions, sizes)));
            }
            for (MappedTable table : mapped) {
                if (table.collection() != null && table.entity().equals(entity)
                        && AuditedAttributes.audited(entity, table.collection())) {
                    tables.add(collectionAuditTable(entity, table, collections, revisions, sizes, keys));
                }
            }
            for (Attribute attribute : hierarchy.ownAttributes(entity)) {
                if (OneToManyJoinColumns.applies(attribute) && AuditedAttributes.audited(entity, attribute)) {
                    tables.add(middleAuditTable(entity, attribute, keys, revisions, sizes));
                }
            }
        }
        return tables;
    }

    /**
     * The table the revision columns reference: the module's revision entity's, found among the {@code mapped} tables
     * (its key one column), or the one of a module on the class path, or {@code REVINFO}; {@code null} when the
     * revision entity has no such table.
     */
    public RevisionTable revisionTable(List<MappedTable> mapped) {
        if (revisionEntity == null) {
            return dependencyRevisions != null ? dependencyRevisions : new RevisionTable(null, revisionTableName(),
                    naming.physicalTable(REVISION_TABLE), naming.column(REVISION_KEY), "integer");
        }
        EntityClass owner = hierarchy.tableOf(revisionEntity);
        return mapped.stream()
                .filter(t -> t.collection() == null && t.entity().equals(owner) && t.table().primaryKey() != null
                        && t.table().primaryKey().columns().size() == 1)
                .findFirst()
                .map(t -> {
                    String key = t.table().primaryKey().columns().get(0);
                    String type = t.table().columns().stream().filter(c -> c.name().equals(key)).findFirst()
                            .orElseThrow().type();
                    return new RevisionTable(revisionEntity.binaryName(), t.table().name(),
                            naming.physicalTable(owner.logicalTableName()), key, type);
                })
                .orElse(null);
    }

    /**
     * The entity's tables that Envers audits: a {@code SINGLE_TABLE} subclass has none (its root's audit table holds
     * its columns); an abstract {@code TABLE_PER_CLASS} entity, which has no table, has an audit table nonetheless.
     */
    private List<TableShape> shapes(EntityTables entityTables, EntityClass entity) {
        if (!hierarchy.inHierarchy(entity)) {
            return entityTables.of(entity);
        }
        EntityClass root = hierarchy.root(entity);
        return switch (hierarchy.strategy(entity)) {
            case SINGLE_TABLE -> entity == root ? entityTables.of(entity) : List.of();
            case JOINED -> entityTables.of(entity);
            // Hibernate leaves out the table of an abstract entity only when subclasses copy it (an "abstract union
            // table"): an abstract entity's audit table is created when none of its subclasses is audited.
            case TABLE_PER_CLASS -> entity.inheritance().isAbstract()
                    && hierarchy.descendants(entity).stream().anyMatch(this::audits) ? List.of()
                    : List.of(new TableShape(entity, entity.attributes(), Set.of(), root, List.of(), List.of(),
                            List.of(), List.of()));
        };
    }

    /**
     * {@code shape} with only the attributes Envers audits, without the checks and foreign keys of the entity table, and
     * without what Bean Validation makes of their columns: Envers copies each column as the mapping gives it, before
     * Hibernate applies the constraints to the entity's own columns ({@code @Size(max = 16)} leaves the audit column a
     * {@code varchar(255)}, {@code @Digits} a {@code numeric(38,2)}).
     */
    private static TableShape auditedOnly(EntityClass entity, TableShape shape) {
        return new TableShape(shape.entity(), shape.attributes().stream()
                .filter(a -> a.id() || AuditedAttributes.audited(entity, a)).map(AuditTables::unvalidated).toList(),
                shape.optional().stream().map(AuditTables::unvalidated).collect(Collectors.toSet()), shape.idOwner(),
                shape.keyColumns(), shape.extraColumns(), List.of(), List.of());
    }

    private static Attribute unvalidated(Attribute attribute) {
        return attribute.details().validation().equals(ValidationSpec.NONE) ? attribute
                : attribute.withDetails(attribute.details().withValidation(ValidationSpec.NONE));
    }


    private MappedTable revinfo(EntityClass owner) {
        String local = naming.table(REVISION_TABLE);
        String rev = column(local, REVISION_KEY);
        String timestamp = naming.column("REVTSTMP");
        naming.noteColumnSpelling(local, timestamp, "REVTSTMP");
        Table table = new Table(revisionTableName(), List.of(new Column(rev, "integer", false, null, false), Column.of(timestamp,
                "bigint")), new PrimaryKey(PostgresNames.primaryKey(local), List.of(rev)), List.of(), List.of(),
                List.of(), List.of());
        Sequence sequence = new Sequence(naming.sequence(REVISION_TABLE + "_SEQ"), 1, 50);
        return new MappedTable(owner, table, List.of(new MappedSequence(sequence, owner.origin())), List.of(), null);
    }

    /** Whether {@code shape} is a secondary table of {@code entity}'s, not its own table. */
    private static boolean secondary(EntityClass entity, TableShape shape) {
        return shape.entity() != entity && !shape.entity().logicalTableName().equals(entity.logicalTableName());
    }

    /**
     * The audit table of an entity's table {@code mapped} (of its audited attributes), made from {@code shape}. A
     * secondary table's is {@code <secondary table>_AUD}, keyed and referencing the entity's audit table as a {@code
     * JOINED} subclass's references its parent's.
     */
    private MappedTable entityAuditTable(EntityClass entity, TableShape shape, MappedTable mapped,
            RevisionTable revisions, ColumnSizes sizes) {
        boolean secondary = secondary(entity, shape);
        String logical = secondary ? auditName(shape.entity().logicalTableName()) : auditTableName(entity);
        String schema = secondary ? auditTableSchema(shape.entity()) : auditTableSchema(entity);
        Set<String> notNull = new HashSet<>(mapped.table().primaryKey().columns());
        // The discriminator stays NOT NULL, as in the entity table.
        shape.extraColumns().stream().filter(c -> !c.nullable()).forEach(c -> notNull.add(c.name()));
        EntityClass parent = secondary ? entity : hierarchy.parent(entity);
        boolean joinedSubclass = secondary
                || parent != null && hierarchy.strategy(entity) == InheritanceSpec.Strategy.JOINED;
        Table table = auditTable(logical, schema, mapped.table(), notNull, !joinedSubclass, false, revisions,
                sizes);
        if (!secondary && parent != null && hierarchy.strategy(entity) == InheritanceSpec.Strategy.TABLE_PER_CLASS
                && !minor.atLeast(HibernateMinor.V6_6)) {
            table = copiedRevisionKey(entity, logical, table, revisions);
        }
        if (joinedSubclass) {
            // Envers keys a JOINED subclass's audit row by its parent's audit row: (REV, key) references it.
            ForeignKey toParent = shape.extraForeignKeys().get(0);
            String parentLogical = auditTableName(parent);
            String parentSchema = auditTableSchema(parent);
            String parentLocal = naming.table(parentLogical);
            String rev = naming.column(settings.revisionField());
            List<String> columns = new ArrayList<>(List.of(rev));
            columns.addAll(toParent.columns());
            List<String> referenced = new ArrayList<>(List.of(rev));
            referenced.addAll(toParent.referencedColumns());
            List<String> spellings = new ArrayList<>(List.of(naming.physicalColumn(settings.revisionField())));
            toParent.columns().forEach(c -> spellings.add(naming.columnSpelling(mapped.table().localName(), c)));
            String name = HibernateNames.foreignKey(naming.physicalTable(logical), naming.physicalTable(parentLogical),
                    spellings);
            table = new Table(table.name(), table.columns(), table.primaryKey(), List.of(), List.of(),
                    List.of(new ForeignKey(naming.foreignKey(name, false), columns,
                            parentSchema == null ? parentLocal : parentSchema + "." + parentLocal, referenced,
                            ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION)), List.of());
        }
        return new MappedTable(entity, withEnumChecks(table, shape), List.of(), List.of(), null);
    }

    /**
     * {@code table} with the checks of its audited enum columns: Envers copies an enum attribute's type, and Hibernate
     * writes the type's check ({@code between 0 and n} for ORDINAL, {@code in (...)} for STRING) on the audit table's
     * column too, unnamed (PostgreSQL names it {@code <audit table>_<column>_check}).
     */
    private Table withEnumChecks(Table table, TableShape shape) {
        List<CheckConstraint> checks = new ArrayList<>(table.checks());
        Set<String> taken = new HashSet<>();
        checks.forEach(c -> taken.add(c.name()));
        Set<String> columns = new HashSet<>();
        table.columns().forEach(c -> columns.add(c.name()));
        for (Attribute attribute : shape.attributes()) {
            if (attribute.isRelation() || attribute.type().kind() != Kind.ENUM || attribute.converter() != null
                    || attribute.embedding() != null) {
                continue;
            }
            String column = naming.column(attribute.logicalColumnName());
            if (!columns.contains(column)) {
                continue;
            }
            EnumStorage storage = attribute.enumerated() == null ? EnumStorage.ORDINAL : attribute.enumerated().storage();
            String name = PostgresNames.check(table.localName(), column, taken);
            taken.add(name);
            checks.add(new CheckConstraint(name, EnumChecks.expression(column, storage,
                    attribute.type().enumConstants())));
        }
        return checks.size() == table.checks().size() ? table : new Table(table.name(), table.columns(),
                table.primaryKey(), table.uniqueConstraints(), table.indexes(), table.foreignKeys(), checks,
                table.comment());
    }

    /**
     * {@code table}, the audit table of a {@code TABLE_PER_CLASS} subclass, with its foreign key to {@code REVINFO}
     * named as Hibernate 6.5 and earlier name it: part of the audit entity's id, the key is copied from the root's audit
     * entity into each subclass's table, as the entity tables' derived identities are ({@link TableMapper}): 6.5 names
     * it after the root's audit table, 6.4 and earlier as Hibernate 5 did (a hash without the referenced table).
     */
    private Table copiedRevisionKey(EntityClass entity, String logical, Table table, RevisionTable revisions) {
        List<String> columns = List.of(naming.physicalColumn(settings.revisionField()));
        String name = minor.atLeast(HibernateMinor.V6_5)
                ? HibernateNames.foreignKey(naming.physicalTable(auditTableName(hierarchy.root(entity))),
                        revisions.physicalName(), columns)
                : HibernateNames.legacyForeignKey(naming.physicalTable(logical), columns);
        // Only REV's key is copied as part of the id; the validity strategy's end revision is an ordinary reference.
        List<ForeignKey> foreignKeys = new ArrayList<>(table.foreignKeys());
        ForeignKey revision = foreignKeys.get(0);
        foreignKeys.set(0, new ForeignKey(naming.foreignKey(name, false), revision.columns(), revision.referencedTable(),
                revision.referencedColumns(), revision.onDelete(), revision.onUpdate()));
        return new Table(table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(), table.indexes(),
                foreignKeys, table.checks(), table.comment());
    }

    /** The audit table of collection table {@code mapped}: all its columns, NOT NULL and in the key. */
    private MappedTable collectionAuditTable(EntityClass entity, MappedTable mapped, CollectionTableMapper collections,
            RevisionTable revisions, ColumnSizes sizes, KeyColumns keys) {
        Attribute attribute = mapped.collection();
        Optional<UnsupportedUse> joinTable = attribute.unsupported().stream()
                .filter(u -> u.feature().endsWith(".AuditJoinTable")).findFirst();
        String name = joinTable.map(u -> Annotations.string(u.origin().annotation(), "name")).orElse(null);
        String logical = name != null ? name : auditName(collections.logicalName(entity, attribute));
        String writtenSchema = joinTable.map(u -> Annotations.string(u.origin().annotation(), "schema")).orElse(null);
        String schema = writtenSchema != null ? naming.schema(writtenSchema)
                : settings.defaultSchema() != null ? naming.schema(settings.defaultSchema())
                : QualifiedNames.schemaOf(mapped.table().name());
        Set<String> all = mapped.table().columns().stream().map(Column::name).collect(Collectors.toSet());
        Table table = attribute.collection().elementAttributes().isEmpty()
                ? auditTable(logical, schema, mapped.table(), all, true, true, revisions, sizes)
                : embeddablesAuditTable(logical, schema, entity, attribute, mapped.table(), revisions, sizes,
                        keys);
        return MappedTable.ofCollection(entity, attribute, table, List.of());
    }

    /**
     * The audit table of a collection of embeddables, as Envers 6.6 and 7.4 make it: {@code REV}, {@code REVTYPE}
     * (NOT NULL), for a {@code Set} an ordinal {@code SETORDINAL integer} NOT NULL, then every column of the collection
     * table; keyed by those three and the owner's join columns, a list's order column or a map's key columns, which
     * stay NOT NULL; the embeddable's columns nullable and out of the key.
     */
    private Table embeddablesAuditTable(String logical, String schema, EntityClass owner, Attribute attribute,
            Table source, RevisionTable revisions, ColumnSizes sizes, KeyColumns keys) {
        CollectionSpec spec = attribute.collection();
        Set<String> key = new HashSet<>();
        EntityClass ownerTable = hierarchy.tableOf(owner);
        List<JoinColumnSpec> written = spec.table() == null ? List.of()
                : spec.table().joinColumns();
        for (KeyColumns.JoinColumn join : keys.tableJoinColumns(owner, written, k -> HibernateNames.implicitJoinColumn(
                naming, naming.ownerPrefix(owner.entityName(), ownerTable.logicalTableName()), ownerTable.logicalTableName(),
                k))) {
            key.add(naming.column(join.logicalName()));
        }
        if ((spec.isMap() || spec.orderColumn() != null) && source.primaryKey() != null) {
            key.addAll(source.primaryKey().columns());
        }
        Table table = auditTable(logical, schema, source, key, true, false, revisions, sizes);
        String local = table.localName();
        List<Column> columns = new ArrayList<>(table.columns());
        Column revisionType = columns.get(1).withNullable(false);
        columns.set(1, revisionType);
        List<KeyColumn> keyColumns = new ArrayList<>();
        keyColumns.add(new KeyColumn(columns.get(0), naming.columnSpelling(local, columns.get(0).name())));
        keyColumns.add(new KeyColumn(revisionType, naming.columnSpelling(local, revisionType.name())));
        if (spec.kind() == CollectionKind.SET) {
            Column ordinal = new Column(column(local, settings.setOrdinalField()), "integer", false, null, false);
            columns.add(2, ordinal);
            keyColumns.add(new KeyColumn(ordinal, naming.columnSpelling(local, ordinal.name())));
        }
        for (Column c : columns.subList(spec.kind() == CollectionKind.SET ? 3 : 2, columns.size())) {
            if (key.contains(c.name())) {
                keyColumns.add(new KeyColumn(c, naming.columnSpelling(local, c.name())));
            }
        }
        return new Table(table.name(), columns, new PrimaryKey(table.primaryKey().name(),
                HibernateColumnOrder.sorted(keyColumns)), List.of(), List.of(), table.foreignKeys(), List.of());
    }

    /**
     * The audit table Envers gives a unidirectional {@code @OneToMany @JoinColumn}, which has no table of its own: its
     * middle table {@code <owner class>_<target class>_AUD} (the classes' simple names, whatever the entities' and
     * tables' names) or {@code @AuditJoinTable}'s name, of the join columns, the target's key columns as the target's
     * root names them and the {@code @OrderColumn}, all NOT NULL and in the key.
     */
    private MappedTable middleAuditTable(EntityClass owner, Attribute attribute, KeyColumns keys,
            RevisionTable revisions, ColumnSizes sizes) {
        EntityClass target = model.target(attribute).orElseThrow();
        Optional<UnsupportedUse> joinTable = attribute.unsupported().stream()
                .filter(u -> u.feature().endsWith(".AuditJoinTable")).findFirst();
        String name = joinTable.map(u -> Annotations.string(u.origin().annotation(), "name")).orElse(null);
        String logical = name != null ? name : auditName(simpleName(owner) + "_" + simpleName(target));
        String writtenSchema = joinTable.map(u -> Annotations.string(u.origin().annotation(), "schema")).orElse(null);
        String local = naming.table(logical);
        EntityClass ownerTable = hierarchy.tableOf(owner);
        List<Column> columns = new ArrayList<>();
        for (KeyColumns.JoinColumn join : keys.tableJoinColumns(owner, CompositeKeys.written(attribute),
                key -> HibernateNames.implicitJoinColumn(naming, attribute.name(), ownerTable.logicalTableName(), key))) {
            columns.add(middleColumn(local, join.logicalName(), join.type()));
        }
        for (KeyColumns.KeyColumn key : keys.of(hierarchy.root(target))) {
            columns.add(middleColumn(local, key.logicalName(), key.type()));
        }
        if (attribute.collection().orderColumn() != null) {
            Column order = OrderColumns.column(attribute, naming, false);
            naming.noteColumnSpelling(local, order.name(), naming.columnSpelling(order.name()));
            columns.add(order);
        }
        Table source = new Table(local, columns, null, List.of(), List.of(), List.of(), List.of());
        Set<String> all = columns.stream().map(Column::name).collect(Collectors.toSet());
        String schema = writtenSchema != null ? writtenSchema : settings.defaultSchema();
        Table table = auditTable(logical, schema == null ? null : naming.schema(schema), source, all, true, true,
                revisions, sizes);
        return MappedTable.ofCollection(owner, attribute, table, List.of());
    }

    private Column middleColumn(String table, String logical, String type) {
        String stored = naming.column(logical);
        naming.noteColumnSpelling(table, stored, logical);
        return new Column(stored, SqlTypes.canonical(type), false, null, false);
    }

    /** The class's simple name as Envers takes it, the last part of its binary name ({@code Outer$Inner}). */
    private static String simpleName(EntityClass entity) {
        return entity.binaryName().substring(entity.binaryName().lastIndexOf('.') + 1);
    }

    /**
     * An audit table of {@code source}'s columns, without their defaults and constraints.
     *
     * @param notNull the columns that stay NOT NULL (the others are nullable)
     * @param revisionType whether it has {@code REVTYPE}
     * @param allInKey whether every column of {@code source} is in the key with {@code REV}, or only its key's
     * @param revisions the table {@code REV} references, whose key type it has
     */
    private Table auditTable(String logical, String schema, Table source, Set<String> notNull, boolean revisionType,
            boolean allInKey, RevisionTable revisions, ColumnSizes sizes) {
        String local = naming.table(logical);
        String name = schema == null ? local : schema + "." + local;
        List<String> ids = source.primaryKey() == null ? List.of() : source.primaryKey().columns();
        String rev = column(local, settings.revisionField());
        List<Column> columns = new ArrayList<>();
        Column revColumn = new Column(rev, revisions.type(), false, null, false);
        columns.add(revColumn);
        if (revisionType) {
            columns.add(Column.of(column(local, settings.revisionTypeField()), "smallint"));
        }
        List<KeyColumn> key = new ArrayList<>();
        key.add(new KeyColumn(revColumn, naming.columnSpelling(local, rev)));
        String sourceLocal = source.localName();
        for (Column c : source.columns()) {
            Column copy = new Column(c.name(), c.type(), !notNull.contains(c.name()), null, false, null, c.collation(),
                    null);
            columns.add(copy);
            String spelling = naming.columnSpelling(sourceLocal, c.name());
            naming.noteColumnSpelling(local, c.name(), spelling);
            // Hibernate sizes the copy as the original: a column of a Java double counts as 8 bytes, whatever its DDL.
            sizes.noteType(local, c.name(), sizes.sizingType(sourceLocal, c));
            if (allInKey || ids.contains(c.name())) {
                key.add(new KeyColumn(copy, spelling));
            }
        }
        List<ForeignKey> foreignKeys = new ArrayList<>(List.of(toRevision(logical, rev, settings.revisionField(),
                revisions)));
        EnversSettings.Validity validity = settings.validity();
        if (revisionType && validity != null) {
            // The validity strategy's columns, on the tables that have REVTYPE (a hierarchy root's, a collection's):
            // the end revision, a nullable reference to the revision table, and its timestamp when it is stored.
            String end = column(local, validity.endRevisionField());
            columns.add(new Column(end, revisions.type(), true, null, false));
            foreignKeys.add(toRevision(logical, end, validity.endRevisionField(), revisions));
            if (validity.endTimestampField() != null) {
                columns.add(Column.of(column(local, validity.endTimestampField()),
                        validity.endTimestampNumeric() ? "bigint" : "timestamp(6)"));
            }
        }
        return new Table(name, columns, new PrimaryKey(PostgresNames.primaryKey(local), HibernateColumnOrder.sorted(key)),
                List.of(), List.of(), foreignKeys, List.of());
    }

    /** The foreign key of column {@code stored} ({@code logical} as Envers names it) of audit table {@code logical}. */
    private ForeignKey toRevision(String table, String stored, String logical, RevisionTable revisions) {
        String name = HibernateNames.foreignKey(naming.physicalTable(table), revisions.physicalName(),
                List.of(naming.physicalColumn(logical)));
        return new ForeignKey(naming.foreignKey(name, false), List.of(stored), revisions.name(),
                List.of(revisions.keyColumn()), ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION);
    }

    /** {@code @AuditTable}'s name, or {@code <table>_AUD}. */
    private String auditTableName(EntityClass entity) {
        return auditTable(entity).map(u -> Annotations.string(u.origin().annotation(), "value"))
                .orElse(auditName(entity.logicalTableName()));
    }

    /** The audit table's name for a table named {@code logical}: Envers' prefix and suffix around it. */
    private String auditName(String logical) {
        return settings.prefix() + logical + settings.suffix();
    }

    /** {@code REVINFO}, in Envers' default schema when one is set. */
    private String revisionTableName() {
        String local = naming.table(REVISION_TABLE);
        return settings.defaultSchema() == null ? local : naming.schema(settings.defaultSchema()) + "." + local;
    }

    /**
     * {@code @AuditTable}'s schema, or Envers' default schema, or the entity table's, as stored; {@code null} for the
     * default one.
     */
    private String auditTableSchema(EntityClass entity) {
        String written = auditTable(entity).map(u -> Annotations.string(u.origin().annotation(), "schema")).orElse(null);
        String schema = written != null ? written
                : settings.defaultSchema() != null ? settings.defaultSchema() : entity.table().schema();
        return schema == null ? null : naming.schema(schema);
    }

    private static Optional<UnsupportedUse> auditTable(EntityClass entity) {
        return entity.unsupported().stream().filter(u -> u.feature().endsWith(".AuditTable")).findFirst();
    }

    /** Column {@code logical} of {@code table}, its spelling noted. */
    private String column(String table, String logical) {
        String stored = naming.column(logical);
        naming.noteColumnSpelling(table, stored, logical);
        return stored;
    }
}
