package dev.jpamigrate.benchmark;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;

/**
 * A javac plugin that does nothing, for the floor of the other way into javac: started by
 * javac itself ({@link #autoStart()}, JDK 14+) when it is found on the processor path, it
 * registers a listener that ignores every event. Unlike a processor, it starts no
 * annotation processing rounds.
 */
public final class NoopPlugin implements Plugin {
    @Override
    public String getName() {
        return "NoopPlugin";
    }

    @Override
    public void init(JavacTask task, String... args) {
        task.addTaskListener(new TaskListener() {
            @Override
            public void finished(TaskEvent event) {
                // Nothing: the cost of being called is what is measured.
            }
        });
    }

    @Override
    public boolean autoStart() {
        return true;
    }
}
