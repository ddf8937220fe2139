package dev.jpamigrate.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Compiles the model once in a fresh JVM ({@link MeasuredJavac}), so that each
 * compilation starts cold and its memory is its own, as a {@code javac} run in a build is.
 */
final class ForkedJavac {
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private final Path sourceList;
    private final String classPath;
    private final String heap;
    private final Path launcher;

    /**
     * @param sourceList a javac argument file listing the model's sources
     * @param classPath what the entities compile against
     * @param heap the maximum heap, as for {@code -J-Xmx}
     * @param work where the forked JVMs' own class path is written
     */
    ForkedJavac(Path sourceList, String classPath, String heap, Path work) throws IOException {
        this.sourceList = sourceList;
        this.classPath = classPath;
        this.heap = heap;
        // MeasuredJavac alone: a class on the JVM's class path is loaded from there before the processor path, so a
        // plugin there (the prototype's) could not see the processor jar beside it on the processor path.
        this.launcher = PluginPath.copyClasses(work.resolve("launcher"), MeasuredJavac.class.getName());
    }

    /** Compiles into a fresh {@code directory}; fails when javac does. */
    Measurement compile(CompilerVariant variant, Path directory) throws IOException, InterruptedException {
        deleteRecursively(directory);
        Path classes = Files.createDirectories(directory.resolve("classes"));
        Path generated = Files.createDirectories(directory.resolve("generated"));
        Path result = directory.resolve("result.properties");
        Path log = directory.resolve("javac.log");

        List<String> command = new ArrayList<>(List.of(javaLauncher(), "-Xmx" + heap, "-cp", launcher.toString(),
                MeasuredJavac.class.getName(), result.toString()));
        command.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-nowarn", "-implicit:none",
                "-cp", classPath, "-d", classes.toString(), "-s", generated.toString()));
        command.addAll(variant.options());
        command.add("@" + sourceList);

        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(variant.name() + ": javac did not finish within " + TIMEOUT + "; see " + log);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        if (process.exitValue() != 0 || !Files.exists(result)) {
            throw new IllegalStateException(variant.name() + ": javac failed (exit code " + process.exitValue()
                    + "); see " + log);
        }
        Properties values = new Properties();
        try (var in = Files.newBufferedReader(result)) {
            values.load(in);
        }
        return new Measurement(wall, Duration.ofNanos(Long.parseLong(values.getProperty("cpuNanos"))),
                Long.parseLong(values.getProperty("peakRssKib")), countFiles(generated) + countResources(classes));
    }

    private static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Where {@link MeasuredJavac} was loaded from: this module's classes. */
    static String harnessClassPath() {
        try {
            return Path.of(MeasuredJavac.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int countFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    /** Files a processor wrote to the class output, such as service registrations. */
    private static int countResources(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return (int) files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".class")).count();
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
