package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares the entities with the migrations snapshot and writes a migration class into
 * {@code migration.package} under src/main/java, and the new snapshot, {@code schema.snapshot},
 * in the same package under src/main/resources; says so and writes nothing when they match.
 * Needs no database.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class GenerateMojo extends AbstractMigrationMojo {
    /** What the migration does, in a few words; it names the class. */
    @Parameter(property = "migration.message")
    private String message;

    /**
     * The entries of PostgreSQL's lock table that one revision may take; a larger change set (the
     * first revision of a large model) is written as several revisions, each applied in its own
     * transaction. The default, 3200, is half of what a server at its defaults holds
     * ({@code max_locks_per_transaction} 64 × {@code max_connections} 100).
     */
    @Parameter(property = "migration.maxLocksPerRevision", defaultValue = "3200")
    private int maxLocksPerRevision;

    /**
     * Whether changes to tables that exist are written in their lock-safe forms (the default): the
     * schema changes in a transactional revision, then a revision with {@code transactional = false}
     * that builds indexes concurrently, validates foreign keys and checks added {@code not valid} and
     * sets NOT NULL through a validated check. {@code false} writes plain DDL in one revision, which
     * locks out writers while it scans or builds: fine for small tables.
     */
    @Parameter(property = "migration.lockSafe", defaultValue = "true")
    private boolean lockSafe;

    @Override
    protected boolean usesDatabase() {
        return false;
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.generate(message, maxLocksPerRevision, lockSafe);
    }
}
