package dev.jpamigrate.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.embedded.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connection failures are one line that says what to fix, and never show the password. */
class ConnectionErrorsTest {
    static EmbeddedServer server;

    @TempDir
    Path dir;

    /** A real server that checks passwords: role "app" with password "right". */
    @BeforeAll
    static void startPasswordProtectedServer(@TempDir Path data) throws Exception {
        server = EmbeddedServer.startPersistent(data.resolve("pg"));
        Properties superuser = new Properties();
        superuser.setProperty("user", "postgres");
        try (Connection c = new org.postgresql.Driver().connect(server.jdbcUrl(), superuser);
                Statement s = c.createStatement()) {
            s.execute("create role app login password 'right'");
            Files.writeString(data.resolve("pg/pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
            s.execute("select pg_reload_conf()");
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void theRightPasswordConnects() {
        try (DatabaseSession session = open(server.jdbcUrl(), "app", "right")) {
            assertThat(session.connection()).isNotNull();
        }
    }

    @Test
    void aWrongPasswordSaysWhichUserAndWhatToCheck() {
        assertThatThrownBy(() -> open(server.jdbcUrl(), "app", "wrong-Secret"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Cannot log in to " + server.jdbcUrl() + " as app: FATAL: password authentication failed"
                        + " for user \"app\". Check migration.user and migration.password (or migration.serverId).")
                .message().doesNotContain("wrong-Secret");
    }

    @Test
    void withoutAPasswordItSaysWhereToPutOne() {
        assertThatThrownBy(() -> open(server.jdbcUrl(), "app", null))
                .hasMessage("Cannot log in to " + server.jdbcUrl() + " as app: the server asks for a password, and none"
                        + " is set. Set migration.serverId to a <server> of settings.xml, or add a line for it to"
                        + " ~/.pgpass.");
    }

    @Test
    void withoutAUserTheDriverLogsInAsTheOperatingSystemsUser() {
        assertThatThrownBy(() -> open(server.jdbcUrl(), null, "pw"))
                .hasMessageStartingWith("Cannot log in to " + server.jdbcUrl() + " as " + System.getProperty("user.name")
                        + " (migration.user is not set): FATAL: password authentication failed");
    }

    /** The driver reads the password file as psql does: ~/.pgpass, or the file PGPASSFILE names. */
    @Test
    void aPasswordFileGivesThePassword() throws Exception {
        Path passfile = dir.resolve("pgpass");
        String port = server.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1");
        Files.writeString(passfile, "# hostname:port:database:username:password\nlocalhost:" + port + ":postgres:app:right\n");
        // The system property that stands for PGPASSFILE, which a test cannot set.
        System.setProperty("org.postgresql.pgpassfile", passfile.toString());
        try (DatabaseSession session = open(server.jdbcUrl(), "app", null)) {
            assertThat(session.connection().isValid(1)).isTrue();
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }

    @Test
    void aClosedPortIsOneLine() {
        assertThatThrownBy(() -> open("jdbc:postgresql://127.0.0.1:1/shop", "app", "pw"))
                .hasMessageStartingWith("Cannot connect to jdbc:postgresql://127.0.0.1:1/shop: Connection to"
                        + " 127.0.0.1:1 refused.")
                .hasNoCause()
                .message().doesNotContain("\n");
    }

    @Test
    void anUnknownDatabaseSaysToCreateIt() {
        assertThatThrownBy(() -> open(server.jdbcUrl("no_such_db"), "app", "right"))
                .hasMessage("Cannot connect to " + server.jdbcUrl("no_such_db") + ": FATAL: database \"no_such_db\""
                        + " does not exist. Create the database or fix migration.url.");
    }

    /** Without a cause: Maven would append the driver's "The connection attempt failed." to the line. */
    @Test
    void anUnknownHostIsNamed() {
        assertThatThrownBy(() -> open("jdbc:postgresql://no-such-host.invalid/shop", "app", "pw"))
                .hasMessage("Cannot connect to jdbc:postgresql://no-such-host.invalid/shop: unknown host"
                        + " no-such-host.invalid. Check the host name in migration.url.")
                .hasNoCause();
    }

    /** A killed client's backend ends its statement, and so releases the migration's advisory lock. */
    @Test
    void theSessionChecksThatItsClientIsStillThere() throws Exception {
        try (DatabaseSession session = open(server.jdbcUrl(), "app", "right");
                Statement s = session.connection().createStatement();
                java.sql.ResultSet rs = s.executeQuery("show client_connection_check_interval")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(DatabaseSession.CLIENT_CHECK_INTERVAL);
        }
    }

    @Test
    void aUrlThatIsNotPostgresqlIsRefusedWithoutPrintingItsPassword() {
        assertThatThrownBy(() -> open("jdbc:mysql://localhost/shop?user=app&password=Secret1", "app", null))
                .hasMessage("migration.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database)"
                        + " or embedded:<directory>; got jdbc:mysql://localhost/shop?user=app&password=****");
    }

    @Test
    void aUrlTheDriverCannotParseIsShownWithoutItsPasswordAndWithoutTheDriversException() {
        assertThatThrownBy(() -> open("jdbc:postgresql://localhost:abc/db?password=Secret1", "app", "Secret2"))
                .hasMessage("Cannot connect to jdbc:postgresql://localhost:abc/db?password=****: Unable to parse URL"
                        + " jdbc:postgresql://localhost:abc/db?password=****")
                .hasNoCause();
    }

    @Test
    void settingsNeverPrintThePassword() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://h/db?password=Secret1", "app", "Secret2",
                null);

        assertThat(settings.toString()).doesNotContain("Secret1").doesNotContain("Secret2").contains("schema=public");
    }

    private DatabaseSession open(String url, String user, String password) {
        return DatabaseSession.open(new DatabaseSettings(url, user, password, null), dir);
    }
}
