package dev.jpamigrate.lint;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints the statements of one revision, in order, as PostgreSQL would run them: the
 * operations rendered by {@link PostgresDialect}, raw SQL split into its statements. It
 * knows which tables the revision creates (exempt from the lock rules) and which
 * constraints it adds {@code not valid} and validates.
 */
final class RevisionLint {
    private static final String IDENT = "(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final String NAME = "(" + IDENT + "(?:\\s*\\.\\s*" + IDENT + ")*)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern CREATE_TABLE = Pattern.compile("create\\s+(?:(?:global|local)\\s+)?"
            + "(?:(?:temporary|temp|unlogged)\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME + "\\s*(.*)", FLAGS);
    private static final Pattern CREATE_INDEX = Pattern.compile("create\\s+(?:unique\\s+)?index\\s+(concurrently\\s+)?"
            + "(?:if\\s+not\\s+exists\\s+)?(?:" + NAME + "\\s+)?on\\s+(?:only\\s+)?" + NAME + ".*", FLAGS);
    private static final Pattern DROP_INDEX = Pattern.compile("drop\\s+index\\s+(concurrently\\s+)?.*", FLAGS);
    private static final Pattern CONCURRENTLY = Pattern.compile("(?:reindex|alter\\s+table)"
            + "\\b.*\\bconcurrently\\b.*", FLAGS);
    private static final Pattern DROP_TABLE = Pattern.compile("drop\\s+table\\s+(?:if\\s+exists\\s+)?(.*?)"
            + "(?:\\s+(?:cascade|restrict))?", FLAGS);
    private static final Pattern SET_LOCK_TIMEOUT = Pattern.compile("set\\s+(?:session\\s+|local\\s+)?lock_timeout"
            + "\\s*(?:=|\\s+to\\s+)\\s*(.+)", FLAGS);
    private static final Pattern ALTER_TABLE = Pattern.compile("alter\\s+table\\s+(?:if\\s+exists\\s+)?"
            + "(?:only\\s+)?" + NAME + "\\s+(.*)", FLAGS);

    private static final Pattern ADD_CONSTRAINT = Pattern.compile("add\\s+(?:constraint\\s+(" + IDENT + ")\\s+)?"
            + "(foreign\\s+key|check|unique|primary\\s+key)\\b(.*)", FLAGS);
    /** An exclusion constraint, which no rule covers yet; not a column named "constraint". */
    private static final Pattern ADD_OTHER_CONSTRAINT = Pattern.compile("add\\s+constraint\\s+" + IDENT
            + "\\s+exclude\\b.*", FLAGS);
    private static final Pattern NOT_VALID = Pattern.compile("\\bnot\\s+valid\\b", FLAGS);
    private static final Pattern USING_INDEX = Pattern.compile("\\busing\\s+index\\b", FLAGS);
    private static final Pattern NOT_NULL_CHECK = Pattern.compile("\\(*\\s*(" + IDENT + ")\\s+is\\s+not\\s+null\\s*\\)*",
            FLAGS);
    private static final Pattern VALIDATE = Pattern.compile("validate\\s+constraint\\s+(" + IDENT + ")", FLAGS);
    private static final Pattern ALTER_COLUMN = Pattern.compile("alter\\s+(?:column\\s+)?(" + IDENT + ")\\s+(.*)", FLAGS);
    private static final Pattern SET_NOT_NULL = Pattern.compile("set\\s+not\\s+null", FLAGS);
    private static final Pattern TYPE = Pattern.compile("(?:set\\s+data\\s+)?type\\s+(.+?)(?:\\s+collate\\s+\\S+)?"
            + "(?:\\s+using\\s+(.+))?", FLAGS);
    private static final Pattern ADD_COLUMN = Pattern.compile("add\\s+(?:column\\s+)?(?:if\\s+not\\s+exists\\s+)?(.*)",
            FLAGS);
    private static final Pattern RENAME_TABLE = Pattern.compile("rename\\s+to\\s+.*", FLAGS);
    private static final Pattern RENAME_COLUMN = Pattern.compile("rename\\s+(?!constraint\\b)(?:column\\s+)?"
            + IDENT + "\\s+to\\s+.*", FLAGS);
    private static final Pattern DROP_COLUMN = Pattern.compile("drop\\s+(?!constraint\\b)(?:column\\s+)?"
            + "(?:if\\s+exists\\s+)?" + IDENT + ".*", FLAGS);
    private static final Pattern TABLE_CONSTRAINT = Pattern.compile("(?:constraint|primary|unique|check|foreign"
            + "|exclude|like)\\b.*", FLAGS);
    private static final Pattern PRIMARY_KEY_COLUMNS = Pattern.compile("primary\\s+key\\s*\\(([^)]*)\\)", FLAGS);

    private final LintedRevision revision;
    private final PostgresDialect dialect = new PostgresDialect();
    private final Set<String> created = new HashSet<>();
    /** Constraints this revision added {@code not valid}, by name, with the column a not-null check is on. */
    private final Map<String, NotValid> notValid = new HashMap<>();
    /** {@code table.column} that a validated {@code check (column is not null)} covers. */
    private final Set<String> notNullChecked = new HashSet<>();
    private final List<Finding> findings = new ArrayList<>();

    private record NotValid(String table, String notNullColumn) {
    }

    private RevisionLint(LintedRevision revision) {
        this.revision = revision;
    }

    /** The findings of {@code revision}'s statements, before acknowledgements. */
    static List<Finding> findings(LintedRevision revision) {
        RevisionLint lint = new RevisionLint(revision);
        List<String> statements = lint.statements();
        lint.collectCreatedTables(statements);
        statements.forEach(lint::statement);
        return lint.findings;
    }

    private List<String> statements() {
        List<String> statements = new ArrayList<>();
        for (Operation op : revision.upgrade()) {
            List<String> rendered = op instanceof Operation.Sql sql ? List.of(sql.sql()) : dialect.render(op);
            rendered.forEach(s -> statements.addAll(SqlText.statements(s)));
        }
        return statements;
    }

    private void collectCreatedTables(List<String> statements) {
        for (Operation op : revision.upgrade()) {
            if (op instanceof Operation.CreateTable create) {
                created.add(create.table().name());
            }
        }
        for (String statement : statements) {
            Matcher m = CREATE_TABLE.matcher(SqlText.masked(statement));
            if (m.matches()) {
                created.add(SqlText.name(m.group(1)));
            }
        }
    }

    private void statement(String statement) {
        String sql = SqlText.masked(statement);
        Matcher m;
        if ((m = CREATE_TABLE.matcher(sql)).matches()) {
            createTable(statement, SqlText.name(m.group(1)), m.group(2));
        } else if ((m = CREATE_INDEX.matcher(sql)).matches()) {
            concurrently(statement, m.group(1) != null, LintRule.CREATE_INDEX_NOT_CONCURRENTLY, SqlText.name(m.group(3)));
        } else if ((m = DROP_INDEX.matcher(sql)).matches()) {
            concurrently(statement, m.group(1) != null, LintRule.DROP_INDEX_NOT_CONCURRENTLY, null);
        } else if (CONCURRENTLY.matcher(sql).matches()) {
            concurrently(statement, true, null, null);
        } else if ((m = DROP_TABLE.matcher(sql)).matches()) {
            for (String table : SqlText.topLevel(m.group(1))) {
                report(LintRule.DROP_TABLE, SqlText.name(table), statement, null);
            }
        } else if ((m = SET_LOCK_TIMEOUT.matcher(statement)).matches()) {
            if (LockTimeouts.disables(m.group(1))) {
                report(LintRule.LOCK_TIMEOUT_DISABLED, null, statement, null);
            }
        } else if ((m = ALTER_TABLE.matcher(sql)).matches()) {
            String table = SqlText.name(m.group(1));
            for (String action : SqlText.topLevel(m.group(2))) {
                alterTable(statement, table, action);
            }
        }
    }

    private void concurrently(String statement, boolean concurrently, LintRule withoutIt, String table) {
        if (concurrently && revision.transactional()) {
            report(LintRule.CONCURRENTLY_IN_TRANSACTION, null, statement, null);
        } else if (!concurrently) {
            report(withoutIt, table, statement, null);
        }
    }

    /** A new table takes no lock anyone waits for; what it defines still lives on: json, integer keys, timestamps. */
    private void createTable(String statement, String table, String body) {
        int open = body.indexOf('(');
        String elements = open < 0 ? null : SqlText.parenthesized(body, open);
        if (elements == null) {
            return;
        }
        Map<String, String> types = new HashMap<>();
        Set<String> primaryKey = new HashSet<>();
        for (String element : SqlText.topLevel(elements)) {
            if (TABLE_CONSTRAINT.matcher(element).matches()) {
                Matcher pk = PRIMARY_KEY_COLUMNS.matcher(element);
                if (pk.find()) {
                    SqlText.topLevel(pk.group(1)).forEach(c -> primaryKey.add(SqlText.name(c)));
                }
                continue;
            }
            ColumnDefinition column = ColumnDefinition.parse(element);
            if (column == null) {
                continue;
            }
            types.put(column.name(), column.type());
            if (column.primaryKey()) {
                primaryKey.add(column.name());
            }
            columnType(statement, table, column.name(), column.type());
        }
        for (String key : primaryKey) {
            String type = types.get(key);
            if (type != null && ColumnDefinition.isInteger(type)) {
                report(LintRule.INTEGER_PRIMARY_KEY, table, statement, key + " is " + type);
            }
        }
    }

    private void columnType(String statement, String table, String column, String type) {
        if (ColumnDefinition.isJson(type)) {
            report(LintRule.JSON_COLUMN, table, statement, column + " is " + type);
        }
        if (ColumnDefinition.isTimestampWithoutTimeZone(type)) {
            report(LintRule.TIMESTAMP_WITHOUT_TIME_ZONE, table, statement, column + " is " + type);
        }
    }

    private void alterTable(String statement, String table, String action) {
        Matcher m;
        if ((m = ADD_CONSTRAINT.matcher(action)).matches()) {
            addConstraint(statement, table, m.group(1) == null ? null : SqlText.name(m.group(1)),
                    m.group(2).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "), m.group(3));
        } else if ((m = VALIDATE.matcher(action)).matches()) {
            NotValid added = notValid.get(SqlText.name(m.group(1)));
            if (added != null && revision.transactional()) {
                report(LintRule.VALIDATE_IN_SAME_TRANSACTION, table, statement, null);
            }
            if (added != null && added.notNullColumn() != null) {
                notNullChecked.add(table + "." + added.notNullColumn());
            }
        } else if ((m = ALTER_COLUMN.matcher(action)).matches()) {
            alterColumn(statement, table, SqlText.name(m.group(1)), m.group(2));
        } else if (RENAME_TABLE.matcher(action).matches()) {
            report(LintRule.RENAME_TABLE, table, statement, null);
        } else if (RENAME_COLUMN.matcher(action).matches()) {
            report(LintRule.RENAME_COLUMN, table, statement, null);
        } else if (DROP_COLUMN.matcher(action).matches()) {
            report(LintRule.DROP_COLUMN, table, statement, null);
        } else if ((m = ADD_COLUMN.matcher(action)).matches() && !ADD_OTHER_CONSTRAINT.matcher(action).matches()) {
            addColumn(statement, table, ColumnDefinition.parse(m.group(1)));
        }
    }

    private void addConstraint(String statement, String table, String name, String kind, String rest) {
        boolean valid = !NOT_VALID.matcher(rest).find();
        switch (kind) {
            case "foreign key":
                if (valid) {
                    report(LintRule.ADD_FOREIGN_KEY_VALIDATING, table, statement, null);
                } else if (name != null) {
                    notValid.put(name, new NotValid(table, null));
                }
                break;
            case "check":
                String expression = rest.strip();
                int open = expression.indexOf('(');
                String inside = open < 0 ? null : SqlText.parenthesized(expression, open);
                Matcher notNull = inside == null ? null : NOT_NULL_CHECK.matcher(inside.strip());
                String column = notNull != null && notNull.matches() ? SqlText.name(notNull.group(1)) : null;
                if (valid) {
                    report(LintRule.ADD_CHECK_VALIDATING, table, statement, null);
                    if (column != null) {
                        notNullChecked.add(table + "." + column);
                    }
                } else if (name != null) {
                    notValid.put(name, new NotValid(table, column));
                }
                break;
            case "unique":
                if (!USING_INDEX.matcher(rest).find()) {
                    report(LintRule.ADD_UNIQUE_CONSTRAINT, table, statement, null);
                }
                break;
            default: // primary key
                if (!USING_INDEX.matcher(rest).find()) {
                    report(LintRule.ADD_PRIMARY_KEY, table, statement, null);
                }
                break;
        }
    }

    private void alterColumn(String statement, String table, String column, String change) {
        Matcher m;
        if (SET_NOT_NULL.matcher(change).matches()) {
            if (!notNullChecked.contains(table + "." + column) && !checkedBefore(table, column)) {
                report(LintRule.SET_NOT_NULL, table, statement, null);
            }
        } else if ((m = TYPE.matcher(change)).matches()) {
            String to = m.group(1);
            columnType(statement, table, column, to);
            if (m.group(2) != null) {
                report(LintRule.ALTER_COLUMN_TYPE, table, statement, "using converts every row");
                return;
            }
            Optional<String> from = beforeColumn(table, column).map(Column::type);
            String cost = from.isPresent() ? TypeChanges.cost(from.get(), to)
                    : "the column's current type is not known, so the change may rewrite every row";
            if (cost != null) {
                report(LintRule.ALTER_COLUMN_TYPE, table, statement, cost);
            }
        }
    }

    private void addColumn(String statement, String table, ColumnDefinition column) {
        if (column == null) {
            return;
        }
        columnType(statement, table, column.name(), column.type());
        if (column.isSerial() || column.generated()) {
            report(LintRule.ADD_COLUMN_REWRITES_TABLE, table, statement, null);
        } else if (column.hasVolatileDefault()) {
            report(LintRule.ADD_COLUMN_VOLATILE_DEFAULT, table, statement, "default " + column.defaultValue());
        } else if (column.notNull() && column.defaultValue() == null) {
            report(LintRule.ADD_COLUMN_NOT_NULL_WITHOUT_DEFAULT, table, statement, null);
        }
        if (column.references()) {
            report(LintRule.ADD_FOREIGN_KEY_VALIDATING, table, statement, "a column's references clause is validated"
                    + " at once");
        }
    }

    /** A validated {@code check (column is not null)} from an earlier revision lets {@code set not null} skip its scan. */
    private boolean checkedBefore(String table, String column) {
        Optional<Table> t = beforeTable(table);
        if (t.isEmpty()) {
            return false;
        }
        for (CheckConstraint check : t.get().checks()) {
            Matcher m = NOT_NULL_CHECK.matcher(check.expression().strip());
            if (m.matches() && SqlText.name(m.group(1)).equals(column)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Column> beforeColumn(String table, String column) {
        return beforeTable(table).flatMap(t -> t.column(column));
    }

    private Optional<Table> beforeTable(String table) {
        Schema before = revision.before();
        if (before == null) {
            return Optional.empty();
        }
        Optional<Table> t = before.table(table);
        return t.isPresent() || !table.startsWith("public.") ? t : before.table(table.substring("public.".length()));
    }

    private void report(LintRule rule, String table, String statement, String detail) {
        if (rule.exemptOnNewTable() && table != null && isCreated(table)) {
            return;
        }
        findings.add(new Finding(rule, revision.id(), statement, detail));
    }

    /** {@code public.customer} and {@code customer} are one table to the lint: the target schema is usually public. */
    private boolean isCreated(String table) {
        return created.contains(table) || table.startsWith("public.") && created.contains(table.substring(7))
                || created.contains("public." + table);
    }
}
