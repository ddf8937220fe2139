package dev.jpamigrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An index. A column entry may carry an order, as in {@code @Index(columnList = ...)}; it
 * is kept in the form PostgreSQL prints: {@code "created_at desc"}, with {@code asc} and
 * the default {@code nulls} order left out, so that an index written by hand and the same
 * index read from the catalog are equal.
 */
public record Index(String name, List<String> columns, boolean unique) {
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public Index {
        Names.require(name, "an index");
        columns = Names.requireColumns(columns, () -> "index " + name).stream().map(Index::canonicalEntry).toList();
    }

    private static String canonicalEntry(String entry) {
        String stripped = entry.strip();
        if (!SPACE.matcher(stripped).find()) {
            return stripped; // a column: the common case
        }
        String[] words = SPACES.split(stripped);
        List<String> order = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            order.add(words[i].toLowerCase(Locale.ROOT));
        }
        if (!order.stream().allMatch(w -> List.of("asc", "desc", "nulls", "first", "last").contains(w))) {
            return entry.strip(); // an expression: kept as written
        }
        boolean descending = order.contains("desc");
        String nulls = order.contains("first") ? "nulls first" : order.contains("last") ? "nulls last" : null;
        String defaultNulls = descending ? "nulls first" : "nulls last";
        return words[0] + (descending ? " desc" : "") + (nulls == null || nulls.equals(defaultNulls) ? "" : " " + nulls);
    }
}
