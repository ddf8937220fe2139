package dev.jpamigrate.processor;

import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Check expressions with their top-level {@code AND} terms sorted, as PostgreSQL prints them. Hibernate
 * joins a column's Bean Validation checks ({@code @Min} and {@code @Max}) in the iteration order of
 * Hibernate Validator's {@code HashSet} of constraints, whose hash includes the identity hash of the group
 * classes: the order changes from run to run. The processor writes declaration order; the conditions are
 * the same.
 */
final class CheckConjuncts {
    private CheckConjuncts() {
    }

    static Schema sorted(Schema schema) {
        Schema result = schema;
        for (Table table : schema.tables()) {
            result = result.withTable(table.withChecks(checks -> checks.stream()
                    .map(c -> new CheckConstraint(c.name(), sorted(c.expression()))).toList()));
        }
        return result;
    }

    static String sorted(String expression) {
        List<String> terms = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '\'') {
                i = expression.indexOf('\'', i + 1);
                if (i < 0) {
                    return expression;
                }
            } else if (depth == 0 && expression.startsWith(" AND ", i)) {
                terms.add(expression.substring(start, i));
                start = i + " AND ".length();
            }
        }
        terms.add(expression.substring(start));
        return String.join(" AND ", terms.stream().sorted().toList());
    }
}
