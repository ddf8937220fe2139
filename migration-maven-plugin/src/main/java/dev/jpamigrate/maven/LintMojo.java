package dev.jpamigrate.maven;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.core.Migrator;
import dev.jpamigrate.lint.LintReport;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lints every revision for PostgreSQL lock safety (an index built without {@code concurrently},
 * a constraint validated under lock, a type change that rewrites the table, ...), prints each
 * finding in one line with the safe pattern, and fails the build on an error that the
 * migration does not acknowledge with {@code @Acknowledge(rule = ..., reason = ...)}. All
 * revisions, not only the pending ones: it needs no database. Bound to {@code verify} when
 * declared in an execution.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class LintMojo extends AbstractMigrationMojo {
    @Override
    protected boolean usesDatabase() {
        return false;
    }

    @Override
    protected void run(Migrator migrator) {
        LintReport report = migrator.lint(lockTimeout());
        if (report.hasErrors()) {
            throw new MigrationException("Lock-safety lint: " + report.summary() + ": write the safe pattern each"
                    + " error names, or accept it with @Acknowledge(rule = \"<rule>\", reason = \"<why>\") on the"
                    + " migration.");
        }
    }
}
