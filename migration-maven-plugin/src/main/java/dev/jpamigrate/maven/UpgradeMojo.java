package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Applies the pending revisions, each in its own transaction, up to {@code migration.target}. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class UpgradeMojo extends AbstractMigrationMojo {
    /**
     * A revision id (or a unique prefix of one), {@code head} (refused while branches are unmerged), or
     * {@code heads} (every head).
     */
    @Parameter(property = "migration.target", defaultValue = "head")
    private String target;

    @Override
    protected void run(Migrator migrator) {
        migrator.upgrade(target);
    }
}
