package dev.jpamigrate.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.core.Migrator;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.ProjectFixture;
import dev.jpamigrate.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two deploys never migrate one schema at once: the second waits for the first's advisory lock. */
class AdvisoryLockTest {
    @Test
    void anUpgradeWaitsWhileAnotherHoldsTheSchemasLock(@TempDir Path dir) throws Exception {
        ProjectFixture project = customerProject(dir);
        try (TestDatabase db = TestDatabase.create(); Connection other = db.connect()) {
            hold(other, "select pg_advisory_lock(?)");
            CountDownLatch waiting = new CountDownLatch(1);
            Migrator migrator = Migrator.builder()
                    .classLoader(project.compile())
                    .migrationPackage(ProjectFixture.PACKAGE)
                    .database(db.settings())
                    .log(new Log() {
                        @Override
                        public void info(String message) {
                            if (message.startsWith("Waiting for another migration of schema public")) {
                                waiting.countDown();
                            }
                        }

                        @Override
                        public void warn(String message) {
                        }
                    })
                    .build();

            CompletableFuture<List<RevisionRun>> upgrade = CompletableFuture.supplyAsync(() -> migrator.upgrade(null));

            assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the upgrade reported that it waits").isTrue();
            assertThat(upgrade).isNotDone();
            assertThat(tableExists(other, "customer")).isFalse();
            hold(other, "select pg_advisory_unlock(?)");
            assertThat(upgrade.get(30, TimeUnit.SECONDS)).hasSize(1);
            assertThat(tableExists(other, "customer")).isTrue();
        }
    }

    @Test
    void withALockTimeoutTheSecondUpgradeGivesUpWithOneLine(@TempDir Path dir) throws Exception {
        ProjectFixture project = customerProject(dir);
        try (TestDatabase db = TestDatabase.create(); Connection other = db.connect()) {
            hold(other, "select pg_advisory_lock(?)");
            DatabaseSettings impatient = new DatabaseSettings(db.url(), db.user(), db.password(), "public", "1s", null);

            assertThatThrownBy(() -> project.migrator(impatient).upgrade(null))
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("Another migration of schema public is still running; gave up waiting for it after"
                            + " migration.lockTimeout.");
            assertThat(tableExists(other, "customer")).isFalse();
        }
    }

    /** The default lock timeout (5 s) is for the revisions' statements: waiting for another deploy blocks no one. */
    @Test
    void withoutALockTimeoutTheWaitForAnotherMigrationOutlastsTheDefault(@TempDir Path dir) throws Exception {
        ProjectFixture project = customerProject(dir);
        try (TestDatabase db = TestDatabase.create(); Connection other = db.connect()) {
            hold(other, "select pg_advisory_lock(?)");
            // Released once the server shows the upgrade's session waiting for it longer than the default timeout.
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                try (Connection watcher = db.connect()) {
                    awaitAdvisoryWaitLongerThan(watcher, DatabaseSettings.DEFAULT_LOCK_TIMEOUT, 30);
                    hold(other, "select pg_advisory_unlock(?)");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(project.migrator(db.settings()).upgrade(null)).hasSize(1);
            release.get(30, TimeUnit.SECONDS);
            assertThat(tableExists(other, "customer")).isTrue();
        }
    }

    /** A project whose one revision creates the table customer, which the upgrades below wait to run. */
    private static ProjectFixture customerProject(Path dir) {
        ProjectFixture project = new ProjectFixture(dir).entities(Schema.builder()
                .table("customer", t -> t.column("id", "bigint", c -> c.notNull()))
                .build());
        project.migrator().generate("initial");
        return project;
    }

    @Test
    void aTimeoutMustBeADuration() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:postgresql://h/db", null, null, null, "10s; drop table x", null))
                .hasMessage("migration.lockTimeout must be a duration such as 10s, 500ms or 2min; got 10s; drop table x");
    }

    private static void hold(Connection connection, String sql) throws Exception {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, AdvisoryLock.keyOf("public"));
            s.executeQuery().close();
        }
    }

    /**
     * Polls, on the server ({@code pg_sleep} between looks), until a session has waited for an advisory
     * lock longer than {@code duration}; fails after {@code maxSeconds}.
     */
    private static void awaitAdvisoryWaitLongerThan(Connection connection, String duration, int maxSeconds)
            throws Exception {
        String waiting = "select exists (select from pg_stat_activity where wait_event_type = 'Lock'"
                + " and wait_event = 'advisory' and now() - query_start > ?::interval), pg_sleep(0.1)";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        try (PreparedStatement s = connection.prepareStatement(waiting)) {
            s.setString(1, duration);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no session waited for the advisory lock longer than " + duration);
    }

    private static boolean tableExists(Connection connection, String table) throws Exception {
        try (PreparedStatement s = connection.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
