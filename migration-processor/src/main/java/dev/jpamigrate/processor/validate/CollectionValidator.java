package dev.jpamigrate.processor.validate;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.map.BooleanConverters;
import dev.jpamigrate.processor.map.CollectionTableMapper;
import dev.jpamigrate.processor.map.ColumnTypes;
import dev.jpamigrate.processor.map.CompositeKeys;
import dev.jpamigrate.processor.map.KeyColumns;
import dev.jpamigrate.processor.map.OneToManyJoinColumns;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.Attribute.RelationKind;
import dev.jpamigrate.processor.model.Attribute.RelationSpec;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.CollectionSpec.CollectionKind;
import dev.jpamigrate.processor.model.CollectionSpec.TableSpec;
import dev.jpamigrate.processor.model.CollectionSpec;
import dev.jpamigrate.processor.model.ColumnDetails;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.JavaType.Kind;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import dev.jpamigrate.processor.naming.Naming;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a collection-valued field (an {@code @ElementCollection}, or a {@code @OneToMany}
 * or {@code @ManyToMany}) and the table annotations on it, for {@link MappingValidator}:
 * what it lets through, {@link CollectionTableMapper} and {@link OneToManyJoinColumns} map.
 */
public final class CollectionValidator {
    private final ErrorReporter reporter;
    private final EntityModel model;
    private final ColumnTypes columnTypes;
    private final Naming naming;
    private final MappingValidator validator;
    private final KeyColumns keyColumns;

    public CollectionValidator(ErrorReporter reporter, EntityModel model, ColumnTypes columnTypes, Naming naming,
            MappingValidator validator, KeyColumns keyColumns) {
        this.keyColumns = keyColumns;
        this.reporter = reporter;
        this.model = model;
        this.columnTypes = columnTypes;
        this.naming = naming;
        this.validator = validator;
    }

    public void validate(EntityClass entity, Attribute attribute) {
        CollectionSpec collection = attribute.collection();
        if (attribute.isElementCollection() && attribute.isRelation()) {
            reporter.error(collection.elementCollection(), "@ElementCollection holds values, and "
                    + attribute.relation().kind().annotation() + " on " + attribute.name() + " holds entities: keep one"
                    + " of the two");
            return;
        }
        if (!attribute.isElementCollection() && !attribute.isRelation()) {
            reporter.error(firstOrigin(collection, attribute), "The collection annotations on " + attribute.name()
                    + " (@CollectionTable, @OrderColumn, @MapKey...) apply to an @ElementCollection, @OneToMany or"
                    + " @ManyToMany field: add @ElementCollection for values, or the relation annotation for entities");
            return;
        }
        if (collection.kind() == CollectionKind.NONE) {
            String annotation = attribute.isElementCollection() ? "@ElementCollection"
                    : attribute.relation().kind().annotation();
            reporter.error(attribute.isElementCollection() ? collection.elementCollection() : attribute.relation().origin(),
                    annotation + " applies to a Set, List, Collection or Map field, and " + attribute.name() + " is "
                            + attribute.type().name() + ": make it a collection, or use "
                            + (attribute.isElementCollection() ? "@Column for a single value" : "@ManyToOne or @OneToOne"));
            return;
        }
        if (collection.element() == null && (attribute.isElementCollection() || relationTargetIsRaw(attribute))) {
            reporter.error(attribute.origin(), "Field " + attribute.name() + " is a raw " + attribute.type().name()
                    + ", so its elements have no type: write the type arguments (as in Set<Book>), or give"
                    + (attribute.isElementCollection() ? " @ElementCollection(targetClass = ...)" : " targetEntity = ..."));
            return;
        }
        if (!checkCollectionAnnotations(entity, attribute) || !checkOwner(entity, attribute)) {
            return;
        }
        if (attribute.isElementCollection()) {
            validateElementCollection(attribute);
        } else {
            validateToMany(entity, attribute);
        }
    }

    private static boolean relationTargetIsRaw(Attribute attribute) {
        return attribute.relation().target().kind() == Kind.COLLECTION;
    }

    private static Origin firstOrigin(CollectionSpec collection, Attribute attribute) {
        if (collection.table() != null) {
            return collection.table().origin();
        }
        if (collection.orderColumn() != null) {
            return collection.orderColumn().origin();
        }
        if (collection.mapKeyColumn() != null) {
            return collection.mapKeyColumn().origin();
        }
        return attribute.origin();
    }

