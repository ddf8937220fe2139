package dev.jpamigrate.processor;

import dev.jpamigrate.processor.Attribute.JoinColumnSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Primary keys of several columns as Hibernate orders them, and the join columns of a
 * relation to such a key: which {@code @JoinColumn} of {@code @JoinColumns} stands for
 * which key column.
 */
final class CompositeKeys {
    private CompositeKeys() {
    }

    /**
     * The key attributes in the order of the primary key's columns: Hibernate sorts the
     * attributes of an embeddable by name, level by level, so the columns of an
     * {@code @EmbeddedId} follow its attributes' names, not their declaration.
     */
    static List<Attribute> primaryKeyOrder(List<Attribute> ids) {
        List<Attribute> ordered = new ArrayList<>(ids);
        ordered.sort((a, b) -> Arrays.compare(path(a), path(b)));
        return ordered;
    }

    private static String[] path(Attribute attribute) {
        return attribute.embedding() == null ? new String[] {attribute.name()}
                : attribute.embedding().path().split("\\.");
    }

    /** The join columns written on a relation: {@code @JoinColumns}, or its one {@code @JoinColumn}. */
    static List<JoinColumnSpec> written(Attribute relation) {
        if (!relation.joinColumns().isEmpty()) {
            return relation.joinColumns();
        }
        return relation.joinColumn() == null ? List.of() : List.of(relation.joinColumn());
    }

    /**
     * The written join column for each key column of the target, in key order; {@code null}
     * where none is written. A join column stands for the key column its
     * {@code referencedColumnName} names, or, when none names one, for the key column at its
     * position. Assumes {@link #problem} found none.
     */
    static List<JoinColumnSpec> joinColumnsFor(Attribute relation, List<Attribute> targetIds, Naming naming) {
        List<JoinColumnSpec> written = written(relation);
        List<JoinColumnSpec> aligned = new ArrayList<>(Collections.nCopies(targetIds.size(), null));
        boolean byName = written.stream().anyMatch(j -> j.referencedColumnName() != null);
        for (int i = 0; i < written.size(); i++) {
            JoinColumnSpec joinColumn = written.get(i);
            int key = byName ? keyIndex(joinColumn.referencedColumnName(), targetIds, naming) : i;
            if (key >= 0 && key < aligned.size()) {
                aligned.set(key, joinColumn);
            }
        }
        return aligned;
    }

    /** What is wrong with the written join columns of a relation to {@code target}, or {@code null}. */
    static String problem(Attribute relation, EntityClass target, List<Attribute> targetIds, Naming naming) {
        List<JoinColumnSpec> written = written(relation);
        List<String> keyColumns = targetIds.stream().map(Attribute::logicalColumnName).toList();
        if (written.isEmpty() || written.size() == 1 && targetIds.size() == 1) {
            JoinColumnSpec joinColumn = written.isEmpty() ? null : written.get(0);
            String referenced = joinColumn == null ? null : joinColumn.referencedColumnName();
            if (referenced != null && keyIndex(referenced, targetIds, naming) < 0) {
                return "JPA Migrate does not support a join column that references " + referenced + ", which is not"
                        + " the primary key of " + target.entityName() + ", yet: remove referencedColumnName, or set"
                        + " it to \"" + keyColumns.get(0) + "\"";
            }
            return null;
        }
        if (written.size() != targetIds.size()) {
            return "The primary key of " + target.entityName() + " has the columns " + keyColumns + ", and "
                    + relation.name() + " has " + written.size() + " join column(s): write one @JoinColumn(name = ...,"
                    + " referencedColumnName = ...) for each of them in @JoinColumns";
        }
        boolean byName = written.stream().anyMatch(j -> j.referencedColumnName() != null);
        List<Integer> seen = new ArrayList<>();
        for (JoinColumnSpec joinColumn : written) {
            int key = byName ? keyIndex(joinColumn.referencedColumnName(), targetIds, naming) : 0;
            if (byName && (key < 0 || seen.contains(key))) {
                return "@JoinColumn(referencedColumnName = \"" + joinColumn.referencedColumnName() + "\") of "
                        + relation.name() + " names no other primary key column of " + target.entityName()
                        + ": give each @JoinColumn one of " + keyColumns;
            }
            seen.add(key);
        }
        return null;
    }

    private static int keyIndex(String referencedColumn, List<Attribute> targetIds, Naming naming) {
        if (referencedColumn == null) {
            return -1;
        }
        for (int i = 0; i < targetIds.size(); i++) {
            if (naming.stored(targetIds.get(i).logicalColumnName()).equals(naming.stored(referencedColumn))) {
                return i;
            }
        }
        return -1;
    }
}
