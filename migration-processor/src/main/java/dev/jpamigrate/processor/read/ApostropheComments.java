package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.List;

/**
 * A comment with an apostrophe: Hibernate writes comments into its DDL without escaping them, so its own {@code
 * comment on column x.y is 'a member's playlists'} is a syntax error on PostgreSQL (Hibernate 7.4). JPA Migrate's
 * engine escapes comments; the processor refuses them so that Hibernate's schema and JPA Migrate's stay the same.
 */
public final class ApostropheComments {
    /** The feature of an apostrophe comment's use. */
    public static final String FEATURE = "a comment with an apostrophe";

    /** The error on such a comment. */
    public static final String MESSAGE = "Hibernate's DDL fails on a comment with an apostrophe (it does not escape"
            + " it): remove the apostrophe or write it as \u2019";

    private ApostropheComments() {
    }

    /** Records {@code comment}, of {@code origin}, in {@code unsupported} when it has an apostrophe. */
    public static void check(String comment, Origin origin, List<UnsupportedUse> unsupported) {
        if (comment != null && comment.indexOf('\'') >= 0) {
            unsupported.add(new UnsupportedUse(FEATURE, origin));
        }
    }

    /** The error of {@code use}, or {@code null} for another use. */
    public static String message(UnsupportedUse use) {
        return use.feature().equals(FEATURE) ? MESSAGE : null;
    }
}
