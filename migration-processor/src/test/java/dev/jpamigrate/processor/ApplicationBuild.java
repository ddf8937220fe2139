package dev.jpamigrate.processor;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.Migrator;
import dev.jpamigrate.processor.write.SnapshotFiles;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * An application's build as the Maven plugin runs it, for tests that generate migrations from compiled
 * entities: the module compiled with the processor (the entities, and the migrations written so far), a
 * {@link Migrator} over its classes that writes into the project's source tree ({@code sources/java} and
 * {@code sources/resources}, package {@value #PACKAGE}), and what {@code generate} wrote there.
 */
final class ApplicationBuild {
    static final String PACKAGE = "db.migration";

    private ApplicationBuild() {
    }

    /** The entities compiled for Hibernate 7 as the application's build does. */
    static ClassDirectoryCompiler module(Path classes, JavaFileObject... sources) {
        return module(classes, List.of(), sources);
    }

    /** The entities, with the migrations written so far, compiled for Hibernate 7 as the application's build does. */
    static ClassDirectoryCompiler module(Path classes, List<JavaFileObject> migrations, JavaFileObject... sources) {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(classes)
                .withProcessorOption(ProcessorOptions.HIBERNATE, "7");
        module.compile(Stream.concat(Stream.of(sources), migrations.stream()).toArray(JavaFileObject[]::new));
        return module;
    }

    /** A fixture's entities (Lombok and all) compiled under {@code naming}, for the Hibernate line the suite runs. */
    static ClassDirectoryCompiler fixtureModule(Path fixture, Path work, String naming) {
        ClassDirectoryCompiler compiler = new ClassDirectoryCompiler(work).withLombok()
                .withProcessorOption(ProcessorOptions.NAMING, naming)
                .withProcessorOption(ProcessorOptions.HIBERNATE, HibernateConformanceTest.hibernateOption());
        compiler.compileTree(fixture);
        return compiler;
    }

    /** A Migrator's builder over the module's classes that writes into {@code sources}, with the default log. */
    static Migrator.Builder builder(ClassDirectoryCompiler module, Path sources) {
        return Migrator.builder().classLoader(module.classLoader()).migrationPackage(PACKAGE)
                .sourceDirectory(sources.resolve("java")).resourceDirectory(sources.resolve("resources"));
    }

    /**
     * A Migrator over the module's classes that writes into {@code sources}, dates revisions by {@code clock}
     * (null: the system's), migrates {@code db}'s public schema (null: none), and hands each warning to
     * {@code warnings}.
     */
    static Migrator migrator(ClassDirectoryCompiler module, Path sources, Clock clock, TestDatabase db,
            Consumer<String> warnings) {
        Migrator.Builder builder = builder(module, sources).log(new Log() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.accept(message);
            }
        });
        if (clock != null) {
            builder.clock(clock);
        }
        if (db != null) {
            builder.database(db.settings());
        }
        return builder.build();
    }

    /** A Migrator as {@link #migrator(ClassDirectoryCompiler, Path, TestDatabase, List)} with no warning expected. */
    static Migrator migrator(ClassDirectoryCompiler module, Path sources, TestDatabase db) {
        return migrator(module, sources, db, null);
    }

    /**
     * A Migrator over the module that writes into {@code sources} and migrates {@code db} (null: none); each
     * warning goes into {@code warnings}, or fails the test where that is null. A downgrade's data-loss warnings
     * are expected (a downgrade drops what the upgrade added) and left out.
     */
    static Migrator migrator(ClassDirectoryCompiler module, Path sources, TestDatabase db, List<String> warnings) {
        return migrator(module, sources, null, db, message -> {
            if (message.startsWith("Data loss in downgrade()")) {
                return;
            }
            if (warnings == null) {
                throw new AssertionError("unexpected warning: " + message);
            }
            warnings.add(message);
        });
    }

    /** Generates into {@code sources}; a warning but a downgrade's data-loss one fails the test. */
    static GenerateResult generate(ClassDirectoryCompiler module, Path sources, String message) {
        return generate(module, sources, message, null);
    }

    /** Generates into {@code sources}; the warnings go into {@code warnings} (null: a warning fails the test). */
    static GenerateResult generate(ClassDirectoryCompiler module, Path sources, String message,
            List<String> warnings) {
        return migrator(module, sources, null, warnings).generate(message);
    }

    /** The migrations that {@code generate} wrote, as sources to compile with the entities. */
    static List<JavaFileObject> migrations(GenerateResult result) throws IOException {
        return List.of(javaSources(result.migrations()));
    }

    /** Migration source files, as sources to compile with the entities. */
    static JavaFileObject[] javaSources(List<Path> files) throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(javaSource(file));
        }
        return sources.toArray(JavaFileObject[]::new);
    }

    /** One migration source file, as a source to compile with the entities. */
    static JavaFileObject javaSource(Path file) throws IOException {
        return Sources.file(PACKAGE + "." + file.getFileName().toString().replace(".java", ""), Files.readString(file));
    }

    /** The migrations snapshot that {@code generate} keeps beside the migrations. */
    static String snapshot(Path sources) throws IOException {
        return Files.readString(sources.resolve("resources/db/migration/schema.snapshot"));
    }

    /** The entities of the module's snapshots and its auto-applied converters, loaded for Hibernate. */
    static List<Class<?>> entities(ClassDirectoryCompiler module) throws ClassNotFoundException {
        ClassLoader loader = module.classLoader();
        List<Class<?>> entities = new ArrayList<>();
        for (SchemaFile snapshot : GeneratedSnapshots.onClassPath(loader)) {
            for (String name : snapshot.entities()) {
                entities.add(Class.forName(name, true, loader));
            }
        }
        for (String name : module.resourceLines(SnapshotFiles.CONVERTERS)) {
            entities.add(Class.forName(name, true, loader));
        }
        return entities;
    }
}
