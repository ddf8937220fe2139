package dev.jpamigrate.runner;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.core.Plural;
import dev.jpamigrate.graph.Plans;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.postgres.RepeatableStatements;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A psql script that does what {@link Runner} does for a range of revisions, for a DBA who runs
 * the SQL by hand (Alembic's offline mode): the same session settings and advisory lock, the
 * history tables created when missing, then per revision its statements and its history rows in
 * one transaction (a revision with {@code transactional = false}: its statements one by one, as
 * the runner runs them, then its history rows), with the checksums {@code upgrade} records.
 *
 * <p>The range: {@code from} is the revision the database is at ({@code base}, a revision id or
 * prefix, or {@code head}); {@code target} as for {@code upgrade}, or for {@code downgrade} when it
 * is {@code base}, {@code -N}, or an ancestor of {@code from}. Without {@code from}, an upgrade
 * starts at base and a downgrade to {@code base} or {@code -N} at head.
 */
public final class SqlScript {
    /** psql's variable that holds when a revision that is not transactional started. */
    private static final String STARTED = "jpamigrate_started";
    /** The duration of a revision run in one transaction: {@code now()} is when the transaction began. */
    private static final String TRANSACTION_MILLIS = "(extract(epoch from clock_timestamp() - now()) * 1000)::bigint";

    private final DatabaseSettings settings;
    private final PostgresDialect dialect = new PostgresDialect();
    private final HistoryTable history;

    /** @param settings the schema and timeouts; the URL and credentials are not used */
    public SqlScript(DatabaseSettings settings) {
        this.settings = settings;
        this.history = new HistoryTable(settings.schema());
    }

    /** The revisions of a range, in the order they run, and which way. */
    public record Range(Direction direction, String from, String to, List<String> revisions) {
        /** {@code upgrade from base to 20261125130200}. */
        public String describe() {
            return direction.name().toLowerCase(Locale.ROOT) + " from " + from + " to " + to;
        }
    }

    /** The script and the range it covers. */
    public record Script(Range range, String text) {
    }

    /**
     * @throws MigrationException on an unknown revision, a target that is not reachable, or a revision
     *     with a JDBC step, which runs Java and has no SQL to write
     */
    public Script write(List<LoadedRevision> revisions, String from, String target) {
        Range range = range(revisions, from, target);
        Map<String, LoadedRevision> byId = revisions.stream()
                .collect(Collectors.toMap(LoadedRevision::id, Function.identity()));
        StringBuilder out = new StringBuilder();
        out.append("-- JPA Migrate: ").append(range.describe()).append(" of schema ").append(settings.schema())
                .append(", ").append(Plural.count(range.revisions().size(), "revision")).append(".\n")
                .append("-- Run it with: psql -d <database> -f <this file>\n")
                .append("\\set ON_ERROR_STOP on\n");
        // The same session as the runner's: timeouts, the advisory lock, the history tables, the search path.
        SessionStatements.beforeLock(settings).forEach(sql -> statement(out, sql));
        statement(out, "select pg_advisory_lock(" + AdvisoryLock.keyOf(settings.schema()) + ")");
        SessionStatements.afterLock(settings).forEach(sql -> statement(out, sql));
        history.createStatements().forEach(sql -> statement(out, sql));
        statement(out, SessionStatements.searchPath(settings));
        for (String id : range.revisions()) {
            revision(out, byId.get(id), range.direction());
        }
        out.append('\n');
        statement(out, "select pg_advisory_unlock(" + AdvisoryLock.keyOf(settings.schema()) + ")");
        return new Script(range, out.toString());
    }

    /** Which revisions the range holds, and which way it goes. */
    public static Range range(List<LoadedRevision> revisions, String from, String target) {
        RevisionGraph graph = RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
        String t = target == null || target.isBlank() ? "head" : target.trim();
        boolean toBase = t.equals("base") || t.matches("-\\d+");
        String f = from == null || from.isBlank() ? (toBase ? "head" : "base") : from.trim();
        Set<String> applied = f.equals("base") ? Set.of()
                : graph.ancestorsOf(f.equals("head") || f.equals("heads") ? graph.heads() : List.of(graph.resolve(f)));
        String fromName = f.equals("base") || f.equals("head") || f.equals("heads") ? f : graph.resolve(f);
        boolean downgrade = toBase
                || !t.equals("head") && !t.equals("heads") && isBelow(graph.resolve(t), applied, fromName);
        if (downgrade) {
            return new Range(Direction.DOWNGRADE, fromName, t.equals("base") || t.startsWith("-") ? t : graph.resolve(t),
                    Plans.downgrade(graph, applied, t));
        }
        String to = t.equals("head") || t.equals("heads") ? String.join(", ", graph.heads()) : graph.resolve(t);
        return new Range(Direction.UPGRADE, fromName, to, Plans.upgrade(graph, applied, t));
    }

    /** An ancestor of where the database is (not that revision itself) is a target to downgrade to. */
    private static boolean isBelow(String target, Set<String> applied, String from) {
        return applied.contains(target) && !target.equals(from);
    }

    private void revision(StringBuilder out, LoadedRevision revision, Direction direction) {
        List<Operation> upgrade = revision.upgrade();
        List<Operation> operations = direction == Direction.UPGRADE ? upgrade : revision.downgrade();
        for (Operation op : operations) {
            if (op instanceof Operation.JdbcStep jdbc) {
                throw new MigrationException("Revision " + revision.id() + " has the JDBC step \"" + jdbc.description()
                        + "\", which runs Java and cannot be written as SQL: apply it with mvn migration:"
                        + direction.name().toLowerCase(Locale.ROOT)
                        + ", or write a range that ends before it (migration.from, migration.target).");
            }
        }
        String message = revision.node().message().replaceAll("\\s+", " ");
        out.append("\n-- ").append(direction == Direction.UPGRADE ? "Upgrade " : "Downgrade ").append(revision.id())
                .append(message.isEmpty() ? "" : " (" + message + ")")
                .append(revision.transactional() ? "" : ": not transactional, each statement commits by itself")
                .append('\n');
        String millis;
        if (revision.transactional()) {
            out.append("begin;\n");
            operations.forEach(op -> dialect.render(op).forEach(sql -> statement(out, sql)));
            millis = TRANSACTION_MILLIS;
        } else {
            statement(out, "select clock_timestamp() as " + STARTED + " \\gset", false);
            operations.forEach(op -> RepeatableStatements.render(dialect, op).forEach(sql -> statement(out, sql)));
            out.append("begin;\n");
            millis = "(extract(epoch from clock_timestamp() - :'" + STARTED + "'::timestamptz) * 1000)::bigint";
        }
        String id = literal(revision.id());
        String checksum = literal(OperationChecksum.of(upgrade));
        if (direction == Direction.UPGRADE) {
            statement(out, history.insertRevision(id, literal(HistoryTable.parents(revision.node())),
                    literal(revision.node().message()), checksum, millis));
            statement(out, history.insertLog(id, literal(HistoryTable.UPGRADE), checksum, millis));
        } else {
            statement(out, history.deleteRevision(id));
            statement(out, history.insertLog(id, literal(HistoryTable.DOWNGRADE), checksum, millis));
        }
        out.append("commit;\n");
    }

    private static void statement(StringBuilder out, String sql) {
        statement(out, sql, true);
    }

    private static void statement(StringBuilder out, String sql, boolean terminate) {
        String text = sql.strip();
        while (terminate && text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        out.append(text).append(terminate ? ";\n" : "\n");
    }

    /** A string literal, with standard_conforming_strings on (PostgreSQL's default since 9.1). */
    private static String literal(String value) {
        return SessionStatements.literal(value);
    }
}
