package dev.jpamigrate.schema;

import java.util.List;

/**
 * What the entities say beside their schema, for the diff: what a table or column was called
 * before, the value that existing rows get in a new NOT NULL column, the constants of an enum
 * column. The processor writes them into the entity snapshot ({@code hint} lines); they never
 * change a schema, and the migrations snapshot holds none.
 */
public sealed interface Hint {
    /** The table the hint is about, as the schema names it. */
    String table();

    /**
     * {@code @RenamedFrom} on an entity: {@code previous} are the names the table may have had,
     * most likely first; the diff takes the first that the previous schema has and the current does not.
     */
    record RenamedTable(String table, List<String> previous) implements Hint {
        public RenamedTable {
            Names.require(table, "a table");
            previous = List.copyOf(previous);
        }
    }

    /** {@code @RenamedFrom} on an attribute: the names {@code column} of {@code table} may have had, most likely first. */
    record RenamedColumn(String table, String column, List<String> previous) implements Hint {
        public RenamedColumn {
            Names.require(table, "a table");
            Names.require(column, "a column");
            previous = List.copyOf(previous);
        }
    }

    /**
     * The SQL expression that rows already in {@code table} get in {@code column} when it is added
     * NOT NULL or becomes NOT NULL: a primitive's Java default ({@code 0}, {@code false}), or
     * what {@code @Backfill} says.
     */
    record Backfill(String table, String column, String expression) implements Hint {
        public Backfill {
            Names.require(table, "a table");
            Names.require(column, "a column");
            if (expression == null || expression.isBlank()) {
                throw new IllegalArgumentException("the backfill of " + table + "." + column + " must have a value");
            }
            expression = expression.strip();
        }
    }

    /** The constants of the enum that {@code column} holds, in declaration order (ordinal 0 first). */
    record EnumConstants(String table, String column, List<String> constants) implements Hint {
        public EnumConstants {
            Names.require(table, "a table");
            Names.require(column, "a column");
            constants = List.copyOf(constants);
        }
    }
}
