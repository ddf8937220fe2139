package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute.EnumStorage;
import dev.jpamigrate.processor.naming.PostgresNames;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The CHECK that Hibernate 7 writes on an enum column, in Hibernate's own words:
 * {@code status between 0 and 2} for ORDINAL, {@code status in ('NEW','PAID')} for
 * STRING. Migrations are reviewed by people, so the snapshot keeps this readable form;
 * PostgreSQL prints both back in one normalised form whichever tool wrote them.
 */
public final class EnumChecks {
    private EnumChecks() {
    }

    public static String expression(String column, EnumStorage storage, List<String> constants) {
        String name = PostgresNames.quoteIdent(column);
        if (storage == EnumStorage.ORDINAL) {
            return name + " between 0 and " + (constants.size() - 1);
        }
        return name + " in (" + constants.stream().map(c -> "'" + c.replace("'", "''") + "'")
                .collect(Collectors.joining(",")) + ")";
    }
}
