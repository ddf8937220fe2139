package dev.jpamigrate.maven;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.core.Migrator;
import dev.jpamigrate.verify.Verification;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies every migration to a disposable database, compares the result with the entities, downgrades
 * to base (which must leave an empty schema and an empty history), and upgrades again; fails the build
 * on any difference, naming it and the step. The database is an embedded PostgreSQL on a temporary
 * directory, or a scratch database created and dropped on the server {@code migration.verifyUrl} names;
 * {@code migration.url} is never used. Bound to {@code verify} when declared in an execution.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class VerifyMojo extends AbstractMigrationMojo {
    /**
     * A server to verify on instead of an embedded PostgreSQL, as {@code jdbc:postgresql://host:5432/postgres}:
     * verify connects to that database only to create {@code jpamigrate_verify_<random>} and to drop it
     * afterwards. The user needs CREATEDB; credentials as for the other goals ({@code migration.user},
     * {@code migration.serverId}, {@code migration.password}).
     */
    @Parameter(property = "migration.verifyUrl")
    private String verifyUrl;

    @Override
    protected void run(Migrator migrator) {
        Verification verification = migrator.verify(verifyUrl);
        if (!verification.passed()) {
            throw new MigrationException(verification.summary() + ": make the migrations build the entity schema"
                    + " and their downgrades undo them, then run mvn migration:verify again.");
        }
    }
}
