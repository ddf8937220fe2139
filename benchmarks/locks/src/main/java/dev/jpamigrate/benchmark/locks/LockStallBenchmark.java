package dev.jpamigrate.benchmark.locks;

import dev.jpamigrate.embedded.EmbeddedServer;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The writers' longest stall while a migration changes a table they update: a table of
 * {@code --rows} rows, {@code --writers} clients updating random rows without pause, each in
 * its own transaction; the change starts after a warm-up, and the stall is the longest single
 * update over the whole window. Each change runs twice: as plain DDL in one transaction (what
 * {@code migration.lockSafe=false} writes, and a transactional revision runs), and as the
 * operations {@code generate} writes by default, the main revision's in one transaction and the
 * follow-up's each in a transaction of its own, as the runner runs a revision with
 * {@code transactional = false}. The statements are the dialect's, so what is measured is what
 * the runner executes.
 *
 * <pre>
 * ./mvnw -Pbenchmark -pl benchmarks/locks -am verify -DskipTests -Dbenchmark.locks.rows=1500000
 * </pre>
 */
public final class LockStallBenchmark {
    /** Updates each writer makes before the change starts, so that the baseline is in the window. */
    private static final int WARM_UP_UPDATES = 500;
    private static final PostgresDialect DIALECT = new PostgresDialect();

    private final String url;
    private final String user;
    private final String password;
    private final int rows;
    private final int writers;

