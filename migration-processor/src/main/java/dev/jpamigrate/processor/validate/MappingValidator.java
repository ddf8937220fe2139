package dev.jpamigrate.processor.validate;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.ProcessorOptions.HibernateMinor;
import dev.jpamigrate.processor.map.Subselects;
import dev.jpamigrate.processor.map.AuditTables;
import dev.jpamigrate.processor.map.BooleanConverters;
import dev.jpamigrate.processor.map.ConvertedEnums;
import dev.jpamigrate.processor.map.TimeZoneColumns;
import dev.jpamigrate.processor.map.ColumnDefinition;
import dev.jpamigrate.processor.map.ColumnTypes;
import dev.jpamigrate.processor.map.CompositeKeys;
import dev.jpamigrate.processor.map.IdGeneration;
import dev.jpamigrate.processor.map.IdGenerators;
import dev.jpamigrate.processor.map.KeyColumns;
import dev.jpamigrate.processor.map.SecondaryTables;
import dev.jpamigrate.processor.map.SerialColumn;
import dev.jpamigrate.processor.map.TableMapper;
import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.Attribute.RelationKind;
import dev.jpamigrate.processor.model.Attribute.RelationSpec;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.GeneratorSpec;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.model.JavaType.Kind;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.Problem;
import dev.jpamigrate.processor.model.SequenceGeneratorSpec;
import dev.jpamigrate.processor.model.TableGeneratorSpec;
import dev.jpamigrate.processor.model.UnsupportedUse;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.read.ApostropheComments;
import dev.jpamigrate.processor.read.ColumnDetailsReader;
import dev.jpamigrate.processor.read.EnversAnnotations;
import dev.jpamigrate.processor.read.HibernateAnnotations;
import dev.jpamigrate.processor.read.MinorFailures;
import dev.jpamigrate.processor.read.OtherProviderAnnotations;
import dev.jpamigrate.schema.SqlTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks every entity of the module against what JPA Migrate maps the way Hibernate 7
 * does, and reports each problem on its element with what is wrong and how to fix it.
 * What it lets through, {@link TableMapper} can map without further checks.
 */
public final class MappingValidator {
    public static final String UNSUPPORTED = "JPA Migrate does not support %s yet: %s";

    /** Words that make a columnDefinition more than a column type. */
    private static final Pattern COLUMN_DEFINITION_EXTRAS = Pattern.compile("(?i)\\b(not|null|default|unique|check"
            + "|primary|references|generated|collate|constraint|identity|serial|bigserial|smallserial|serial[248])\\b");

    /** How to get on without each unsupported feature, by the start of its name. */
    private static final Map<String, String> WORKAROUNDS = Map.ofEntries(
            Map.entry("embeddable inheritance on Hibernate", "Hibernate maps it since 6.6: set migration.hibernate"
                    + " to 6.6 or later, or make the superclass a @MappedSuperclass"),
            Map.entry("embeddable inheritance in an id", "Hibernate refuses it: use an @Embeddable without @Embeddable"
                    + " subclasses as the id"),
            // Hibernate 6.6 and 7.4 start, but their collection table has the root's columns only (no discriminator).
            Map.entry("embeddable inheritance in a collection", "Hibernate ignores the subclasses there (its collection"
                    + " table gets the root's columns only, without a discriminator, so what the subclasses add is lost):"
                    + " embed the hierarchy in an entity (the element of a @OneToMany) instead, or make the superclass a"
                    + " @MappedSuperclass"),
            Map.entry("@Embedded on a class", "annotate the field's class with @Embeddable"),
            Map.entry("@EmbeddedId on a class", "annotate the field's class with @Embeddable"),
            Map.entry("@JoinColumn(table)", "map the second table as an @Entity of its own"),
            Map.entry("@Convert(attributeName)", "write @Convert(attributeName) on an embedded field or an"
                    + " @ElementCollection of embeddables, whose attribute it names; on other fields, @Convert without"
                    + " attributeName"),
            Map.entry("@Convert without a converter class", "name the converter: @Convert(converter = ...class)"),
            Map.entry("converter ", "declare the converter with classes as type arguments, as in"
                    + " implements AttributeConverter<Money, BigDecimal>"),
            Map.entry("@TableGenerator(catalog)", "PostgreSQL has no catalogs in a table name: use schema"),
            Map.entry("@SequenceGenerator on a @MappedSuperclass", "Hibernate 7 ignores it there: declare it on the"
                    + " entity class or on the @Id field"),
            Map.entry(ColumnDetailsReader.SECONDARY_TABLE_COMMENT, "remove the @Comment (or its on, to comment the"
                    + " entity's own table), and set the secondary table's comment in a migration"),
            Map.entry("@Table(catalog)", "PostgreSQL has no catalogs in a table name: use schema"),
            Map.entry("@SequenceGenerator(catalog)", "PostgreSQL has no catalogs in a sequence name: use schema"),
            Map.entry("@ForeignKey(foreignKeyDefinition)", "remove it; use @ForeignKey(name = ...) to name the key"),
            Map.entry("@org.hibernate.annotations.", "remove it, or keep this entity's schema out of JPA Migrate"
                    + " until a later version maps it"),
            Map.entry("@Entity on a", "JPA entities are classes: declare a class with a constructor without parameters"));

