package dev.jpamigrate.testing;

import dev.jpamigrate.embedded.EmbeddedServer;
import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.runner.DatabaseSettings;
import dev.jpamigrate.runner.HistoryTable;
import dev.jpamigrate.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A fresh, empty database for one test, on the PostgreSQL server shared by the tests of
 * this JVM: an embedded server by default, or the server named by the system property or
 * environment variable {@code MIGRATION_TEST_URL} (a JDBC URL to an admin database, with
 * {@code MIGRATION_TEST_USER} / {@code MIGRATION_TEST_PASSWORD}).
 */
public final class TestDatabase implements AutoCloseable {
    private static Server server;

    private final String name;
    private final String url;

    private TestDatabase(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** Creates a new empty database. */
    public static TestDatabase create() {
        Server s = server();
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        s.execute("create database " + name);
        return new TestDatabase(name, s.urlOf(name));
    }

    public String url() {
        return url;
    }

    public String user() {
        return server().user;
    }

    public String password() {
        return server().password;
    }

    /** Settings that migrate the {@code public} schema of this database, without timeouts. */
    public DatabaseSettings settings() {
        return settings("public");
    }

    /** Settings that migrate {@code schema} of this database, without timeouts. */
    public DatabaseSettings settings(String schema) {
        return new DatabaseSettings(url, user(), password(), schema);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    /** Runs {@code sql} on a connection of its own, in autocommit. */
    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of each row of {@code query}, as text ({@code null} for NULL). */
    public List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The schema of {@code public} as the catalog reader reads it, without the migration history's tables. */
    public Schema catalog() throws SQLException {
        return catalog(List.of());
    }

    /** The schemas {@code public} and {@code otherSchemas} as the catalog reader reads them, without the history's tables. */
    public Schema catalog(Collection<String> otherSchemas) throws SQLException {
        try (Connection c = connect()) {
            return CatalogReader.read(c, "public", otherSchemas, Set.of(HistoryTable.HISTORY, HistoryTable.LOG));
        }
    }

    @Override
    public void close() {
        server().execute("drop database if exists " + name + " with (force)");
    }

    private static synchronized Server server() {
        if (server == null) {
            server = Server.start();
        }
        return server;
    }

    private static final class Server {
        private final String adminUrl;
        private final String user;
        private final String password;

        private Server(String adminUrl, String user, String password) {
            this.adminUrl = adminUrl;
            this.user = user;
            this.password = password;
        }

        static Server start() {
            String url = setting("MIGRATION_TEST_URL");
            if (url != null) {
                return new Server(url, setting("MIGRATION_TEST_USER"), setting("MIGRATION_TEST_PASSWORD"));
            }
            EmbeddedServer embedded = EmbeddedServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            return new Server(embedded.jdbcUrl(), embedded.user(), null);
        }

        String urlOf(String database) {
            int slash = adminUrl.lastIndexOf('/');
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                    Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }

        private static String setting(String name) {
            String value = System.getProperty(name);
            return value != null ? value : System.getenv(name);
        }
    }
}
