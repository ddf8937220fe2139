package dev.jpamigrate.testing;

import dev.jpamigrate.Revision;
import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.Migrator;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.runner.DatabaseSettings;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * An application's source tree and its compiled classes, without Maven: entity snapshots
 * written as the processor would write them, migrations written by {@code generate} or by
 * hand, compiled with javac, the resources copied beside the classes as Maven copies them,
 * and the index files written as the processor writes them.
 */
public final class ProjectFixture {
    public static final String PACKAGE = "db.migration";

    private final Path root;
    private final Path sources;
    private final Path resources;
    /** What the processor would write into the class output. */
    private final Path processorOutput;
    private final List<String> logged = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-25T13:00:00Z");
    private ClassLoader classes;
    private int compilations;

    public ProjectFixture(Path root) {
        this.root = root;
        this.sources = root.resolve("src/main/java");
        this.resources = root.resolve("src/main/resources");
        this.processorOutput = root.resolve("processor-output");
    }

    /** Writes the entity snapshot that the processor would write for entities of package com.acme mapping to {@code schema}. */
    public ProjectFixture entities(Schema schema) {
        return entities(schema, List.of());
    }

    /**
     * Writes the entity snapshot of package com.acme, built from {@code entityClasses}, and the
     * processor's list of the module's entities, as the processor writes them.
     */
    public ProjectFixture entities(Schema schema, List<String> entityClasses) {
        processorFile(IndexFiles.entitySchema("com.acme"), SchemaFile.ofEntities(schema, entityClasses).write(null));
        processorFile(IndexFiles.ENTITY_SCHEMAS, IndexFiles.entitySchema("com.acme") + "\n");
        if (!entityClasses.isEmpty()) {
            processorFile(IndexFiles.ENTITIES, String.join("\n", entityClasses) + "\n");
        }
        return this;
    }

    /** Writes the entity snapshot of package com.acme with the hints the processor would write beside {@code schema}. */
    public ProjectFixture entities(Schema schema, Hints hints) {
        processorFile(IndexFiles.entitySchema("com.acme"),
                SchemaFile.ofEntities(schema, List.of(), List.of(), hints).write(null));
        processorFile(IndexFiles.ENTITY_SCHEMAS, IndexFiles.entitySchema("com.acme") + "\n");
        return this;
    }

    /** Writes a resource as the processor writes them into the class output. */
    public ProjectFixture processorFile(String resource, String text) {
        write(() -> {
            Path file = processorOutput.resolve(resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        });
        return this;
    }

    /** Removes what the processor wrote, as when it is not configured. */
    public ProjectFixture withoutProcessor() {
        write(() -> {
            try (Stream<Path> walk = Files.walk(processorOutput)) {
                for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            return processorOutput;
        });
        return this;
    }

    /** The entity snapshot that {@link #entities} writes. */
    public Path entitySnapshot() {
        return processorOutput.resolve(IndexFiles.entitySchema("com.acme"));
    }

    /** Writes a source file, for example a hand-written migration. */
    public ProjectFixture source(String path, String code) {
        write(() -> {
            Path file = sources.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, code);
            return file;
        });
        return this;
    }

    public Path sources() {
        return sources;
    }

    /** Where {@code generate} keeps the migrations snapshot: {@code src/main/resources}. */
    public Path resources() {
        return resources;
    }

    /** {@code src/main/resources/db/migration/schema.snapshot}. */
    public Path migrationsSnapshot() {
        return resources.resolve(IndexFiles.migrationsSnapshot(PACKAGE));
    }

    /** The clock of {@code generate} moves a minute per call, so that revision ids differ. */
    public Migrator migrator(DatabaseSettings database) {
        now = now.plusSeconds(60);
        return Migrator.builder()
                .classLoader(compile())
                .migrationPackage(PACKAGE)
                .sourceDirectory(sources)
                .resourceDirectory(resources)
                .baseDirectory(root)
                .database(database)
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .log(new Log() {
                    @Override
                    public void info(String message) {
                        logged.add(message);
                    }

                    @Override
                    public void warn(String message) {
                        logged.add("WARN " + message);
                    }
                })
                .build();
    }

    public Migrator migrator() {
        return migrator(null);
    }

    public List<String> log() {
        return logged;
    }

    /** Every source under src/main/java, compiled from scratch, with the resources and index files beside the classes. */
    public ClassLoader compile() {
        try {
            Path output = root.resolve("classes-" + ++compilations);
            Files.createDirectories(output);
            List<String> files;
            try (Stream<Path> walk = Files.exists(sources) ? Files.walk(sources) : Stream.empty()) {
                files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
            }
            if (!files.isEmpty()) {
                List<String> args = new ArrayList<>(List.of("-d", output.toString(), "-proc:none",
                        "-classpath", System.getProperty("java.class.path")));
                args.addAll(files);
                if (ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)) != 0) {
                    throw new AssertionError("the project does not compile; see the compiler output above");
                }
            }
            copy(resources, output);
            copy(processorOutput, output);
            classes = new URLClassLoader(new URL[] {output.toUri().toURL()}, getClass().getClassLoader());
            writeIndexes(output);
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeIndexes(Path output) throws IOException {
        List<String> revisions = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = output.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = loadClass(name);
                if (type.isAnnotationPresent(Revision.class)) {
                    revisions.add(name);
                }
            }
        }
        writeLines(output.resolve(IndexFiles.REVISIONS), revisions);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, classes);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static void writeLines(Path file, List<String> lines) throws IOException {
        if (!lines.isEmpty()) {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        }
    }

    private interface Writing {
        Path write() throws IOException;
    }

    private static void write(Writing writing) {
        try {
            writing.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
