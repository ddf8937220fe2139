package dev.jpamigrate.benchmark.plugin;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import dev.jpamigrate.processor.JpaMigrateProcessor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link JpaMigrateProcessor}, unchanged, from a javac plugin: once every class is
 * entered and annotation processing (Lombok's, say) is over, at the start of attribution,
 * it hands the processor the compilation's classes as one round, then the last round.
 * Started by javac itself ({@link #autoStart()}) when it is on the processor path; run with
 * {@code -proc:none}, or javac would also find the processor there and run its rounds.
 */
public final class ProcessorAsPlugin implements Plugin {
    @Override
    public String getName() {
        return "JpaMigrateProcessorAsPlugin";
    }

    @Override
    public boolean autoStart() {
        return true;
    }

    @Override
    public void init(JavacTask task, String... args) {
        Trees trees = Trees.instance(task);
        Map<String, CompilationUnitTree> units = new LinkedHashMap<>();
        task.addTaskListener(new TaskListener() {
            private boolean done;

            @Override
            public void finished(TaskEvent event) {
                if (event.getKind() == TaskEvent.Kind.ENTER) {
                    // Entered again after each processing round: the last entering is the one attributed.
                    units.put(event.getSourceFile().toUri().toString(), event.getCompilationUnit());
                }
            }

            @Override
            public void started(TaskEvent event) {
                if (event.getKind() == TaskEvent.Kind.ANALYZE && !done) {
                    done = true;
                    run(task, trees, List.copyOf(units.values()));
                }
            }
        });
    }

    private static void run(JavacTask task, Trees trees, List<CompilationUnitTree> units) {
        PluginEnvironment env = new PluginEnvironment(task, trees, classOutput());
        JpaMigrateProcessor processor = new JpaMigrateProcessor();
        processor.init(env);
        PluginRound round = PluginRound.of(trees, units, processor.getSupportedAnnotationTypes());
        processor.process(round.annotations(), round);
        processor.process(java.util.Set.of(), PluginRound.over());
    }

    /** The {@code -d} of this JVM's javac command line: no public API gives a plugin the class output. */
    private static Path classOutput() {
        String[] arguments = ProcessHandle.current().info().arguments().orElseThrow();
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-d")) {
                return Path.of(arguments[i + 1]);
            }
        }
        throw new IllegalStateException("The prototype needs javac's -d on this JVM's command line");
    }
}
