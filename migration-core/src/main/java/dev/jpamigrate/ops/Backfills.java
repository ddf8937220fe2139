package dev.jpamigrate.ops;

import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.ZeroValues;
import java.util.Optional;

/** The backfill values of the operations that make a column NOT NULL on a table that may hold rows. */
final class Backfills {
    private Backfills() {
    }

    static String normalize(String backfill) {
        return backfill == null || backfill.isBlank() ? null : backfill.strip();
    }

    /**
     * What the rows get when a downgrade makes {@code column} of {@code table} NOT NULL again: its
     * type's {@link ZeroValues zero value}, unless it has a default or identity (which fill the rows
     * themselves), or is in a key, a unique constraint or index, a foreign key or a check, which one
     * value for every row could break. Empty then, and the dialect's guard stops the downgrade with a
     * message when rows need a value.
     */
    static Optional<String> zeroValueFor(Table table, Column column) {
        String name = column.name();
        if (column.nullable() || column.identity() || column.defaultValue() != null || column.generatedAs() != null
                || table.primaryKey() != null && table.primaryKey().columns().contains(name)
                || table.uniqueConstraints().stream().anyMatch(u -> u.columns().contains(name))
                || table.indexes().stream().anyMatch(i -> i.unique() && Tables.indexUses(i, name))
                || table.foreignKeys().stream().anyMatch(f -> f.columns().contains(name))
                || table.checks().stream().anyMatch(c -> Tables.mentions(c.expression(), name))) {
            return Optional.empty();
        }
        return ZeroValues.of(column.type());
    }
}
