package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the SQL of a range of revisions, history statements included, as a psql script that
 * does what {@code upgrade} or {@code downgrade} would do: for a DBA who runs the SQL by hand
 * ({@code psql -d <database> -f target/migration.sql}). Needs no database (Alembic's offline mode).
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class SqlMojo extends AbstractMigrationMojo {
    /**
     * Where the database is: {@code base} (the default for an upgrade), a revision id (or a unique
     * prefix of one), or {@code head} (the default when the target is {@code base} or {@code -N}).
     */
    @Parameter(property = "migration.from")
    private String from;

    /**
     * Where it goes: {@code head} (the default), a revision id; a downgrade when it is {@code base},
     * {@code -N}, or an ancestor of {@code migration.from}.
     */
    @Parameter(property = "migration.target", defaultValue = "head")
    private String target;

    /** The script to write. */
    @Parameter(property = "migration.output", defaultValue = "${project.build.directory}/migration.sql")
    private File output;

    @Override
    protected boolean usesDatabase() {
        return false;
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.sql(from, target, output.toPath(), offlineSettings());
    }
}
