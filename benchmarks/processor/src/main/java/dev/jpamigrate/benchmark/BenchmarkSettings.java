package dev.jpamigrate.benchmark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run measures and where it works, from {@code --name=value} arguments
 * (the pom passes them from the {@code benchmark.*} properties).
 *
 * @param entities how many entities the generated model has
 * @param warmups compilations per variant whose numbers are dropped
 * @param runs compilations per variant that are measured
 * @param heap the maximum heap of every javac JVM ({@code -Xmx}), the same for all variants
 * @param work the directory for the model's sources and the compilers' output
 * @param report the Markdown file the results are written to
 * @param classPath what the entities compile against (the JPA API; the processor needs nothing else)
 * @param ourProcessorPath migration-processor with its dependencies
 * @param hibernateProcessorPath hibernate-processor with its dependencies
 * @param hibernateVersion the version of hibernate-processor, for the report
 * @param variants the names of the variants to run, comma-separated, or {@code all}
 * @param earlierProcessorPath optional: another build of migration-processor with its dependencies, run as the
 *     variant {@code jpa-migrate-earlier}, to compare a change of the processor with the build before it
 */
record BenchmarkSettings(int entities, int warmups, int runs, String heap, Path work, Path report,
        String classPath, String ourProcessorPath, String hibernateProcessorPath, String hibernateVersion,
        String variants, String earlierProcessorPath) {

    static BenchmarkSettings parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Expected --name=value, got: " + arg);
            }
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return new BenchmarkSettings(
                atLeast(1, "entities", values),
                atLeast(0, "warmups", values),
                atLeast(1, "runs", values),
                required(values, "heap"),
                Path.of(required(values, "work")),
                Path.of(required(values, "report")),
                required(values, "class-path"),
                required(values, "our-processor-path"),
                required(values, "hibernate-processor-path"),
                required(values, "hibernate-version"),
                values.getOrDefault("variants", "all"),
                values.get("earlier-processor-path"));
    }

    /** Whether the variant of that name runs; plain javac always does, the others are compared with it. */
    boolean runs(String variant) {
        return variants.equals("all") || variant.equals("javac") || List.of(variants.split(",")).contains(variant);
    }

    private static int atLeast(int minimum, String name, Map<String, String> values) {
        int value = Integer.parseInt(required(values, name));
        if (value < minimum) {
            throw new IllegalArgumentException("--" + name + " must be at least " + minimum + ", got " + value);
        }
        return value;
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalArgumentException("Missing --" + name + "=...");
        }
        return value;
    }
}
