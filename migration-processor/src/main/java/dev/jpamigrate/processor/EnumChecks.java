package dev.jpamigrate.processor;

import dev.jpamigrate.processor.Attribute.EnumStorage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CHECK that Hibernate 7 writes on an enum column ({@code status between 0 and 2},
 * {@code status in ('NEW','PAID')}), spelled as PostgreSQL prints it back
 * ({@code pg_get_expr(conbin, conrelid, true)}), which is how the model holds check
 * expressions, so that the snapshot equals the schema read from a database.
 */
final class EnumChecks {
    private EnumChecks() {
    }

    /**
     * The expression for an enum column of {@code sqlType} (canonical), or empty when the
     * column type is one whose printed form JPA Migrate does not know.
     */
    static Optional<String> expression(String column, String sqlType, EnumStorage storage, List<String> constants) {
        String name = PostgresNames.quoteIdent(column);
        if (storage == EnumStorage.ORDINAL) {
            boolean integral = sqlType.equals("smallint") || sqlType.equals("integer") || sqlType.equals("bigint");
            return integral ? Optional.of(name + " >= 0 AND " + name + " <= " + (constants.size() - 1)) : Optional.empty();
        }
        if (sqlType.startsWith("varchar")) {
            // PostgreSQL compares a varchar as text and prints the casts it added.
            return Optional.of(constants.size() == 1
                    ? name + "::text = " + literal(constants.get(0), "text")
                    : name + "::text = ANY (ARRAY[" + literals(constants, "character varying") + "]::text[])");
        }
        if (sqlType.equals("text")) {
            return Optional.of(constants.size() == 1
                    ? name + " = " + literal(constants.get(0), "text")
                    : name + " = ANY (ARRAY[" + literals(constants, "text") + "])");
        }
        return Optional.empty();
    }

    private static String literals(List<String> constants, String type) {
        return constants.stream().map(c -> literal(c, type)).collect(Collectors.joining(", "));
    }

    private static String literal(String constant, String type) {
        return "'" + constant.replace("'", "''") + "'::" + type;
    }
}