    private final ErrorReporter reporter;
    private final EntityModel model;
    private final IdGenerators generators;
    private final ColumnTypes columnTypes;
    private final Naming naming;
    private final KeyValidator keys;
    private final Hierarchy hierarchy;
    private final HierarchyValidator hierarchyValidator;
    private final SecondaryTables secondaryTables;
    private final OverrideValidator overrides;
    private final KeyColumns keyColumns;
    private final CollectionValidator collections;

    private final HibernateMinor minor;
    private final AuditTables auditTables;

    public MappingValidator(ErrorReporter reporter, EntityModel model, IdGenerators generators, ColumnTypes columnTypes,
            Naming naming) {
        this(reporter, model, generators, columnTypes, naming, HibernateMinor.V7_4);
    }

    /** @param minor the Hibernate minor whose failures are reported where minors differ */
    public MappingValidator(ErrorReporter reporter, EntityModel model, IdGenerators generators, ColumnTypes columnTypes,
            Naming naming, HibernateMinor minor) {
        this.minor = minor;
        this.columnTypes = columnTypes;
        this.naming = naming;
        this.reporter = reporter;
        this.model = model;
        this.generators = generators;
        this.keys = new KeyValidator(reporter, model);
        this.hierarchy = new Hierarchy(model);
        this.auditTables = new AuditTables(model, naming);
        // Once per model: each indexes the model's hierarchies, which per attribute would cost a pass over all entities.
        this.keyColumns = new KeyColumns(model, columnTypes, naming);
        this.hierarchyValidator = new HierarchyValidator(reporter, hierarchy, generators, columnTypes, naming,
                keyColumns);
        this.secondaryTables = new SecondaryTables(hierarchy, naming, keyColumns);
        this.overrides = new OverrideValidator(reporter);
        this.collections = new CollectionValidator(reporter, model, columnTypes, naming, this, keyColumns);
    }

    /** Reports every problem of the module's entities; returns whether there was none. */
    public boolean validate() {
        int before = reporter.errorCount();
        Map<String, EntityClass> entityNames = new HashMap<>();
        for (EntityClass entity : model.entities()) {
            validate(entity);
            EntityClass same = entityNames.putIfAbsent(entity.entityName(), entity);
            if (same != null) {
                reporter.error(entity.origin(), "Entities " + same.qualifiedName() + " and " + entity.qualifiedName()
                        + " have the same entity name " + entity.entityName()
                        + ": give one of them another name with @Entity(name = \"...\")");
            }
        }
        TenantIdValidator.validate(model, reporter);
        SubselectValidator.validate(model, reporter);
        RevisionEntityValidator.validate(model, reporter);
        return reporter.errorCount() == before;
    }

    private void validate(EntityClass entity) {
        try (ErrorReporter.Scope scope = reporter.within(entity.origin())) {
            validateWithin(entity);
        }
    }

    private void validateWithin(EntityClass entity) {
        entity.unsupported().forEach(use -> unsupported(entity, use));
        for (Problem problem : entity.problems()) {
            try (ErrorReporter.Scope scope = reporter.within(problem.context())) {
                if (problem.warning()) {
                    reporter.warning(problem.origin(), problem.message());
                } else {
                    reporter.error(problem.origin(), problem.message());
                }
            }
        }
        if (entity.packageName().isEmpty()) {
            reporter.error(entity.origin(), "Entity " + entity.qualifiedName() + " is in the unnamed package, and JPA"
                    + " Migrate writes the schema of each package's entities into that package: declare a package");
        }
        // A @Subselect entity has no table whose name PostgreSQL could refuse (User, a view of another schema's table).
        if (hierarchy.tableOf(entity) == entity && !Subselects.hasNoTable(hierarchy, entity)) {
            checkTableName(entity.logicalTableName(), entity.table().origin());
            checkName(entity.table().schema(), Naming.Kind.SCHEMA, entity.table().origin());
        }
        CheckNameValidator.validate(entity.table().checks(), "class " + entity.qualifiedName(), reporter);
        List<Attribute> ids = entity.ids();
        if (ids.isEmpty() && errors(entity.unsupported()).isEmpty()) {
            reporter.error(entity.origin(), "Entity " + entity.qualifiedName() + " has no @Id field: add one, for"
                    + " example @Id @GeneratedValue private Long id; (or @Id on its getter, for property access), in"
                    + " the entity or in a @MappedSuperclass");
        }
        // A subclass inherits its key; one that declares an @Id again is reported by HierarchyValidator.
        if (entity.inheritance().parent() == null) {
            keys.validate(entity);
        }
        overrides.validate(entity);
        for (GeneratorSpec generator : entity.classGenerators()) {
            checkGenerator(generator);
        }
        hierarchyValidator.validate(entity);
        // An inherited attribute is checked on the entity that declares it.
        for (Attribute attribute : hierarchy.ownAttributes(entity)) {
            // An embeddable's member compiled elsewhere is reported on the entity's member that embeds it.
            try (ErrorReporter.Scope scope = attribute.embedding() == null ? reporter.within(attribute.origin())
                    : reporter.within(attribute.embedding().root())) {
                validate(entity, attribute);
            }
            if (!secondaryTables.isKnown(entity, attribute)) {
                reporter.error(attribute.column().origin(), "@Column(table = \"" + attribute.column().table()
                        + "\") names no table of entity " + entity.qualifiedName() + ": declare @SecondaryTable(name"
                        + " = \"" + attribute.column().table() + "\") on the entity, or name its own table");
            }
        }
    }