    /** {@code @OrderColumn} on lists, {@code @MapKey*} on maps, and each table annotation where it belongs. */
    private boolean checkCollectionAnnotations(EntityClass entity, Attribute attribute) {
        CollectionSpec collection = attribute.collection();
        int before = reporter.errorCount();
        if (collection.orderColumn() != null && collection.kind() != CollectionKind.LIST) {
            reporter.error(collection.orderColumn().origin(), "@OrderColumn keeps the order of a List, and "
                    + attribute.name() + " is a " + attribute.type().name() + ", which has no order to keep: make it"
                    + " a List, or remove @OrderColumn (use @OrderBy to sort on reading)");
        }
        if (!collection.isMap()) {
            List<Origin> mapKeys = new ArrayList<>();
            if (collection.mapKeyColumn() != null) {
                mapKeys.add(collection.mapKeyColumn().origin());
            }
            if (collection.mapKeyJoinColumn() != null) {
                mapKeys.add(collection.mapKeyJoinColumn().origin());
            }
            if (collection.mapKeyEnumerated() != null) {
                mapKeys.add(collection.mapKeyEnumerated().origin());
            }
            if (collection.mapKeyTemporal() != null) {
                mapKeys.add(collection.mapKeyTemporal().origin());
            }
            if (collection.mapKey() != null) {
                mapKeys.add(collection.mapKey());
            }
            mapKeys.forEach(origin -> reporter.error(origin, "The @MapKey annotations describe the key of a Map, and "
                    + attribute.name() + " is a " + attribute.type().name() + ": make it a Map, or remove them"));
        }
        TableSpec table = collection.table();
        if (table != null) {
            // Hibernate takes a @JoinTable on an @ElementCollection as its collection table (Envers' own
            // TrackingModifiedEntitiesRevisionMapping maps REVCHANGES so); inverse join columns have no column there.
            if (attribute.isElementCollection() && table.annotation().equals("@JoinTable")
                    && !table.inverseJoinColumns().isEmpty()) {
                reporter.error(table.origin(), "The table of an @ElementCollection has no inverse join columns: write"
                        + " @CollectionTable, or @JoinTable without inverseJoinColumns, on " + attribute.name());
            } else if (attribute.isRelation() && table.annotation().equals("@CollectionTable")) {
                reporter.error(table.origin(), "@CollectionTable names the table of an @ElementCollection, and "
                        + attribute.name() + " is a relation: use @JoinTable");
            } else if (attribute.isRelation() && !attribute.relation().owning()) {
                reporter.error(table.origin(), "The inverse side of a relation (mappedBy) has no join table: remove"
                        + " @JoinTable here, or put it on " + simpleName(attribute.relation().target()) + "."
                        + attribute.relation().mappedBy());
            }
            validator.checkTableName(table.name(), table.origin());
            validator.checkName(table.schema(), Naming.Kind.SCHEMA, table.origin());
            table.joinColumns().forEach(c -> checkJoinColumn(c, entity));
            EntityClass target = model.target(attribute).orElse(null);
            table.inverseJoinColumns().forEach(c -> checkJoinColumn(c, target));
            checkMutability(table.joinColumns(), attribute);
            checkMutability(table.inverseJoinColumns(), attribute);
        }
        if (collection.orderColumn() != null) {
            validator.checkName(collection.orderColumn().name(), Naming.Kind.COLUMN, collection.orderColumn().origin());
        }
        return reporter.errorCount() == before;
    }

    /**
     * Hibernate 6 and 7 refuse the join columns of a join or collection table whose insertable and
     * updatable differ, or differ between columns (CollectionBinder); Hibernate 5 let them pass.
     */
    private void checkMutability(List<JoinColumnSpec> columns, Attribute attribute) {
        for (JoinColumnSpec column : columns) {
            if (column.insertable() != column.updatable()) {
                reporter.error(column.origin(), "Hibernate refuses join column " + (column.name() != null ? column.name()
                        + " " : "") + "of " + attribute.name() + " with insertable = " + column.insertable()
                        + " and updatable = " + column.updatable() + ": the columns of a join table are written with"
                        + " its rows, so give both the same value, or remove both");
                return;
            }
        }
        if (columns.stream().map(JoinColumnSpec::insertable).distinct().count() > 1) {
            reporter.error(columns.get(0).origin(), "Hibernate refuses the join columns of " + attribute.name()
                    + " unless all of them have the same insertable and updatable: give them the same values");
        }
    }

