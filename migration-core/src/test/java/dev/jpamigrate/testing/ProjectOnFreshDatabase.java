package dev.jpamigrate.testing;

import dev.jpamigrate.runner.DatabaseSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a test of the engine against a real database starts from: an application's project in a
 * temporary directory and a fresh, empty {@link TestDatabase} of its own, dropped after the test, so
 * that no test sees another's tables or history. The database is on the server that
 * {@link TestDatabase} shares among the tests of the JVM (the embedded one, or the one that
 * {@code MIGRATION_TEST_URL} names).
 *
 * <p>A subclass's own {@code @BeforeEach} methods run after this set-up (they can generate and upgrade
 * at once), its {@code @AfterEach} methods before the database is dropped (they can still look at it).
 */
public abstract class ProjectOnFreshDatabase {
    /** The project's root directory, for files a test writes beside it. */
    @TempDir
    protected Path dir;
    /** The test's own database. */
    protected TestDatabase db;
    /** Settings that migrate the {@code public} schema of {@link #db}. */
    protected DatabaseSettings settings;
    /** The application's project, rooted at {@link #dir}, without entities yet. */
    protected ProjectFixture project;

    @BeforeEach
    protected final void createDatabaseAndProject() {
        db = TestDatabase.create();
        settings = db.settings();
        project = new ProjectFixture(dir);
    }

    @AfterEach
    protected final void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }
}
