package dev.jpamigrate.processor.map;

import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constants of each enum column, in declaration order, for the diff: with them an ORDINAL
 * column that becomes STRING (or back) converts each row's value to its constant's name, and a
 * removed constant is recognised. The mappers note each enum column where they write Hibernate's
 * check for it ({@link EnumChecks}); the hints are then read off the mapped tables.
 *
 * <pre>{@code
 * hint enum shipment status (NEW, PAID, SHIPPED)
 * }</pre>
 */
public final class EnumHints {
    /** By the table's local name, then the column's. */
    private final Map<String, Map<String, List<String>>> noted = new HashMap<>();

    /** Notes that {@code column} of the table named {@code localTable} (without its schema) holds an enum with {@code constants}. */
    public void note(String localTable, String column, List<String> constants) {
        noted.computeIfAbsent(localTable, t -> new HashMap<>()).put(column, List.copyOf(constants));
    }

    /** A hint for each noted column of {@code tables}, in the order of the tables and their columns. */
    public List<Hint> of(List<MappedTable> tables) {
        Map<String, Hint> hints = new LinkedHashMap<>();
        for (MappedTable mapped : tables) {
            Table table = mapped.table();
            Map<String, List<String>> columns = noted.getOrDefault(table.localName(), Map.of());
            for (Column column : table.columns()) {
                List<String> constants = columns.get(column.name());
                if (constants != null) {
                    hints.putIfAbsent(table.name() + "." + column.name(),
                            new Hint.EnumConstants(table.name(), column.name(), constants));
                }
            }
        }
        return new ArrayList<>(hints.values());
    }
}
