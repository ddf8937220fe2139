package dev.jpamigrate.it;

import dev.jpamigrate.embedded.EmbeddedServer;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * For verify scripts: opens the development database that an integration project's build
 * used ({@code embedded:.migration/dev-db}) and answers queries, so that a script checks
 * the database itself, not only the build log.
 */
public final class ItDatabase implements AutoCloseable {
    private final EmbeddedServer server;
    private final Connection connection;

    private ItDatabase(EmbeddedServer server, Connection connection) {
        this.server = server;
        this.connection = connection;
    }

    public static ItDatabase open(File projectDirectory) throws SQLException {
        EmbeddedServer server = EmbeddedServer.startPersistent(new File(projectDirectory, ".migration/dev-db").toPath());
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        return new ItDatabase(server, new org.postgresql.Driver().connect(server.jdbcUrl(), properties));
    }

    /** The first column of every row, as text. */
    public List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The columns of a table in the public schema, in order. */
    public List<String> columns(String table) throws SQLException {
        return strings("select column_name from information_schema.columns where table_schema = 'public'"
                + " and table_name = '" + table + "' order by ordinal_position");
    }

    /** The tables of a schema, sorted. */
    public List<String> tables(String schema) throws SQLException {
        return strings("select table_name from information_schema.tables where table_schema = '" + schema
                + "' order by table_name");
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            server.close();
        }
    }
}
