package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Reverts revisions, each in its own transaction, down to {@code migration.target}. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class DowngradeMojo extends AbstractMigrationMojo {
    /** {@code -1} for the last revision, {@code -N}, a revision id to go back to, or {@code base}. */
    @Parameter(property = "migration.target")
    private String target;

    @Override
    protected void run(Migrator migrator) {
        migrator.downgrade(target);
    }
}