    /** A join column's name and definition; it may name the primary key of {@code referenced} (when known) only. */
    private void checkJoinColumn(JoinColumnSpec column, EntityClass referenced) {
        validator.checkName(column.name(), Naming.Kind.COLUMN, column.origin());
        String written = column.referencedColumnName();
        if (written != null && referenced != null && referenced.id().isPresent()) {
            String pk = referenced.id().get().logicalColumnName();
            if (!naming.column(written).equals(naming.column(pk))) {
                validator.unsupported(new UnsupportedUse("a join column that references " + written + ", which is not"
                        + " the primary key of " + referenced.entityName(), column.origin()),
                        "remove referencedColumnName, or set it to \"" + pk + "\"");
            }
        }
        if (column.columnDefinition() != null) {
            validator.checkColumnDefinition(column.columnDefinition(), column.origin());
        }
    }

    /** The owner's primary key is what the join columns of the collection's table reference. */
    private boolean checkOwner(EntityClass entity, Attribute attribute) {
        if (OneToManyJoinColumns.applies(attribute)) {
            // The join columns in the target's table reference the owner's key, one per key column.
            return hasKnownKey(entity, CompositeKeys.written(attribute), attribute, attribute.origin());
        }
        if (!CollectionTableMapper.hasTable(attribute)) {
            return true;
        }
        TableSpec table = attribute.collection().table();
        return hasKnownKey(entity, table == null ? List.of() : table.joinColumns(), attribute, attribute.origin());
    }

    /**
     * Whether the key of {@code entity}, which join columns of the table of {@code attribute} reference, is known,
     * and the written ones ({@code written}) name its columns: one column, or several of a composite key.
     */
    private boolean hasKnownKey(EntityClass entity, List<JoinColumnSpec> written, Attribute attribute, Origin origin) {
        if (entity.ids().isEmpty()) {
            // An entity without @Id is reported on the entity itself.
            return false;
        }
        if (entity.id().isPresent()) {
            return hasSingleKey(entity, attribute, origin);
        }
        if (!keyColumns.known(entity)) {
            reporter.error(origin, "JPA Migrate cannot tell the key columns of " + entity.qualifiedName() + ", which"
                    + " the table of " + attribute.name() + " references: map its @Id or @EmbeddedId fields to basic"
                    + " types or to entities keyed so");
            return false;
        }
        String problem = CompositeKeys.problem(written, attribute.name(), entity, keyColumns.bindingOrderNames(entity),
                naming);
        if (problem != null) {
            reporter.error(written.isEmpty() ? origin : written.get(0).origin(), problem);
            return false;
        }
        return true;
    }

    /**
     * Whether the key of {@code keyEntity}, a map's key entity, is known and the {@code @MapKeyJoinColumn(s)} of
     * {@code attribute} name its columns: one column, or one per column of a composite key.
     */
    private boolean hasMapKeyEntityKey(EntityClass keyEntity, Attribute attribute, Origin origin) {
        List<JoinColumnSpec> written = attribute.collection().writtenMapKeyJoinColumns();
        if (keyEntity.id().isEmpty() && keyColumns.known(keyEntity)
                && written.size() != keyColumns.bindingOrderNames(keyEntity).size()) {
            // Hibernate 7.4 and 6.6: "An association that targets entity ... has 1 '@JoinColumn's but the primary key
            // has 2 columns" (MapBinder binds one implicit key column).
            reporter.error(written.isEmpty() ? origin : written.get(0).origin(), "Hibernate fails on this: the keys of "
                    + attribute.name() + " are " + keyEntity.entityName() + ", whose primary key has the columns "
                    + keyColumns.bindingOrderNames(keyEntity) + ", and Hibernate makes one key column unless told"
                    + " otherwise: write @MapKeyJoinColumns with one @MapKeyJoinColumn(name = ..., referencedColumnName"
                    + " = ...) for each of them");
            return false;
        }
        return hasKnownKey(keyEntity, written, attribute, origin);
    }

