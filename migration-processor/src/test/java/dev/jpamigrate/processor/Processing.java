package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import javax.tools.JavaFileObject;

/** Runs javac with the processor in memory (compile-testing). */
final class Processing {
    private Processing() {
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new JpaMigrateProcessor()).compile(sources);
    }

    /** Compiles sources that must compile without warnings. */
    static Compilation compileCleanly(JavaFileObject... sources) {
        Compilation compilation = compile(sources);
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }
}