    private void validate(EntityClass entity, Attribute attribute) {
        attribute.unsupported().forEach(use -> unsupported(entity, use));
        CheckNameValidator.validate(attribute.details().checks(), "field " + attribute.name() + " of "
                + entity.qualifiedName(), reporter);
        if (attribute.details().naturalId() && attribute.isRelation() && !attribute.hasJoinColumn()) {
            unsupported(new UnsupportedUse("@NaturalId on a relation without join columns (" + attribute.name() + ")",
                    attribute.origin()), "make the natural id of basic fields and to-one relations that own their"
                            + " join columns, or declare the unique constraint with @Table(uniqueConstraints = ...)");
        }
        if (!errors(attribute.unsupported()).isEmpty()) {
            return;
        }
        if (attribute.generatedValue() != null && !attribute.id()) {
            reporter.error(attribute.generatedValue().origin(), "@GeneratedValue applies to the @Id field only:"
                    + " remove it from " + attribute.name() + ", or set the value in Java");
        }
        // An id bag's @CollectionId(generator) finds the generator on its own field.
        String collectionIdGenerator = attribute.collection() == null || attribute.collection().collectionId() == null
                ? null : attribute.collection().collectionId().generator();
        attribute.generators().stream().filter(g -> !attribute.id() && !g.name().equals(collectionIdGenerator))
                .findFirst().ifPresent(g -> reporter.error(g.origin(), "Hibernate ignores a generator on field "
                        + attribute.name() + ", which is not the @Id: move it to the @Id field or the entity class"));
        attribute.generators().forEach(this::checkGenerator);
        // On a @OneToMany(mappedBy), @OnDelete acts on the foreign key of the @ManyToOne that owns it.
        boolean inverseOneToMany = attribute.collection() != null && attribute.relation() != null
                && attribute.relation().kind() == Attribute.RelationKind.ONE_TO_MANY
                && attribute.relation().mappedBy() != null;
        if (attribute.details().onDelete() != ForeignKeyAction.NO_ACTION && !attribute.hasJoinColumn()
                && !inverseOneToMany) {
            reporter.error(attribute.origin(), "@OnDelete on " + attribute.name() + " has no foreign key to act on:"
                    + " put it on the owning @ManyToOne or @OneToOne, whose join column references the deleted row");
        }
        keys.validate(entity, attribute);
        if (attribute.collection() != null) {
            collections.validate(entity, attribute);
        } else if (attribute.isRelation()) {
            validateRelation(attribute);
        } else {
            validateBasic(attribute);
        }
        if (attribute.id() && !attribute.isRelation()) {
            IdGeneration generation = generators.of(entity, attribute);
            String serial = generation instanceof IdGeneration.Identity && !minor.atLeast(HibernateMinor.V6_5)
                    ? SerialColumn.refusal(attribute.name(), columnTypes.of(attribute).map(SqlTypes::canonical)
                            .orElse(null), minor.option()) : null;
            if (generation instanceof IdGeneration.Invalid invalid) {
                reporter.error(invalid.origin(), invalid.message());
            } else if (serial != null) {
                reporter.error(attribute.origin(), serial);
            } else {
                generators.ignoredGenericGenerator(entity, attribute).or(() -> generators.uncalledConfigure(entity,
                        attribute)).or(() -> generators.stringIdFromGenerator(entity, attribute))
                        .or(() -> generators.typeVariableIdFromGenerator(entity, attribute)).ifPresent(warning -> reporter.warning(attribute.generatedValue().origin(), warning));
            }
        }
    }

