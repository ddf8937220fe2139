package dev.jpamigrate.postgres;

import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's column defaults and check expressions as a PostgreSQL server prints them, so that the
 * model compares equal with what {@link CatalogReader} reads from a database that was built from it:
 * {@code default 'NEW'} on a varchar column reads back as {@code 'NEW'::character varying}, and
 * {@code status in ('A', 'B')} as {@code status::text = ANY (ARRAY[...])}. Writing that rewriting in
 * Java would miss cases and drift with server versions; the server itself does it exactly.
 *
 * <p>Each table with a default or a check becomes a temporary table of the same columns (types and
 * defaults, with the checks, nothing else) in a transaction that is rolled back, so the database is
 * left as it was and no lock is taken on its own tables. An expression the server rejects (a function
 * it does not have) stays as the model writes it, and so shows up as a difference.
 *
 * <pre>{@code
 * Schema expected = ServerExpressions.normalise(connection, snapshot.schema());
 * List<String> drift = SchemaComparison.differences(expected, "the migrations", live, "the database");
 * }</pre>
 */
public final class ServerExpressions {
    private static final String PRINTED = """
            select c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid, true)
            from pg_attrdef d
            join pg_class c on c.oid = d.adrelid
            join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum
            where c.relnamespace = pg_my_temp_schema() and c.relname like 'jpamigrate\\_expr\\_%'
            union all
            select c.relname, '#' || k.conname, pg_get_expr(k.conbin, k.conrelid, true)
            from pg_constraint k
            join pg_class c on c.oid = k.conrelid
            where k.contype = 'c' and c.relnamespace = pg_my_temp_schema() and c.relname like 'jpamigrate\\_expr\\_%'""";

    private ServerExpressions() {
    }

    /** {@code schema} with its defaults and checks as the server on {@code connection} prints them. */
    public static Schema normalise(Connection connection, Schema schema) throws SQLException {
        Map<String, Table> byTempName = new HashMap<>();
        List<Table> tables = schema.tables();
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            if (!table.checks().isEmpty()
                    || table.columns().stream().anyMatch(c -> c.defaultValue() != null || c.generatedAs() != null)) {
                byTempName.put("jpamigrate_expr_" + i, table);
            }
        }
        if (byTempName.isEmpty()) {
            return schema;
        }
        Map<String, Map<String, String>> printed = print(connection, byTempName);
        List<Table> normalised = new ArrayList<>(tables.size());
        for (int i = 0; i < tables.size(); i++) {
            Map<String, String> expressions = printed.get("jpamigrate_expr_" + i);
            normalised.add(expressions == null ? tables.get(i) : rewrite(tables.get(i), expressions));
        }
        return new Schema(normalised, schema.sequences());
    }

    private static Map<String, Map<String, String>> print(Connection connection, Map<String, Table> byTempName)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Savepoint start = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Table> entry : byTempName.entrySet()) {
                Savepoint before = connection.setSavepoint();
                try {
                    statement.execute(createTemporary(entry.getKey(), entry.getValue()));
                } catch (SQLException e) {
                    // Not a table this server can build: its expressions stay as written.
                    connection.rollback(before);
                }
            }
            Map<String, Map<String, String>> printed = new HashMap<>();
            try (ResultSet rs = statement.executeQuery(PRINTED)) {
                while (rs.next()) {
                    printed.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
            return printed;
        } finally {
            connection.rollback(start);
            if (autoCommit) {
                connection.setAutoCommit(true);
            }
        }
    }

    private static String createTemporary(String name, Table table) {
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(PostgresDialect.quote(column.name()) + " " + column.type()
                    + (column.defaultValue() == null ? "" : " default " + column.defaultValue())
                    + (column.generatedAs() == null ? "" : " generated always as (" + column.generatedAs() + ") stored"));
        }
        for (CheckConstraint check : table.checks()) {
            parts.add("constraint " + PostgresDialect.quote(check.name()) + " check (" + check.expression() + ")");
        }
        return "create temporary table " + name + " (" + String.join(", ", parts) + ")";
    }

    /** Columns by name, checks by {@code #name}. */
    private static Table rewrite(Table table, Map<String, String> expressions) {
        return table
                .withColumns(columns -> columns.stream()
                        .map(c -> c.generatedAs() != null
                                ? expressions.containsKey(c.name()) ? c.withGeneratedAs(expressions.get(c.name())) : c
                                // A default the server printed nothing for was a null constant (text default null),
                                // for which PostgreSQL keeps no default.
                                : c.defaultValue() == null ? c : c.withDefaultValue(expressions.get(c.name())))
                        .toList())
                .withChecks(checks -> checks.stream()
                        .map(k -> expressions.containsKey("#" + k.name())
                                ? new CheckConstraint(k.name(), expressions.get("#" + k.name())) : k)
                        .toList());
    }
}
