package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when a revision applied to the database no longer gives the checksum recorded when
 * it ran (its migration was edited afterwards), or when no migration defines an applied revision;
 * names each and what to do. Reads the history only: it changes nothing.
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class ValidateMojo extends AbstractMigrationMojo {
    @Override
    protected void run(Migrator migrator) {
        migrator.validate();
    }
}