    /** Validates a basic attribute, or the element or key of an {@code @ElementCollection} seen as one. */
    public void validateBasic(Attribute attribute) {
        JavaType type = attribute.type();
        ColumnSpec column = attribute.column();
        checkName(attribute.logicalColumnName(), Naming.Kind.COLUMN, column != null ? column.origin() : attribute.origin());
        if (type.kind() == Kind.SERIALIZABLE && attribute.converter() == null
                && model.entity(type.name()).isPresent()) {
            reporter.warning(attribute.origin(), "Field " + attribute.name() + " refers to entity " + type.name()
                    + " without a relation annotation: Hibernate stores the entity serialized in a bytea column, not a"
                    + " foreign key (EclipseLink and OpenJPA map it as a @ManyToOne), and so does JPA Migrate; add"
                    + " @ManyToOne or @OneToOne, or mark the field @Transient");
        }
        if (!CompositeKeys.written(attribute).isEmpty()) {
            // Hibernate 6 and 7 map the field as if the @JoinColumn were not there.
            reporter.warning(CompositeKeys.written(attribute).get(0).origin(), "@JoinColumn belongs on a @ManyToOne or"
                    + " @OneToOne field, and " + attribute.name() + " is a basic field: Hibernate ignores it, and so does"
                    + " JPA Migrate; use @Column, or add the relation annotation");
        }
        if (columnTypes.timeZoneColumns().stores(attribute)
                && (attribute.embedding() != null || !TimeZoneColumns.isMapped(attribute))) {
            unsupported(new UnsupportedUse("an offset column (time zone storage COLUMN) for "
                    + (attribute.embedding() != null ? "an attribute of an embeddable" : "an OffsetTime"),
                    attribute.origin()), "use @TimeZoneStorage(NORMALIZE_UTC) on the field, or store an Instant");
            return;
        }
        // @JdbcTypeCode(JSON) stores any type, a collection or a map as well, in one jsonb column.
        if (attribute.converter() != null && BooleanConverters.isBoolean(type)
                && BooleanConverters.check(attribute.logicalColumnName(), attribute.converter()).isEmpty()
                && !ConvertedEnums.checks(attribute.converter())) {
            reporter.error(attribute.origin(), "Hibernate writes a CHECK on " + attribute.name() + " with the values"
                    + " that converter " + attribute.converter().converterClass() + " gives for false and true, which"
                    + " JPA Migrate learns for converters to a String, Character or integral type only: use one of"
                    + " those, Hibernate's YesNoConverter, TrueFalseConverter or NumericBooleanConverter"
                    + " (org.hibernate.type), or convert to a type of your own");
            return;
        }
        switch (attribute.details().jdbcTypeCode() != null ? Kind.OTHER : attribute.columnType().kind()) {
            case ENTITY -> {
                // Hibernate stores a Serializable entity serialized (JavaTypes.serializedEntity), and fails on others.
                reporter.error(attribute.origin(), "Field " + attribute.name() + " refers to entity " + type.name()
                        + " without a relation annotation, which Hibernate refuses (\"Incorrect use of entity type\"):"
                        + " add @ManyToOne or @OneToOne, or mark the field @Transient");
                return;
            }
            case COLLECTION -> {
                // A List, Set, Collection or SortedSet of basic values is an array column (AttributeReader); Hibernate
                // fails on the others, whose element is no basic type, or whose class it has no plural type for.
                reporter.error(attribute.origin(), "Field " + attribute.name() + " is a collection (" + type.name()
                        + ") that Hibernate cannot store in one column (it maps only a List, Set, Collection or"
                        + " SortedSet of basic values as an array): add @ElementCollection for values, @OneToMany or"
                        + " @ManyToMany for entities, or mark the field @Transient");
                return;
            }
            case EMBEDDABLE -> {
                // Its columns are those of the embeddable's attributes, which follow it and are validated each.
                if (column != null) {
                    // Hibernate 6 and 7 ignore it, its name, nullable, length and unique alike.
                    reporter.warning(column.origin(), "@Column does not apply to embedded field " + attribute.name()
                            + ", which has a column per attribute of " + type.name() + ": Hibernate ignores it, and so"
                            + " does JPA Migrate; name the columns with"
                            + " @AttributeOverride(name = \"<attribute>\", column = @Column(name = \"...\"))");
                }
                return;
            }
            default -> { }
        }
        if (type.name().equals("java.lang.Byte[]") || type.name().equals("java.lang.Character[]")) {
            reporter.error(attribute.origin(), "Hibernate refuses field " + attribute.name() + " of type " + type.name()
                    + " unless hibernate.type.wrapper_array_handling says how to store it: use "
                    + (type.name().startsWith("java.lang.Byte") ? "byte[]" : "char[]") + ", or mark the field @Transient");
            return;
        }
        String olderArray = BasicArrays.refusal(attribute, minor);
        if (olderArray != null) {
            reporter.error(attribute.origin(), olderArray);
            return;
        }
        boolean enumArray = type.kind() == Kind.ARRAY && type.component() != null
                && type.component().kind() == Kind.ENUM;
        if (attribute.enumerated() != null && type.kind() != Kind.ENUM && !enumArray) {
            reporter.error(attribute.enumerated().origin(), "@Enumerated applies to enum fields, and " + attribute.name()
                    + " is " + type.name() + ": remove @Enumerated, or make the field an enum");
            return;
        }
        if (attribute.temporal() != null && !ColumnTypes.isLegacyTemporal(type)) {
            reporter.error(attribute.temporal().origin(), "@Temporal applies to java.util.Date and java.util.Calendar,"
                    + " and " + attribute.name() + " is " + type.name() + ": remove @Temporal (java.time types need none)");
            return;
        }
        if (column != null && ColumnTypes.isFloatingPoint(type) && column.columnDefinition() == null
                && !floatingPointSizeAccepted(attribute, column)) {
            return;
        }
        if (column != null && column.columnDefinition() != null && !checkBasicColumnDefinition(column.columnDefinition(),
                column.origin())) {
            return;
        }
        Optional<String> sqlType = columnTypes.of(attribute);
        if (sqlType.isEmpty()) {
            if (attribute.lob()) {
                unsupported(new UnsupportedUse("@Lob on a " + type.name() + " field", attribute.origin()),
                        "use @Lob on a String, byte[], char[], java.sql.Blob or java.sql.Clob field, or remove @Lob");
            } else {
                reporter.error(attribute.origin(), "JPA Migrate cannot map field " + attribute.name() + " of type "
                        + type.name() + " to a column: use a type it maps (String, boolean, numbers, BigDecimal,"
                        + " BigInteger, UUID, java.time dates and times, byte[], enums), give the column type with"
                        + " @Column(columnDefinition = \"...\"), or mark the field @Transient");
            }
            return;
        }
        if (type.kind() == Kind.ENUM && type.enumConstants().isEmpty()) {
            reporter.error(attribute.origin(), "Enum " + type.name() + " of field " + attribute.name()
                    + " has no constants, so no value fits its column: add constants, or mark the field @Transient");
        }
    }

