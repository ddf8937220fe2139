package dev.jpamigrate.maven;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.core.Migrator;
import dev.jpamigrate.runner.DatabaseSettings;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every goal shares: the {@code migration.*} parameters, the module's class loader,
 * and the translation of the engine's errors into a one-line build failure. A goal only
 * says which {@link Migrator} method to call.
 *
 * <p>No goal forks a lifecycle ({@code @Execute}): typed on the command line, a goal runs the
 * module's compile phase first ({@link CompileFirst}); bound to a phase, it finds the module
 * compiled. Goals are thread-safe: they keep no static state, and each has its own class loader.
 */
abstract class AbstractMigrationMojo extends AbstractMojo {
    private static final String PLUGIN_KEY = "dev.jpamigrate:migration-maven-plugin";
    private static final String PASSWORD = "migration.password";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Component
    private SettingsDecrypter settingsDecrypter;

    @Component
    private LifecycleExecutor lifecycleExecutor;

    @Component
    private BuildPluginManager buildPluginManager;

    /** A PostgreSQL JDBC URL, or {@code embedded:<directory>} for a development database kept in that directory. */
    @Parameter(property = "migration.url")
    private String url;

    /**
     * The database user; when neither it nor {@code migration.serverId} gives one, the JDBC driver
     * logs in as the operating system's user, as psql does.
     */
    @Parameter(property = "migration.user")
    private String user;

    /**
     * The id of a {@code <server>} in settings.xml whose username and (encrypted) password to use:
     * the place for a password, with the PostgreSQL password file ({@code ~/.pgpass}, or the file
     * {@code PGPASSFILE} names), which the JDBC driver reads when no password is given. The password
     * is not a parameter, because Maven prints parameters with -X; {@code -Dmigration.password} and
     * the environment variable {@code MIGRATION_PASSWORD} still work, but -X prints those too.
     */
    @Parameter(property = "migration.serverId")
    private String serverId;

    /** The target schema: unqualified tables and the history table live there. */
    @Parameter(property = "migration.schema", defaultValue = "public")
    private String schema;

    /**
     * The package of the migration classes, under src/main/java, and of their snapshot,
     * schema.snapshot in the same package under src/main/resources.
     */
    @Parameter(property = "migration.package", defaultValue = "db.migration")
    private String migrationPackage;

    /**
     * How long a statement may wait for a lock, as {@code 10s}; {@code 0} for no limit. When set, it
     * also limits the wait for another migration. By default a revision's statements wait 5 s (then
     * the revision rolls back: a DDL statement that waits holds up every query behind it) and the
     * wait for another migration has no limit.
     */
    @Parameter(property = "migration.lockTimeout")
    private String lockTimeout;

    /** How long one statement may run, as {@code 5min}; no limit by default. */
    @Parameter(property = "migration.statementTimeout")
    private String statementTimeout;

