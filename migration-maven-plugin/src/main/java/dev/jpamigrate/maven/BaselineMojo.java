package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Adopts an existing database (built by Hibernate's {@code ddl-auto}, another tool, or by hand): writes
 * its schema as the first migration and as {@code schema.snapshot}, and records that revision as applied
 * without running it, so that the next {@code generate} writes what brings the database to the entities.
 * Refuses when {@code migration.package} has migrations or the database has applied revisions.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class BaselineMojo extends AbstractMigrationMojo {
    /** The baseline revision's message; it names the class. */
    @Parameter(property = "migration.message", defaultValue = "baseline")
    private String message;

    /** As for {@code generate}: a schema that takes more of PostgreSQL's lock table is written as a chain. */
    @Parameter(property = "migration.maxLocksPerRevision", defaultValue = "3200")
    private int maxLocksPerRevision;

    @Override
    protected void run(Migrator migrator) {
        migrator.baseline(message, maxLocksPerRevision);
    }
}
