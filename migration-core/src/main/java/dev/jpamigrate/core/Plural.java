package dev.jpamigrate.core;

/** A count with its noun in the right number, for messages: {@code 1 operation}, {@code 3 operations}. */
public final class Plural {
    private Plural() {
    }

    /** {@code count(1, "revision")} is {@code 1 revision}; any other count adds an s. */
    public static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
