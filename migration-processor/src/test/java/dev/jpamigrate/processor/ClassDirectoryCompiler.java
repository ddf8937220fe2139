package dev.jpamigrate.processor;

import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources with the JDK's javac and the processor into a class directory that
 * outlives the compilation, with that directory on the class path, as an IDE or Maven
 * compiles a module again and again into {@code target/classes}.
 */
final class ClassDirectoryCompiler {
    private final Path classes;
    private final Path generated;
    private final List<Path> classPath = new ArrayList<>();
    private final List<String> processorOptions = new ArrayList<>();
    private final List<String> javacOptions = new ArrayList<>();
    private final List<ClassDirectoryCompiler> dependencies = new ArrayList<>();
    private boolean processing = true;
    private boolean lombok;

    ClassDirectoryCompiler(Path root) {
        this.classes = root.resolve("classes");
        this.generated = root.resolve("generated-sources");
        try {
            Files.createDirectories(classes);
            Files.createDirectories(generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the class directory of another module, as a dependency. */
    ClassDirectoryCompiler withDependency(ClassDirectoryCompiler module) {
        classPath.add(module.classes);
        dependencies.add(module);
        return this;
    }

    /**
     * Runs Lombok's annotation processor too, listed after JPA Migrate's on the processor path (the
     * order in which JPA Migrate meets the classes before Lombok has written their getters).
     */
    ClassDirectoryCompiler withLombok() {
        lombok = true;
        return this;
    }

    /** Passes {@code -Aname=value} to the processor, as in {@code <compilerArgs>}. */
    ClassDirectoryCompiler withProcessorOption(String name, String value) {
        processorOptions.add("-A" + name + "=" + value);
        return this;
    }

    /** Passes an option to javac, such as {@code --release 11}. */
    ClassDirectoryCompiler withJavacOption(String... option) {
        javacOptions.addAll(List.of(option));
        return this;
    }

    /**
     * Copies a module's resources into the class directory before it compiles, as Maven's
     * {@code process-resources} phase does: the processor finds the application's settings there.
     */
    ClassDirectoryCompiler withResources(Path resources) {
        try (var files = Files.walk(resources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = classes.resolve(resources.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Compiles without any annotation processor ({@code -proc:none}), as javac does for a model not ours to map. */
    ClassDirectoryCompiler withoutProcessor() {
        processing = false;
        return this;
    }

    Path classes() {
        return classes;
    }

    /** The lines of a resource the processor wrote to the class output, or none when it wrote none. */
    List<String> resourceLines(String resource) {
        Path file = classes.resolve(resource);
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles every {@code .java} file under {@code directory}. */
    void compileTree(Path directory) {
        compileTree(directory, List.of());
    }

    /** Compiles every {@code .java} file under {@code directory} but those under {@code excluded}. */
    void compileTree(Path directory, List<Path> excluded) {
        try (var files = Files.walk(directory)) {
            compile(files.filter(f -> f.toString().endsWith(".java")).filter(f -> excluded.stream().noneMatch(f::startsWith))
                    .map(ClassDirectoryCompiler::source).toArray(JavaFileObject[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JavaFileObject source(Path file) {
        try {
            return com.google.testing.compile.JavaFileObjects.forResource(file.toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles {@code sources}; fails the test with javac's messages when they do not compile. */
    void compile(JavaFileObject... sources) {
        List<Diagnostic<? extends JavaFileObject>> errors = compileReportingErrors(sources);
        if (!errors.isEmpty()) {
            throw new AssertionError("compilation failed:\n" + errors.stream()
                    .map(d -> d.getMessage(null)).collect(Collectors.joining("\n")));
        }
    }

    /** Compiles {@code sources}; returns the errors. */
    List<Diagnostic<? extends JavaFileObject>> compileReportingErrors(JavaFileObject... sources) {
        return compileReportingDiagnostics(sources).stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    /** Compiles {@code sources}; returns the errors and warnings. */
    List<Diagnostic<? extends JavaFileObject>> compileReportingDiagnostics(JavaFileObject... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> path = new ArrayList<>(List.of(classes.toString()));
        classPath.forEach(p -> path.add(p.toString()));
        path.add(System.getProperty("java.class.path"));
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
                "-classpath", String.join(File.pathSeparator, path), "-implicit:none"));
        options.addAll(processorOptions);
        options.addAll(javacOptions);
        if (!processing) {
            options.add("-proc:none");
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, List.of(sources));
            if (processing) {
                task.setProcessors(lombok ? List.of(new JpaMigrateProcessor(), Processing.lombok())
                        : List.of(new JpaMigrateProcessor()));
            }
            task.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return diagnostics.getDiagnostics();
    }

    /** The schema of every entity snapshot registered in the class directory, as the engine reads them. */
    Schema entitySchema() {
        Schema merged = Schema.EMPTY;
        for (SchemaFile snapshot : snapshots()) {
            merged = merged.merge(snapshot.schema());
        }
        return merged;
    }

    List<SchemaFile> snapshots() {
        return GeneratedSnapshots.onClassPath(classLoader());
    }

    /** The compiled module as the engine sees it. */
    ClassLoader classLoader() {
        return classLoaderOf(this);
    }

    /** The compiled module with the modules it depends on, as an application runs them. */
    ClassLoader classLoaderWithDependencies() {
        List<ClassDirectoryCompiler> modules = new ArrayList<>(dependencies);
        modules.add(this);
        return classLoaderOf(modules.toArray(ClassDirectoryCompiler[]::new));
    }

    /** Compiled modules on one class path, as the engine sees them. Not closed: a directory holds no file open. */
    static ClassLoader classLoaderOf(ClassDirectoryCompiler... modules) {
        try {
            URL[] urls = new URL[modules.length];
            for (int i = 0; i < modules.length; i++) {
                urls[i] = modules[i].classes.toUri().toURL();
            }
            return new ModuleClassLoader(urls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of an index file in the class directory; none when there is no such file. */
    List<String> index(String resource) {
        Path file = classes.resolve(resource);
        try {
            return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads classes from the directories and the test class path, but finds resources in the
     * directories only: the test class path has snapshots of its own (the conformance fixtures).
     * hypersistence-utils is loaded here too, as an application's class path holds it beside the
     * entities: its UserTypes load the entity class by name ({@code Class.forName}) from their own loader.
     */
    private static final class ModuleClassLoader extends URLClassLoader {
        private static final String HYPERSISTENCE = "io.hypersistence.utils.";
        private final int directories;

        ModuleClassLoader(URL[] directories) {
            super(withHypersistence(directories), ClassDirectoryCompiler.class.getClassLoader());
            this.directories = directories.length;
        }

        private static URL[] withHypersistence(URL[] directories) {
            try {
                URL jar = Class.forName(HYPERSISTENCE + "hibernate.type.json.JsonType", false,
                        ClassDirectoryCompiler.class.getClassLoader()).getProtectionDomain().getCodeSource().getLocation();
                URL[] urls = java.util.Arrays.copyOf(directories, directories.length + 1);
                urls[directories.length] = jar;
                return urls;
            } catch (ClassNotFoundException | LinkageError notOnTheClassPath) {
                return directories;
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(HYPERSISTENCE) || getURLs().length == directories) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> found = new ArrayList<>();
            for (Enumeration<URL> urls = findResources(name); urls.hasMoreElements(); ) {
                URL url = urls.nextElement();
                if (url.getProtocol().equals("file")) {
                    found.add(url);
                }
            }
            return java.util.Collections.enumeration(found);
        }

        @Override
        public URL getResource(String name) {
            URL url = findResource(name);
            return url != null && url.getProtocol().equals("file") ? url : null;
        }
    }

    /** Deletes a compiled class, as an IDE does when its source is deleted. */
    void deleteClass(String binaryName) {
        try {
            Files.delete(classes.resolve(binaryName.replace('.', '/') + ".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
