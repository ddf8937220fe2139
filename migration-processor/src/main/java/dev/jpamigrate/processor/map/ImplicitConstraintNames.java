package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.naming.PostgresNames;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The names PostgreSQL gives the checks and unique constraints that Hibernate's DDL leaves unnamed, where two of them
 * come out the same: {@code <table>_<column>_check} and {@code <table>_<columns>_key} cut to 63 bytes, so that two
 * long column names that begin alike give one name. PostgreSQL then adds {@code 1}, {@code 2}, ... to the ones it
 * creates later, and it creates them in the order of Hibernate's DDL: a table's columns in Hibernate's order (each
 * with its own check and unique), then its table constraints. The mapping names them in the order of the fields,
 * so once the columns are in Hibernate's order the names of each such group are given again, in that order.
 */
public final class ImplicitConstraintNames {
    /** How many of a group's numbered names are recognised as PostgreSQL's: more than a table ever has alike. */
    private static final int MAX_PASS = 10;

    private ImplicitConstraintNames() {
    }

    /** {@code table}, its columns in Hibernate's order, with its colliding implicit names in PostgreSQL's order. */
    static Table renumbered(Table table) {
        String local = table.localName();
        Map<String, Integer> position = new HashMap<>();
        table.columns().forEach(c -> position.putIfAbsent(c.name(), position.size()));
        Table renamed = table.withChecks(checks -> renumber(checks,
                check -> PostgresNames.check(local, onlyColumnOf(check.expression(), table.columns())),
                check -> position.getOrDefault(onlyColumnOf(check.expression(), table.columns()), position.size()),
                (check, taken) -> new CheckConstraint(PostgresNames.check(local,
                        onlyColumnOf(check.expression(), table.columns()), taken), check.expression()),
                CheckConstraint::name, Set.of()));
        // The primary key's index is created first, and unique constraints' names are relation names of the schema.
        Set<String> relations = table.primaryKey() == null ? Set.of(local) : Set.of(local, table.primaryKey().name());
        return renamed.withUniqueConstraints(uniques -> renumber(uniques,
                unique -> PostgresNames.unique(local, unique.columns()),
                unique -> unique.columns().size() == 1 ? position.getOrDefault(unique.columns().get(0), position.size())
                        : position.size(),
                (unique, taken) -> new UniqueConstraint(PostgresNames.unique(local, unique.columns(), taken),
                        unique.columns()), UniqueConstraint::name, relations));
    }

    /**
     * {@code uniques} with an implicit name that an earlier one has already numbered, as PostgreSQL numbers it: in the
     * mapping's order, which {@link #renumbered} puts in Hibernate's once the columns are in Hibernate's order.
     */
    static List<UniqueConstraint> numbered(String local, String primaryKey, List<UniqueConstraint> uniques) {
        Set<String> taken = new HashSet<>(Set.of(local, primaryKey));
        List<UniqueConstraint> numbered = new ArrayList<>();
        for (UniqueConstraint unique : uniques) {
            UniqueConstraint named = unique;
            if (taken.contains(unique.name()) && unique.name().equals(PostgresNames.unique(local, unique.columns()))) {
                named = new UniqueConstraint(PostgresNames.unique(local, unique.columns(), taken), unique.columns());
            }
            taken.add(named.name());
            numbered.add(named);
        }
        return numbered;
    }