    /** Validates a relation: its target, and the join column of an owning to-one; reports whether all is well. */
    public boolean validateRelation(Attribute attribute) {
        int before = reporter.errorCount();
        validateRelationChecks(attribute);
        return reporter.errorCount() == before;
    }

    private void validateRelationChecks(Attribute attribute) {
        RelationSpec relation = attribute.relation();
        String annotation = relation.kind().annotation();
        if (attribute.id() && !attribute.hasJoinColumn()) {
            reporter.error(attribute.origin(), "@Id on " + annotation + " " + attribute.name() + ": a relation is part"
                    + " of the key (a derived identity) only as an owning @ManyToOne or @OneToOne, whose join column"
                    + " becomes a key column; remove @Id, or make the relation one of those");
            return;
        }
        // Hibernate refuses @Column on a to-one relation, and ignores it on the inverse side of a to-many.
        boolean inverseToMany = !relation.owning() && attribute.collection() != null;
        if (attribute.column() != null && !inverseToMany) {
            boolean toOne = relation.kind() == RelationKind.MANY_TO_ONE || relation.kind() == RelationKind.ONE_TO_ONE;
            reporter.error(attribute.column().origin(), "@Column does not apply to relation " + attribute.name()
                    + (toOne ? " (Hibernate fails on it at start-up too)" : "")
                    + ": use @JoinColumn to name or constrain its column");
            return;
        }
        if (relation.target().kind() != Kind.ENTITY) {
            reporter.error(relation.origin(), annotation + " on " + attribute.name() + " targets " + relation.target().name()
                    + ", which is not an @Entity: annotate " + relation.target().name() + " with @Entity, or point the"
                    + " relation at an entity (targetEntity = ...)");
            return;
        }
        EntityClass target = model.target(attribute).orElseThrow();
        if (!relation.owning()) {
            validateInverse(attribute, target);
            return;
        }
        if (attribute.id() && keyColumns.derivesFromItself(target)) {
            reporter.error(attribute.origin(), "The key of " + target.entityName() + ", which " + attribute.name()
                    + " is part of, is in the end made of its own join column: give one of the entities on the way"
                    + " an @Id field of its own");
            return;
        }
        if (relation.kind() == RelationKind.MANY_TO_ONE || relation.kind() == RelationKind.ONE_TO_ONE) {
            validateJoinColumn(attribute, target);
        }
    }

    private void validateInverse(Attribute attribute, EntityClass target) {
        RelationSpec relation = attribute.relation();
        Optional<Attribute> owner = target.attribute(relation.mappedBy());
        if (relation.kind() == RelationKind.ONE_TO_MANY && owner.isPresent() && owner.get().relation() == null
                && !owner.get().isEmbedded() && owner.get().collection() == null) {
            // A @OneToMany mapped by a basic field of the target (the column of a composite key, say): Hibernate 6 and
            // 7 read the collection by that column, and write no foreign key for it.
            return;
        }
        if (owner.isEmpty() || owner.get().relation() == null || !owner.get().relation().owning()) {
            reporter.error(relation.origin(), relation.kind().annotation() + "(mappedBy = \"" + relation.mappedBy()
                    + "\") names no owning relation field of " + target.qualifiedName()
                    + ": name the field of " + target.entityName() + " that owns the relation");
        } else if (relation.kind() == RelationKind.MANY_TO_MANY
                && owner.get().relation().kind() != RelationKind.MANY_TO_MANY) {
            // Hibernate 5 let it pass; 6.6 and 7.4 fail at start-up (a ClassCastException in checkMappedByType).
            reporter.error(relation.origin(), "@ManyToMany(mappedBy = \"" + relation.mappedBy() + "\") names "
                    + target.entityName() + "." + relation.mappedBy() + ", a "
                    + owner.get().relation().kind().annotation() + ", and Hibernate fails on it at start-up: name the"
                    + " @ManyToMany of " + target.entityName() + " that owns the relation, or map this side as a"
                    + " relation of its own");
        } else if (!CompositeKeys.written(attribute).isEmpty() && relation.kind() != RelationKind.ONE_TO_ONE) {
            // Hibernate 6.6 and 7 refuse a join column on an inverse collection, and ignore one on an inverse
            // @OneToOne (as Hibernate 5 did, so applications carry it).
            reporter.error(CompositeKeys.written(attribute).get(0).origin(), "The inverse side of a relation (mappedBy) has no join"
                    + " column: remove @JoinColumn here, or put it on " + target.entityName() + "." + relation.mappedBy());
        }
    }