    /** Whether {@code entity}, which a join column of {@code attribute} references, has a single basic key. */
    private boolean hasSingleKey(EntityClass entity, Attribute attribute, Origin origin) {
        if (entity.id().isEmpty() || entity.id().get().isRelation()) {
            validator.unsupported(new UnsupportedUse("a join column of " + attribute.name() + " to "
                    + entity.qualifiedName() + ", whose primary key is not a single basic @Id field", origin),
                    "give " + entity.entityName() + " a single @Id field");
            return false;
        }
        if (columnTypes.of(entity.id().get()).isEmpty()) {
            reporter.error(origin, "The @Id of " + entity.qualifiedName() + " has a type that JPA Migrate cannot map, so"
                    + " the join column of " + attribute.name() + " has none: fix the @Id of " + entity.entityName());
            return false;
        }
        return true;
    }

    private void validateElementCollection(Attribute attribute) {
        CollectionSpec collection = attribute.collection();
        JavaType element = collection.element();
        if (attribute.joinColumn() != null) {
            reporter.error(attribute.joinColumn().origin(), "The join column of an @ElementCollection is written in"
                    + " @CollectionTable(joinColumns = @JoinColumn(...)): move it there");
            return;
        }
        switch (element.kind()) {
            case EMBEDDABLE -> validateEmbeddableElement(attribute);
            case ENTITY -> {
                reporter.error(collection.elementCollection(), "An @ElementCollection holds values, and "
                        + element.name() + " is an entity: map " + attribute.name() + " with @OneToMany or @ManyToMany");
                return;
            }
            case COLLECTION -> {
                reporter.error(collection.elementCollection(), "The elements of " + attribute.name() + " are collections"
                        + " (" + element.name() + "), which no column holds: map them as an @Entity of their own");
                return;
            }
            default -> {
                if (columnTypes.timeZoneColumns().stores(attribute.element())) {
                    validator.unsupported(new UnsupportedUse("an offset column (time zone storage COLUMN) for the"
                            + " elements of a collection", attribute.origin()), "use @TimeZoneStorage(NORMALIZE_UTC)"
                            + " on the field, or store Instants");
                    return;
                }
                validator.validateBasic(attribute.element());
            }
        }
        if (collection.isMap()) {
            validateMapKey(attribute);
        }
    }

    /**
     * The attributes of an embeddable element: basic ones, nested embeddables, and
     * {@code @ManyToOne}s, whose join columns are in the collection table.
     */
    private void validateEmbeddableElement(Attribute attribute) {
        if (attribute.collection().elementAttributes().isEmpty()) {
            // Nothing to store: the collection table would hold its join columns alone.
            reporter.error(attribute.origin(), "The elements of @ElementCollection " + attribute.name() + ", of"
                    + " @Embeddable " + attribute.collection().element().name() + ", map no column: it has no"
                    + " persistent field (or, with property access, no getter with a setter); give it the fields it"
                    + " stores, put @Access(AccessType.PROPERTY) on it if its getters are what it stores, or mark "
                    + attribute.name() + " @Transient");
            return;
        }
        for (Attribute part : attribute.collection().elementAttributes()) {
            if (part.collection() != null) {
                reporter.error(part.origin(), "Field " + part.name() + " is a collection inside an element of"
                        + " @ElementCollection " + attribute.name() + ", which Hibernate cannot map: map the elements"
                        + " of " + attribute.name() + " as an @Entity with a @ManyToOne to this one");
            } else if (part.isRelation() && part.relation().kind() != RelationKind.MANY_TO_ONE) {
                reporter.error(part.relation().origin(), "An element of @ElementCollection " + attribute.name()
                        + " is a row of its collection table, which holds a @ManyToOne's join column only: make "
                        + part.name() + " a @ManyToOne, or map the elements as an @Entity");
            } else if (part.isRelation()) {
                EntityClass target = model.target(part).orElse(null);
                // Its join columns reference the target's key: one column, or one per column of a composite key.
                if (validator.validateRelation(part)
                        && hasKnownKey(target, CompositeKeys.written(part), part, part.relation().origin())
                        && target.id().isPresent() && part.joinColumn() != null) {
                    checkJoinColumn(part.joinColumn(), target);
                }
            } else {
                validator.validateBasic(part);
            }
            checkColumnExtras(attribute, part);
        }
    }

