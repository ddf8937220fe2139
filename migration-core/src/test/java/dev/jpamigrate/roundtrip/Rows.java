package dev.jpamigrate.roundtrip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rows the generator puts in each table of schema A, by table and column. */
final class Rows {
    private final Map<String, List<Map<String, Value>>> byTable = new TreeMap<>();

    List<Map<String, Value>> of(String table) {
        return byTable.computeIfAbsent(table, t -> new ArrayList<>());
    }

    Map<String, Value> add(String table) {
        Map<String, Value> row = new LinkedHashMap<>();
        of(table).add(row);
        return row;
    }

    int count(String table) {
        return of(table).size();
    }

    /** The values of {@code column} in {@code table}, row by row, null where the row has none. */
    List<Value> column(String table, String column) {
        return of(table).stream().map(r -> r.getOrDefault(column, Value.NULL)).toList();
    }

    Map<String, List<Map<String, Value>>> all() {
        return byTable;
    }
}
