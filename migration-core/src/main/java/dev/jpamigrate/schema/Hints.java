package dev.jpamigrate.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The hints of the entity snapshots, looked up by table and column. */
public final class Hints {
    public static final Hints NONE = new Hints(List.of());

    private static final Comparator<Hint> ORDER = Comparator.<Hint, String>comparing(h -> h.getClass().getSimpleName())
            .thenComparing(Hint::table).thenComparing(Hints::column);

    private final List<Hint> all;

    private Hints(List<Hint> all) {
        this.all = all;
    }

    /** The hints sorted, so that equal hints write equal files. */
    public static Hints of(List<? extends Hint> hints) {
        List<Hint> sorted = new ArrayList<>(hints);
        sorted.sort(ORDER);
        return new Hints(List.copyOf(sorted));
    }

    public List<Hint> all() {
        return all;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public Hints plus(Hints other) {
        List<Hint> both = new ArrayList<>(all);
        both.addAll(other.all);
        return of(both);
    }

    /** The names {@code table} may have had before, most likely first; empty when it carries no rename hint. */
    public List<String> previousTableNames(String table) {
        return all.stream().filter(h -> h instanceof Hint.RenamedTable r && r.table().equals(table))
                .flatMap(h -> ((Hint.RenamedTable) h).previous().stream()).toList();
    }

    /** The names {@code column} of {@code table} may have had before, most likely first. */
    public List<String> previousColumnNames(String table, String column) {
        return all.stream().filter(h -> h instanceof Hint.RenamedColumn r && r.table().equals(table)
                        && r.column().equals(column))
                .flatMap(h -> ((Hint.RenamedColumn) h).previous().stream()).toList();
    }

    public Optional<String> backfill(String table, String column) {
        return all.stream().filter(h -> h instanceof Hint.Backfill b && b.table().equals(table)
                && b.column().equals(column)).map(h -> ((Hint.Backfill) h).expression()).findFirst();
    }

    public Optional<List<String>> enumConstants(String table, String column) {
        return all.stream().filter(h -> h instanceof Hint.EnumConstants e && e.table().equals(table)
                && e.column().equals(column)).map(h -> ((Hint.EnumConstants) h).constants()).findFirst();
    }

    private static String column(Hint hint) {
        if (hint instanceof Hint.RenamedColumn r) {
            return r.column();
        } else if (hint instanceof Hint.Backfill b) {
            return b.column();
        } else if (hint instanceof Hint.EnumConstants e) {
            return e.column();
        }
        return "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hints h && h.all.equals(all);
    }

    @Override
    public int hashCode() {
        return all.hashCode();
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