    private LockStallBenchmark(String url, String user, String password, int rows, int writers) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.rows = rows;
        this.writers = writers;
    }

    /** An operation as a revision runs it: in its transaction, or each statement in a transaction of its own. */
    private record Step(Operation op, boolean transactional) {
    }

    private record Change(String name, List<Step> steps, String reset) {
    }

    private record Result(String change, double statementSeconds, double stallSeconds, long updates) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq < 0 ? arg.length() : eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        int rows = Integer.parseInt(options.getOrDefault("rows", "1500000"));
        int writers = Integer.parseInt(options.getOrDefault("writers", "2"));
        Path report = Path.of(options.getOrDefault("report", "target/lock-benchmark.md"));
        String url = options.getOrDefault("url", "");
        EmbeddedServer server = url.isBlank() ? EmbeddedServer.startTemporary() : null;
        try {
            LockStallBenchmark benchmark = server != null
                    ? new LockStallBenchmark(server.jdbcUrl(), server.user(), "", rows, writers)
                    : new LockStallBenchmark(url, options.getOrDefault("user", "postgres"),
                            options.getOrDefault("password", ""), rows, writers);
            String table = benchmark.run();
            System.out.println(table);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, table);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private String run() throws SQLException, InterruptedException, IOException {
        populate();
        List<Change> changes = changes();
        List<Result> results = new ArrayList<>();
        for (Change change : changes) {
            results.add(measure(change));
        }
        StringBuilder table = new StringBuilder();
        String version;
        try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery("show server_version")) {
            rs.next();
            version = rs.getString(1);
        }
        table.append("Lock benchmark, ").append(Instant.now()).append(": ").append(String.format(Locale.ROOT, "%,d", rows))
                .append(" rows, ").append(writers).append(" writers updating random rows, PostgreSQL ").append(version)
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(loadAverage()).append(" at the end.\n\n")
                .append("| change | statement time | writers' longest stall | updates in the window |\n")
                .append("| --- | ---: | ---: | ---: |\n");
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %,d |%n", r.change(), r.statementSeconds(),
                    r.stallSeconds(), r.updates()));
        }
        return table.toString();
    }

    /** What generate writes for each change (asserted by LockSafeGenerateTest), and the plain DDL beside it. */
    private static List<Change> changes() {
        Index index = new Index("idx_account_score", List.of("score"), false);
        ForeignKey fk = new ForeignKey("fk_account_customer", List.of("customer_id"), "customer", List.of("id"), null,
                null);
        String dropIndex = "drop index if exists idx_account_score";
        String dropFk = "alter table account drop constraint if exists fk_account_customer";
        String dropNotNull = "alter table account alter column email drop not null";
        return List.of(
                new Change("none (baseline)", List.of(), null),
                new Change("`create index` (plain)",
                        List.of(new Step(new Operation.CreateIndex("account", index), true)), dropIndex),
                new Change("`create index concurrently` (generate)",
                        List.of(new Step(new Operation.CreateIndex("account", index, true), false)), dropIndex),
                new Change("`add foreign key` (plain)",
                        List.of(new Step(new Operation.AddForeignKey("account", fk), true)), dropFk),
                new Change("`add foreign key ... not valid`, then `validate` (generate)",
                        List.of(new Step(new Operation.AddForeignKey("account", fk, true), true),
                                new Step(new Operation.ValidateConstraint("account", fk.name()), false)), dropFk),
                new Change("`set not null` (plain)",
                        List.of(new Step(new Operation.AlterColumnNullable("account", "email", false), true)),
                        dropNotNull),
                new Change("`check ... not valid`, `validate`, `set not null`, drop the check (generate)",
                        List.of(new Step(new Operation.AlterColumnNullable("account", "email", false, true), false)),
                        dropNotNull));
    }

    private void populate() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop table if exists account");
            s.execute("drop table if exists customer");
            s.execute("create table customer (id bigint primary key, name varchar(80))");
            s.execute("insert into customer select g, 'customer ' || g from generate_series(1, 100000) g");
            s.execute("create table account (id bigint primary key, customer_id bigint, score integer not null,"
                    + " email varchar(255))");
            s.execute("insert into account select g, 1 + g % 100000, g % 1000, 'user' || g || '@example.com'"
                    + " from generate_series(1, " + rows + ") g");
            s.execute("vacuum analyze account");
            s.execute("vacuum analyze customer");
        }
    }

    private Result measure(Change change) throws SQLException, InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong longestNanos = new AtomicLong();
        AtomicLong updates = new AtomicLong();
        Window window = new Window(writers);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Connection writer = connect();
            Thread thread = new Thread(() -> write(writer, running, window, longestNanos, updates), "writer-" + i);
            thread.start();
            threads.add(thread);
        }
        window.warmedUp.await();
        long start = System.nanoTime();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (Step step : change.steps()) {
                c.setAutoCommit(!step.transactional());
                for (String sql : DIALECT.render(step.op())) {
                    s.execute(sql);
                }
                if (step.transactional()) {
                    c.commit();
                }
            }
            c.setAutoCommit(true);
        }
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        // A writer the change blocked finishes its update once the lock is gone: wait until each has done one more.
        window.changeEnded(end);
        window.caughtUp.await();
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        if (change.reset() != null) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute(change.reset());
            }
        }
        System.out.printf(Locale.ROOT, "%s: %.2f s, longest stall %.2f s%n", change.name(), seconds,
                longestNanos.get() / 1e9);
        return new Result(change.name(), change.steps().isEmpty() ? 0 : seconds, longestNanos.get() / 1e9,
                updates.get());
    }

    private void write(Connection connection, AtomicBoolean running, Window window, AtomicLong longestNanos,
            AtomicLong updates) {
        try (connection; PreparedStatement update = connection.prepareStatement(
                "update account set score = score + 1, customer_id = ? where id = ?")) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int made = 0;
            boolean caughtUp = false;
            while (running.get()) {
                update.setLong(1, 1 + random.nextInt(100_000));
                update.setLong(2, 1 + random.nextInt(rows));
                long start = System.nanoTime();
                update.executeUpdate();
                long took = System.nanoTime() - start;
                longestNanos.accumulateAndGet(took, Math::max);
                updates.incrementAndGet();
                if (++made == WARM_UP_UPDATES) {
                    window.warmedUp.countDown();
                }
                if (!caughtUp && start > window.changeEnd) {
                    caughtUp = true;
                    window.caughtUp.countDown();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The measuring window: it opens once every writer has made {@link #WARM_UP_UPDATES} updates and
     * closes once every writer has finished an update that started after the change ended.
     */
    private static final class Window {
        final CountDownLatch warmedUp;
        final CountDownLatch caughtUp;
        volatile long changeEnd = Long.MAX_VALUE;

        Window(int writers) {
            warmedUp = new CountDownLatch(writers);
            caughtUp = new CountDownLatch(writers);
        }

        void changeEnded(long nanoTime) {
            changeEnd = nanoTime;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
