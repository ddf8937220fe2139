package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.validate.RenamedFromValidator;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.QualifiedNames;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rename hints of {@code @RenamedFrom}: for an entity class, the names its table may have had; for
 * a field (or getter), the names each of its columns may have had. A previous name is given as the user
 * wrote it, so it is taken as written first (a table or column name), then as the naming strategy makes
 * a table or column of a Java name. A field that maps several columns (a relation's join columns
 * {@code customer_id}, an embedded field's) has each column's previous name made by putting the old
 * name where the new one appears in it: {@code @RenamedFrom("client") Customer customer} was
 * {@code client_id}. The diff takes the first candidate that the previous schema has.
 *
 * <p>A collection or join table of a renamed entity or field is renamed the same way, by putting the
 * old name where the new one appears in its name and in its columns' names. Not covered: a join table
 * whose name or columns derive from a renamed <em>target</em> entity (another entity's
 * {@code @ManyToMany} to it), and the discriminator values of a renamed entity of a
 * {@code SINGLE_TABLE} hierarchy.
 */
public final class RenameHints {
    private final EntityModel model;
    private final Hierarchy hierarchy;
    private final Naming naming;
    private final KeyColumns keys;

    public RenameHints(EntityModel model, Naming naming, ColumnTypes columnTypes) {
        this.model = model;
        this.hierarchy = new Hierarchy(model);
        this.naming = naming;
        this.keys = new KeyColumns(model, columnTypes, naming);
    }

    /** The hints of the entities' own tables among {@code tables}. */
    public List<Hint> of(List<MappedTable> tables) {
        // Once per compile: the processor runs in every build, and a model may hold thousands of entities.
        Map<String, List<EntityClass>> byTableOwner = new HashMap<>();
        for (EntityClass entity : model.entities()) {
            byTableOwner.computeIfAbsent(hierarchy.tableOf(entity).qualifiedName(), k -> new ArrayList<>()).add(entity);
        }
        List<Hint> hints = new ArrayList<>();
        for (MappedTable mapped : tables) {
            if (mapped.collection() == null) {
                add(mapped.entity(), mapped.table(), byTableOwner.getOrDefault(mapped.entity().qualifiedName(),
                        List.of()), hints);
            } else {
                addCollection(mapped.entity(), mapped.collection(), mapped.table(), hints);
            }
        }
        return hints;
    }

    /** @param sharing the entities whose attributes live in {@code entity}'s table: itself and its SINGLE_TABLE subclasses */
    private void add(EntityClass entity, Table table, List<EntityClass> sharing, List<Hint> hints) {
        List<String> previousTables = RenamedFromValidator.previousNames(entity.origin().element());
        if (!previousTables.isEmpty() && naming.table(entity.logicalTableName()).equals(table.localName())) {
            Set<String> candidates = new LinkedHashSet<>();
            for (String previous : previousTables) {
                candidates.add(inSchemaOf(table, previous));
                candidates.add(inSchemaOf(table, naming.table(previous)));
            }
            candidates.remove(table.name());
            if (!candidates.isEmpty()) {
                hints.add(new Hint.RenamedTable(table.name(), List.copyOf(candidates)));
            }
        }
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        // The subclasses of a SINGLE_TABLE hierarchy have their columns in this table too.
        // A list, not a set: an attribute inherited by several of them adds the same candidates again, to sets that
        // keep the first, and hashing an attribute hashes its whole mapping.
        List<Attribute> attributes = new ArrayList<>();
        sharing.forEach(other -> attributes.addAll(other.attributes()));
        for (Attribute attribute : attributes) {
            List<String> own = RenamedFromValidator.previousNames(attribute.origin().element());
            List<String> rootPrevious = attribute.embedding() == null ? List.of()
                    : RenamedFromValidator.previousNames(attribute.embedding().root().element());
            if (own.isEmpty() && rootPrevious.isEmpty()) {
                continue;
            }
            List<MappedColumn> mapped = columnsOf(attribute).stream()
                    .filter(c -> table.column(c.name()).isPresent()).toList();
            for (String previous : own) {
                for (MappedColumn column : mapped) {
                    Set<String> candidates = columns.computeIfAbsent(column.name(), c -> new LinkedHashSet<>());
                    if (mapped.size() == 1 && !attribute.hasJoinColumn()) {
                        // A basic column's previous name may be a column name, or a field name to spell as a column.
                        candidates.add(previous);
                        candidates.add(naming.column(previous));
                    }
                    if (column.derived()) {
                        substituted(column.name(), attribute.name(), previous).ifPresent(candidates::add);
                    }
                }
            }
            if (!rootPrevious.isEmpty()) {
                String root = attribute.embedding().rootName();
                for (String previous : rootPrevious) {
                    for (MappedColumn column : mapped) {
                        substituted(column.name(), root, previous).ifPresent(
                                c -> columns.computeIfAbsent(column.name(), k -> new LinkedHashSet<>()).add(c));
                    }
                }
            }
        }
        columns.forEach((column, candidates) -> {
            candidates.remove(column);
            if (!candidates.isEmpty()) {
                hints.add(new Hint.RenamedColumn(table.name(), column, List.copyOf(candidates)));
            }
        });
    }

    /**
     * A collection or join table whose name derives from its renamed entity or field ({@code customer_phones}
     * was {@code client_phones}, or {@code customer_phonenumbers}), and its columns named after them (the
     * owner's join column {@code customer_id}, a basic element's column named after the field).
     */
    private void addCollection(EntityClass owner, Attribute field, Table table, List<Hint> hints) {
        List<String> ownerNames = RenamedFromValidator.previousNames(owner.origin().element());
        List<String> fieldNames = RenamedFromValidator.previousNames(field.origin().element());
        if (ownerNames.isEmpty() && fieldNames.isEmpty()) {
            return;
        }
        Set<String> tableCandidates = new LinkedHashSet<>();
        for (String previousOwner : ownerNames) {
            for (String now : List.of(naming.table(owner.entityName()), naming.table(owner.logicalTableName()))) {
                replaced(table.localName(), now, naming.table(previousOwner), false).ifPresent(tableCandidates::add);
            }
        }
        for (String previousField : fieldNames) {
            for (String local : withCurrent(table.localName(), tableCandidates)) {
                replaced(local, naming.table(field.name()), naming.table(previousField), true)
                        .ifPresent(tableCandidates::add);
            }
        }
        tableCandidates.remove(table.localName());
        if (!tableCandidates.isEmpty()) {
            hints.add(new Hint.RenamedTable(table.name(),
                    tableCandidates.stream().map(c -> inSchemaOf(table, c)).toList()));
        }
        for (var column : table.columns()) {
            Set<String> candidates = new LinkedHashSet<>();
            for (String previousOwner : ownerNames) {
                replaced(column.name(), naming.column(owner.entityName()), naming.column(previousOwner), false)
                        .ifPresent(candidates::add);
            }
            for (String previousField : fieldNames) {
                replaced(column.name(), naming.column(field.name()), naming.column(previousField), true)
                        .ifPresent(candidates::add);
            }
            candidates.remove(column.name());
            if (!candidates.isEmpty()) {
                hints.add(new Hint.RenamedColumn(table.name(), column.name(), List.copyOf(candidates)));
            }
        }
    }

    private static List<String> withCurrent(String current, Set<String> candidates) {
        List<String> all = new ArrayList<>(List.of(current));
        all.addAll(candidates);
        return all;
    }

    /** {@code name} with {@code now} (its first or last occurrence) replaced by {@code before}; empty without it. */
    private static java.util.Optional<String> replaced(String name, String now, String before, boolean last) {
        int at = last ? name.lastIndexOf(now) : name.indexOf(now);
        return at < 0 || now.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(name.substring(0, at) + before + name.substring(at + now.length()));
    }

    /** {@code column} with the old name in place of the new one, as the naming strategy spells both. */
    private java.util.Optional<String> substituted(String column, String newName, String oldName) {
        String now = naming.column(newName);
        int at = column.indexOf(now);
        if (at < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(column.substring(0, at) + naming.column(oldName)
                + column.substring(at + now.length()));
    }

    /** A column an attribute maps; {@code derived} when its name comes from the attribute's, not from an annotation. */
    private record MappedColumn(String name, boolean derived) {
    }

    /** The columns an attribute maps in its entity's table: its own, or its join columns. */
    private List<MappedColumn> columnsOf(Attribute attribute) {
        if (attribute.hasJoinColumn()) {
            return keys.joinColumns(attribute).stream().map(j -> new MappedColumn(naming.column(j.logicalName()),
                    j.written() == null || j.written().name() == null || j.written().name().isEmpty())).toList();
        }
        if (!attribute.isRelation() && !attribute.isEmbedded() && !attribute.isElementCollection()) {
            return List.of(new MappedColumn(naming.column(attribute.logicalColumnName()),
                    attribute.logicalColumnName().equals(attribute.name())));
        }
        return List.of();
    }

    private static String inSchemaOf(Table table, String name) {
        String schema = table.schemaName();
        return schema == null || QualifiedNames.schemaOf(name) != null ? name : schema + "." + name;
    }
}
