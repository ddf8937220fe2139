package dev.jpamigrate.benchmark;

import dev.jpamigrate.benchmark.plugin.ProcessorAsPlugin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How much time and memory the JPA Migrate processor adds to javac, next to what
 * Hibernate's metamodel generator adds: generates a model of many entities, compiles it
 * with each variant in turn (round by round, so that a change in the machine's load falls
 * on all variants alike), and writes the medians to a Markdown report.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -pl benchmarks/processor -am verify -DskipTests
 * -Dbenchmark.entities=1000}; the arguments are described in {@link BenchmarkSettings}.
 */
public final class ProcessorBenchmark {
    /** The same model on every run. */
    private static final long SEED = 20261125L;

    private ProcessorBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        BenchmarkSettings settings = BenchmarkSettings.parse(args);
        Path sourceRoot = settings.work().resolve("model");
        ForkedJavac.deleteRecursively(sourceRoot);
        List<Path> sources = new EntityModelGenerator(settings.entities(), SEED).write(sourceRoot);
        Path sourceList = settings.work().resolve("sources.txt");
        Files.writeString(sourceList, sources.stream().map(ProcessorBenchmark::quoted)
                .collect(Collectors.joining("\n", "", "\n")));
        long sourceLines = 0;
        for (Path source : sources) {
            sourceLines += Files.readAllLines(source).size();
        }

        CompilerVariant baseline = CompilerVariant.withoutProcessors();
        CompilerVariant hibernate = CompilerVariant.hibernateMetamodel(settings.hibernateProcessorPath(),
                settings.hibernateVersion());
        List<CompilerVariant> others = new ArrayList<>();
        for (CompilerVariant variant : List.of(CompilerVariant.noopProcessor(ForkedJavac.harnessClassPath()),
                CompilerVariant.noopPlugin(PluginPath.write(settings.work().resolve("noop-plugin"), NoopPlugin.class,
                        NoopPlugin.class.getName(), NoopPlugin.class.getName() + "$1").toString()),
                CompilerVariant.jpaMigrate(settings.ourProcessorPath()),
                CompilerVariant.jpaMigratePlugin(prototypePath(settings.work().resolve("prototype-plugin")) + File.pathSeparator
                        + settings.ourProcessorPath()),
                hibernate)) {
            if (settings.runs(variant.name())) {
                others.add(variant);
            }
        }
        if (settings.earlierProcessorPath() != null) {
            int beforeHibernate = others.contains(hibernate) ? others.indexOf(hibernate) : others.size();
            others.add(beforeHibernate, CompilerVariant.jpaMigrateEarlier(settings.earlierProcessorPath()));
        }
        List<CompilerVariant> variants = new ArrayList<>(List.of(baseline));
        variants.addAll(others);
        Map<CompilerVariant, List<Measurement>> measured = new LinkedHashMap<>();
        ForkedJavac javac = new ForkedJavac(sourceList, settings.classPath(), settings.heap(),
                settings.work());

        String loadBefore = Machine.loadAverage();
        int rounds = settings.warmups() + settings.runs();
        for (int round = 1; round <= rounds; round++) {
            boolean warmup = round <= settings.warmups();
            for (CompilerVariant variant : variants) {
                Measurement run = javac.compile(variant, settings.work().resolve("out").resolve(variant.name()));
                System.out.printf(Locale.ROOT, "[round %d/%d%s] %-19s wall %6.2f s, CPU %6.2f s, peak RSS %5d MiB%n",
                        round, rounds, warmup ? ", warm-up" : "", variant.name(), BenchmarkReport.seconds(run.wall()),
                        BenchmarkReport.seconds(run.cpu()), run.peakRssKib() / 1024);
                if (!warmup) {
                    measured.computeIfAbsent(variant, v -> new ArrayList<>()).add(run);
                }
            }
        }
        String loadAfter = Machine.loadAverage();

        String report = new BenchmarkReport(settings, sources.size(), sourceLines, baseline, others, hibernate, measured,
                loadBefore, loadAfter).markdown();
        Files.writeString(settings.report(), report);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + settings.report());
    }

    /** The prototype that runs JPA Migrate's processor from a javac plugin (package {@code plugin}). */
    private static Path prototypePath(Path directory) throws IOException {
        String plugin = ProcessorAsPlugin.class.getName();
        String pkg = ProcessorAsPlugin.class.getPackageName();
        return PluginPath.write(directory, ProcessorAsPlugin.class, plugin, plugin + "$1", pkg + ".PluginEnvironment",
                pkg + ".PluginRound");
    }

    /** A path as one argument of a javac argument file. */
    private static String quoted(Path path) {
        return '"' + path.toAbsolutePath().toString().replace("\\", "\\\\") + '"';
    }
}
