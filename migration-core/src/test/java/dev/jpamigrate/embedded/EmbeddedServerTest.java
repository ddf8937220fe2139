package dev.jpamigrate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Properties;
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
                .hasMessageEndingWith("(the server log is " + dir.resolve("dev-db.log") + ")");
    }

    private static Connection connect(EmbeddedServer server) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        return new org.postgresql.Driver().connect(server.jdbcUrl(), properties);
    }
}
