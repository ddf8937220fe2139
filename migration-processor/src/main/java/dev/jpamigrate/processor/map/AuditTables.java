package dev.jpamigrate.processor.map;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.processor.map.HibernateColumnOrder.KeyColumn;
import dev.jpamigrate.processor.map.MappedTable.MappedSequence;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.RelationKind;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.model.UnsupportedUse;
import dev.jpamigrate.processor.naming.HibernateNames;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.PostgresNames;
import dev.jpamigrate.processor.read.EnversAnnotations;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.lang.model.element.Element;

/**
 * The tables Hibernate Envers (7.4, default settings) creates for audited entities: per entity {@code
 * <table>_AUD} with {@code REV integer not null} (a foreign key to {@code REVINFO}), {@code REVTYPE smallint},
 * the id columns and the audited columns, every one of these nullable and without its constraints, keyed by
 * {@code (REV, id)}; once, the revision table {@code REVINFO (REV integer, REVTSTMP bigint)} and its sequence
 * {@code REVINFO_SEQ} (start 1, increment 50). An attribute is audited when it or the class that declares it has
 * {@code @Audited}, unless it has {@code @NotAudited} or is the {@code @Version}. Only the simple case is written
 * ({@link #notWritten}); the rest stays a warning.
 */
public final class AuditTables {
    private static final String SUFFIX = "_AUD";
    private static final String REVISION_TABLE = "REVINFO";
    private static final String REVISION = "REV";

    private final EntityModel model;
    private final Naming naming;
    private final Hierarchy hierarchy;

    public AuditTables(EntityModel model, Naming naming) {
        this.model = model;
        this.naming = naming;
        this.hierarchy = new Hierarchy(model);
    }

    /** The warning on an audited entity when a Hibernate Envers setting is given, which JPA Migrate does not read. */
    public static String settingMessage(String setting) {
        return "JPA Migrate does not read Hibernate Envers' settings yet (" + setting + "): the audit tables it writes"
                + " (REVINFO, REVINFO_SEQ, <table>_AUD) are those of Envers' default settings, which the migrations will"
                + " hold instead of the ones the setting makes: remove the setting, or create the audit tables in a"
                + " migration of your own";
    }

    /** Whether Envers audits {@code entity}: {@code @Audited} on it, a mapped superclass or an attribute. */
    public static boolean audited(EntityClass entity) {
        return Stream.concat(entity.unsupported().stream(),
                entity.attributes().stream().flatMap(a -> a.unsupported().stream()))
                .anyMatch(EnversAnnotations::isAudited);
    }

    /** Why the audit tables of audited {@code entity} are not written, or {@code null} when they are. */
    public String notWritten(EntityClass entity) {
        if (model.entities().stream().flatMap(e -> e.unsupported().stream())
                .anyMatch(u -> u.feature().endsWith(".RevisionEntity"))) {
            return "a @RevisionEntity of the module replaces REVINFO";
        }
        Optional<UnsupportedUse> other = Stream.concat(entity.unsupported().stream(),
                        entity.attributes().stream().flatMap(a -> a.unsupported().stream()))
                .filter(u -> EnversAnnotations.isEnvers(u) && !EnversAnnotations.isAudited(u)).findFirst();
        if (other.isPresent()) {
            return "the entity has " + other.get().feature();
        }
        if (hierarchy.inHierarchy(entity)) {
            return "the entity is part of an inheritance hierarchy";
        }
        if (!entity.secondaryTables().isEmpty()) {
            return "the entity has secondary tables";
        }
        if (entity.idClass() != null || entity.attributes().stream().filter(Attribute::id).count() != 1
                || entity.attributes().stream().anyMatch(a -> a.id() && (a.embedding() != null || a.isRelation()))) {
            return "the entity has a composite or derived id";
        }
        for (Attribute attribute : entity.attributes()) {
            if (attribute.embedding() != null && attribute.unsupported().stream().anyMatch(EnversAnnotations::isAudited)) {
                return "@Audited on " + attribute.name() + " of an embeddable";
            }
            if (!audited(attribute)) {
                continue;
            }
            RelationKind kind = attribute.relation() == null ? null : attribute.relation().kind();
            if (kind == RelationKind.ONE_TO_ONE) {
                return "the audited @OneToOne " + attribute.name();
            }
            boolean toMany = kind == RelationKind.ONE_TO_MANY || kind == RelationKind.MANY_TO_MANY;
            if (toMany ? attribute.relation().owning() : attribute.collection() != null) {
                return "the audited collection " + attribute.name() + " has an audit table of its own";
            }
        }
        return null;
    }

