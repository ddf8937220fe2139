package dev.jpamigrate.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Maven (the project's wrapper) in a generated application, under GNU {@code time}, which
 * reports the wall time, the CPU time of Maven's JVM and everything it forks, and its peak
 * resident set.
 *
 * @param maven the Maven launcher, the project's {@code mvnw}
 * @param repository the local repository that holds JPA Migrate's installed artifacts
 * @param repositoryTail a read-only local repository searched after it (the user's), or null
 */
record MavenRun(Path maven, Path repository, Path repositoryTail) {
    private static final Duration TIMEOUT = Duration.ofMinutes(60);

    /** What one Maven invocation cost. */
    record Cost(Duration wall, Duration cpu, long peakRssKib) {
    }

    /** Runs {@code arguments} (goals and properties) in {@code project}; fails when Maven does. */
    Cost run(Path project, String name, String... arguments) throws IOException, InterruptedException {
        Path log = project.resolve("target-logs").resolve(name + ".log");
        Path timing = project.resolve("target-logs").resolve(name + ".time");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timing.toString(),
                maven.toString(), "-B", "-ntp", "-Dmaven.repo.local=" + repository));
        if (repositoryTail != null) {
            command.add("-Dmaven.repo.local.tail=" + repositoryTail);
        }
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + ": Maven did not finish within " + TIMEOUT + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + ": Maven failed (exit code " + process.exitValue() + "); see "
                    + log);
        }
        String[] fields = Files.readAllLines(timing).get(Files.readAllLines(timing).size() - 1).trim().split(" ");
        return new Cost(seconds(fields[0]), seconds(Double.parseDouble(fields[1]) + Double.parseDouble(fields[2])),
                Long.parseLong(fields[3]));
    }

    private static Duration seconds(String value) {
        return seconds(Double.parseDouble(value));
    }

    private static Duration seconds(double value) {
        return Duration.ofNanos(Math.round(value * 1e9));
    }
}