    /** What the collection table does not carry yet for an attribute of an embeddable element. */
    private void checkColumnExtras(Attribute attribute, Attribute part) {
        ColumnDetails details = part.details();
        List<String> extras = new ArrayList<>();
        if (part.column() != null && part.column().unique()) {
            extras.add("@Column(unique = true)");
        }
        if (details.comment() != null || !details.comments().isEmpty()) {
            extras.add("a column comment");
        }
        if (details.defaultValue() != null) {
            extras.add("@ColumnDefault");
        }
        if (!details.checks().isEmpty()) {
            extras.add("a check");
        }
        if (details.onDelete() != ForeignKeyAction.NO_ACTION) {
            extras.add("@OnDelete");
        }
        if (part.converter() != null && BooleanConverters.isBoolean(part.type())) {
            extras.add("a boolean converter");
        }
        if (!extras.isEmpty()) {
            validator.unsupported(new UnsupportedUse(String.join(", ", extras) + " on " + part.name() + ", an"
                    + " attribute of the elements of @ElementCollection " + attribute.name(), part.origin()),
                    "remove it, or map the elements as an @Entity with a @ManyToOne to this one");
        }
    }

    private void validateMapKey(Attribute attribute) {
        CollectionSpec collection = attribute.collection();
        JavaType key = collection.key();
        if (key == null) {
            reporter.error(attribute.origin(), "Field " + attribute.name() + " is a raw Map, so its keys have no type:"
                    + " write the type arguments, as in Map<String, Integer>");
        } else if (key.kind() == Kind.ENTITY) {
            EntityClass keyEntity = model.entity(key.name()).orElseThrow();
            if (collection.mapKeyColumn() != null) {
                reporter.error(collection.mapKeyColumn().origin(), "The keys of " + attribute.name() + " are entities,"
                        + " which a join column references: write @MapKeyJoinColumn instead of @MapKeyColumn");
            } else if (hasMapKeyEntityKey(keyEntity, attribute, attribute.origin())
                    && collection.mapKeyJoinColumn() != null) {
                checkJoinColumn(collection.mapKeyJoinColumn(), keyEntity);
            }
        } else if (key.kind() == Kind.EMBEDDABLE) {
            validateEmbeddableKey(attribute);
        } else if (!collection.writtenMapKeyJoinColumns().isEmpty()) {
            reporter.error(collection.writtenMapKeyJoinColumns().get(0).origin(), "@MapKeyJoinColumn applies to keys"
                    + " that are entities, and the keys of " + attribute.name() + " are " + key.name()
                    + ": use @MapKeyColumn");
        } else {
            validator.validateBasic(attribute.mapKey());
        }
    }

    /**
     * The attributes of an embeddable map key: basic ones, nested embeddables and {@code @ManyToOne}s (their join
     * columns), each a column of the key; another relation or a collection in a key is not mapped.
     */
    private void validateEmbeddableKey(Attribute attribute) {
        for (Attribute part : attribute.collection().keyAttributes()) {
            if (part.isRelation() && part.relation().kind() == RelationKind.MANY_TO_ONE && part.hasJoinColumn()) {
                EntityClass target = model.target(part).orElse(null);
                if (validator.validateRelation(part)
                        && hasKnownKey(target, CompositeKeys.written(part), part, part.relation().origin())
                        && target.id().isPresent() && part.joinColumn() != null) {
                    checkJoinColumn(part.joinColumn(), target);
                }
            } else if (part.isRelation() || part.collection() != null) {
                validator.unsupported(new UnsupportedUse("a relation or collection (" + part.name() + ") in the"
                        + " embeddable key of Map " + attribute.name(), part.origin()),
                        "key the map by an embeddable of basic attributes and @ManyToOne relations");
            } else if (!part.isEmbedded()) {
                validator.validateBasic(part);
                checkColumnExtras(attribute, part);
            }
        }
    }

