package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes an empty migration class after the head, for hand-written work (data migrations, raw SQL),
 * and moves the snapshot's head to it. Needs no database.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class RevisionMojo extends AbstractMigrationMojo {
    /** What the migration will do, in a few words; it names the class. */
    @Parameter(property = "migration.message")
    private String message;

    @Override
    protected boolean usesDatabase() {
        return false;
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.revision(message);
    }
}
