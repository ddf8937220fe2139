package dev.jpamigrate.postgres;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link LiveDatabase} for all the tests of a class, as a JUnit extension on a static field
 * ({@code @RegisterExtension static final SharedLiveDatabase db = new SharedLiveDatabase();}): created
 * before the first test, dropped after the last. Each test runs in a transaction that is rolled back
 * after it, which is as good as a fresh database and much quicker than creating one per test; the
 * class's own {@code @BeforeEach} methods already run inside that transaction.
 */
final class SharedLiveDatabase extends LiveDatabase
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        open();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        connection().setAutoCommit(false);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        connection().rollback();
        connection().setAutoCommit(true);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }
}
