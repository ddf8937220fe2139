package dev.jpamigrate.schema;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Argument checks shared by the model's constructors, so that an invalid model cannot exist. */
public final class Names {
    private Names() {
    }

    public static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must have a name");
        }
        return name;
    }

    public static List<String> requireColumns(List<String> columns, String what) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(what + " must name at least one column");
        }
        columns.forEach(c -> require(c, "a column of " + what));
        return List.copyOf(columns);
    }

    public static <T> void requireUnique(Collection<T> items, java.util.function.Function<T, String> name, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(name.apply(item))) {
                throw new IllegalArgumentException("duplicate " + what + " " + name.apply(item));
            }
        }
    }
}
