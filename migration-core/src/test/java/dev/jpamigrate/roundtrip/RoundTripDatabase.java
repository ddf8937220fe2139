package dev.jpamigrate.roundtrip;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One database for all pairs, on the test PostgreSQL: each pair starts from an empty
 * {@link #MAIN} schema (the default one, first on the search path) and no {@link SchemaGenerator#OTHER},
 * which is quicker than a database per pair. Operations run as the runner runs a revision:
 * rendered by {@link PostgresDialect}, in one transaction.
 */
final class RoundTripDatabase implements AutoCloseable {
    static final String MAIN = "rt_main";

    private static final PostgresDialect DIALECT = new PostgresDialect();

    private final TestDatabase database;
    private final Connection connection;

    private RoundTripDatabase(TestDatabase database, Connection connection) {
        this.database = database;
        this.connection = connection;
    }

    static RoundTripDatabase create() throws SQLException {
        TestDatabase database = TestDatabase.create();
        return new RoundTripDatabase(database, database.connect());
    }

    /** Empties the database for the next pair; UTC, so that a timestamp gains {@code +00} as it becomes one with time zone. */
    void reset() throws SQLException {
        execute("drop schema if exists " + MAIN + ", " + SchemaGenerator.OTHER + " cascade");
        execute("create schema " + MAIN);
        execute("set search_path to " + MAIN);
        execute("set time zone 'UTC'");
    }

    /** Runs {@code operations} in one transaction, rolled back when one fails. */
    void runInTransaction(List<Operation> operations) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (Operation op : operations) {
                if (op instanceof Operation.JdbcStep jdbc) {
                    try {
                        jdbc.step().run(connection);
                    } catch (Exception e) {
                        throw new SQLException("JDBC step " + jdbc.description() + ": " + e.getMessage(), e);
                    }
                }
                for (String sql : DIALECT.render(op)) {
                    execute(sql);
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Inserts the rows, a statement per table. */
    void insert(Rows rows) throws SQLException {
        for (Map.Entry<String, List<Map<String, Value>>> table : rows.all().entrySet()) {
            if (table.getValue().isEmpty()) {
                continue;
            }
            List<String> columns = List.copyOf(table.getValue().get(0).keySet());
            String values = table.getValue().stream()
                    .map(r -> columns.stream().map(c -> r.get(c).sql()).collect(Collectors.joining(", ", "(", ")")))
                    .collect(Collectors.joining(", "));
            execute("insert into " + PostgresDialect.quote(table.getKey()) + " "
                    + columns.stream().map(PostgresDialect::quote).collect(Collectors.joining(", ", "(", ")"))
                    + " overriding system value values " + values);
        }
    }

    /** The database as the catalog reader sees it. */
    Schema catalog() throws SQLException {
        return CatalogReader.read(connection, MAIN, List.of(SchemaGenerator.OTHER), Set.of());
    }

    /**
     * The rows of {@code table}, each the text of {@code columns} in order, in no order. Values are compared as text, numbers
     * by value ({@code 1.50} is {@code 1.5}), and a time of day or date read as a timestamp with
     * time zone in UTC is its plain text ({@code 2024-01-02 00:00:00+00} is {@code 2024-01-02}).
     */
    List<List<String>> rows(String table, List<String> columns) throws SQLException {
        if (columns.isEmpty()) {
            return List.of(List.of(String.valueOf(count(table))));
        }
        String select = columns.stream().map(c -> PostgresDialect.quote(c) + "::text").collect(Collectors.joining(", "));
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select " + select + " from " + PostgresDialect.quote(table))) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(normalize(rs.getString(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** What {@code expression} reads as, as a value of {@code type}, compared as {@link #rows} compares. */
    String text(String expression, String type) throws SQLException {
        return normalize(queryString("select (" + expression + ")::" + type + "::text"));
    }

    /** The next value of the identity of {@code column}; it uses that value up. */
    String nextIdentity(String table, String column) throws SQLException {
        return queryString("select nextval(pg_get_serial_sequence(" + literal(PostgresDialect.quote(table)) + ", "
                + literal(column) + "))::text"); // the column is taken as written, the table as SQL
    }

    String max(String table, String column) throws SQLException {
        return queryString("select max(" + PostgresDialect.quote(column) + ")::text from " + PostgresDialect.quote(table));
    }

    private String queryString(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private long count(String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + PostgresDialect.quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String normalize(String text) {
        if (text == null) {
            return "NULL";
        }
        String t = text.endsWith("+00") ? text.substring(0, text.length() - 3) : text;
        t = t.endsWith(" 00:00:00") ? t.substring(0, t.length() - 9) : t;
        if (t.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(t).stripTrailingZeros().toPlainString();
        }
        return t;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n    in: " + sql, e.getSQLState(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            database.close();
        }
    }
}