    /**
     * The audit tables of the module's audited entities whose tables are written, and {@code REVINFO} with its
     * sequence; {@code mapper} maps an entity's table.
     */
    public List<MappedTable> tables(Function<EntityClass, Optional<MappedTable>> mapper) {
        List<MappedTable> tables = new ArrayList<>();
        for (EntityClass entity : model.entities()) {
            if (!audited(entity) || notWritten(entity) != null) {
                continue;
            }
            if (tables.isEmpty()) {
                tables.add(revisionTable(entity));
            }
            mapper.apply(withAuditedAttributes(entity)).ifPresent(mapped -> tables.add(auditTable(entity, mapped)));
        }
        return tables;
    }

    /** {@code entity} with only the attributes Envers audits: the others have no column in its audit table. */
    private static EntityClass withAuditedAttributes(EntityClass e) {
        return new EntityClass(e.qualifiedName(), e.binaryName(), e.packageName(), e.entityName(), e.table(),
                e.classGenerators(), e.packageGenerators(),
                e.attributes().stream().filter(a -> a.id() || audited(a)).toList(), e.unsupported(), e.origin(),
                e.idClass(), e.inheritance(), e.secondaryTables(), e.overrides(), e.problems());
    }

    private static boolean audited(Attribute attribute) {
        Element field = attribute.embedding() == null ? attribute.origin().element()
                : attribute.embedding().root().element();
        if (attribute.version() || EnversAnnotations.has(field, "NotAudited")
                || EnversAnnotations.has(attribute.origin().element(), "NotAudited")) {
            return false;
        }
        return EnversAnnotations.has(field, "Audited")
                || field != null && EnversAnnotations.has(field.getEnclosingElement(), "Audited");
    }

    private MappedTable revisionTable(EntityClass owner) {
        String local = naming.table(REVISION_TABLE);
        String rev = revisionColumn(local);
        String timestamp = naming.column("REVTSTMP");
        naming.noteColumnSpelling(local, timestamp, "REVTSTMP");
        Table table = new Table(local, List.of(new Column(rev, "integer", false, null, false), Column.of(timestamp,
                "bigint")), new PrimaryKey(PostgresNames.primaryKey(local), List.of(rev)), List.of(), List.of(),
                List.of(), List.of());
        Sequence sequence = new Sequence(naming.sequence(REVISION_TABLE + "_SEQ"), 1, 50);
        return new MappedTable(owner, table, List.of(new MappedSequence(sequence, owner.origin())), List.of(), null);
    }

    private MappedTable auditTable(EntityClass entity, MappedTable mapped) {
        String logical = entity.logicalTableName() + SUFFIX;
        String local = naming.table(logical);
        String name = entity.table().schema() == null ? local : naming.schema(entity.table().schema()) + "." + local;
        Table source = mapped.table();
        List<String> ids = source.primaryKey().columns();
        String rev = revisionColumn(local);
        String type = naming.column("REVTYPE");
        naming.noteColumnSpelling(local, type, "REVTYPE");
        List<Column> columns = new ArrayList<>();
        Column revColumn = new Column(rev, "integer", false, null, false);
        columns.add(revColumn);
        columns.add(Column.of(type, "smallint"));
        List<KeyColumn> key = new ArrayList<>();
        key.add(new KeyColumn(revColumn, naming.columnSpelling(local, rev)));
        String sourceLocal = source.localName();
        for (Column c : source.columns()) {
            boolean id = ids.contains(c.name());
            Column copy = new Column(c.name(), c.type(), !id, null, false, null, c.collation(), null);
            columns.add(copy);
            String spelling = naming.columnSpelling(sourceLocal, c.name());
            naming.noteColumnSpelling(local, c.name(), spelling);
            if (id) {
                key.add(new KeyColumn(copy, spelling));
            }
        }
        String fkName = HibernateNames.foreignKey(naming.physicalTable(logical), naming.physicalTable(REVISION_TABLE),
                List.of(naming.physicalColumn(REVISION)));
        ForeignKey toRevision = new ForeignKey(naming.foreignKey(fkName, false), List.of(rev),
                naming.table(REVISION_TABLE), List.of(naming.column(REVISION)), ForeignKeyAction.NO_ACTION,
                ForeignKeyAction.NO_ACTION);
        Table table = new Table(name, columns, new PrimaryKey(PostgresNames.primaryKey(local),
                HibernateColumnOrder.sorted(key)), List.of(), List.of(), List.of(toRevision), List.of());
        return new MappedTable(entity, table, List.of(), List.of(), null);
    }

    private String revisionColumn(String table) {
        String rev = naming.column(REVISION);
        naming.noteColumnSpelling(table, rev, REVISION);
        return rev;
    }
}
