package dev.jpamigrate.benchmark;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The results as Markdown: the median of each variant's measured runs, what each processor
 * adds to plain javac, whether JPA Migrate meets its aim, and every run.
 *
 * @param settings what was run
 * @param sourceFiles how many sources the model has
 * @param sourceLines how many lines they have
 * @param baseline the variant without processors
 * @param others the other variants that ran, in the order they ran (floors, JPA Migrate's, Hibernate's)
 * @param hibernate Hibernate's metamodel generator's variant, what JPA Migrate's are compared with
 * @param measured the measured runs of each variant, warm-ups left out
 * @param loadBefore the load average before the first compilation
 * @param loadAfter the load average after the last
 */
record BenchmarkReport(BenchmarkSettings settings, int sourceFiles, long sourceLines, CompilerVariant baseline,
        List<CompilerVariant> others, CompilerVariant hibernate, Map<CompilerVariant, List<Measurement>> measured,
        String loadBefore, String loadAfter) {

    private static final ToDoubleFunction<Measurement> WALL_SECONDS = m -> seconds(m.wall());
    private static final ToDoubleFunction<Measurement> CPU_SECONDS = m -> seconds(m.cpu());
    private static final ToDoubleFunction<Measurement> PEAK_RSS_MIB = m -> m.peakRssKib() / 1024.0;

    String markdown() {
        StringBuilder md = new StringBuilder("# Processor benchmark\n\n");
        md.append(String.format(Locale.ROOT, "%s: %d entities (%d source files, %d lines), compiled %d times per"
                + " variant after %d warm-ups, each time in a fresh JVM with `-Xmx%s`; medians.%n%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                settings.entities(), sourceFiles, sourceLines, settings.runs(), settings.warmups(), settings.heap()));
        md.append(Machine.describe()).append("; load average (1, 5, 15 min) ").append(loadBefore)
                .append(" before, ").append(loadAfter).append(" after.\n\n");

        md.append("| variant | wall time | CPU time (user+sys) | peak RSS | files generated |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (CompilerVariant variant : all()) {
            List<Measurement> runs = measured.get(variant);
            md.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.0f MiB | %d |%n", variant.description(),
                    median(runs, WALL_SECONDS), median(runs, CPU_SECONDS), median(runs, PEAK_RSS_MIB),
                    runs.get(0).generatedFiles()));
        }

        md.append("\n| added to plain javac | wall time | CPU time | peak RSS |\n| --- | ---: | ---: | ---: |\n");
        for (CompilerVariant variant : others) {
            md.append("| ").append(variant.description()).append(" | ").append(added(variant, WALL_SECONDS, "%+.2f s"))
                    .append(" | ").append(added(variant, CPU_SECONDS, "%+.2f s")).append(" | ")
                    .append(added(variant, PEAK_RSS_MIB, "%+.0f MiB")).append(" |\n");
        }
        md.append('\n');
        for (CompilerVariant ours : others) {
            if (!ours.name().startsWith("jpa-migrate") || !measured.containsKey(hibernate)) {
                continue;
            }
            double cpuRatio = medianRatio(ours, CPU_SECONDS);
            double rssRatio = medianRatio(ours, PEAK_RSS_MIB);
            md.append(String.format(Locale.ROOT, "What %s adds / what Hibernate's metamodel generator adds"
                    + " (medians of per-round ratios, each round against its own plain javac): CPU time %.2f, peak RSS"
                    + " %.2f. Aim, at most 0.25: CPU time %s, peak RSS %s.%n%n", ours.name(), cpuRatio, rssRatio,
                    cpuRatio <= 0.25 ? "met" : "NOT met", rssRatio <= 0.25 ? "met" : "NOT met"));
        }

        md.append("## Every measured run\n\n| variant | run | wall time | CPU time | peak RSS |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        for (CompilerVariant variant : all()) {
            List<Measurement> runs = measured.get(variant);
            for (int i = 0; i < runs.size(); i++) {
                Measurement run = runs.get(i);
                md.append(String.format(Locale.ROOT, "| %s | %d | %.2f s | %.2f s | %d MiB |%n", variant.name(), i + 1,
                        seconds(run.wall()), seconds(run.cpu()), run.peakRssKib() / 1024));
            }
        }
        return md.toString();
    }

    private List<CompilerVariant> all() {
        List<CompilerVariant> all = new java.util.ArrayList<>(List.of(baseline));
        all.addAll(others);
        return all;
    }

    /** The difference to the baseline's median, in {@code format}, and in per cent of the baseline. */
    private String added(CompilerVariant variant, ToDoubleFunction<Measurement> metric, String format) {
        double added = addedTo(variant, metric);
        double base = median(measured.get(baseline), metric);
        return String.format(Locale.ROOT, format + " (%+.0f%%)", added, 100 * added / base);
    }

    private double addedTo(CompilerVariant variant, ToDoubleFunction<Measurement> metric) {
        return median(measured.get(variant), metric) - median(measured.get(baseline), metric);
    }

    /** The median over the rounds of (ours - plain javac) / (Hibernate's - plain javac). */
    private double medianRatio(CompilerVariant ours, ToDoubleFunction<Measurement> metric) {
        List<Measurement> base = measured.get(baseline);
        double[] ratios = new double[base.size()];
        for (int i = 0; i < ratios.length; i++) {
            double plain = metric.applyAsDouble(base.get(i));
            ratios[i] = (metric.applyAsDouble(measured.get(ours).get(i)) - plain)
                    / (metric.applyAsDouble(measured.get(hibernate).get(i)) - plain);
        }
        java.util.Arrays.sort(ratios);
        int middle = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
    }

    static double median(List<Measurement> runs, ToDoubleFunction<Measurement> metric) {
        double[] values = runs.stream().mapToDouble(metric).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
