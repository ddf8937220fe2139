package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;

/**
 * A column that two attributes of one entity map, as applications map a foreign key's value
 * beside its relation ({@code Long customerId} with {@code insertable = false, updatable =
 * false} and {@code @ManyToOne @JoinColumn(name = "customer_id")}, or the reverse).
 * Hibernate accepts it when one side neither inserts nor updates the column, and creates the
 * column once, as the basic attribute declares it (Hibernate binds join columns last, and the
 * table keeps the first definition); the foreign key stays.
 */
final class SharedColumns {
    private SharedColumns() {
    }

    /** Whether {@code first} or {@code second} maps its columns read-only. */
    static boolean readOnlyOnEitherSide(Attribute first, Attribute second) {
        return readOnly(first) || readOnly(second);
    }

    private static boolean readOnly(Attribute attribute) {
        if (attribute.hasJoinColumn()) {
            return attribute.joinColumns().isEmpty() ? attribute.joinColumn() != null && attribute.joinColumn().readOnly()
                    : attribute.joinColumns().stream().allMatch(JoinColumnSpec::readOnly);
        }
        return attribute.column() != null && attribute.column().readOnly();
    }
}
