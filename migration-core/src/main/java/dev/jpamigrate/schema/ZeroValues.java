package dev.jpamigrate.schema;

import java.util.Optional;

/**
 * The zero value of a column type, as an SQL literal: what a downgrade gives the rows when it
 * makes a column NOT NULL again, as Java gives a field its default. Numbers get {@code 0},
 * {@code boolean} gets {@code false}, text gets {@code ''}; other types (dates, uuids, json,
 * arrays, ...) have no value that means "nothing", so they get none.
 *
 * <pre>{@code
 * ZeroValues.of("numeric(38,2)"); // Optional[0]
 * ZeroValues.of("uuid");          // Optional.empty
 * }</pre>
 */
public final class ZeroValues {
    private ZeroValues() {
    }

    public static Optional<String> of(String type) {
        String base = SqlTypes.canonical(type).replaceAll("\\(.*\\)", "");
        switch (base) {
            case "smallint":
            case "integer":
            case "bigint":
            case "numeric":
            case "real":
            case "double precision":
                return Optional.of("0");
            case "boolean":
                return Optional.of("false");
            case "varchar":
            case "char":
            case "text":
                return Optional.of("''");
            default:
                return Optional.empty();
        }
    }
}
