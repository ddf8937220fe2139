package dev.jpamigrate.schema;

/** Collation names as the model keeps them: PostgreSQL's name, case kept, and none for the type's default. */
public final class Collations {
    private Collations() {
    }

    /**
     * {@code collation} without the double quotes it may be written in ({@code "C"}), or {@code null} when it is
     * blank or {@code default}, which PostgreSQL reads as the type's own collation.
     */
    public static String normalize(String collation) {
        if (collation == null || collation.isBlank()) {
            return null;
        }
        String name = collation.strip();
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name.equals("default") ? null : name;
    }

    /** The {@code collate} clause of {@code collation}: the name always quoted, as PostgreSQL keeps its case. */
    public static String clause(String collation) {
        return "collate \"" + (collation == null ? "default" : collation.replace("\"", "\"\"")) + "\"";
    }
}
