package dev.jpamigrate.schema;

/** The one rule for comment texts of tables, columns and the operations that set them. */
public final class Comments {
    private Comments() {
    }

    /**
     * {@code null} for a blank text, which PostgreSQL stores as no comment at all; any other
     * text as written, spaces and line breaks included, because that is what the catalog holds.
     */
    public static String normalize(String comment) {
        return comment == null || comment.isBlank() ? null : comment;
    }
}
