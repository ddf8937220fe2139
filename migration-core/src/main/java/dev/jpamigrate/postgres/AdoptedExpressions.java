package dev.jpamigrate.postgres;

import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A live schema with its defaults and checks written as the entities write them wherever they mean
 * the same: what {@link CatalogReader} reads is PostgreSQL's printed form ({@code 'NEW'::character
 * varying}, {@code (status)::text = ANY (...)}), the entities have the processor's ({@code 'NEW'},
 * {@code status in (...)}). A default or check of the live schema takes the entities' text when the
 * entities' expression for the same column, or the check of the same name, prints the same on this
 * server ({@link ServerExpressions}); the top-level {@code AND} terms of a check may come in any
 * order, as Hibernate joins Bean Validation's conditions in an order that changes from run to run.
 * The rest stays as the server prints it, and is a real difference from the entities.
 */
public final class AdoptedExpressions {
    private AdoptedExpressions() {
    }

    /** {@code live} with the entities' text for each default and check that means the same on this server. */
    public static Schema adopt(Connection connection, Schema live, Schema entities) throws SQLException {
        return adopt(live, entities, ServerExpressions.normalise(connection, entities));
    }

    /**
     * @param printed {@code entities} as the server prints them, table for table
     */
    static Schema adopt(Schema live, Schema entities, Schema printed) {
        List<Table> tables = new ArrayList<>(live.tables().size());
        for (Table table : live.tables()) {
            Optional<Table> written = entities.table(table.name());
            Optional<Table> asPrinted = printed.table(table.name());
            tables.add(written.isEmpty() || asPrinted.isEmpty() ? table
                    : adopt(table, written.get(), asPrinted.get()));
        }
        return new Schema(tables, live.sequences());
    }

    private static Table adopt(Table live, Table written, Table printed) {
        return live
                .withColumns(columns -> columns.stream().map(c -> adopt(c, written, printed)).toList())
                .withChecks(checks -> checks.stream().map(k -> adopt(k, written, printed)).toList());
    }

    private static Column adopt(Column live, Table written, Table printed) {
        if (live.defaultValue() == null) {
            return live;
        }
        Optional<Column> entity = column(written, live.name());
        Optional<Column> entityPrinted = column(printed, live.name());
        if (entity.isPresent() && entityPrinted.isPresent() && entity.get().defaultValue() != null
                && live.defaultValue().equals(entityPrinted.get().defaultValue())) {
            return live.withDefaultValue(entity.get().defaultValue());
        }
        return live;
    }

    private static CheckConstraint adopt(CheckConstraint live, Table written, Table printed) {
        Optional<CheckConstraint> entity = check(written, live.name());
        Optional<CheckConstraint> entityPrinted = check(printed, live.name());
        if (entity.isPresent() && entityPrinted.isPresent()
                && sortedConjuncts(live.expression()).equals(sortedConjuncts(entityPrinted.get().expression()))) {
            return entity.get();
        }
        return live;
    }

    private static Optional<Column> column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static Optional<CheckConstraint> check(Table table, String name) {
        return table.checks().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The expression's top-level {@code AND} terms, sorted: quoted text and parentheses are not split. */
    static String sortedConjuncts(String expression) {
        List<String> terms = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '\'' || c == '"') {
                int end = expression.indexOf(c, i + 1);
                if (end < 0) {
                    return expression;
                }
                i = end;
            } else if (depth == 0 && expression.startsWith(" AND ", i)) {
                terms.add(expression.substring(start, i));
                start = i + " AND ".length();
            }
        }
        terms.add(expression.substring(start));
        return String.join(" AND ", terms.stream().sorted().toList());
    }
}
