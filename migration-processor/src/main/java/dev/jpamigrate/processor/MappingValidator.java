package dev.jpamigrate.processor;

import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.processor.Attribute.ColumnSpec;
import dev.jpamigrate.processor.Attribute.RelationKind;
import dev.jpamigrate.processor.Attribute.RelationSpec;
import dev.jpamigrate.processor.JavaType.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks every entity of the module against what JPA Migrate maps the way Hibernate 7
 * does, and reports each problem on its element with what is wrong and how to fix it.
 * What it lets through, {@link TableMapper} can map without further checks.
 */
final class MappingValidator {
    private static final String UNSUPPORTED = "JPA Migrate does not support %s yet: %s";

    /** Words that make a columnDefinition more than a column type. */
    private static final Pattern COLUMN_DEFINITION_EXTRAS = Pattern.compile("(?i)\\b(not|null|default|unique|check"
            + "|primary|references|generated|collate|constraint|identity|serial|bigserial|smallserial|serial[248])\\b");

    /** How to get on without each unsupported feature, by the start of its name. */
    private static final Map<String, String> WORKAROUNDS = Map.ofEntries(
            Map.entry("@ElementCollection of embeddables", "map the values as an @Entity with a @ManyToOne to this"
                    + " one, or mark the field @Transient"),
            Map.entry("@Embedded", "declare the fields on the entity itself, or mark the field @Transient"),
            Map.entry("@EmbeddedId", "give the entity a single @Id field"),
            Map.entry("@IdClass", "give the entity a single @Id field"),
            Map.entry("@MapsId", "give the entity its own @Id field and a plain @ManyToOne or @OneToOne"),
            Map.entry("@JoinColumns", "reference an entity with a single @Id through one @JoinColumn"),
            Map.entry("@Inheritance", "share fields through a @MappedSuperclass instead"),
            Map.entry("@Discriminator", "share fields through a @MappedSuperclass instead"),
            Map.entry("entity inheritance", "share fields through a @MappedSuperclass instead"),
            Map.entry("@SecondaryTable", "map the second table as an @Entity of its own"),
            Map.entry("@Column(table)", "map the second table as an @Entity of its own"),
            Map.entry("@JoinColumn(table)", "map the second table as an @Entity of its own"),
            Map.entry("@Convert", "map a supported type, give the column type with @Column(columnDefinition = ...),"
                    + " or mark the field @Transient"),
            Map.entry("@TableGenerator", "use @GeneratedValue(strategy = SEQUENCE) with a @SequenceGenerator, or IDENTITY"),
            Map.entry("@SequenceGenerator on a @MappedSuperclass", "Hibernate 7 ignores it there: declare it on the"
                    + " entity class or on the @Id field"),
            Map.entry("property access", "annotate the fields instead of the getters (field access)"),
            Map.entry("@Access", "annotate the fields (field access)"),
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

    MappingValidator(ErrorReporter reporter, EntityModel model, IdGenerators generators, ColumnTypes columnTypes,
            Naming naming) {
        this.columnTypes = columnTypes;
        this.naming = naming;
        this.reporter = reporter;
        this.model = model;
        this.generators = generators;
    }

    /** Reports every problem of the module's entities; returns whether there was none. */
    boolean validate() {
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
        return reporter.errorCount() == before;
    }

    private void validate(EntityClass entity) {
        entity.unsupported().forEach(this::unsupported);
        if (entity.packageName().isEmpty()) {
            reporter.error(entity.origin(), "Entity " + entity.qualifiedName() + " is in the unnamed package, and JPA"
                    + " Migrate writes the schema of each package's entities into that package: declare a package");
        }
        checkName(entity.logicalTableName(), "table name", entity.table().origin());
        checkName(entity.table().schema(), "schema name", entity.table().origin());
        List<Attribute> ids = entity.ids();
        // An entity that uses property access or inheritance has its @Id where JPA Migrate does not look yet.
        if (ids.isEmpty() && entity.unsupported().isEmpty()) {
            reporter.error(entity.origin(), "Entity " + entity.qualifiedName() + " has no @Id field: add one, for"
                    + " example @Id @GeneratedValue private Long id; (JPA Migrate reads field access, so the @Id"
                    + " goes on a field, of the entity or of a @MappedSuperclass)");
        }
        if (ids.size() > 1) {
            unsupported(new UnsupportedUse("composite primary keys (@Id on " + ids.stream().map(Attribute::name).toList()
                    + ")", ids.get(1).origin()), "give the entity a single @Id field");
        }
        for (SequenceGeneratorSpec generator : entity.classGenerators()) {
            checkGenerator(generator);
        }
        for (Attribute attribute : entity.attributes()) {
            validate(entity, attribute);
        }
    }

    private void validate(EntityClass entity, Attribute attribute) {
        attribute.unsupported().forEach(this::unsupported);
        if (attribute.details().naturalId() && attribute.isRelation()) {
            unsupported(new UnsupportedUse("@NaturalId on a relation (" + attribute.name() + ")", attribute.origin()),
                    "make the natural id of basic fields, or declare the unique constraint with"
                            + " @Table(uniqueConstraints = ...)");
        }
        if (!attribute.unsupported().isEmpty()) {
            return;
        }
        if (attribute.generatedValue() != null && !attribute.id()) {
            reporter.error(attribute.generatedValue().origin(), "@GeneratedValue applies to the @Id field only:"
                    + " remove it from " + attribute.name() + ", or set the value in Java");
        }
        if (!attribute.sequenceGenerators().isEmpty() && !attribute.id()) {
            reporter.error(attribute.sequenceGenerators().get(0).origin(), "Hibernate ignores a @SequenceGenerator on"
                    + " field " + attribute.name() + ", which is not the @Id: move it to the @Id field or the entity class");
        }
        attribute.sequenceGenerators().forEach(this::checkGenerator);
        if (attribute.collection() != null) {
            new CollectionValidator(reporter, model, columnTypes, naming, this).validate(entity, attribute);
        } else if (attribute.isRelation()) {
            validateRelation(attribute);
        } else {
            validateBasic(attribute);
        }
        if (attribute.id() && !attribute.isRelation()
                && generators.of(entity, attribute) instanceof IdGeneration.Invalid invalid) {
            reporter.error(invalid.origin(), invalid.message());
        }
    }

    /** Validates a basic attribute, or the element or key of an {@code @ElementCollection} seen as one. */
    void validateBasic(Attribute attribute) {
        JavaType type = attribute.type();
        ColumnSpec column = attribute.column();
        checkName(attribute.logicalColumnName(), "column name", column != null ? column.origin() : attribute.origin());
        if (attribute.joinColumn() != null) {
            reporter.error(attribute.joinColumn().origin(), "@JoinColumn belongs on a @ManyToOne or @OneToOne field,"
                    + " and " + attribute.name() + " is a basic field: use @Column, or add the relation annotation");
            return;
        }
        // @JdbcTypeCode(JSON) stores any type, a collection or a map as well, in one jsonb column.
        switch (attribute.details().sqlType() != null ? Kind.OTHER : type.kind()) {
            case ENTITY -> {
                reporter.error(attribute.origin(), "Field " + attribute.name() + " refers to entity " + type.name()
                        + " without a relation annotation: add @ManyToOne or @OneToOne, or mark the field @Transient");
                return;
            }
            case COLLECTION -> {
                reporter.error(attribute.origin(), "Field " + attribute.name() + " is a collection (" + type.name()
                        + "), which is no column: add @ElementCollection for values, @OneToMany or @ManyToMany for"
                        + " entities, or mark the field @Transient");
                return;
            }
            case EMBEDDABLE -> {
                unsupported(new UnsupportedUse("embeddables (" + type.name() + ")", attribute.origin()),
                        "declare the fields on the entity itself, or mark the field @Transient");
                return;
            }
            default -> { }
        }
        if (attribute.enumerated() != null && type.kind() != Kind.ENUM) {
            reporter.error(attribute.enumerated().origin(), "@Enumerated applies to enum fields, and " + attribute.name()
                    + " is " + type.name() + ": remove @Enumerated, or make the field an enum");
            return;
        }
        if (attribute.temporal() != null && !ColumnTypes.isLegacyTemporal(type)) {
            reporter.error(attribute.temporal().origin(), "@Temporal applies to java.util.Date and java.util.Calendar,"
                    + " and " + attribute.name() + " is " + type.name() + ": remove @Temporal (java.time types need none)");
            return;
        }
        if (column != null && column.precision() > 0 && ColumnTypes.isFloatingPoint(type)
                && column.columnDefinition() == null) {
            unsupported(new UnsupportedUse("@Column(precision) on a " + type.name() + " field", column.origin()),
                    "remove precision (Hibernate turns it into float(n) in bits), or use BigDecimal");
            return;
        }
        if (column != null && column.columnDefinition() != null && !checkColumnDefinition(column.columnDefinition(),
                column.origin())) {
            return;
        }
        Optional<String> sqlType = columnTypes.of(attribute);
        if (sqlType.isEmpty()) {
            if (attribute.lob()) {
                unsupported(new UnsupportedUse("@Lob on a " + type.name() + " field", attribute.origin()),
                        "use @Lob on a String or byte[] field, or remove @Lob");
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
    boolean validateRelation(Attribute attribute) {
        int before = reporter.errorCount();
        validateRelationChecks(attribute);
        return reporter.errorCount() == before;
    }

    private void validateRelationChecks(Attribute attribute) {
        RelationSpec relation = attribute.relation();
        String annotation = relation.kind().annotation();
        if (attribute.id()) {
            unsupported(new UnsupportedUse("@Id on a relation (derived identity)", attribute.origin()),
                    "give the entity its own @Id field next to the " + annotation);
            return;
        }
        if (attribute.column() != null) {
            reporter.error(attribute.column().origin(), "@Column does not apply to relation " + attribute.name()
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
        if (relation.kind() == RelationKind.MANY_TO_ONE || relation.kind() == RelationKind.ONE_TO_ONE) {
            validateJoinColumn(attribute, target);
        }
    }

    private void validateInverse(Attribute attribute, EntityClass target) {
        RelationSpec relation = attribute.relation();
        Optional<Attribute> owner = target.attribute(relation.mappedBy());
        if (owner.isEmpty() || owner.get().relation() == null || !owner.get().relation().owning()) {
            reporter.error(relation.origin(), relation.kind().annotation() + "(mappedBy = \"" + relation.mappedBy()
                    + "\") names no owning relation field of " + target.qualifiedName()
                    + ": name the field of " + target.entityName() + " that owns the relation");
        } else if (attribute.joinColumn() != null) {
            reporter.error(attribute.joinColumn().origin(), "The inverse side of a relation (mappedBy) has no join"
                    + " column: remove @JoinColumn here, or put it on " + target.entityName() + "." + relation.mappedBy());
        }
    }

    private void validateJoinColumn(Attribute attribute, EntityClass target) {
        Optional<Attribute> targetId = target.id();
        if (targetId.isEmpty() || targetId.get().isRelation()) {
            unsupported(new UnsupportedUse("a relation to " + target.qualifiedName() + ", whose primary key is not a"
                    + " single basic @Id field", attribute.relation().origin()), "give " + target.entityName()
                    + " a single @Id field");
            return;
        }
        if (columnTypes.of(targetId.get()).isEmpty()) {
            reporter.error(attribute.relation().origin(), "The @Id of " + target.qualifiedName() + " has a type that"
                    + " JPA Migrate cannot map, so the join column of " + attribute.name() + " has none: fix the @Id"
                    + " of " + target.entityName());
            return;
        }
        Attribute.JoinColumnSpec joinColumn = attribute.joinColumn();
        if (joinColumn == null) {
            return;
        }
        checkName(joinColumn.name(), "column name", joinColumn.origin());
        if (joinColumn.columnDefinition() != null) {
            checkColumnDefinition(joinColumn.columnDefinition(), joinColumn.origin());
        }
        String referenced = joinColumn.referencedColumnName();
        String pk = targetId.get().logicalColumnName();
        if (referenced != null && !naming.stored(referenced).equals(naming.stored(pk))) {
            unsupported(new UnsupportedUse("a join column that references " + referenced + ", which is not the primary"
                    + " key of " + target.entityName(), joinColumn.origin()), "remove referencedColumnName, or set it to \""
                    + pk + "\"");
        }
    }

    /**
     * A columnDefinition that holds more than a type (a default, a constraint) or a serial
     * type, which PostgreSQL turns into a default and a sequence, would not read back as the
     * column it describes.
     */
    boolean checkColumnDefinition(String definition, Origin origin) {
        if (COLUMN_DEFINITION_EXTRAS.matcher(definition).find()) {
            unsupported(new UnsupportedUse("columnDefinition = \"" + definition + "\"", origin),
                    "write only the column type there, and say the rest with nullable, unique and the id generation");
            return false;
        }
        return true;
    }

    private void checkGenerator(SequenceGeneratorSpec generator) {
        if (generator.allocationSize() < 1) {
            reporter.error(generator.origin(), "@SequenceGenerator(allocationSize = " + generator.allocationSize()
                    + ") is the sequence's increment and must be at least 1: use 1, or leave the default of 50");
        }
        checkName(generator.sequenceName(), "sequence name", generator.origin());
        checkName(generator.schema(), "schema name", generator.origin());
    }

    /** A name the mapping writes: no quotes, and within PostgreSQL's 63 bytes. */
    void checkName(String name, String what, Origin origin) {
        if (name == null) {
            return;
        }
        String stored = naming.stored(name);
        if (!Naming.isQuoted(name) && PostgresDialect.isReserved(stored)) {
            // Hibernate writes it unquoted, and PostgreSQL refuses the DDL.
            reporter.error(origin, "The " + what + " " + name + " is a reserved word in PostgreSQL, so Hibernate's"
                    + " DDL for it fails: quote it in backticks, as \"`" + stored + "`\", or choose another name");
        } else if (PostgresNames.byteLength(stored) > PostgresNames.MAX_IDENTIFIER_BYTES) {
            reporter.error(origin, "The " + what + " " + name + " is " + PostgresNames.byteLength(stored) + " bytes"
                    + " long, and PostgreSQL truncates names to " + PostgresNames.MAX_IDENTIFIER_BYTES
                    + ": choose a shorter name");
        }
    }

    void unsupported(UnsupportedUse use) {
        String workaround = WORKAROUNDS.entrySet().stream()
                .filter(e -> use.feature().startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("remove it, or mark the field @Transient");
        unsupported(use, workaround);
    }

    void unsupported(UnsupportedUse use, String workaround) {
        reporter.error(use.origin(), String.format(UNSUPPORTED, use.feature(), workaround));
    }
}
