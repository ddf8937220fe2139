package dev.jpamigrate.core;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.codegen.MigrationGenerator;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.lint.FindingsLog;
import dev.jpamigrate.lint.LintReport;
import dev.jpamigrate.lint.ProjectLint;
import dev.jpamigrate.runner.AppliedRevision;
import dev.jpamigrate.runner.DatabaseSettings;
import dev.jpamigrate.runner.RevisionRun;
import dev.jpamigrate.runner.RunResult;
import dev.jpamigrate.runner.Runner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The engine's one entry point, for the Maven plugin, for tests, and for an application
 * that migrates at start-up.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.builder()
 *         .classLoader(getClass().getClassLoader())
 *         .migrationPackage("db.migration")
 *         .database(new DatabaseSettings("jdbc:postgresql://db/shop", "shop", password, "public"))
 *         .build();
 * migrator.upgrade("head");
 * }</pre>
 *
 * Every method reports what it does to the {@link Log} and throws
 * {@link MigrationException} with a one-line message for what the user can fix.
 */
public final class Migrator {
    private final ClassLoader classLoader;
    private final String migrationPackage;
    private final Path sourceDirectory;
    private final Path resourceDirectory;
    private final Path baseDirectory;
    private final DatabaseSettings database;
    private final Clock clock;
    private final Log log;

