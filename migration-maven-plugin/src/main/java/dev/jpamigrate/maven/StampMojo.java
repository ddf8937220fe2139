package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records the database as being at {@code migration.target} without running any revision: the target
 * and its ancestors are recorded as applied, with the checksums of their classes as they are now (which
 * also accepts an intended edit of an applied revision), the other revisions leave the history.
 * {@code current} keeps the applied revisions and records their checksums; {@code base} empties the history.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class StampMojo extends AbstractMigrationMojo {
    /**
     * {@code head}, a revision id (or a unique prefix of one), {@code current} (the revisions applied now:
     * only the checksums of edited ones change), or {@code base}.
     */
    @Parameter(property = "migration.target")
    private String target;

    @Override
    protected void run(Migrator migrator) {
        migrator.stamp(target);
    }
}
