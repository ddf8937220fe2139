package dev.jpamigrate.benchmark.revisions;

import dev.jpamigrate.core.Migrator;
import dev.jpamigrate.embedded.EmbeddedServer;
import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.runner.DatabaseSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Whether the runner's cost per revision stays flat as the history grows. For each N: N one-table
 * revisions ({@link GeneratedRevisions}) applied to an empty database through {@link Migrator#upgrade},
 * one transaction each, against the same statements run by plain JDBC, one transaction each, on
 * another empty database of the same server; then the no-op upgrade with all N applied (median of
 * several). The overhead per revision is the difference divided by N: the runner's own work
 * (loading and recording the migrations, the graph, the plan, the history rows). On a loaded machine
 * wall times vary by tens of percent; the CPU time of the calling thread (all of the client's work
 * runs on it) is the steadier measure of whether the client's cost per revision stays flat.
 *
 * <pre>
 * ./mvnw -Pbenchmark -pl benchmarks/revisions -am verify -DskipTests -Dbenchmark.revisions.sizes=1000,10000
 * </pre>
 */
public final class RevisionBenchmark {
    private RevisionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(1_000, 3_000, 10_000);
        int noops = 5;
        Path work = Path.of("target", "revision-benchmark");
        Path report = Path.of("target", "revision-benchmark.md");
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--sizes=")) {
                sizes = Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).toList();
            } else if (arg.startsWith("--noops=")) {
                noops = Integer.parseInt(value);
            } else if (arg.startsWith("--work=")) {
                work = Path.of(value);
            } else if (arg.startsWith("--report=")) {
                report = Path.of(value);
            }
        }
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky.test.db.postgres", "warn");
        List<String> rows = new ArrayList<>();
        try (EmbeddedServer server = EmbeddedServer.startTemporary()) {
            for (int n : sizes) {
                rows.add(measure(server, n, noops, work.resolve("n" + n)));
                System.out.println(rows.get(rows.size() - 1));
            }
        }
        String table = "Revision benchmark, " + Instant.now() + ", JDK " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, load average " + loadAverage() + "\n\n"
                + "| revisions | upgrade, API | same SQL, JDBC | overhead per revision (wall) | client CPU per revision"
                + " | no-op upgrade (median of " + noops + ") | no-op client CPU per 1,000 revisions |\n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n" + String.join("\n", rows) + "\n";
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, table);
        System.out.println();
        System.out.println(table);
        System.out.println("Written to " + report);
    }

    private static String measure(EmbeddedServer server, int n, int noops, Path work) throws Exception {
        deleteRecursively(work);
        ClassLoader classes = GeneratedRevisions.compile(work, n);
        List<List<String>> statements = statements(classes);
        String api = "bench_api_" + n;
        String jdbc = "bench_jdbc_" + n;
        createDatabase(server, api);
        createDatabase(server, jdbc);

        long jdbcNanos = runPlainJdbc(server.jdbcUrl(jdbc), statements);
        Migrator migrator = Migrator.builder()
                .classLoader(classes)
                .migrationPackage(GeneratedRevisions.PACKAGE)
                .database(new DatabaseSettings(server.jdbcUrl(api), server.user(), null, "public"))
                .build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int applied = migrator.upgrade(null).size();
        long apiCpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long apiNanos = System.nanoTime() - start;
        if (applied != n) {
            throw new IllegalStateException("applied " + applied + " revisions, not " + n);
        }
        long[] noop = new long[noops];
        long[] noopCpu = new long[noops];
        for (int i = 0; i < noops; i++) {
            long s = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            if (!migrator.upgrade(null).isEmpty()) {
                throw new IllegalStateException("the no-op upgrade applied something");
            }
            noopCpu[i] = threads.getCurrentThreadCpuTime() - c;
            noop[i] = System.nanoTime() - s;
        }
        Arrays.sort(noop);
        Arrays.sort(noopCpu);
        long noopMedian = noop[noops / 2];
        return String.format(Locale.ROOT, "| %,d | %.1f s | %.1f s | %.2f ms | %.2f ms | %.2f s | %.0f ms |", n,
                apiNanos / 1e9, jdbcNanos / 1e9, (apiNanos - jdbcNanos) / 1e6 / n, apiCpu / 1e6 / n,
                noopMedian / 1e9, noopCpu[noops / 2] / 1e6 / (n / 1000.0));
    }

    /** The statements of each revision, rendered before timing: the JDBC side only sends them. */
    private static List<List<String>> statements(ClassLoader classes) {
        PostgresDialect dialect = new PostgresDialect();
        List<List<String>> statements = new ArrayList<>();
        for (LoadedRevision revision : new CompiledProject(classes, GeneratedRevisions.PACKAGE).revisions()) {
            List<String> sql = new ArrayList<>();
            for (Operation op : revision.upgrade()) {
                sql.addAll(dialect.render(op));
            }
            statements.add(sql);
        }
        return statements;
    }

    /** Each revision's statements in a transaction of its own, as the runner runs them, without a history. */
    private static long runPlainJdbc(String url, List<List<String>> statements) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, properties())) {
            c.setAutoCommit(false);
            for (List<String> revision : statements) {
                for (String sql : revision) {
                    try (Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                }
                c.commit();
            }
        }
        return System.nanoTime() - start;
    }

    private static void createDatabase(EmbeddedServer server, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), properties());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        }
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        return properties;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var walk = Files.walk(directory)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
