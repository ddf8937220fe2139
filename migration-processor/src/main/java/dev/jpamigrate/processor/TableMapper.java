package dev.jpamigrate.processor;

import dev.jpamigrate.CheckConstraint;
import dev.jpamigrate.Column;
import dev.jpamigrate.ForeignKey;
import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.Index;
import dev.jpamigrate.PrimaryKey;
import dev.jpamigrate.Sequence;
import dev.jpamigrate.SqlTypes;
import dev.jpamigrate.Table;
import dev.jpamigrate.UniqueConstraint;
import dev.jpamigrate.processor.Attribute.EnumStorage;
import dev.jpamigrate.processor.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.Attribute.RelationKind;
import dev.jpamigrate.processor.JavaType.Kind;
import dev.jpamigrate.processor.MappedTable.MappedSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps one validated entity to its table as Hibernate 7.4 creates it on PostgreSQL:
 * names folded as PostgreSQL stores them, constraints named as Hibernate or PostgreSQL
 * name them. Reports the column names in {@code @Index} and {@code @UniqueConstraint}
 * that the table does not have.
 */
final class TableMapper {
    private final ErrorReporter reporter;
    private final EntityModel model;
    private final IdGenerators generators;
    private final Naming naming;
    private final ColumnTypes columnTypes;
    private final ProcessorOptions.HibernateVersion hibernate;

    TableMapper(ErrorReporter reporter, EntityModel model, IdGenerators generators, Naming naming,
            ColumnTypes columnTypes, ProcessorOptions.HibernateVersion hibernate) {
        this.reporter = reporter;
        this.model = model;
        this.generators = generators;
        this.naming = naming;
        this.columnTypes = columnTypes;
        this.hibernate = hibernate;
    }

    /** The table name as the model writes it: as stored, qualified by its schema when it names one. */
    private String tableName(EntityClass entity) {
        String local = naming.stored(entity.logicalTableName());
        return entity.table().schema() == null ? local : naming.stored(entity.table().schema()) + "." + local;
    }

    /** The entity's table, or empty when two of its columns or constraints would get one name (reported). */
    Optional<MappedTable> map(EntityClass entity) {
        String local = naming.stored(entity.logicalTableName());
        List<Column> columns = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<MappedSequence> sequences = new ArrayList<>();
        if (generators.createsUnusedClassGenerators()) {
            entity.classGenerators().forEach(g -> sequences.add(sequence(g)));
        }
        Attribute id = entity.id().orElseThrow();
        List<Attribute> ordered = new ArrayList<>(entity.attributes());
        // The id column first, so that a snapshot reads like a hand-written table; PostgreSQL compares by name anyway.
        ordered.remove(id);
        ordered.add(0, id);
        for (Attribute attribute : ordered) {
            if (attribute.hasJoinColumn()) {
                joinColumn(entity, attribute, columns, uniques, foreignKeys);
            } else if (!attribute.isRelation() && !attribute.isElementCollection()) {
                IdGeneration generation = attribute.id() ? generators.of(entity, attribute) : new IdGeneration.None();
                if (generation instanceof IdGeneration.FromSequence fromSequence) {
                    sequences.add(sequence(fromSequence.generator()));
                }
                basicColumn(local, attribute, generation, columns, uniques, checks);
            }
        }
        Optional<String> sameColumn = firstDuplicate(columns.stream().map(Column::name).toList());
        if (sameColumn.isPresent()) {
            reporter.error(entity.table().origin(), "Table " + tableName(entity) + " would get two columns named "
                    + sameColumn.get() + " (PostgreSQL folds names to lower case): give one of the fields another"
                    + " name with @Column(name = ...) or @JoinColumn(name = ...)");
            return Optional.empty();
        }
        PrimaryKey primaryKey = new PrimaryKey(PostgresNames.primaryKey(local), List.of(columns.get(0).name()));
        List<String> naturalId = ordered.stream().filter(a -> a.details().naturalId() && !a.isRelation())
                .map(a -> naming.stored(a.logicalColumnName())).toList();
        if (!naturalId.isEmpty()) {
            uniques.add(new UniqueConstraint(PostgresNames.unique(local, naturalId), naturalId));
        }
        for (CheckSpec check : entity.table().checks()) {
            checks.add(new CheckConstraint(check.name() != null ? Naming.constraint(check.name())
                    : PostgresNames.check(local, onlyColumnOf(check.expression(), columns), checkNames(checks)),
                    check.expression()));
        }
        List<Index> indexes = new ArrayList<>();
        new TableConstraints(reporter, naming, tableName(entity), entity.logicalTableName(), columns)
                .add(entity.table().uniqueConstraints(), entity.table().indexes(), uniques, indexes);
        List<String> names = new ArrayList<>(List.of(primaryKey.name()));
        uniques.forEach(u -> names.add(u.name()));
        indexes.forEach(i -> names.add(i.name()));
        foreignKeys.forEach(f -> names.add(f.name()));
        checks.forEach(c -> names.add(c.name()));
        Optional<String> sameName = firstDuplicate(names);
        if (sameName.isPresent()) {
            reporter.error(entity.table().origin(), "Table " + tableName(entity) + " would get two constraints or"
                    + " indexes named " + sameName.get() + ": remove the duplicate, or name them apart");
            return Optional.empty();
        }
        Table table = new Table(tableName(entity), columns, primaryKey, uniques, indexes, foreignKeys, checks,
                entity.table().comment());
        return Optional.of(new MappedTable(entity, table, sequences));
    }

