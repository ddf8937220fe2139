package dev.jpamigrate.core;

import dev.jpamigrate.codegen.CheckReport;
import dev.jpamigrate.codegen.ConsistencyCheck;
import dev.jpamigrate.codegen.BaselineGenerator;
import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.codegen.EmptyRevisionGenerator;
import dev.jpamigrate.codegen.MergeGenerator;
import dev.jpamigrate.codegen.MigrationGenerator;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.init.GitIgnore;
import dev.jpamigrate.init.PomSetup;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.lint.FindingsLog;
import dev.jpamigrate.lint.LintReport;
import dev.jpamigrate.lint.ProjectLint;
import dev.jpamigrate.runner.AppliedRevision;
import dev.jpamigrate.runner.ChecksumValidation;
import dev.jpamigrate.runner.DatabaseSettings;
import dev.jpamigrate.runner.Drift;
import dev.jpamigrate.runner.DriftCheck;
import dev.jpamigrate.runner.DriftRevertScript;
import dev.jpamigrate.runner.HistoryStamp;
import dev.jpamigrate.runner.RevisionRun;
import dev.jpamigrate.runner.RunResult;
import dev.jpamigrate.runner.Runner;
import dev.jpamigrate.runner.SqlScript;
import java.io.IOException;
import java.nio.file.Files;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.verify.MigrationVerifier;
import dev.jpamigrate.verify.Verification;
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
        RevisionGraph graph = graph(revisions);
        RunResult result = runner().upgrade(graph, revisions, target);
        log.info(describe(status(graph, result.applied()), result.runs().isEmpty() ? "is up to date" : "is now"));
        return result.runs();
    }

    /** Reverts revisions down to {@code target}: a revision id, {@code -N}, or {@code base}. */
    public List<RevisionRun> downgrade(String target) {
        List<LoadedRevision> revisions = project().revisions();
        RevisionGraph graph = graph(revisions);
        RunResult result = runner().downgrade(graph, revisions, target);
        log.info(describe(status(graph, result.applied()), result.runs().isEmpty() ? "stays" : "is now"));
        return result.runs();
    }

    /** As {@link #sql(String, String, Path, DatabaseSettings)}, with the schema and timeouts of the database settings. */
    public List<String> sql(String from, String target, Path output) {
        return sql(from, target, output, database != null ? database : new DatabaseSettings(null, null, null, null));
    }

    /**
     * Writes the SQL that {@code upgrade} or {@code downgrade} would run for a range of revisions to
     * {@code output}, history statements included, as a psql script; needs no database (Alembic's
     * offline mode). The range is described at {@link SqlScript}; the schema and the timeouts are
     * those of {@code settings} (its URL and credentials are not used).
     *
     * @return the revisions the script runs, in order
     */
    public List<String> sql(String from, String target, Path output, DatabaseSettings settings) {
        SqlScript.Script script = new SqlScript(settings).write(project().revisions(), from, target);
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, script.text());
        } catch (IOException e) {
            throw new MigrationException("Cannot write " + output + ": " + e.getMessage(), e);
        }
        List<String> ids = script.range().revisions();
        log.info("Wrote the " + script.range().describe() + " (" + ids.size()
                + (ids.size() == 1 ? " revision" : " revisions") + ") of schema " + settings.schema() + " to " + output
                + "; run it with: psql -d <database> -f " + output);
        return ids;
    }

    /**
     * Adds JPA Migrate to the project's {@code pom.xml} in the base directory (the dependency, the
     * processor, the plugin, the development database's URL) and {@code .migration/} to its
     * {@code .gitignore}, as {@code alembic init} creates the environment: only what is missing,
     * keeping every other character of the files. Needs no compile and no database.
     *
     * @param version the version of JPA Migrate to declare
     * @return what was added, one line each; empty when everything was there
     */
    public List<String> init(String version) {
        Path pom = baseDirectory.resolve("pom.xml");
        Path gitignore = baseDirectory.resolve(".gitignore");
        List<String> added = new ArrayList<>();
        try {
            if (!Files.isRegularFile(pom)) {
                throw new MigrationException("No pom.xml in " + baseDirectory.toAbsolutePath()
                        + ": run migration:init in the directory of the module that holds the entities.");
            }
            PomSetup.Result result;
            try {
                result = PomSetup.apply(Files.readString(pom), version);
            } catch (IllegalArgumentException e) {
                throw new MigrationException("Cannot edit " + pom + " safely (" + e.getMessage()
                        + "): add the three declarations by hand, as the README shows.", e);
            }
            result.present().forEach(p -> log.info("Already in pom.xml: " + p + "."));
            if (result.changed()) {
                Files.writeString(pom, result.text());
                result.added().forEach(a -> log.info("Added to pom.xml: " + a + "."));
                added.addAll(result.added());
            }
            String ignored = Files.exists(gitignore) ? Files.readString(gitignore) : "";
            if (GitIgnore.ignores(ignored)) {
                log.info("Already in .gitignore: " + GitIgnore.ENTRY + ".");
            } else {
                Files.writeString(gitignore, GitIgnore.withEntry(ignored));
                log.info("Added to .gitignore: " + GitIgnore.ENTRY + " (the development database).");
                added.add(GitIgnore.ENTRY + " to .gitignore");
            }
        } catch (IOException e) {
            throw new MigrationException("Cannot update " + pom + " or " + gitignore + ": " + e.getMessage(), e);
        }
        log.info(added.isEmpty() ? "Nothing to add: the project is set up for JPA Migrate."
                : "Next: mvn compile migration:generate -Dmigration.message=\"initial schema\", review the"
                        + " migration, then mvn migration:upgrade.");
        return added;
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

    /** As {@link #verify(String)} on an embedded PostgreSQL with a temporary data directory. */
    public Verification verify() {
        return verify(null);
    }

    /**
     * Applies every migration to a scratch database, compares it with the entity schema, downgrades to
     * base (which must leave nothing the migrations created, and an empty history), and upgrades again;
     * logs each problem and returns them by step. The caller fails on {@code !passed()}. The scratch
     * database is dropped afterwards, whatever happened; the configured database is never used.
     *
     * @param serverUrl a {@code jdbc:postgresql://host:port/database} URL of a server on which to create
     *     and drop the scratch database (the user and password, the schema and timeouts are the database
     *     settings'); null or blank for an embedded PostgreSQL on a temporary directory
     */
    public Verification verify(String serverUrl) {
        CompiledProject project = project();
        List<LoadedRevision> revisions = project.revisions();
        if (revisions.isEmpty()) {
            throw new MigrationException("No migrations in " + migrationPackage + " to verify: run mvn"
                    + " migration:generate first.");
        }
        Schema entities = project.entitySchema();
        DatabaseSettings settings = database == null ? new DatabaseSettings(null, null, null, null) : database;
        return new MigrationVerifier(revisions, entities, log).verify(new DatabaseSettings(serverUrl, settings.user(),
                settings.password(), settings.schema(), settings.lockTimeout(), settings.statementTimeout()));
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

    /**
     * Compares the live database with the schema its applied revisions should have given it ({@link DriftCheck})
     * and reports each difference in one line; changes nothing.
     *
     * @param revertScript where to write the SQL that brings the database back to the migrations' schema
     *     ({@link DriftRevertScript}) when it has drifted; null to write nothing
     */
    public Drift diff(Path revertScript) {
        CompiledProject project = project();
        List<LoadedRevision> revisions = project.revisions();
        DatabaseSettings settings = database == null ? new DatabaseSettings(null, null, null, null) : database;
        Drift drift = new DriftCheck(settings, baseDirectory).check(revisions, project.migrationsSnapshot());
        String schema = settings.schema();
        String at = drift.current().isEmpty() ? "base (no revision applied)" : "revision " + String.join(", ", drift.current());
        if (drift.isBehind() && !drift.heads().isEmpty()) {
            log.info("Schema " + schema + " is at " + at + ", behind the head " + String.join(", ", drift.heads())
                    + ": it is compared with " + drift.basis() + "; mvn migration:upgrade applies the rest.");
        }
        drift.opaqueRevisions().forEach(id -> log.warn("Revision " + id + " runs raw SQL or JDBC steps that the"
                + " comparison cannot replay: what they did to the schema shows as drift."));
        if (!drift.hasDrift()) {
            log.info("No drift: the database matches the migrations at " + at + ".");
            return drift;
        }
        int count = drift.differences().size();
        log.warn("Drift: schema " + schema + " differs from " + drift.basis() + " in " + count
                + (count == 1 ? " place:" : " places:"));
        drift.differences().forEach(line -> log.warn("  " + line));
        String keep = "to keep the drift instead, change the entities to match and run mvn migration:generate.";
        if (revertScript == null) {
            log.info("-Dmigration.fix=true writes the SQL that reverts it; " + keep);
        } else {
            DriftRevertScript.write(drift, schema, revertScript);
            log.info("Wrote " + relative(revertScript) + ", the SQL that brings the database back to the migrations:"
                    + " review it, then run it on this database with psql -v ON_ERROR_STOP=1 -f; " + keep);
        }
        return drift;
    }

    /** Relative to the working directory when inside it. */
    private static Path relative(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    /**
     * Fails when the entities differ from the migrations snapshot (a model change committed without its
     * migration), or when the migrations' operations, replayed, do not give that snapshot (a hand edit, a
     * bad merge): one line per difference, then a summary. Needs no database.
     *
     * @throws MigrationException with the summary and what to do, when the check fails
     */
    public CheckReport check() {
        CheckReport report = ConsistencyCheck.check(project(), resourceDirectory);
        for (CheckReport.Problem problem : report.problems()) {
            log.error(Character.toUpperCase(problem.what().charAt(0)) + problem.what().substring(1)
                    + (problem.differences().isEmpty() ? "." : ":"));
            problem.differences().forEach(line -> log.error("  " + line));
        }
        if (!report.passed()) {
            throw new MigrationException(report.summary());
        }
        log.info(report.summary());
        return report;
    }

    /**
     * Fails when an applied revision's class no longer gives the checksum recorded when it ran, or
     * when an applied revision has no class: one line per revision, then a summary.
     *
     * @throws MigrationException with the summary and what to do, when the validation fails
     */
    public ChecksumValidation validate() {
        List<LoadedRevision> revisions = project().revisions();
        ChecksumValidation validation = ChecksumValidation.of(runner().applied(), revisions);
        validation.lines(database.schema(), migrationPackage).forEach(log::error);
        if (!validation.passed()) {
            throw new MigrationException(validation.summary(database.schema()));
        }
        log.info(validation.summary(database.schema()));
        return validation;
    }

    /**
     * Adopts an existing database: writes its schema as the first revision ({@code message}, by default
     * {@code baseline}) and as the migrations snapshot, and records that revision as applied without
     * running it, so that the next {@link #generate} writes what brings the database to the entities.
     * Refuses when the package has migrations or the database has applied revisions.
     */
    public GenerateResult baseline(String message) {
        return baseline(message, MigrationGenerator.DEFAULT_MAX_LOCKS_PER_REVISION);
    }

    /** As {@link #baseline(String)}, a schema that takes more than {@code maxLocksPerRevision} locks as a chain. */
    public GenerateResult baseline(String message, int maxLocksPerRevision) {
        BaselineGenerator generator = new BaselineGenerator(sourceDirectory, resourceDirectory, clock, log,
                maxLocksPerRevision);
        try (HistoryStamp stamp = HistoryStamp.open(databaseSettings(), baseDirectory, log)) {
            return generator.baseline(project(), stamp, message);
        }
    }

    /**
     * Records the database as being at {@code target} without running anything: {@code head}, a revision
     * id or prefix (it and its ancestors are recorded as applied, the others taken out of the history),
     * {@code current} (the revisions applied now), or {@code base} (an empty history). Applied revisions
     * whose class was edited get its checksum.
     */
    public Status stamp(String target) {
        List<LoadedRevision> revisions = project().revisions();
        try (HistoryStamp stamp = HistoryStamp.open(databaseSettings(), baseDirectory, log)) {
            Status status = status(revisions, stamp.stamp(revisions, target));
            log.info(describe(status, "is now recorded"));
            return status;
        }
    }

    private DatabaseSettings databaseSettings() {
        // Without settings, the session says which URL to set.
        return database == null ? new DatabaseSettings(null, null, null, null) : database;
    }

    /**
     * The heads of the revision graph, each with its message; with several, says that the branches are
     * not merged and that {@code merge} joins them. Needs no database.
     */
    public List<RevisionNode> heads() {
        RevisionGraph graph = graph(project().revisions());
        List<RevisionNode> heads = graph.heads().stream().map(graph::get).toList();
        if (heads.isEmpty()) {
            log.info("No migrations in " + migrationPackage + ".");
        }
        for (RevisionNode head : heads) {
            log.info(head.id() + " (head)" + (head.message().isEmpty() ? "" : " " + head.message()));
        }
        if (heads.size() > 1) {
            log.warn(heads.size() + " heads: branches that each added a revision are not merged. Run mvn"
                    + " migration:merge to join them; until then upgrade refuses, or applies every head with"
                    + " -Dmigration.target=heads.");
        }
        return heads;
    }

    /**
     * Writes a revision that merges the heads (empty {@code upgrade()} and {@code downgrade()}) and the
     * snapshot of the merged migrations; {@code message} defaults to {@code merge <a> and <b>}. Needs no
     * database.
     */
    public GenerateResult merge(String message) {
        return new MergeGenerator(sourceDirectory, resourceDirectory, clock, log).merge(project(), message);
    }

    /** Writes an empty migration after the head, for hand-written work, and moves the snapshot's head to it. */
    public GenerateResult revision(String message) {
        return new EmptyRevisionGenerator(sourceDirectory, resourceDirectory, clock, log).revision(project(), message);
    }

    private static Status status(List<LoadedRevision> revisions, List<AppliedRevision> applied) {
        return status(graph(revisions), applied);
    }

    private static Status status(RevisionGraph graph, List<AppliedRevision> applied) {
        return new Status(applied, AppliedRevision.current(applied), graph.heads());
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
        return new CompiledProject(classLoader, migrationPackage, log);
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
