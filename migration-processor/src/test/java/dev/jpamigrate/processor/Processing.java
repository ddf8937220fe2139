package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Runs javac with the processor in memory (compile-testing). */
final class Processing {
    private Processing() {
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new JpaMigrateProcessor()).compile(sources);
    }

    /**
     * Lombok's annotation processor, as javac finds it on a processor path (Lombok hides its classes
     * from the compile class path, so it is loaded by name).
     */
    static Processor lombok() {
        try {
            return (Processor) Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor")
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Lombok is not on the test class path", e);
        }
    }

    /**
     * Compiles sources that must compile without warnings, on the test class path without its Bean
     * Validation provider: an application with the constraints' API only, whose DDL they do not change.
     */
    static Compilation compileCleanlyWithoutValidationProvider(JavaFileObject... sources) {
        Compilation compilation = javac().withProcessors(new JpaMigrateProcessor())
                .withClasspath(BeanValidationMappingTest.classPathWithoutProvider()).compile(sources);
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    /** Compiles sources that must compile without warnings. */
    static Compilation compileCleanly(JavaFileObject... sources) {
        Compilation compilation = compile(sources);
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }
}