    private void basicColumn(String table, Attribute attribute, IdGeneration generation, List<Column> columns,
            List<UniqueConstraint> uniques, List<CheckConstraint> checks) {
        String name = naming.stored(attribute.logicalColumnName());
        String type = SqlTypes.canonical(columnTypes.of(attribute).orElseThrow());
        boolean identity = generation instanceof IdGeneration.Identity;
        Attribute.ColumnSpec column = attribute.column();
        // Hibernate makes a primitive NOT NULL only when it has no @Column, whose nullable defaults to true;
        // a @Version column, and a @CreationTimestamp or @UpdateTimestamp one, is NOT NULL since Hibernate 7.
        boolean version = (attribute.version() || attribute.details().generatedTimestamp())
                && hibernate == ProcessorOptions.HibernateVersion.V7;
        boolean notNull = attribute.id() || version || !attribute.basicOptional()
                || column == null && attribute.type().isPrimitive()
                || column != null && !column.nullable();
        ColumnDetails details = attribute.details();
        columns.add(new Column(name, type, !notNull && !identity, identity ? null : details.defaultValue(), identity,
                details.comment()));
        if (column != null && column.unique() && !attribute.id()) {
            uniques.add(new UniqueConstraint(PostgresNames.unique(table, List.of(name)), List.of(name)));
        }
        if (attribute.type().kind() == Kind.ENUM) {
            EnumStorage storage = attribute.enumerated() == null ? EnumStorage.ORDINAL : attribute.enumerated().storage();
            String expression = EnumChecks.expression(name, storage, attribute.type().enumConstants());
            checks.add(new CheckConstraint(PostgresNames.check(table, name, checkNames(checks)), expression));
        }
        for (CheckSpec check : details.checks()) {
            checks.add(new CheckConstraint(check.name() != null ? Naming.constraint(check.name())
                    : PostgresNames.check(table, name, checkNames(checks)), check.expression()));
        }
    }

    private void joinColumn(EntityClass entity, Attribute attribute, List<Column> columns,
            List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys) {
        EntityClass target = model.target(attribute).orElseThrow();
        Attribute targetId = target.id().orElseThrow();
        JoinColumnSpec joinColumn = attribute.joinColumn();
        String logical = joinColumn != null && joinColumn.name() != null ? joinColumn.name()
                : implicitJoinColumn(attribute, target, targetId);
        String name = naming.stored(logical);
        String type = joinColumn != null && joinColumn.columnDefinition() != null ? joinColumn.columnDefinition()
                : columnTypes.of(targetId).orElseThrow();
        boolean notNull = !attribute.relation().optional() || joinColumn != null && !joinColumn.nullable();
        columns.add(new Column(name, type, !notNull, null, false));
        // An owning one-to-one is unique in Hibernate whatever @JoinColumn(unique) says.
        if (attribute.relation().kind() == RelationKind.ONE_TO_ONE || joinColumn != null && joinColumn.unique()) {
            String table = naming.stored(entity.logicalTableName());
            uniques.add(new UniqueConstraint(PostgresNames.unique(table, List.of(name)), List.of(name)));
        }
        if (joinColumn != null && joinColumn.noConstraint()) {
            return;
        }
        String fkName = joinColumn != null && joinColumn.foreignKeyName() != null ? joinColumn.foreignKeyName()
                : HibernateNames.foreignKey(naming.physical(entity.logicalTableName()),
                        naming.physical(target.logicalTableName()), List.of(naming.physical(logical)));
        foreignKeys.add(new ForeignKey(Naming.constraint(fkName), List.of(name), tableName(target),
                List.of(naming.stored(targetId.logicalColumnName())), ForeignKeyAction.NO_ACTION,
                ForeignKeyAction.NO_ACTION));
    }

    /**
     * JPA's {@code <attribute>_<referenced column>}, quoted, as Hibernate does, when the
     * referenced table or column is quoted.
     */
    private static String implicitJoinColumn(Attribute attribute, EntityClass target, Attribute targetId) {
        String name = HibernateNames.joinColumn(attribute.name(), Naming.text(targetId.logicalColumnName()));
        boolean quoted = Naming.isQuoted(target.logicalTableName()) || Naming.isQuoted(targetId.logicalColumnName());
        return quoted ? "`" + name + "`" : name;
    }

    private static Set<String> checkNames(List<CheckConstraint> checks) {
        Set<String> names = new HashSet<>();
        checks.forEach(c -> names.add(c.name()));
        return names;
    }

    /**
     * The one column a table check refers to, which PostgreSQL puts in the name it gives the
     * check, or {@code null} when it refers to several (or none the table has).
     */
    private static String onlyColumnOf(String expression, List<Column> columns) {
        List<String> mentioned = columns.stream().map(Column::name)
                .filter(c -> java.util.regex.Pattern.compile("(?<![\\w$\"])" + java.util.regex.Pattern.quote(c)
                        + "(?![\\w$\"])|\"" + java.util.regex.Pattern.quote(c) + "\"").matcher(expression).find())
                .toList();
        return mentioned.size() == 1 ? mentioned.get(0) : null;
    }

    private static Optional<String> firstDuplicate(List<String> names) {
        Set<String> seen = new HashSet<>();
        return names.stream().filter(n -> !seen.add(n)).findFirst();
    }

    private MappedSequence sequence(SequenceGeneratorSpec generator) {
        String name = naming.stored(generator.sequenceName() != null ? generator.sequenceName() : generator.name());
        String qualified = generator.schema() == null ? name : naming.stored(generator.schema()) + "." + name;
        return new MappedSequence(new Sequence(qualified, generator.initialValue(), generator.allocationSize()),
                generator.origin());
    }
}
