package dev.jpamigrate.postgres;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A fresh database that tests change through the dialect and read back through the catalog
 * reader, with {@code public} as the default schema and every other user schema qualified.
 * {@link SharedLiveDatabase} is one for all the tests of a class.
 */
class LiveDatabase implements AutoCloseable {
    private static final PostgresDialect DIALECT = new PostgresDialect();

    private TestDatabase database;
    private Connection connection;

    /** Not open yet: {@link #open()} creates the database. */
    LiveDatabase() {
    }

    static LiveDatabase create() throws SQLException {
        LiveDatabase db = new LiveDatabase();
        db.open();
        return db;
    }

    /** Creates the database and connects to it. */
    final void open() throws SQLException {
        TestDatabase created = TestDatabase.create();
        try {
            connection = created.connect();
        } catch (SQLException e) {
            created.close();
            throw e;
        }
        database = created;
    }

    /**
     * The operations that build {@code schema} from nothing, as the diff orders them: schemas, sequences,
     * tables without their foreign keys, the sequences' owners, then the foreign keys, so that cycles work.
     */
    static List<Operation> creationOf(Schema schema) {
        List<Operation> ops = new ArrayList<>();
        schema.schemaNames().forEach(s -> ops.add(new Operation.CreateSchema(s)));
        schema.sequences().forEach(s -> ops.add(new Operation.CreateSequence(s.withOwner(null))));
        for (Table table : schema.tables()) {
            ops.add(new Operation.CreateTable(table.withForeignKeys(fks -> List.of())));
        }
        schema.sequences().stream().filter(s -> s.owner() != null)
                .forEach(s -> ops.add(new Operation.AlterSequenceOwner(s.name(), s.owner())));
        for (Table table : schema.tables()) {
            table.foreignKeys().forEach(fk -> ops.add(new Operation.AddForeignKey(table.name(), fk)));
        }
        return ops;
    }

    /** Creates {@code schema} in this database; returns it, for chaining in tests. */
    Schema create(Schema schema) throws SQLException {
        run(creationOf(schema));
        return schema;
    }

    LiveDatabase run(Operation... ops) throws SQLException {
        return run(List.of(ops));
    }

    LiveDatabase run(List<Operation> ops) throws SQLException {
        for (Operation op : ops) {
            for (String sql : DIALECT.render(op)) {
                execute(sql);
            }
        }
        return this;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(sql + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** The first column of the first row of {@code sql}. */
    String queryString(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The database as the catalog reader sees it. */
    Schema schema() throws SQLException {
        return CatalogReader.read(connection, "public", userSchemas(), Set.of());
    }

    Connection connection() {
        return connection;
    }

    private List<String> userSchemas() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "select nspname from pg_namespace where nspname not like 'pg\\_%' and nspname not in "
                        + "('public', 'information_schema') order by 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Override
    public void close() throws SQLException {
        if (database == null) {
            return; // never opened
        }
        try {
            connection.close();
        } finally {
            database.close();
        }
    }
}
