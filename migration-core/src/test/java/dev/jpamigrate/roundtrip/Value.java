package dev.jpamigrate.roundtrip;

/**
 * A value the generator puts in a row: the SQL that inserts it, and what the generator knows of it
 * ({@code text}: the string for a string column, the number for a number column), which decides
 * the conversions a column's values allow. {@link #NULL} is SQL's null.
 */
record Value(String sql, String text) {
    static final Value NULL = new Value("null", null);

    boolean isNull() {
        return text == null;
    }

    /** A string literal of {@code text}, its quotes doubled ({@code standard_conforming_strings} is on). */
    static Value string(String text) {
        return new Value("'" + text.replace("'", "''") + "'", text);
    }

    /** A value written as a typed literal: {@code '2024-01-02'::date}. */
    static Value typed(String text, String type) {
        return new Value("'" + text.replace("'", "''") + "'::" + type, text);
    }

    static Value number(String text) {
        return new Value(text, text);
    }
}
