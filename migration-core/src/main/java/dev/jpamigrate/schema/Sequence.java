package dev.jpamigrate.schema;

/**
 * A sequence.
 *
 * @param name the sequence name, qualified by its schema when it has one
 */
public record Sequence(String name, long start, long increment) {
    public Sequence {
        Names.require(name, "a sequence");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " must have a non-zero increment");
        }
    }
}
