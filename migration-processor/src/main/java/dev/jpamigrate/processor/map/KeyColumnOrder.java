package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.naming.Naming;
import java.util.Comparator;

/**
 * The order of a primary key of several columns, as Hibernate's standard column ordering
 * strategy sorts it ({@code ColumnOrderingStrategyStandard}): by the column's size in bytes,
 * at least 4, then whether it is larger than 2048 bytes, then by physical name. Foreign keys
 * to the key follow the same order.
 */
public final class KeyColumnOrder {
    private static final int SMALLEST = 4;
    private static final int LARGE = 2048;

    private KeyColumnOrder() {
    }

    /** Compares key columns by their canonical SQL type and their name after the physical naming strategy. */
    public static Comparator<KeyColumns.KeyColumn> comparator(Naming naming) {
        Comparator<KeyColumns.KeyColumn> bySize = Comparator.comparingInt(k -> Math.max(bytes(k.type()), SMALLEST));
        return bySize.thenComparing(k -> bytes(k.type()) > LARGE)
                .thenComparing(k -> Naming.text(naming.physicalColumn(k.logicalName())));
    }

    /** The size Hibernate estimates for a column of {@code type}; unknown types count as the largest. */
    public static int bytes(String written) {
        return HibernateColumnOrder.bytes(HibernateColumnOrder.keySizingType(written));
    }
}
