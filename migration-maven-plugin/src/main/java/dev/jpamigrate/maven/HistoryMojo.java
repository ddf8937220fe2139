package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lists the revisions, newest first, with their parents and messages. Needs no database. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class HistoryMojo extends AbstractMigrationMojo {
    @Override
    protected boolean usesDatabase() {
        return false;
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.history();
    }
}
