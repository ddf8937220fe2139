package dev.jpamigrate.schema;

import java.util.Locale;
import java.util.Set;

/**
 * A sequence.
 *
 * @param name the sequence name, qualified by its schema when it has one
 * @param type its data type when it is not {@code bigint} (what {@code create sequence} gives without {@code as}):
 *     {@code integer} or {@code smallint}; null for {@code bigint}, which keeps a sequence of an earlier snapshot,
 *     which had no type, as it was
 * @param owner the column that owns it ({@code owned by}), as PostgreSQL makes a {@code serial} column own its
 *     sequence, which then goes when the column or its table goes; null for none
 */
public record Sequence(String name, long start, long increment, String type, Owner owner) {
    private static final Set<String> TYPES = Set.of("smallint", "integer", "bigint");

    public Sequence {
        Names.require(name, "a sequence");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " must have a non-zero increment");
        }
        type = type == null || type.isBlank() ? null : type.strip().toLowerCase(Locale.ROOT);
        if (type != null && !TYPES.contains(type)) {
            throw new IllegalArgumentException("sequence " + name + " is of type " + type
                    + ": a sequence is smallint, integer or bigint");
        }
        if ("bigint".equals(type)) {
            type = null;
        }
    }

    /** A {@code bigint} sequence that no column owns. */
    public Sequence(String name, long start, long increment) {
        this(name, start, increment, null, null);
    }

    /** {@code smallint}, {@code integer} or {@code bigint}. */
    public String dataType() {
        return type == null ? "bigint" : type;
    }

    public Sequence withName(String newName) {
        return new Sequence(newName, start, increment, type, owner);
    }

    public Sequence withOwner(Owner newOwner) {
        return new Sequence(name, start, increment, type, newOwner);
    }

    /**
     * The column that owns a sequence.
     *
     * @param table the column's table, qualified by its schema when it has one
     */
    public record Owner(String table, String column) {
        public Owner {
            Names.require(table, "the table of a sequence's owner");
            Names.require(column, "the column of a sequence's owner");
        }

        @Override
        public String toString() {
            return table + "." + column;
        }
    }
}
