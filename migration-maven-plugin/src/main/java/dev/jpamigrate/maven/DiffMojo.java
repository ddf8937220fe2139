package dev.jpamigrate.maven;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.core.Migrator;
import dev.jpamigrate.runner.Drift;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares the live database with the schema its applied revisions should have given it (the migrations
 * snapshot at the head, their replay when the database is behind) and lists each difference, its drift,
 * in one line. Defaults and checks are compared as PostgreSQL prints them, so what the server rewrote is
 * not drift. Reports only, unless {@code migration.failOnDrift}; changes nothing in the database.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class DiffMojo extends AbstractMigrationMojo {
    /** Whether to fail the build when the database has drifted; by default the drift is reported only. */
    @Parameter(property = "migration.failOnDrift", defaultValue = "false")
    private boolean failOnDrift;

    /**
     * Whether to write the SQL that brings the drifted database back to the migrations' schema into
     * {@code migration.fixFile}, for review and {@code psql}; the database itself is not changed.
     */
    @Parameter(property = "migration.fix", defaultValue = "false")
    private boolean fix;

    /** Where {@code migration.fix} writes the SQL. */
    @Parameter(property = "migration.fixFile", defaultValue = "${project.build.directory}/migration/revert-drift.sql")
    private File fixFile;

    @Override
    protected void run(Migrator migrator) {
        Drift drift = migrator.diff(fix ? fixFile.toPath() : null);
        if (failOnDrift && drift.hasDrift()) {
            throw new MigrationException("The database has drifted from the migrations (" + drift.differences().size()
                    + (drift.differences().size() == 1 ? " difference" : " differences") + ", listed above):"
                    + " revert it with the SQL that -Dmigration.fix=true writes, or keep it by changing the entities"
                    + " and running mvn migration:generate.");
        }
    }
}
