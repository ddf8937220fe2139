package dev.jpamigrate.maven;

import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the entities differ from the migrations snapshot (a model change committed
 * without its migration), or when the migrations' operations, replayed in memory, do not give that
 * snapshot (a migration edited by hand, a bad merge of two branches); one line per difference.
 * Needs no database, so it is fast enough for every build. Bound to {@code verify} when declared in
 * an execution.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CheckMojo extends AbstractMigrationMojo {
    @Override
    protected boolean usesDatabase() {
        return false;
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.check();
    }
}
