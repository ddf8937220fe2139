package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.List;

/**
 * A comment with an apostrophe: Hibernate writes comments into its DDL without escaping them, so its own {@code
 * comment on column x.y is 'a member's playlists'} is a syntax error on PostgreSQL (Hibernate 6.2 to 7.4). With
 * {@code hibernate.hbm2ddl.halt_on_error} false, its default, Hibernate only logs the failure and goes on: the table
 * and its columns exist, without that comment. JPA Migrate leaves the comment out as well, so that both schemas are
 * the same, and warns.
 */
public final class ApostropheComments {
    /** The start of the feature of an apostrophe comment's use; {@code column} or {@code table} follows. */
    public static final String FEATURE = "a comment with an apostrophe, of a ";

    private ApostropheComments() {
    }

    /**
     * {@code comment}, or {@code null} when it has an apostrophe (recorded, of {@code origin}, in {@code unsupported}).
     *
     * @param of {@code column} or {@code table}
     */
    public static String kept(String comment, String of, Origin origin, List<UnsupportedUse> unsupported) {
        if (comment != null && comment.indexOf('\'') >= 0) {
            unsupported.add(new UnsupportedUse(FEATURE + of, origin));
            return null;
        }
        return comment;
    }

    /** The warning of {@code use}, or {@code null} for another use. */
    public static String message(UnsupportedUse use) {
        if (!use.feature().startsWith(FEATURE)) {
            return null;
        }
        String of = use.feature().substring(FEATURE.length());
        return "Hibernate's DDL fails on a comment with an apostrophe (it does not escape it), so Hibernate leaves the "
                + of + " without its comment; JPA Migrate leaves the comment out too, so that both schemas are the"
                + " same: remove the apostrophe or write it as \u2019";
    }
}
