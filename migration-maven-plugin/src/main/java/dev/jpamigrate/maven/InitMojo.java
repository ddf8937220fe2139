package dev.jpamigrate.maven;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.core.Migrator;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Adds JPA Migrate to the module's {@code pom.xml}, as {@code alembic init} creates the environment:
 * the {@code migration-annotations} dependency, the processor in the compiler plugin's
 * {@code <annotationProcessorPaths>} (with Lombok, MapStruct and the like when the pom has them as
 * dependencies, since declaring the paths turns off discovery on the class path), this plugin, the
 * property {@code migration.url} for a development database, and {@code .migration/} in
 * {@code .gitignore}. Only what is missing; the rest of the file stays as it was. Needs no compile,
 * so it runs before the plugin is in the pom:
 * {@code mvn dev.jpamigrate:migration-maven-plugin:<version>:init}.
 */
@Mojo(name = "init", requiresProject = true, threadSafe = true)
public class InitMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(property = "migration.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping: migration.skip is set.");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Not initialising " + project.getArtifactId() + ", a pom module: run init in the module"
                    + " that holds the entities and the migrations (-pl <module>).");
            return;
        }
        try {
            Migrator.builder().baseDirectory(project.getBasedir().toPath()).log(new MavenLog(getLog())).build()
                    .init(plugin.getVersion());
        } catch (MigrationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
