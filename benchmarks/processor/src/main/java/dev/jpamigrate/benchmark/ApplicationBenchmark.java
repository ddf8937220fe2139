package dev.jpamigrate.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * What JPA Migrate costs an application's build, measured with real Maven: writes the
 * benchmark model as a Maven project without JPA Migrate and as one with it, then runs in a
 * fresh Maven each time: the first {@code migration:generate}, the compile of the generated
 * migration, {@code migration:upgrade} against PostgreSQL, and in rounds, each round taking
 * every variant in turn, a clean compile of both projects (the one with JPA Migrate with its
 * migrations), a {@code compile} with nothing changed and a {@code migration:generate} with
 * nothing changed.
 *
 * <p>Arguments, as {@code --name=value}: {@code sizes} (entities:rounds, comma-separated, as
 * {@code 1000:5,10000:1}), {@code work}, {@code report}, {@code maven} (the wrapper),
 * {@code repository} (a local repository where JPA Migrate is installed), {@code repository-tail}
 * (optional, read-only), {@code jpamigrate-version}, {@code jakarta-persistence-version},
 * {@code compiler-plugin-version}, {@code database} (a JDBC URL of the PostgreSQL server
 * without the database name, as {@code jdbc:postgresql://127.0.0.1:5432/}) and {@code user}.
 * The user must be able to create databases; each size gets its own, {@code jpamigrate_bench_N},
 * dropped and created anew.
 */
public final class ApplicationBenchmark {
    private static final long SEED = 20261125L;
    private static final ToDoubleFunction<MavenRun.Cost> WALL = c -> BenchmarkReport.seconds(c.wall());
    private static final ToDoubleFunction<MavenRun.Cost> CPU = c -> BenchmarkReport.seconds(c.cpu());
    private static final ToDoubleFunction<MavenRun.Cost> RSS = c -> c.peakRssKib() / 1024.0;

    private ApplicationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        Path work = Path.of(values.get("work"));
        String tail = values.get("repository-tail");
        MavenRun maven = new MavenRun(Path.of(values.get("maven")), Path.of(values.get("repository")),
                tail == null || tail.isBlank() || tail.startsWith("${") ? null : Path.of(tail));
        MavenProjectWriter writer = new MavenProjectWriter(new MavenProjectWriter.Versions(
                values.get("jpamigrate-version"), values.get("jakarta-persistence-version"),
                values.get("compiler-plugin-version")));
        String server = values.get("database");
        String user = values.get("user");

        StringBuilder report = new StringBuilder("# Application benchmark\n\n")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append("; ").append(Machine.describe()).append(".\n");
        for (String size : values.get("sizes").split(",")) {
            String[] parts = size.trim().split(":");
            int entities = Integer.parseInt(parts[0]);
            int rounds = Integer.parseInt(parts[1]);
            report.append(measure(entities, rounds, work.resolve(String.valueOf(entities)), maven, writer, server,
                    user));
            Files.writeString(Path.of(values.get("report")), report);
        }
        System.out.println(report);
    }

    private static String measure(int entities, int rounds, Path directory, MavenRun maven, MavenProjectWriter writer,
            String server, String user) throws Exception {
        String database = "jpamigrate_bench_" + entities;
        recreate(server + "postgres", user, database);
        Path plain = directory.resolve("plain");
        Path app = directory.resolve("app");
        writer.writePlain(plain, entities, SEED);
        writer.writeWithJpaMigrate(app, entities, SEED, server + database, user);
        String loadBefore = Machine.loadAverage();

        // Once: a warm-up of Maven and its plugins, then the developer's first session.
        MavenRun.Cost warmUp = maven.run(plain, "warm-up", "clean", "compile");
        MavenRun.Cost compileWithoutMigrations = maven.run(app, "compile-without-migrations", "clean", "compile");
        MavenRun.Cost firstGenerate = maven.run(app, "generate-first", "migration:generate",
                "-Dmigration.message=initial schema");
        long migrationBytes = sizeOf(app.resolve("src/main/java/db/migration"));
        long snapshotBytes = sizeOf(app.resolve("src/main/resources/db/migration"));
        MavenRun.Cost compileMigrations = maven.run(app, "compile-migrations", "compile");
        MavenRun.Cost upgrade = maven.run(app, "upgrade", "migration:upgrade");

        List<MavenRun.Cost> plainClean = new ArrayList<>();
        List<MavenRun.Cost> appClean = new ArrayList<>();
        List<MavenRun.Cost> appCompile = new ArrayList<>();
        List<MavenRun.Cost> appGenerate = new ArrayList<>();
        List<Double> cleanRatios = new ArrayList<>();
        List<Double> cleanCpuRatios = new ArrayList<>();
        List<Double> generateExtra = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            plainClean.add(maven.run(plain, "clean-compile-" + round, "clean", "compile"));
            appClean.add(maven.run(app, "clean-compile-" + round, "clean", "compile"));
            appCompile.add(maven.run(app, "compile-unchanged-" + round, "compile"));
            appGenerate.add(maven.run(app, "generate-unchanged-" + round, "migration:generate",
                    "-Dmigration.message=nothing changed"));
            int last = round - 1;
            cleanRatios.add(WALL.applyAsDouble(appClean.get(last)) / WALL.applyAsDouble(plainClean.get(last)));
            cleanCpuRatios.add(CPU.applyAsDouble(appClean.get(last)) / CPU.applyAsDouble(plainClean.get(last)));
            generateExtra.add(WALL.applyAsDouble(appGenerate.get(last)) - WALL.applyAsDouble(appCompile.get(last)));
            System.out.printf(Locale.ROOT, "[%d entities, round %d/%d] clean compile %.1f s plain, %.1f s with JPA"
                    + " Migrate (%.2fx); compile unchanged %.1f s, generate unchanged %.1f s (%+.1f s)%n", entities,
                    round, rounds, WALL.applyAsDouble(plainClean.get(last)), WALL.applyAsDouble(appClean.get(last)),
                    cleanRatios.get(last), WALL.applyAsDouble(appCompile.get(last)),
                    WALL.applyAsDouble(appGenerate.get(last)), generateExtra.get(last));
        }
        String loadAfter = Machine.loadAverage();
        System.out.printf(Locale.ROOT, "[%d entities] plain clean compile %.1f s, generate %.1f s, compile migrations"
                + " %.1f s, upgrade %.1f s%n", entities, WALL.applyAsDouble(warmUp), WALL.applyAsDouble(firstGenerate),
                WALL.applyAsDouble(compileMigrations), WALL.applyAsDouble(upgrade));

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%n## %,d entities, %d rounds%n%nLoad average (1, 5, 15 min) %s before, %s"
                + " after. The first migration class(es): %,d bytes; the migrations snapshot: %,d bytes.%n%n",
                entities, rounds, loadBefore, loadAfter, migrationBytes, snapshotBytes));
        md.append("| Maven run | wall time | CPU time | peak RSS |\n| --- | ---: | ---: | ---: |\n");
        row(md, "`clean compile`, without JPA Migrate, the first (Maven's warm-up)", List.of(warmUp));
        row(md, "`clean compile`, without JPA Migrate", plainClean);
        row(md, "`clean compile`, with JPA Migrate, no migrations yet", List.of(compileWithoutMigrations));
        row(md, "first `migration:generate` (compile included)", List.of(firstGenerate));
        row(md, "`compile` of the first migration", List.of(compileMigrations));
        row(md, "`migration:upgrade` to it (nothing to compile)", List.of(upgrade));
        row(md, "`clean compile`, with JPA Migrate and its migrations", appClean);
        row(md, "`compile`, nothing changed", appCompile);
        row(md, "`migration:generate`, nothing changed", appGenerate);
        if (rounds == 0) {
            return md.toString();
        }
        md.append(String.format(Locale.ROOT, "%nMedians of per-round values: clean compile with JPA Migrate and its"
                + " migrations / without JPA Migrate = %.2fx in wall time, %.2fx in CPU time; `migration:generate`"
                + " with nothing changed beyond `compile` = %+.2f s.%n", median(cleanRatios), median(cleanCpuRatios),
                median(generateExtra)));
        System.out.print(md);
        return md.toString();
    }

    private static void row(StringBuilder md, String name, List<MavenRun.Cost> runs) {
        if (runs.isEmpty()) {
            return;
        }
        md.append(String.format(Locale.ROOT, "| %s | %.1f s | %.1f s | %.0f MiB |%n", name,
                median(runs.stream().map(WALL::applyAsDouble).toList()),
                median(runs.stream().map(CPU::applyAsDouble).toList()),
                median(runs.stream().map(RSS::applyAsDouble).toList())));
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long sizeOf(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void recreate(String adminUrl, String user, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, null);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
        }
    }
}
