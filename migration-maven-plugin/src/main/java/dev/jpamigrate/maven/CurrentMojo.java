package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Says which revision the database is at, and whether that is the head. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CurrentMojo extends AbstractMigrationMojo {
    @Override
    protected void run(Migrator migrator) {
        migrator.current();
    }
}
