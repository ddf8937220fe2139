package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a revision whose parents are the heads, with empty {@code upgrade()} and {@code downgrade()},
 * and the migrations snapshot of the merged branches (overwriting the committed one, which may hold
 * git's conflict markers). Needs no database.
 */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class MergeMojo extends AbstractMigrationMojo {
    /** The merge revision's message; {@code merge <head 1> and <head 2>} by default. */
    @Parameter(property = "migration.message")
    private String message;

    @Override
    protected boolean usesDatabase() {
        return false;
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.merge(message);
    }
}
