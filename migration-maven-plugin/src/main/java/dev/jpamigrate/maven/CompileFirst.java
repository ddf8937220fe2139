package dev.jpamigrate.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutionException;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginConfigurationException;
import org.apache.maven.plugin.PluginManagerException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Runs the module's own compile phase before a goal typed on the command line
 * ({@code mvn migration:upgrade}), so that the goal sees the current entities and migrations.
 * A goal bound to a phase runs after {@code compile} anyway: there it does nothing. (A fork,
 * {@code @Execute(phase = COMPILE)}, would run the compile phase a second time for every bound
 * execution, and recompile the module whenever a dependency changed.)
 */
final class CompileFirst {
    private static final String COMPILE = "compile";

    private CompileFirst() {}

    static void ifInvokedAlone(MojoExecution goal, MavenSession session, LifecycleExecutor lifecycle,
            BuildPluginManager plugins, Log log) throws MojoExecutionException, MojoFailureException {
        MavenProject project = session.getCurrentProject();
        // Bound in the lifecycle; or compile already ran in this session (mvn compile migration:x, or an earlier goal).
        if (goal.getSource() != MojoExecution.Source.CLI || project.hasLifecyclePhase(COMPILE)) {
            return;
        }
        String before = " before " + prefix(goal) + ":" + goal.getGoal();
        try {
            for (MojoExecution step : lifecycle.calculateExecutionPlan(session, true, COMPILE).getMojoExecutions()) {
                log.info("--- " + prefix(step) + ":" + step.getVersion() + ":" + step.getGoal() + " ("
                        + step.getExecutionId() + ") @ " + project.getArtifactId() + before + " ---");
                if (!step.getForkedExecutions().isEmpty()) {
                    lifecycle.executeForkedExecutions(step, session);
                }
                plugins.executeMojo(session, step);
                // What Maven records for a phase it ran: the reactor then resolves this module to its classes.
                if (step.getLifecyclePhase() != null) {
                    project.addLifecyclePhase(step.getLifecyclePhase());
                }
            }
            project.addLifecyclePhase(COMPILE);
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (LifecycleExecutionException | PluginConfigurationException | PluginManagerException e) {
            throw new MojoExecutionException("Cannot compile " + project.getArtifactId() + before + ": "
                    + e.getMessage(), e);
        } catch (Exception e) {
            // calculateExecutionPlan declares a dozen resolution exceptions.
            throw new MojoExecutionException("Cannot plan the compile phase of " + project.getArtifactId() + before
                    + ": " + e.getMessage(), e);
        }
    }

    /** {@code compiler} for maven-compiler-plugin, as Maven prints it. */
    private static String prefix(MojoExecution execution) {
        return execution.getMojoDescriptor().getPluginDescriptor().getGoalPrefix();
    }
}