    private void validateJoinColumn(Attribute attribute, EntityClass target) {
        List<Attribute> targetIds = target.ids();
        if (targetIds.isEmpty()) {
            unsupported(new UnsupportedUse("a relation to " + target.qualifiedName() + ", which has no @Id field",
                    attribute.relation().origin()), "give " + target.entityName() + " an @Id field");
            return;
        }
        // A key relation of the target (a derived identity) is checked on the target; its join columns are key columns.
        if (targetIds.stream().anyMatch(id -> !id.isRelation() && columnTypes.of(id).isEmpty())) {
            reporter.error(attribute.relation().origin(), "The @Id of " + target.qualifiedName() + " has a type that"
                    + " JPA Migrate cannot map, so the join column of " + attribute.name() + " has none: fix the @Id"
                    + " of " + target.entityName());
            return;
        }
        List<Attribute.JoinColumnSpec> written = CompositeKeys.written(attribute);
        for (Attribute.JoinColumnSpec joinColumn : written) {
            checkName(joinColumn.name(), Naming.Kind.COLUMN, joinColumn.origin());
            if (joinColumn.columnDefinition() != null) {
                checkColumnDefinition(joinColumn.columnDefinition(), joinColumn.origin());
            }
        }
        if (!keyColumns.known(target)) {
            // The target's own key relations are reported on the target (or, in a cycle, on this relation).
            return;
        }
        List<String> targetKey = keyColumns.of(target).stream()
                .map(KeyColumns.KeyColumn::logicalName).toList();
        Optional<Attribute> nonKey = CompositeKeys.referencedAttribute(attribute, hierarchy.tableOf(target),
                targetKey, naming);
        String propertyRef = attribute.relation().propertyRef();
        if (propertyRef != null && !checkPropertyRef(attribute, target, nonKey.isPresent(), written, targetKey.size())) {
            return;
        }
        if (nonKey.isPresent()) {
            checkNonKeyReference(attribute, target, nonKey.get(), written.isEmpty() ? null : written.get(0));
            return;
        }
        if (!CompositeKeys.referencedAttributes(attribute, hierarchy.tableOf(target), targetKey, naming).isEmpty()) {
            if (hierarchy.inHierarchy(target)) {
                unsupported(new UnsupportedUse("join columns that reference " + written.stream()
                        .map(Attribute.JoinColumnSpec::referencedColumnName).toList() + ", which are not the primary"
                        + " key of " + target.entityName() + ", an entity of a hierarchy", written.get(0).origin()),
                        "remove referencedColumnName, to reference the primary key");
            }
            return;
        }
        String problem = CompositeKeys.problem(attribute, target, targetKey, naming);
        if (problem != null) {
            reporter.error(written.isEmpty() ? attribute.relation().origin() : written.get(0).origin(), problem);
        }
    }

    /**
     * A join column to a column other than the key: Hibernate references it by the foreign key, and asserts that it
     * is unique; in a hierarchy the column may be in another table than the one the relation's target keys.
     */
    private void checkNonKeyReference(Attribute attribute, EntityClass target, Attribute referenced,
            Attribute.JoinColumnSpec written) {
        boolean byProperty = attribute.relation().propertyRef() != null;
        String what = byProperty ? "@PropertyRef(\"" + referenced.name() + "\")" : "referencedColumnName";
        String column = byProperty ? referenced.name() : written.referencedColumnName();
        Origin origin = written == null ? attribute.relation().origin() : written.origin();
        if (hierarchy.inHierarchy(target)) {
            unsupported(new UnsupportedUse("a join column that references " + column
                    + ", which is not the primary key of " + target.entityName() + ", an entity of a hierarchy",
                    origin), "remove " + what + ", to reference the primary key");
        } else if (!CompositeKeys.isUnique(referenced) && !uniqueByTable(target, referenced)
                && !(minor.atLeast(HibernateMinor.V7_0) && !byProperty)) {
            // Hibernate 7 makes the column unique itself; 6 writes a foreign key PostgreSQL refuses.
            unsupported(new UnsupportedUse("a join column that references " + column
                    + ", a column of " + target.entityName() + " not declared @Column(unique = true)",
                    origin), "Hibernate wants a referenced column unique (Hibernate " + minor.option() + "'s foreign"
                    + " key fails on PostgreSQL otherwise): declare " + referenced.name()
                    + " @Column(unique = true) (or in " + (minor.atLeast(HibernateMinor.V7_0) ? "an unnamed" : "a")
                    + " @Table(uniqueConstraints) of its own), or remove " + what);
        }
    }

    /**
     * Whether {@code referenced} is unique by a {@code @Table(uniqueConstraints)} over it alone. Hibernate 6 keeps such
     * a constraint's name; for Hibernate 7's {@code @PropertyRef} only an unnamed one is known to be written as it is.
     */
    private boolean uniqueByTable(EntityClass target, Attribute referenced) {
        String column = naming.column(referenced.logicalColumnName());
        boolean named = !minor.atLeast(HibernateMinor.V7_0);
        return target.table() != null && target.table().uniqueConstraints().stream()
                .anyMatch(u -> (named || u.name() == null) && u.columnNames().size() == 1
                        && naming.column(u.columnNames().get(0)).equals(column));
    }