    private void validateToMany(EntityClass entity, Attribute attribute) {
        if (!validator.validateRelation(attribute)) {
            return;
        }
        RelationSpec relation = attribute.relation();
        CollectionSpec collection = attribute.collection();
        EntityClass target = model.target(attribute).orElseThrow();
        if (!relation.owning()) {
            if (collection.orderColumn() != null && relation.kind() == RelationKind.MANY_TO_MANY) {
                reporter.error(collection.orderColumn().origin(), "@OrderColumn on " + attribute.name()
                        + ", the inverse (mappedBy) side of a @ManyToMany: Hibernate refuses it, since the owning side"
                        + " writes the join table; put the list and its @OrderColumn on the owning side, or use"
                        + " @OrderBy");
            }
            if (collection.isMap() && collection.mapKey() == null) {
                validator.unsupported(new UnsupportedUse("a Map without @MapKey on the inverse side of a relation ("
                        + attribute.name() + ")", relation.origin()),
                        "put the list or map on the owning side, or use @OrderBy or @MapKey");
            }
            return;
        }
        boolean joinColumns = !CompositeKeys.written(attribute).isEmpty();
        if (attribute.joinColumn() != null && relation.kind() == RelationKind.MANY_TO_MANY) {
            reporter.error(attribute.joinColumn().origin(), "A @ManyToMany has a join table, not a join column: name its"
                    + " columns with @JoinTable(joinColumns = @JoinColumn(...), inverseJoinColumns = @JoinColumn(...))");
            return;
        }
        if (joinColumns && collection.table() != null) {
            reporter.error(CompositeKeys.written(attribute).get(0).origin(), "A @OneToMany has either a join column in"
                    + " the table of " + target.entityName() + " or a @JoinTable: remove one of the two");
            return;
        }
        // Join columns in the target's table reference the owner's key (checkOwner): the target's own key is not copied.
        boolean targetKey = joinColumns ? !target.ids().isEmpty()
                : hasKnownKey(target, collection.table() == null ? List.of() : collection.table().inverseJoinColumns(),
                        attribute, relation.origin());
        if (!targetKey) {
            return;
        }
        if (collection.isMap() && collection.mapKey() == null && !validateRelationMapKey(attribute, target)) {
            return;
        }
        if (joinColumns) {
            if (!model.entities().contains(target)) {
                validator.unsupported(new UnsupportedUse("a @OneToMany @JoinColumn to " + target.qualifiedName()
                        + ", an entity of another module", CompositeKeys.written(attribute).get(0).origin()),
                        "map the relation by a @ManyToOne on " + target.entityName() + ", or use a join table (remove"
                        + " @JoinColumn)");
                return;
            }
            if (attribute.joinColumn() != null) {
                checkJoinColumn(attribute.joinColumn(), entity);
            }
        }
    }

    /** The key column of a relation's map: in the join table (a basic key or an entity's), or in the target's table (basic). */
    private boolean validateRelationMapKey(Attribute attribute, EntityClass target) {
        JavaType key = attribute.collection().key();
        if (key == null) {
            reporter.error(attribute.origin(), "Field " + attribute.name() + " is a raw Map, so its keys have no type:"
                    + " write the type arguments, as in Map<String, " + target.entityName() + ">");
            return false;
        }
        boolean inTargetTable = !CompositeKeys.written(attribute).isEmpty();
        if ((key.kind() == Kind.EMBEDDABLE || key.kind() == Kind.ENTITY) && inTargetTable) {
            validator.unsupported(new UnsupportedUse("a " + attribute.relation().kind().annotation()
                    + (inTargetTable ? " @JoinColumn" : "") + " Map keyed by " + key.name() + " (" + attribute.name()
                    + ")", attribute.relation().origin()), "key the map by an attribute of " + target.entityName()
                    + " with @MapKey(name = \"...\"), or by a basic value");
            return false;
        }
        if (key.kind() == Kind.EMBEDDABLE) {
            validateEmbeddableKey(attribute);
            return true;
        }
        if (key.kind() == Kind.ENTITY) {
            EntityClass keyEntity = model.entity(key.name()).orElseThrow();
            if (attribute.collection().mapKeyColumn() != null) {
                reporter.error(attribute.collection().mapKeyColumn().origin(), "The keys of " + attribute.name()
                        + " are entities, which a join column references: write @MapKeyJoinColumn instead of"
                        + " @MapKeyColumn");
                return false;
            }
            if (!hasMapKeyEntityKey(keyEntity, attribute, attribute.relation().origin())) {
                return false;
            }
            if (attribute.collection().mapKeyJoinColumn() != null) {
                checkJoinColumn(attribute.collection().mapKeyJoinColumn(), keyEntity);
            }
            return true;
        }
        if (!attribute.collection().writtenMapKeyJoinColumns().isEmpty()) {
            reporter.error(attribute.collection().writtenMapKeyJoinColumns().get(0).origin(), "@MapKeyJoinColumn applies to keys"
                    + " that are entities, and the keys of " + attribute.name() + " are " + key.name()
                    + ": use @MapKeyColumn");
            return false;
        }
        int before = reporter.errorCount();
        validator.validateBasic(attribute.mapKey());
        return reporter.errorCount() == before;
    }

    private static String simpleName(JavaType type) {
        return type.name().substring(type.name().lastIndexOf('.') + 1);
    }
}
