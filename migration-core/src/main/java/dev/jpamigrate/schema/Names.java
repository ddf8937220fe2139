package dev.jpamigrate.schema;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /** The columns of a constraint or index, {@code what} naming it in a message (built only for one). */
    public static List<String> requireColumns(List<String> columns, Supplier<String> what) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(what.get() + " must name at least one column");
        }
        for (String column : columns) {
            if (column == null || column.isBlank()) {
                throw new IllegalArgumentException("a column of " + what.get() + " must have a name");
            }
        }
        return List.copyOf(columns);
    }

    public static <T> void requireUnique(Collection<T> items, Function<T, String> name, Supplier<String> what) {
        if (items.size() < 2) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(name.apply(item))) {
                throw new IllegalArgumentException("duplicate " + what.get() + " " + name.apply(item));
            }
        }
    }
}
