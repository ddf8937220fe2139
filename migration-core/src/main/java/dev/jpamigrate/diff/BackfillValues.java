package dev.jpamigrate.diff;

import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Hints;

/** Which backfill value of the entities' hints an added column, or one that becomes NOT NULL, gets. */
final class BackfillValues {
    private BackfillValues() {
    }

    /**
     * The hint of a column added to an existing table, or null: an identity numbers its rows itself,
     * and a nullable column or one with a default needs none (the default fills the rows).
     */
    static String forAdded(Hints hints, String table, Column column) {
        if (column.identity() || column.nullable() || column.defaultValue() != null || column.generatedAs() != null) {
            return null;
        }
        return hints.backfill(table, column.name()).orElse(null);
    }

    /** The hint of a column that becomes NOT NULL, or null when it becomes nullable or has none. */
    static String forNotNull(Hints hints, String table, Column column) {
        return column.nullable() ? null : hints.backfill(table, column.name()).orElse(null);
    }
}
