package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.Attribute.RelationKind;
import dev.jpamigrate.processor.model.CollectionSpec;
import dev.jpamigrate.processor.model.CollectionSpec.CollectionKind;
import dev.jpamigrate.processor.model.CollectionSpec.TableSpec;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Collections whose {@code @JoinTable}s and {@code @CollectionTable}s name one table (openkoda's {@code file_reference}:
 * an entity's {@code @ManyToMany List<File> files} and its {@code @ElementCollection List<Long> filesId}, both ordered
 * by {@code sequence}, in every entity with attachments). Hibernate binds them to one table and creates it once, as
 * probed on 6.6 and 7.4:
 * <ul>
 * <li>a column that two collections of one entity name is the one of the attribute whose name sorts last (Hibernate
 * binds an entity's attributes in name order, and the last binding of a column wins): {@code filesId}'s nullable
 * {@code file_id}, where the join table's alone would be {@code not null};
 * <li>the key is the one of the ordered lists (order column and join columns), as a list sets its key whatever the
 * other collections did; bags alone make no key; the two sides of one {@code @ManyToMany} that both own its join
 * table (each side's join columns the other's inverse join columns) are keyed by a set's key, all the columns;
 * <li>foreign keys, unique constraints, indexes and checks are those of all, each once.
 * </ul>
 * What Hibernate binds differently by version or leaves broken is refused ({@link #refusal}): a set or a map (6.6 keys
 * the table by the join table's set, 7.4 makes it unique by the element collection's), collections keyed by different
 * columns or ordered by different columns, a column that the collections of two entities declare differently, and two
 * foreign keys of one column to different tables (Hibernate creates one of them, and the other owner's rows then fail
 * it).
 */
public final class SharedCollectionTables {
    private SharedCollectionTables() {
    }

    /** Why Hibernate's one table of {@code collections} is not mapped, or empty when it is. */
    public static Optional<String> refusal(List<MappedTable> collections) {
        if (!mirrored(collections)) {
            if (!collections.stream().allMatch(c -> mergeable(c.collection().collection()))) {
                return Optional.of("only lists with @OrderColumn and bags (Lists and Collections without it) share a"
                        + " table as Hibernate 6 and 7 alike key it, and sets and bags of the two sides of one"
                        + " @ManyToMany");
            }
            List<String> keyColumns = keyColumns(collections.get(0).collection().collection());
            if (keyColumns.isEmpty() || keyColumns.contains(null) || !collections.stream()
                    .allMatch(c -> keyColumns.equals(keyColumns(c.collection().collection())))) {
                return Optional.of("they are not keyed by the same named join columns (name them alike:"
                        + " joinColumns = @JoinColumn(name = \"...\") on each)");
            }
        }
        if (lists(collections).map(c -> c.table().primaryKey()).distinct().count() > 1) {
            return Optional.of("their order columns differ");
        }
        Map<String, Column> columns = new HashMap<>();
        for (Table table : byEntity(collections)) {
            for (Column column : table.columns()) {
                Column other = columns.putIfAbsent(column.name(), column);
                if (other != null && !other.equals(column)) {
                    return Optional.of("the collections of two entities declare column " + column.name()
                            + " differently");
                }
            }
        }
        List<ForeignKey> foreignKeys = collections.stream().flatMap(c -> c.table().foreignKeys().stream()).toList();
        for (ForeignKey fk : foreignKeys) {
            if (foreignKeys.stream().anyMatch(o -> o.columns().equals(fk.columns())
                    && !o.referencedTable().equals(fk.referencedTable()))) {
                return Optional.of("Hibernate keeps one of the foreign keys of " + String.join(", ", fk.columns())
                        + " to different tables, which the other's rows then break: declare"
                        + " foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT) on each");
            }
        }
        return Optional.empty();
    }

    /** The one table Hibernate creates for {@code collections}, which {@link #refusal} accepted. */
    public static MappedTable merge(List<MappedTable> collections) {
        MappedTable first = collections.get(0);
        List<Table> tables = byEntity(collections);
        Map<String, Column> columns = new LinkedHashMap<>();
        tables.forEach(t -> t.columns().forEach(c -> columns.putIfAbsent(c.name(), c)));
        Table a = first.table();
        Table merged = new Table(a.name(), List.copyOf(columns.values()),
                collections.stream().map(c -> c.table().primaryKey()).filter(Objects::nonNull).findFirst().orElse(null),
                union(collections, Table::uniqueConstraints), union(collections, Table::indexes),
                union(collections, Table::foreignKeys), union(collections, Table::checks),
                collections.stream().map(c -> c.table().comment()).filter(Objects::nonNull).findFirst().orElse(null));
        return new MappedTable(first.entity(), merged,
                collections.stream().flatMap(c -> c.sequences().stream()).distinct().toList(), List.of(),
                first.collection());
    }

    /** Each entity's collections as the one table they give: a column two name is the later-named attribute's. */
    private static List<Table> byEntity(List<MappedTable> collections) {
        Map<String, List<MappedTable>> entities = new LinkedHashMap<>();
        collections.forEach(c -> entities.computeIfAbsent(c.entity().qualifiedName(), e -> new ArrayList<>()).add(c));
        List<Table> tables = new ArrayList<>();
        for (List<MappedTable> ofEntity : entities.values()) {
            Map<String, Column> columns = new LinkedHashMap<>();
            ofEntity.stream().sorted(Comparator.comparing(c -> c.collection().name()))
                    .forEach(c -> c.table().columns().forEach(column -> columns.put(column.name(), column)));
            tables.add(Table.of(ofEntity.get(0).table().name(), List.copyOf(columns.values())));
        }
        return tables;
    }

    private static Stream<MappedTable> lists(List<MappedTable> collections) {
        return collections.stream().filter(c -> c.collection().collection().kind() == CollectionKind.LIST);
    }

    /**
     * Both sides of one {@code @ManyToMany} mapped as owners of one join table (a Hibernate 5 idiom: each side's
     * {@code joinColumns} are the other's {@code inverseJoinColumns}), as sets or bags: Hibernate keys the table by
     * all its columns when either is a set, in its column order, whichever entity it binds first.
     */
    private static boolean mirrored(List<MappedTable> collections) {
        if (collections.size() != 2 || !collections.stream().allMatch(c -> ownsJoinTable(c.collection()))) {
            return false;
        }
        TableSpec a = collections.get(0).collection().collection().table();
        TableSpec b = collections.get(1).collection().collection().table();
        List<String> aKey = names(a.joinColumns());
        List<String> bKey = names(b.joinColumns());
        return !aKey.isEmpty() && !aKey.contains(null) && !bKey.isEmpty() && !bKey.contains(null)
                && aKey.equals(names(b.inverseJoinColumns())) && bKey.equals(names(a.inverseJoinColumns()));
    }

    private static boolean ownsJoinTable(Attribute attribute) {
        CollectionSpec collection = attribute.collection();
        return attribute.relation() != null && attribute.relation().kind() == RelationKind.MANY_TO_MANY
                && attribute.relation().owning() && collection.table() != null
                && (collection.kind() == CollectionKind.SET || collection.kind() == CollectionKind.BAG)
                && collection.collectionId() == null && collection.softDelete() == null;
    }

    private static List<String> names(List<JoinColumnSpec> joinColumns) {
        return joinColumns.stream().map(JoinColumnSpec::name).toList();
    }

    private static boolean mergeable(CollectionSpec collection) {
        return (collection.kind() == CollectionKind.LIST || collection.kind() == CollectionKind.BAG)
                && collection.collectionId() == null && collection.softDelete() == null;
    }

    /** The names of the collection's join columns to its owner, as written ({@code null} for one not named). */
    private static List<String> keyColumns(CollectionSpec collection) {
        return collection.table() == null ? List.of()
                : collection.table().joinColumns().stream().map(c -> c.name()).toList();
    }

    private static <T> List<T> union(List<MappedTable> collections, Function<Table, List<T>> part) {
        List<T> all = new ArrayList<>();
        collections.forEach(c -> part.apply(c.table()).stream().filter(t -> !all.contains(t)).forEach(all::add));
        return all;
    }
}
