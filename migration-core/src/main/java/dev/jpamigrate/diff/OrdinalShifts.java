package dev.jpamigrate.diff;

import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings for ORDINAL enums whose number of constants changed: the rows hold positions, so a
 * constant removed or inserted anywhere but at the end gives every later row another constant,
 * and no change of the schema shows it. Hibernate's check ({@code status between 0 and 2}) says
 * how many constants there were; the entities' hint says which there are now.
 */
public final class OrdinalShifts {
    private static final Pattern UPPER_BOUND = Pattern.compile("between 0 and (\\d+)");

    private OrdinalShifts() {
    }

    /** One sentence per ordinal enum column of a table on both sides whose count of constants changed. */
    public static List<String> warnings(Schema from, Schema to, Hints hints) {
        List<String> warnings = new ArrayList<>();
        for (Hint hint : hints.all()) {
            if (!(hint instanceof Hint.EnumConstants e)) {
                continue;
            }
            Optional<Integer> before = from.table(e.table()).flatMap(t -> constants(t, e.column()));
            Optional<Integer> now = to.table(e.table()).flatMap(t -> constants(t, e.column()));
            if (before.isPresent() && now.isPresent() && !before.equals(now)) {
                warnings.add(e.table() + "." + e.column() + " stores an ORDINAL enum that had " + before.get()
                        + " constants and has " + now.get() + " (" + String.join(", ", e.constants()) + "): rows hold"
                        + " positions, so a constant " + (now.get() < before.get() ? "removed" : "added")
                        + " anywhere but at the end makes the later rows mean other constants; renumber them in the"
                        + " migration (op.sql(\"update ...\")), or map the enum with @Enumerated(EnumType.STRING)");
            }
        }
        return warnings;
    }

    /** How many constants the ordinal check of {@code column} allows, when it has one. */
    private static Optional<Integer> constants(Table table, String column) {
        if (table.column(column).filter(c -> c.type().matches("smallint|integer|bigint")).isEmpty()) {
            return Optional.empty();
        }
        Pattern bound = Pattern.compile("(^|[^A-Za-z0-9_])\"?" + Pattern.quote(column) + "\"? " + UPPER_BOUND.pattern());
        for (CheckConstraint check : table.checks()) {
            Matcher m = bound.matcher(check.expression());
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(2)) + 1);
            }
        }
        return Optional.empty();
    }
}
