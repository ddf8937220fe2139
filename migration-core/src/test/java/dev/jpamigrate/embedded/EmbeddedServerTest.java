package dev.jpamigrate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.core.Log;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development database behind {@code embedded:} URLs keeps its data, and says why when it cannot start. */
class EmbeddedServerTest {
    @Test
    void aPersistentServerKeepsItsDataBetweenStarts(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("dev-db");
        try (EmbeddedServer server = EmbeddedServer.startPersistent(data); Connection c = connect(server)) {
            c.createStatement().execute("create table kept (id int)");
        }
        try (EmbeddedServer server = EmbeddedServer.startPersistent(data); Connection c = connect(server);
                ResultSet rs = c.createStatement().executeQuery("select to_regclass('kept') is not null")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
    }

    @Test
    void aDirectoryInUseIsSaidToBeInUse(@TempDir Path dir) {
        Path data = dir.resolve("dev-db");
        try (EmbeddedServer first = EmbeddedServer.startPersistent(data)) {
            assertThatThrownBy(() -> EmbeddedServer.startPersistent(data))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("another process is using it");
        }
    }

    @Test
    void aServerThatRefusesToStartGivesPostgresqlsReason(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("dev-db");
        EmbeddedServer.startPersistent(data).close();
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> EmbeddedServer.startPersistent(data))
                .hasMessageStartingWith("FATAL:  data directory \"" + data + "\" has invalid permissions")
                .hasMessageEndingWith("(the server log is " + dir.resolve("dev-db.log") + ")")
                .as("no cause, whose message Maven would append to the line").hasNoCause();
    }

    /** The file system's exception says only the path; the reason is what the user needs. */
    @Test
    void aDirectoryThatCannotBeCreatedSaysWhy(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");

        assertThatThrownBy(() -> EmbeddedServer.startPersistent(file.resolve("dev-db")))
                .hasMessage("cannot create " + file.resolve("dev-db") + " (Not a directory)");
    }

    @Test
    void aPersistentServerSaysWhichPostgresqlRunsWhereAndThatItStopped(@TempDir Path dir) {
        Path data = dir.resolve("dev-db");
        List<String> logged = new ArrayList<>();
        Log log = new Log() {
            @Override
            public void info(String message) {
                logged.add(message);
            }

            @Override
            public void warn(String message) {
                logged.add("WARN " + message);
            }
        };

        EmbeddedServer.startPersistent(data, log).close();

        assertThat(logged).hasSize(2);
        assertThat(logged.get(0)).matches("Started the embedded PostgreSQL \\d+\\.\\d+ on port \\d+: data in "
                + Pattern.quote(data.toString()) + ", server log in " + Pattern.quote(dir.resolve("dev-db.log").toString())
                + "\\.");
        assertThat(logged.get(1)).isEqualTo("Stopped the embedded PostgreSQL; its data stays in " + data + ".");
    }

    private static Connection connect(EmbeddedServer server) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        return new org.postgresql.Driver().connect(server.jdbcUrl(), properties);
    }
}
