package dev.jpamigrate.processor.validate;

import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.model.CheckSpec;
import dev.jpamigrate.processor.naming.PostgresNames;
import java.util.List;

/**
 * The names of {@code @Check} and {@code @CheckConstraint}. Unlike a table's or a column's, Hibernate (6.x and 7.x)
 * never makes an identifier of a check's name: it writes {@code constraint <name> check (...)} with the name exactly
 * as given. A name in double quotes is then a quoted identifier, a plain name PostgreSQL folds to lower case; any
 * other (a space, a hyphen, a leading digit, backticks, a reserved word) makes PostgreSQL refuse the table's DDL, and
 * the table is missing from Hibernate's schema.
 */
final class CheckNameValidator {
    private CheckNameValidator() {
    }

    /**
     * Reports each check of {@code checks} whose name PostgreSQL cannot read.
     *
     * @param owner what declares the checks, as a message says it: {@code class com.example.Sheet}
     */
    static void validate(List<CheckSpec> checks, String owner, ErrorReporter reporter) {
        for (CheckSpec check : checks) {
            String name = check.name();
            if (name == null || isDoubleQuoted(name)) {
                continue;
            }
            String reason = !PostgresNames.readsUnquoted(name) ? "is no plain SQL name"
                    : PostgresDialect.isReserved(PostgresNames.fold(name)) ? "is a reserved word in PostgreSQL" : null;
            if (reason != null) {
                String text = name.length() > 2 && name.startsWith("`") && name.endsWith("`")
                        ? name.substring(1, name.length() - 1) : name;
                reporter.error(check.origin(), "The check constraint name \"" + name + "\" on " + owner + " " + reason
                        + ", and Hibernate writes it without quotes in the DDL, which PostgreSQL refuses: write it in"
                        + " double quotes, name = \"\\\"" + text + "\\\"\", to keep it as it is, or use letters, digits"
                        + " and _ only, starting with a letter");
            }
        }
    }

    private static boolean isDoubleQuoted(String name) {
        return name.length() > 2 && name.startsWith("\"") && name.endsWith("\"");
    }
}
