package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.CollectionSpec.CollectionKind;
import dev.jpamigrate.processor.naming.PostgresNames;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An entity that maps the join or collection table of a collection itself (a {@code @ManyToMany}'s
 * {@code product_categories} mapped again as entity {@code ProductCategory}, to reach an extra
 * column). Hibernate binds both to one table and creates it once: the entity's columns and key,
 * then what the collection adds, with one foreign key per column list and referenced table.
 * <p>
 * Hibernate binds the entities' attributes before any collection (a collection is a second pass), and the table keeps
 * the first column of a name: a column both map is the entity's, with the entity's type, nullability and check, not
 * the collection's (INCEpTION's {@code authorities}: {@code Authority.authority}, a plain string, and
 * {@code User.roles}' enum elements; the table has no enum check). And the table has the entity's primary key, so a
 * {@code Set}'s table gets no key of its own: Hibernate 7.4's unique constraint in place of a key (a nullable
 * element) is made only for a table without a primary key ({@code Set.createPrimaryKey}).
 */
public final class JoinTableEntities {
    private JoinTableEntities() {
    }

    /** The one table of {@code entityTable} and {@code collectionTable}, when one is an entity's and one a collection's. */
    public static Optional<MappedTable> merge(MappedTable first, MappedTable second) {
        if ((first.collection() == null) == (second.collection() == null)) {
            return Optional.empty();
        }
        MappedTable entity = first.collection() == null ? first : second;
        MappedTable collection = first.collection() == null ? second : first;
        Table a = entity.table();
        Table b = collection.table();
        List<Column> columns = new ArrayList<>(a.columns());
        b.columns().stream().filter(c -> a.column(c.name()).isEmpty()).forEach(columns::add);
        List<ForeignKey> foreignKeys = new ArrayList<>(a.foreignKeys());
        for (ForeignKey fk : b.foreignKeys()) {
            if (foreignKeys.stream().noneMatch(known -> known.columns().equals(fk.columns())
                    && known.referencedTable().equals(fk.referencedTable()))) {
                foreignKeys.add(fk);
            }
        }
        List<UniqueConstraint> uniques = new ArrayList<>(a.uniqueConstraints());
        b.uniqueConstraints().stream().filter(u -> !uniques.contains(u) && !isSetKey(collection, u))
                .forEach(uniques::add);
        List<dev.jpamigrate.schema.Index> indexes = new ArrayList<>(a.indexes());
        b.indexes().stream().filter(i -> !indexes.contains(i)).forEach(indexes::add);
        List<CheckConstraint> checks = new ArrayList<>(a.checks());
        b.checks().stream().filter(c -> !checks.contains(c) && !isCheckOfColumnOf(c, b, a)).forEach(checks::add);
        Table merged = new Table(a.name(), columns, a.primaryKey() != null ? a.primaryKey() : b.primaryKey(), uniques,
                indexes, foreignKeys, checks, a.comment() != null ? a.comment() : b.comment());
        return Optional.of(new MappedTable(entity.entity(), merged, entity.sequences(), entity.generatorTables(), null));
    }

    /** Whether {@code unique} is the key a {@code Set}'s own table gets from Hibernate 7.4: over all its columns. */
    private static boolean isSetKey(MappedTable collection, UniqueConstraint unique) {
        Table table = collection.table();
        return collection.collection().collection().kind() == CollectionKind.SET && table.primaryKey() == null
                && Set.copyOf(unique.columns()).equals(table.columns().stream().map(Column::name)
                        .collect(Collectors.toSet()));
    }

    /** Whether {@code check} is the unnamed check of a column of {@code collectionTable} that {@code entityTable} maps. */
    private static boolean isCheckOfColumnOf(CheckConstraint check, Table collectionTable,
            Table entityTable) {
        return collectionTable.columns().stream().anyMatch(c -> entityTable.column(c.name()).isPresent()
                && check.name().equals(PostgresNames.check(collectionTable.name(), c.name())));
    }
}