    /**
     * Hibernate 7's {@code @PropertyRef}: on an owning to-one with one join column (or none), naming a basic attribute
     * of the target; reports whether all is well.
     */
    private boolean checkPropertyRef(Attribute attribute, EntityClass target, boolean found,
            List<Attribute.JoinColumnSpec> written, int keyColumns) {
        String propertyRef = attribute.relation().propertyRef();
        Origin origin = attribute.relation().origin();
        if (attribute.collection() != null || written.size() > 1 || keyColumns != 1
                || written.stream().anyMatch(j -> j.referencedColumnName() != null)) {
            unsupported(new UnsupportedUse("@PropertyRef on " + attribute.name() + ", a collection, a join by several"
                    + " columns or by referencedColumnName, or a target with a composite key,", origin),
                    "use @PropertyRef on a @ManyToOne or @OneToOne with one @JoinColumn without referencedColumnName");
            return false;
        }
        if (!found) {
            reporter.error(origin, "@PropertyRef(\"" + propertyRef + "\") names no basic attribute of "
                    + target.entityName() + ": name one of its basic fields, declared @Column(unique = true)");
            return false;
        }
        return true;
    }

    /**
     * A columnDefinition that holds more than a type (a default, a constraint) or a serial
     * type, which PostgreSQL turns into a default and a sequence, would not read back as the
     * column it describes.
     */
    public boolean checkColumnDefinition(String definition, Origin origin) {
        if (!checkNotQuoted(definition, origin) || !checkPostgresType(definition, origin)) {
            return false;
        }
        if (COLUMN_DEFINITION_EXTRAS.matcher(definition).find()) {
            unsupported(new UnsupportedUse("columnDefinition = \"" + definition + "\"", origin),
                    "write only the column type there, and say the rest with nullable, unique and the id generation");
            return false;
        }
        return true;
    }

    /** A basic column's definition may also give its default and {@code not null}, as PostgreSQL keeps them. */
    private boolean checkBasicColumnDefinition(String definition, Origin origin) {
        if (!checkNotQuoted(definition, origin) || !checkPostgresType(definition, origin)) {
            return false;
        }
        if (ColumnDefinition.parse(definition).isEmpty()) {
            unsupported(new UnsupportedUse("columnDefinition = \"" + definition + "\"", origin),
                    "write the column type there, optionally with a default and not null, and say the rest with"
                    + " unique, @Check and the id generation");
            return false;
        }
        return true;
    }

    /**
     * Hibernate writes a columnDefinition after the column's name, where PostgreSQL wants the column's type, one that
     * PostgreSQL has (not MySQL's longtext or Oracle's varchar2, which applications moved from those databases keep).
     */
    private boolean checkPostgresType(String definition, Origin origin) {
        if (!ColumnDefinition.startsWithType(definition)) {
            reporter.error(origin, "columnDefinition = \"" + definition + "\" does not start with a column type, and"
                    + " Hibernate writes it verbatim after the column's name, so PostgreSQL refuses its DDL: write the"
                    + " type first (columnDefinition = \"integer default 0\"), or use @ColumnDefault(\"0\") for a default");
            return false;
        }
        Optional<String> postgres = ColumnDefinition.postgresTypeForForeign(definition);
        if (postgres.isPresent()) {
            reporter.error(origin, "columnDefinition = \"" + definition + "\" starts with a type of another database"
                    + " that PostgreSQL does not have, and Hibernate writes it verbatim, so PostgreSQL refuses its DDL: write "
                    + postgres.get() + " for it");
            return false;
        }
        return true;
    }

    /**
     * Global quoting quotes a columnDefinition too, as one name: Hibernate writes {@code "varchar(20)"}, which
     * PostgreSQL takes for the name of a type, and its DDL fails.
     */
    private boolean checkNotQuoted(String definition, Origin origin) {
        if (columnTypes.quotesColumnDefinitions()) {
            reporter.error(origin, "hibernate.globally_quoted_identifiers=true makes Hibernate write columnDefinition = \""
                    + definition + "\" in quotes, as the name of a type, and PostgreSQL refuses it: set"
                    + " hibernate.globally_quoted_identifiers_skip_column_definitions=true as well");
            return false;
        }
        return true;
    }

    private void checkGenerator(GeneratorSpec spec) {
        if (spec instanceof SequenceGeneratorSpec generator) {
            if (generator.allocationSize() < 1) {
                reporter.error(generator.origin(), "@SequenceGenerator(allocationSize = " + generator.allocationSize()
                        + ") is the sequence's increment and must be at least 1: use 1, or leave the default of 50");
            }
            checkName(generator.sequenceName(), Naming.Kind.SEQUENCE, generator.origin());
        } else if (spec instanceof TableGeneratorSpec generator) {
            checkName(generator.table(), Naming.Kind.TABLE, generator.origin());
            checkName(generator.pkColumnName(), Naming.Kind.COLUMN, generator.origin());
            checkName(generator.valueColumnName(), Naming.Kind.COLUMN, generator.origin());
        }
        checkName(spec.schema(), Naming.Kind.SCHEMA, spec.origin());
    }

