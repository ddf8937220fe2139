package dev.jpamigrate.processor.map;

import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two entities that map one table (an entity and its twin with an assigned id, for imports; several versions of
 * one audit record). Hibernate binds both to the one table it creates: every column either declares, each column
 * once, and the keys, indexes and constraints of both. A column both declare is created as the entity Hibernate
 * binds first declares it, and so is its {@code unique}: that order is the order in which the application lists or
 * scans its classes, which the processor cannot know, so such a column must be declared alike in both.
 */
public final class SharedEntityTables {
    private SharedEntityTables() {
    }

    /**
     * Why Hibernate's table of {@code first} and {@code second} depends on the order it binds them, or empty when it
     * does not.
     */
    public static Optional<String> conflict(MappedTable first, MappedTable second) {
        Table a = first.table();
        Table b = second.table();
        if (!Objects.equals(a.primaryKey(), b.primaryKey())) {
            return Optional.of("their primary keys differ (" + keyColumns(a) + " and " + keyColumns(b)
                    + "): map the same @Id columns");
        }
        for (Column column : a.columns()) {
            Optional<Column> other = b.column(column.name());
            if (other.isPresent() && !other.get().equals(column)) {
                return Optional.of("they declare column " + column.name() + " differently (" + describe(column)
                        + " and " + describe(other.get()) + "), and Hibernate creates it as the entity it binds"
                        + " first declares it: declare it alike in both");
            }
        }
        Set<String> shared = a.columns().stream().map(Column::name).filter(n -> b.column(n).isPresent())
                .collect(Collectors.toSet());
        List<UniqueConstraint> ownA = a.uniqueConstraints().stream().filter(u -> shared.containsAll(u.columns())).toList();
        List<UniqueConstraint> ownB = b.uniqueConstraints().stream().filter(u -> shared.containsAll(u.columns())).toList();
        if (!Set.copyOf(ownA).equals(Set.copyOf(ownB))) {
            return Optional.of("one of them makes columns unique that both declare ("
                    + uniqueColumns(ownA, ownB) + "), which Hibernate does only when it binds that entity first:"
                    + " declare the unique constraint in both");
        }
        if (a.comment() != null && b.comment() != null && !a.comment().equals(b.comment())) {
            return Optional.of("their table comments differ: give the table one comment");
        }
        return sameNameDiffers(a.uniqueConstraints(), b.uniqueConstraints(), UniqueConstraint::name)
                .or(() -> sameNameDiffers(a.indexes(), b.indexes(), Index::name))
                .or(() -> sameNameDiffers(a.foreignKeys(), b.foreignKeys(), ForeignKey::name))
                .or(() -> sameNameDiffers(a.checks(), b.checks(), CheckConstraint::name))
                .map(name -> "they declare two different constraints or indexes named " + name + ": name them apart");
    }

    /**
     * The one table of {@code first} and {@code second} (whose {@link #conflict} is empty), as {@code first}'s, with
     * the sequences and generator tables of both.
     */
    public static MappedTable merge(MappedTable first, MappedTable second) {
        Table a = first.table();
        Table b = second.table();
        List<Column> columns = new ArrayList<>(a.columns());
        b.columns().stream().filter(c -> a.column(c.name()).isEmpty()).forEach(columns::add);
        Table merged = new Table(a.name(), columns, a.primaryKey(), union(a.uniqueConstraints(), b.uniqueConstraints()),
                union(a.indexes(), b.indexes()), union(a.foreignKeys(), b.foreignKeys()), union(a.checks(), b.checks()),
                a.comment() != null ? a.comment() : b.comment());
        return new MappedTable(first.entity(), merged, union(first.sequences(), second.sequences()),
                union(first.generatorTables(), second.generatorTables()), null);
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        b.stream().filter(item -> !all.contains(item)).forEach(all::add);
        return all;
    }

    /** The name that two different items of {@code a} and {@code b} both have. */
    private static <T> Optional<String> sameNameDiffers(List<T> a, List<T> b, Function<T, String> name) {
        Map<String, T> byName = new LinkedHashMap<>();
        a.forEach(item -> byName.put(name.apply(item), item));
        return b.stream().filter(item -> byName.containsKey(name.apply(item)) && !byName.get(name.apply(item)).equals(item))
                .map(name).findFirst();
    }

    private static String keyColumns(Table table) {
        return table.primaryKey() == null ? "none" : String.join(", ", table.primaryKey().columns());
    }

    private static String uniqueColumns(List<UniqueConstraint> a, List<UniqueConstraint> b) {
        List<UniqueConstraint> differing = new ArrayList<>(a.stream().filter(u -> !b.contains(u)).toList());
        b.stream().filter(u -> !a.contains(u)).forEach(differing::add);
        return differing.stream().map(u -> String.join(", ", u.columns())).distinct().collect(Collectors.joining("; "));
    }

    private static String describe(Column column) {
        return column.type() + (column.nullable() ? "" : " not null")
                + (column.defaultValue() == null ? "" : " default " + column.defaultValue())
                + (column.comment() == null ? "" : " comment '" + column.comment() + "'")
                + (column.collation() == null ? "" : " collate " + column.collation())
                + (column.identity() ? " identity" : "")
                + (column.generatedAs() == null ? "" : " generated as " + column.generatedAs());
    }
}
