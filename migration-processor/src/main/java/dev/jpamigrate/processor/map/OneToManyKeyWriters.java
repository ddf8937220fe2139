package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.naming.Naming;
import java.util.List;
import java.util.Optional;

/**
 * The attribute of a unidirectional {@code @OneToMany @JoinColumn(nullable = false)}'s target that writes the join
 * column as well. Hibernate writes a non-null key itself, with the target's row (CollectionBinder adds a "backref"
 * property to the target's mapping when the key is not nullable and the collection not inverse), so a target that
 * maps the column with an insertable or updatable basic or to-one maps it twice, and Hibernate fails to start: "Column
 * 'room_id' is duplicated in mapping for entity ..." (6.6 and 7.4; OpenJPA accepts it, as in OpenMeetings'
 * Room.files). A nullable key, or a read-only side, is shared quietly.
 */
final class OneToManyKeyWriters {
    private OneToManyKeyWriters() {
    }

    /** The target's writable attribute that maps {@code column}, when {@code written} are a non-null, writable key. */
    static Optional<Attribute> conflicting(List<JoinColumnSpec> written, EntityClass target, String column,
            Naming naming) {
        boolean nonNullKey = written.stream().anyMatch(spec -> !spec.nullable());
        boolean writableKey = written.stream().noneMatch(JoinColumnSpec::readOnly);
        if (!nonNullKey || !writableKey) {
            return Optional.empty();
        }
        return target.attributes().stream().filter(a -> writes(a, column, naming)).findFirst();
    }

    private static boolean writes(Attribute attribute, String column, Naming naming) {
        if (attribute.hasJoinColumn()) {
            return CompositeKeys.written(attribute).stream().anyMatch(s -> !s.readOnly() && s.name() != null
                    && naming.column(s.name()).equals(column));
        }
        boolean basic = !attribute.isRelation() && !attribute.isEmbedded() && !attribute.isElementCollection();
        return basic && !(attribute.column() != null && attribute.column().readOnly())
                && naming.column(attribute.logicalColumnName()).equals(column);
    }
}