    /**
     * The name of an entity's, join or collection table, as {@link #checkName}; and without a dot, which Hibernate
     * quotes as part of one name (a table {@code "sales.orders"} in the default schema), and a snapshot reads as the
     * schema's end. (A {@code @TableGenerator}'s or a sequence's dotted name Hibernate parses as {@code schema.name}.)
     */
    public void checkTableName(String name, Origin origin) {
        String stored = name == null ? "" : naming.stored(Naming.Kind.TABLE, name);
        if (stored.indexOf('.') < 0) {
            checkName(name, Naming.Kind.TABLE, origin);
            return;
        }
        int dot = stored.indexOf('.');
        reporter.error(origin, "The table name " + name + " holds a dot, which Hibernate quotes as part of one name (a"
                + " table \"" + stored + "\" in the default schema) and JPA Migrate cannot keep apart from a schema: for"
                + " a table of another schema give it as schema = \"" + stored.substring(0, dot) + "\", name = \""
                + stored.substring(dot + 1) + "\", or else choose a name without a dot");
    }

    /** A name the mapping writes: no reserved word left unquoted. */
    public void checkName(String name, Naming.Kind kind, Origin origin) {
        if (name == null) {
            return;
        }
        String stored = naming.stored(kind, name);
        if (!naming.quotes(name) && PostgresDialect.isReserved(stored)) {
            // Hibernate writes it unquoted, and PostgreSQL refuses the DDL.
            reporter.error(origin, "The " + kind.description() + " " + name + " is a reserved word in PostgreSQL, so"
                    + " Hibernate's DDL for it fails: quote it in backticks, as \"`" + stored + "`\", or choose another name");
        }
        // A name longer than 63 bytes is no error: Hibernate writes it whole, and PostgreSQL cuts it as Naming does.
    }

    /**
     * A float or double with {@code @Column(scale)} Hibernate refuses ("scale has no meaning for SQL floating point
     * types"); its precision, in decimal digits, Hibernate turns into binary digits, and PostgreSQL refuses more than 53.
     */
    private boolean floatingPointSizeAccepted(Attribute attribute, ColumnSpec column) {
        if (column.scale() > 0) {
            reporter.error(column.origin(), "Hibernate refuses @Column(scale) on " + attribute.name() + ", a floating-point"
                    + " field (\"scale has no meaning for SQL floating point types\"): remove scale, or use BigDecimal");
            return false;
        }
        if (column.precision() > 0 && ColumnTypes.binaryPrecision(column.precision()) > ColumnTypes.DOUBLE_BINARY_PRECISION) {
            reporter.error(column.origin(), "Hibernate writes @Column(precision = " + column.precision() + ") on "
                    + attribute.name() + " as float(" + ColumnTypes.binaryPrecision(column.precision())
                    + "), more binary digits than PostgreSQL's double precision has (53): use a precision of at most 15,"
                    + " or BigDecimal");
            return false;
        }
        return true;
    }

    /**
     * {@code use} on {@code entity}: {@code @Audited}, {@code @AuditTable} and {@code @AuditJoinTable} are no warning
     * where its audit tables are written, nor {@code @RevisionEntity} on the entity's own class.
     */
    private void unsupported(EntityClass entity, UnsupportedUse use) {
        if (use.equals(EnversAnnotations.revisionEntity(entity))) {
            // An ordinary entity, whose table replaces REVINFO: RevisionEntityValidator checks what Envers needs of it.
            return;
        }
        if (EnversAnnotations.isAudited(use) || AuditTables.written(use)) {
            String reason = auditTables.notWritten(entity);
            if (reason != null) {
                reporter.warning(use.origin(), EnversAnnotations.message(use, reason));
            }
            return;
        }
        unsupported(use);
    }

    public void unsupported(UnsupportedUse use) {
        if (MinorFailures.takenBy(use, minor)) {
            return;
        }
        if (MinorFailures.message(use, minor) != null) {
            reporter.error(use.origin(), MinorFailures.message(use, minor));
            return;
        }
        if (ApostropheComments.message(use) != null) {
            reporter.warning(use.origin(), ApostropheComments.message(use));
            return;
        }
        if (OtherProviderAnnotations.isWarning(use)) {
            reporter.warning(use.origin(), OtherProviderAnnotations.message(use));
            return;
        }
        String envers = EnversAnnotations.message(use);
        if (envers != null) {
            reporter.warning(use.origin(), envers);
            return;
        }
        String hibernate = HibernateAnnotations.message(use);
        if (hibernate != null) {
            if (HibernateAnnotations.isWarning(use)) {
                reporter.warning(use.origin(), hibernate);
            } else {
                reporter.error(use.origin(), hibernate);
            }
            return;
        }
        String workaround = WORKAROUNDS.entrySet().stream()
                .filter(e -> use.feature().startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                // On a class there is no field to leave out.
                .orElse(use.origin().element() instanceof TypeElement ? "remove it"
                        : "remove it, or mark the field @Transient");
        unsupported(use, workaround);
    }

    /** The uses that are errors: an unknown Hibernate annotation is a warning, what the minor takes nothing. */
    private List<UnsupportedUse> errors(List<UnsupportedUse> uses) {
        return uses.stream().filter(use -> !HibernateAnnotations.isWarning(use) && !OtherProviderAnnotations.isWarning(use)
                        && !MinorFailures.takenBy(use, minor))
                .toList();
    }

    public void unsupported(UnsupportedUse use, String workaround) {
        reporter.error(use.origin(), String.format(UNSUPPORTED, use.feature(), workaround));
    }
}