    /**
     * {@code mapped} with the implicit names of unique constraints numbered across each schema: a unique constraint
     * owns an index, a relation of the schema, so PostgreSQL numbers its name while another table's relation has it.
     * Hibernate creates the tables in the order {@code creationOrder} gives (of their local names), and each table's
     * unique constraints in its DDL's order. A table mapped twice (an entity's table that another shares) keeps one
     * name for its own constraint.
     */
    public static List<MappedTable> numberedAcrossSchemas(List<MappedTable> mapped,
            Function<String, String> creationOrder) {
        Map<String, String> owners = new HashMap<>();
        List<MappedTable> byName = new ArrayList<>(mapped);
        byName.sort(Comparator.comparing((MappedTable m) -> String.valueOf(m.table().schemaName()))
                .thenComparing(m -> creationOrder.apply(m.table().localName())));
        for (MappedTable table : byName) {
            String schema = table.table().schemaName() == null ? "" : table.table().schemaName() + ".";
            owners.putIfAbsent(table.table().name(), table.table().name());
            if (table.table().primaryKey() != null) {
                owners.putIfAbsent(schema + table.table().primaryKey().name(), table.table().name());
            }
            table.table().indexes().forEach(i -> owners.putIfAbsent(schema + i.name(), table.table().name()));
            table.sequences().forEach(q -> owners.putIfAbsent(q.sequence().name(), ""));
            table.table().uniqueConstraints().stream().filter(u -> !isImplicit(table.table(), u))
                    .forEach(u -> owners.putIfAbsent(schema + u.name(), table.table().name()));
        }
        Map<MappedTable, MappedTable> renamed = new HashMap<>();
        for (MappedTable table : byName) {
            Table t = table.table();
            String schema = t.schemaName() == null ? "" : t.schemaName() + ".";
            Set<String> takenByOthers = new HashSet<>();
            owners.forEach((name, owner) -> {
                if (!owner.equals(t.name()) && name.startsWith(schema) && name.indexOf('.', schema.length()) < 0) {
                    takenByOthers.add(name.substring(schema.length()));
                }
            });
            Map<String, Integer> position = new HashMap<>();
            t.columns().forEach(c -> position.putIfAbsent(c.name(), position.size()));
            List<UniqueConstraint> inDdlOrder = new ArrayList<>(t.uniqueConstraints());
            inDdlOrder.sort(Comparator.comparing(u -> u.columns().size() == 1
                    ? position.getOrDefault(u.columns().get(0), position.size()) : position.size()));
            Map<UniqueConstraint, UniqueConstraint> names = new HashMap<>();
            Set<String> taken = new HashSet<>(takenByOthers);
            for (UniqueConstraint unique : inDdlOrder) {
                if (isImplicit(t, unique) && takenByOthers.contains(unique.name())) {
                    UniqueConstraint named = new UniqueConstraint(
                            PostgresNames.unique(t.localName(), unique.columns(), taken), unique.columns());
                    names.put(unique, named);
                    owners.put(schema + named.name(), t.name());
                }
                taken.add(names.getOrDefault(unique, unique).name());
                owners.putIfAbsent(schema + names.getOrDefault(unique, unique).name(), t.name());
            }
            if (!names.isEmpty()) {
                renamed.put(table, table.withTable(t.withUniqueConstraints(uniques -> {
                    uniques.replaceAll(u -> names.getOrDefault(u, u));
                    return uniques;
                })));
            }
        }
        return mapped.stream().map(m -> renamed.getOrDefault(m, m)).toList();
    }

    /** Whether PostgreSQL named {@code unique}: its name is the implicit one of its columns, or a numbered form. */
    private static boolean isImplicit(Table table, UniqueConstraint unique) {
        Namer<UniqueConstraint> namer = (u, taken) -> new UniqueConstraint(
                PostgresNames.unique(table.localName(), u.columns(), taken), u.columns());
        return numberedForms(unique, namer, UniqueConstraint::name).contains(unique.name());
    }

    private interface Namer<T> {
        T named(T item, Set<String> taken);
    }

    /**
     * Gives the items that share an implicit name, and have it or one of its numbered forms, their names again in the
     * order of {@code ddlOrder}; the others keep theirs.
     */
    private static <T> List<T> renumber(List<T> items, Function<T, String> implicitName,
            Function<T, Integer> ddlOrder, Namer<T> namer, Function<T, String> name, Set<String> reserved) {
        Map<String, List<T>> byImplicitName = new LinkedHashMap<>();
        for (T item : items) {
            String implicit = implicitName.apply(item);
            if (numberedForms(item, namer, name).contains(name.apply(item))) {
                byImplicitName.computeIfAbsent(implicit, n -> new ArrayList<>()).add(item);
            }
        }
        List<T> result = new ArrayList<>(items);
        for (List<T> group : byImplicitName.values()) {
            if (group.size() < 2) {
                continue;
            }
            Set<String> taken = new HashSet<>(reserved);
            items.stream().filter(item -> !group.contains(item)).forEach(item -> taken.add(name.apply(item)));
            List<T> inOrder = new ArrayList<>(group);
            // Stable: two of one column (or of several) stay in the mapping's order.
            inOrder.sort(Comparator.comparing(ddlOrder));
            List<T> renamed = new ArrayList<>();
            for (T item : inOrder) {
                T named = namer.named(item, taken);
                taken.add(name.apply(named));
                renamed.add(named);
            }
            // Each keeps its place in the list; only the names move.
            for (int i = 0; i < inOrder.size(); i++) {
                result.set(result.indexOf(inOrder.get(i)), renamed.get(i));
            }
        }
        return result;
    }

    /** The implicit name of {@code item} and its first numbered forms, which PostgreSQL gives while one is taken. */
    private static <T> Set<String> numberedForms(T item, Namer<T> namer, Function<T, String> name) {
        Set<String> forms = new HashSet<>();
        for (int pass = 0; pass < MAX_PASS; pass++) {
            forms.add(name.apply(namer.named(item, forms)));
        }
        return forms;
    }

    /**
     * The one column a check refers to, which PostgreSQL puts in the name it gives the check, or {@code null} when it
     * refers to several (or none the table has).
     */
    static String onlyColumnOf(String expression, List<Column> columns) {
        List<String> mentioned = columns.stream().map(Column::name)
                .filter(c -> Pattern.compile("(?<![\\w$\"])" + Pattern.quote(c) + "(?![\\w$\"])|\"" + Pattern.quote(c)
                        + "\"").matcher(expression).find())
                .toList();
        return mentioned.size() == 1 ? mentioned.get(0) : null;
    }
}
