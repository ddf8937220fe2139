package dev.jpamigrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {
    @Test
    void createsAnEmptyDatabaseOnARealServer() throws Exception {
        try (TestDatabase db = TestDatabase.create(); Connection c = db.connect();
                ResultSet rs = c.createStatement().executeQuery(
                        "select current_database(), count(*) from pg_tables where schemaname = 'public' group by 1")) {
            assertThat(rs.next()).as("no table in a new database").isFalse();
            assertThat(c.getMetaData().getDatabaseProductVersion()).isNotBlank();
        }
    }
}
