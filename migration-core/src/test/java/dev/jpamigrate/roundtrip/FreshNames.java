package dev.jpamigrate.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Names for tables, columns, constraints, indexes and sequences, unique within a pair, so that
 * none collides in a PostgreSQL schema (where tables, indexes and sequences share one namespace).
 * Now and then a name PostgreSQL reserves ({@code order}, {@code user}) or a mixed-case one,
 * which every statement must quote.
 */
final class FreshNames {
    private static final List<String> AWKWARD_TABLES = List.of("order", "user", "Group", "select");
    private static final List<String> AWKWARD_COLUMNS = List.of("order", "user", "desc", "Value", "check", "time");

    private final Random random;
    private final List<String> tablesLeft = new ArrayList<>(AWKWARD_TABLES);
    private int next = 1;

    FreshNames(Random random) {
        this.random = random;
    }

    String next(String prefix) {
        return prefix + next++;
    }

    String table() {
        if (!tablesLeft.isEmpty() && random.nextInt(12) == 0) {
            return tablesLeft.remove(random.nextInt(tablesLeft.size()));
        }
        return next("t");
    }

    /** A column name not among {@code taken}. */
    String column(List<String> taken) {
        if (random.nextInt(12) == 0) {
            String awkward = AWKWARD_COLUMNS.get(random.nextInt(AWKWARD_COLUMNS.size()));
            if (!taken.contains(awkward)) {
                return awkward;
            }
        }
        return next("c");
    }

    /** A comment with what a literal must escape: quotes, a backslash, a line break, non-ASCII letters. */
    String comment() {
        String[] texts = {"plain", "it's", "C:\\tmp", "two\nlines", "Ünïcode ✓", "50% off", "\"quoted\""};
        return texts[random.nextInt(texts.length)] + " " + next++;
    }
}
