package dev.jpamigrate.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the lint says, on a real PostgreSQL with rows: the default lock timeout stops a revision
 * that waits behind a long transaction instead of queueing the application behind it;
 * {@code concurrently} fails inside a transaction and runs in a non-transactional revision.
 */
class LockSafetyOnPostgresTest extends ProjectOnFreshDatabase {
    String initial;

    @BeforeEach
    void customersWithRows() throws Exception {
        project.entities(ProjectLintTest.SHOP);
        project.migrator().generate("initial");
        project.migrator(settings).upgrade(null);
        initial = project.migrator().history().get(0).id();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("insert into customer select i, 'c' || i || '@example.com' from generate_series(1, 1000) i");
        }
    }

    @Test
    void byDefaultARevisionGivesUpWaitingForALockAfterFiveSeconds() throws Exception {
        revision(true, "op.addColumn(\"customer\", \"phone\", \"varchar(20)\");");
        try (Connection reader = db.connect(); Statement s = reader.createStatement()) {
            // A long report holds ACCESS SHARE; add column waits for ACCESS EXCLUSIVE, and every query after it would too.
            reader.setAutoCommit(false);
            s.executeQuery("select count(*) from customer").close();

            long start = System.nanoTime();
            assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("canceling statement due to lock timeout");
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(seconds).isBetween(4.5, 30.0);
            reader.rollback();
        }
        assertThat(columns()).containsExactly("id", "email");
        assertThat(strings("select count(*)::text from customer")).containsExactly("1000");
        assertThat(strings("select revision from migration_history")).containsExactly(initial);
    }

    @Test
    void concurrentlyFailsInATransactionalRevisionAsTheLintSays() throws Exception {
        revision(true, "op.sql(\"create index concurrently idx_customer_email on customer (email)\");");

        assertThat(project.migrator().lint(null).errors()).extracting(f -> f.rule().id())
                .containsExactly("concurrently-in-transaction");
        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("cannot run inside a transaction block");
        assertThat(strings("select indexname from pg_indexes where tablename = 'customer'"))
                .containsExactly("customer_pkey");
    }

    @Test
    void theSafeFormPassesTheLintAndRunsOnATableWithRows() throws Exception {
        revision(false, "op.sql(\"create index concurrently idx_customer_email on customer (email)\");");

        assertThat(project.migrator().lint(null).findings()).isEmpty();
        project.migrator(settings).upgrade(null);

        assertThat(strings("select indexname from pg_indexes where tablename = 'customer' order by 1"))
                .containsExactly("customer_pkey", "idx_customer_email");
        assertThat(strings("select count(*)::text from customer where email like 'c%@example.com'"))
                .containsExactly("1000");
    }

    @Test
    void theGuidesSafePatternsPassTheLintAndRunOnATableWithRows() throws Exception {
        revision(false, String.join("\n",
                "op.sql(\"alter table customer add constraint customer_email_not_null check (email is not null) not valid\");",
                "op.sql(\"alter table customer validate constraint customer_email_not_null\");",
                "op.setNotNull(\"customer\", \"email\");",
                "op.sql(\"alter table customer drop constraint customer_email_not_null\");",
                "op.sql(\"create unique index concurrently customer_email_key on customer (email)\");",
                "op.sql(\"alter table customer add constraint customer_email_key unique using index customer_email_key\");"));

        assertThat(project.migrator().lint(null).findings()).isEmpty();
        project.migrator(settings).upgrade(null);

        assertThat(strings("select is_nullable from information_schema.columns where table_name = 'customer'"
                + " and column_name = 'email'")).containsExactly("NO");
        assertThat(strings("select conname || ' ' || contype::text from pg_constraint where conrelid = 'customer'::regclass"
                + " order by 1")).containsExactly("customer_email_key u", "customer_pkey p");
        assertThat(strings("select count(distinct email)::text from customer")).containsExactly("1000");
    }

    private void revision(boolean transactional, String body) {
        project.source("db/migration/R20300101000000.java", """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "20300101000000", parents = "%s", message = "change", transactional = %s)
                public class R20300101000000 implements Migration {
                    public void upgrade(Operations op) {
                        %s
                    }

                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(initial, transactional, body));
    }

    private List<String> columns() throws Exception {
        return strings("select column_name from information_schema.columns where table_name = 'customer'"
                + " order by ordinal_position");
    }

    private List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