    private Migrator(Builder b) {
        this.classLoader = Objects.requireNonNull(b.classLoader, "classLoader");
        this.migrationPackage = b.migrationPackage;
        this.sourceDirectory = b.sourceDirectory;
        this.resourceDirectory = b.resourceDirectory;
        this.baseDirectory = b.baseDirectory;
        this.database = b.database;
        this.clock = b.clock;
        this.log = b.log;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Diffs the entities against the migrations and writes a migration when they differ. Needs no database. */
    public GenerateResult generate(String message) {
        return generate(message, MigrationGenerator.DEFAULT_MAX_LOCKS_PER_REVISION);
    }

    /**
     * As {@link #generate(String)}, writing a change set that takes more than {@code maxLocksPerRevision}
     * entries of PostgreSQL's lock table as a chain of revisions, each within it.
     */
    public GenerateResult generate(String message, int maxLocksPerRevision) {
        return generate(message, maxLocksPerRevision, true);
    }

    /**
     * As {@link #generate(String, int)}; {@code lockSafe} false writes plain DDL in one transactional
     * revision instead of the lock-safe forms for tables that exist (indexes built concurrently,
     * constraints validated in a revision that is not transactional).
     */
    public GenerateResult generate(String message, int maxLocksPerRevision, boolean lockSafe) {
        return new MigrationGenerator(sourceDirectory, resourceDirectory, clock, log, maxLocksPerRevision, lockSafe)
                .generate(project(), message);
    }

    /** Applies the pending revisions up to {@code target}: {@code head} (the default when null) or a revision id. */
    public List<RevisionRun> upgrade(String target) {
        List<LoadedRevision> revisions = project().revisions();
        if (revisions.isEmpty()) {
            log.info("No migrations in " + migrationPackage + ": run mvn migration:generate first.");
            return List.of();
        }
        RunResult result = runner().upgrade(revisions, target);
        log.info(describe(status(revisions, result.applied()), result.runs().isEmpty() ? "is up to date" : "is now"));
        return result.runs();
    }

    /** Reverts revisions down to {@code target}: a revision id, {@code -N}, or {@code base}. */
    public List<RevisionRun> downgrade(String target) {
        List<LoadedRevision> revisions = project().revisions();
        RunResult result = runner().downgrade(revisions, target);
        log.info(describe(status(revisions, result.applied()), result.runs().isEmpty() ? "stays" : "is now"));
        return result.runs();
    }

    /**
     * Lints every revision for lock safety ({@link dev.jpamigrate.lint.LintRule}), writes each
     * finding in one line and a summary, and returns them; the caller fails on
     * {@link LintReport#hasErrors()}. Needs no database; the lock timeout is the database settings'.
     */
    public LintReport lint() {
        return lint(database == null ? null : database.lockTimeout());
    }

    /**
     * As {@link #lint()}, with the lock timeout as configured where there are no database settings.
     *
     * @param lockTimeout {@code migration.lockTimeout} as configured; null for the default
     */
    public LintReport lint(String lockTimeout) {
        LintReport report = new ProjectLint().lint(project().revisions(), lockTimeout);
        FindingsLog.write(report.findings(), log);
        log.info(report.summary() + ".");
        return report;
    }

    /** Where the database stands against the migrations. */
    public Status current() {
        List<LoadedRevision> revisions = project().revisions();
        Status status = status(revisions, runner().applied());
        log.info(withPending(describe(status, "is"), status, revisions));
        return status;
    }

    /** The revisions, newest first. Needs no database. */
    public List<RevisionNode> history() {
        RevisionGraph graph = graph(project().revisions());
        List<RevisionNode> newestFirst = new ArrayList<>(graph.inOrder());
        Collections.reverse(newestFirst);
        Set<String> heads = new HashSet<>(graph.heads());
        if (newestFirst.isEmpty()) {
            log.info("No migrations in " + migrationPackage + ".");
        }
        for (RevisionNode node : newestFirst) {
            log.info(String.join(", ", node.parents().isEmpty() ? List.of("<base>") : node.parents()) + " -> "
                    + node.id() + (heads.contains(node.id()) ? " (head)" : "")
                    + (node.message().isEmpty() ? "" : ", " + node.message()));
        }
        return newestFirst;
    }

    private static Status status(List<LoadedRevision> revisions, List<AppliedRevision> applied) {
        Set<String> superseded = new HashSet<>();
        applied.forEach(a -> superseded.addAll(a.parents()));
        List<String> current = applied.stream().map(AppliedRevision::id).filter(id -> !superseded.contains(id))
                .sorted().toList();
        return new Status(applied, current, graph(revisions).heads());
    }

    private String describe(Status status, String verb) {
        String where = "Schema " + database.schema() + " " + verb + " at ";
        if (status.current().isEmpty()) {
            return where + "base (no revision applied)" + (status.heads().isEmpty() ? "." : "; head is "
                    + String.join(", ", status.heads()) + ".");
        }
        return where + String.join(", ", status.current())
                + (status.isUpToDate() ? " (head)." : "; head is " + String.join(", ", status.heads()) + ".");
    }

    /** {@code ...; head is X.} becomes {@code ...; 3 revisions pending, head is X.} */
    private static String withPending(String description, Status status, List<LoadedRevision> revisions) {
        Set<String> applied = new HashSet<>();
        status.applied().forEach(a -> applied.add(a.id()));
        long pending = revisions.stream().filter(r -> !applied.contains(r.id())).count();
        return pending == 0 ? description
                : description.replace("; head is ", "; " + Plural.count(pending, "revision") + " pending, head is ");
    }

    private CompiledProject project() {
        return new CompiledProject(classLoader, migrationPackage);
    }

    private Runner runner() {
        // Without settings, the session says which URL to set.
        return new Runner(database == null ? new DatabaseSettings(null, null, null, null) : database, baseDirectory, log);
    }

    private static RevisionGraph graph(List<LoadedRevision> revisions) {
        return RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
    }

    /** Settings of a {@link Migrator}; all but the class loader have defaults. */
    public static final class Builder {
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        private String migrationPackage = "db.migration";
        private Path sourceDirectory = Path.of("src", "main", "java");
        private Path resourceDirectory = Path.of("src", "main", "resources");
        private Path baseDirectory = Path.of("");
        private DatabaseSettings database;
        private Clock clock = Clock.systemUTC();
        private Log log = Log.NONE;

        private Builder() {
        }

        /** Where the compiled entities, their snapshots and the migrations are. */
        public Builder classLoader(ClassLoader value) {
            classLoader = value;
            return this;
        }

        /** The package of the migration classes and of their snapshot; {@code db.migration} by default. */
        public Builder migrationPackage(String value) {
            migrationPackage = value;
            return this;
        }

        /** Where {@code generate} writes migration classes; {@code src/main/java} by default. */
        public Builder sourceDirectory(Path value) {
            sourceDirectory = value;
            return this;
        }

        /**
         * Where {@code generate} reads and writes the migrations snapshot,
         * {@code <migration package>/schema.snapshot}; {@code src/main/resources} by default.
         */
        public Builder resourceDirectory(Path value) {
            resourceDirectory = value;
            return this;
        }

        /** What a relative {@code embedded:} directory is relative to; the working directory by default. */
        public Builder baseDirectory(Path value) {
            baseDirectory = value;
            return this;
        }

        public Builder database(DatabaseSettings value) {
            database = value;
            return this;
        }

        /** The clock that dates new revision ids. */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder log(Log value) {
            log = value;
            return this;
        }

        public Migrator build() {
            return new Migrator(this);
        }
    }
}
