package dev.jpamigrate.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A table: columns in their declared order, and its constraints and indexes, each kept
 * sorted by name so that two equal tables are equal records.
 *
 * @param name the table name, qualified by its schema ({@code sales.customer}) when it is
 *     not in the default schema
 * @param primaryKey the primary key, or {@code null}
 * @param comment the table's comment ({@code comment on table}) as written, or {@code null};
 *     a blank one is {@code null}, as PostgreSQL drops an empty comment
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
        List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment) {

    public Table {
        Names.require(name, "a table");
        comment = Comments.normalize(comment);
        columns = List.copyOf(columns);
        uniqueConstraints = sorted(uniqueConstraints, UniqueConstraint::name);
        indexes = sorted(indexes, Index::name);
        foreignKeys = sorted(foreignKeys, ForeignKey::name);
        checks = sorted(checks, CheckConstraint::name);
        String table = name;
        Names.requireUnique(columns, Column::name, () -> "column in table " + table + ":");
        Names.requireUnique(uniqueConstraints, UniqueConstraint::name, () -> "unique constraint in table " + table + ":");
        Names.requireUnique(indexes, Index::name, () -> "index in table " + table + ":");
        Names.requireUnique(foreignKeys, ForeignKey::name, () -> "foreign key in table " + table + ":");
        Names.requireUnique(checks, CheckConstraint::name, () -> "check constraint in table " + table + ":");
        if (primaryKey != null || !uniqueConstraints.isEmpty() || !foreignKeys.isEmpty()) {
            Set<String> has = new HashSet<>();
            columns.forEach(c -> has.add(c.name()));
            if (primaryKey != null) {
                requireColumns(table, has, primaryKey.columns(), "primary key", primaryKey.name());
            }
            uniqueConstraints.forEach(u -> requireColumns(table, has, u.columns(), "unique constraint", u.name()));
            foreignKeys.forEach(f -> requireColumns(table, has, f.columns(), "foreign key", f.name()));
        }
    }

    /** A table without comment. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
            List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks) {
        this(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, null);
    }

    /** A table with only columns, for tests and hand-written models. */
    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    /** Starts a table the way migration code and snapshots write one. */
    public static TableBuilder builder(String name) {
        return new TableBuilder(name);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The schema part of {@link #name()}, or {@code null} for the default schema. */
    public String schemaName() {
        return QualifiedNames.schemaOf(name);
    }

    /** The name without its schema. */
    public String localName() {
        return QualifiedNames.localOf(name);
    }

    public Table withColumns(UnaryOperator<List<Column>> change) {
        return new Table(name, change.apply(new ArrayList<>(columns)), primaryKey, uniqueConstraints, indexes,
                foreignKeys, checks, comment);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
    }

    public Table withUniqueConstraints(UnaryOperator<List<UniqueConstraint>> change) {
        return new Table(name, columns, primaryKey, change.apply(new ArrayList<>(uniqueConstraints)), indexes,
                foreignKeys, checks, comment);
    }

    public Table withIndexes(UnaryOperator<List<Index>> change) {
        return new Table(name, columns, primaryKey, uniqueConstraints, change.apply(new ArrayList<>(indexes)),
                foreignKeys, checks, comment);
    }

    public Table withForeignKeys(UnaryOperator<List<ForeignKey>> change) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes,
                change.apply(new ArrayList<>(foreignKeys)), checks, comment);
    }

    public Table withChecks(UnaryOperator<List<CheckConstraint>> change) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys,
                change.apply(new ArrayList<>(checks)), comment);
    }

    /** This table with {@code newComment}, or without comment when it is null or blank. */
    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, newComment);
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(name));
        return List.copyOf(copy);
    }

    private static void requireColumns(String table, Set<String> has, List<String> names, String kind, String name) {
        for (String c : names) {
            if (!has.contains(c)) {
                throw new IllegalArgumentException(kind + " " + name + " of table " + table + " names column " + c
                        + ", which the table does not have");
            }
        }
    }
}
