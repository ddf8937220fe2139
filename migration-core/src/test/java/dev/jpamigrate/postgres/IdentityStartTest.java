package dev.jpamigrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.ops.Operation.AlterColumnIdentity;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** An identity added to a column with values continues after the highest, whatever the names need. */
class IdentityStartTest {
    @Test
    void aQuotedQualifiedTableAndColumnContinueAfterTheHighestValue() throws SQLException {
        try (LiveDatabase db = LiveDatabase.create()) {
            db.execute("create schema \"Audit\"");
            db.execute("create table \"Audit\".\"Event Log\" (\"Id\" bigint not null primary key, what text)");
            db.execute("insert into \"Audit\".\"Event Log\" values (5, 'a'), (41, 'b')");

            db.run(new AlterColumnIdentity("Audit.Event Log", "Id", true));
            db.execute("insert into \"Audit\".\"Event Log\" (what) values ('c')");

            assertThat(db.queryString("select \"Id\" from \"Audit\".\"Event Log\" where what = 'c'")).isEqualTo("42");
        }
    }

    @Test
    void anEmptyTableStartsAtOne() throws SQLException {
        try (LiveDatabase db = LiveDatabase.create()) {
            db.execute("create table ticket (id integer not null primary key)");

            db.run(new AlterColumnIdentity("ticket", "id", true));
            db.execute("insert into ticket default values");

            assertThat(db.queryString("select id from ticket")).isEqualTo("1");
        }
    }
}