    /** Skips the goal, and the compile that a goal typed on the command line runs first. */
    @Parameter(property = "migration.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: migration.skip is set.");
            return;
        }
        if (compilesFirst()) {
            CompileFirst.ifInvokedAlone(mojoExecution, session, lifecycleExecutor, buildPluginManager, getLog());
        }
        if (!isMigrationModule()) {
            getLog().debug("Not the migrations module: " + project.getArtifactId());
            return;
        }
        quietEmbeddedServer();
        try (URLClassLoader classes = projectClassLoader()) {
            run(Migrator.builder()
                    .classLoader(classes)
                    .migrationPackage(migrationPackage)
                    .sourceDirectory(Path.of(project.getBuild().getSourceDirectory()))
                    .resourceDirectory(resourceDirectory())
                    .baseDirectory(project.getBasedir().toPath())
                    .database(usesDatabase() ? databaseSettings() : null)
                    .log(new MavenLog(getLog()))
                    .build());
        } catch (MigrationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new MojoExecutionException("JPA Migrate failed unexpectedly in " + project.getArtifactId() + ": " + e,
                    e);
        }
    }

    /** {@code migration.lockTimeout} as configured; null when not set (the engine's default applies). */
    protected String lockTimeout() {
        return lockTimeout;
    }

    /** The schema and the timeouts, without URL or credentials: for a goal that writes what a database would run. */
    protected DatabaseSettings offlineSettings() {
        return new DatabaseSettings(null, null, null, schema, lockTimeout, statementTimeout);
    }

    /** Calls the engine. */
    protected abstract void run(Migrator migrator);

    /**
     * Whether the goal reads the module's classes, so that typed on the command line it compiles the
     * module first; a goal that only edits files (init) says no.
     */
    protected boolean compilesFirst() {
        return true;
    }

    /** Whether the goal talks to the database; those that do not, need no credentials. */
    protected boolean usesDatabase() {
        return true;
    }

    /**
     * The embedded server logs its start and stop at INFO through Maven's SLF4J logger,
     * which reads a logger's level from system properties when the logger is created. The one
     * process-wide setting the plugin makes: the same value from every thread, set once.
     */
    private static void quietEmbeddedServer() {
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.io.zonky.test.db.postgres", "warn");
    }

    /**
     * In a multi-module build the goals act in the module that declares the plugin or holds
     * the migration package, and pass over the others without noise.
     */
    private boolean isMigrationModule() {
        if ("pom".equals(project.getPackaging())) {
            return false;
        }
        if (session.getProjects().size() == 1 || declaresThisPlugin()) {
            return true;
        }
        String packagePath = migrationPackage.replace('.', '/');
        return Files.isDirectory(Path.of(project.getBuild().getSourceDirectory()).resolve(packagePath))
                || Files.isDirectory(resourceDirectory().resolve(packagePath));
    }

    /** Where the migrations snapshot is kept: the module's first resource directory, src/main/resources by default. */
    private Path resourceDirectory() {
        List<Resource> resources = project.getBuild().getResources();
        return resources.isEmpty() ? project.getBasedir().toPath().resolve(Path.of("src", "main", "resources"))
                : Path.of(resources.get(0).getDirectory());
    }

    private boolean declaresThisPlugin() {
        if (project.getOriginalModel().getBuild() == null) {
            return false;
        }
        for (Plugin plugin : project.getOriginalModel().getBuild().getPlugins()) {
            if (PLUGIN_KEY.equals(plugin.getGroupId() + ":" + plugin.getArtifactId())) {
                return true;
            }
        }
        return false;
    }

    /** Compile and runtime class path: entities may need provided-scope annotations, JDBC steps runtime libraries. */
    private URLClassLoader projectClassLoader() throws MojoExecutionException {
        try {
            Set<String> elements = new LinkedHashSet<>(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
            URL[] urls = new URL[elements.size()];
            int i = 0;
            for (String element : elements) {
                urls[i++] = new File(element).toURI().toURL();
            }
            // The plugin's own classes come first, so that the project's migrations and the engine share
            // one copy of the dev.jpamigrate API.
            return new URLClassLoader(urls, getClass().getClassLoader());
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("Cannot build the class path of " + project.getArtifactId(), e);
        }
    }

    private DatabaseSettings databaseSettings() throws MojoFailureException {
        String effectiveUser = user;
        String effectivePassword = password();
        if (serverId != null && !serverId.isBlank()) {
            Server server = session.getSettings().getServer(serverId);
            if (server == null) {
                throw new MojoFailureException("migration.serverId is " + serverId
                        + ", but settings.xml has no <server> with that id.");
            }
            SettingsDecryptionResult decrypted = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : decrypted.getProblems()) {
                getLog().warn("settings.xml: " + problem.getMessage());
            }
            Server clear = decrypted.getServer();
            effectiveUser = effectiveUser != null ? effectiveUser : clear.getUsername();
            effectivePassword = effectivePassword != null ? effectivePassword : clear.getPassword();
        }
        return new DatabaseSettings(url, effectiveUser, effectivePassword, schema, lockTimeout, statementTimeout);
    }

    private String password() {
        String value = session.getUserProperties().getProperty(PASSWORD);
        if (value == null) {
            value = project.getProperties().getProperty(PASSWORD);
        }
        // Kept for the builds that use it; the README steers to migration.serverId or ~/.pgpass instead.
        return value != null ? value : System.getenv("MIGRATION_PASSWORD");
    }
}
