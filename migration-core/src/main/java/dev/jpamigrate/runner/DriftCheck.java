package dev.jpamigrate.runner;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.diff.MigrationsReplay;
import dev.jpamigrate.diff.SchemaComparison;
import dev.jpamigrate.graph.Plans;
import dev.jpamigrate.graph.RevisionGraph;
import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.postgres.ServerExpressions;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code diff}: reads a live database through the catalog and compares it with the schema that its
 * applied revisions should have given it. Changes nothing and takes no lock: it reads the history and
 * the catalog, and prints the migrations' defaults and checks through temporary tables that are rolled back.
 *
 * <p>What the database is compared with depends on where it stands. At the head, it is the committed
 * migrations snapshot, the schema the team reviewed (or, without one, the replay of every revision).
 * Behind the head, the snapshot describes revisions that did not run, so it is the replay of the applied
 * revisions only ({@link MigrationsReplay}): a pending revision is not drift. At base, it is the empty
 * schema. The database is read in the target schema and in the other schemas the migrations' tables
 * live in; the history tables are left out, and so are schemas the migrations do not use.
 */
public final class DriftCheck {
    private final DatabaseSettings settings;
    private final Path baseDirectory;

    public DriftCheck(DatabaseSettings settings, Path baseDirectory) {
        this.settings = settings;
        this.baseDirectory = baseDirectory;
    }

    /**
     * @param revisions the migrations of the project
     * @param snapshot the committed migrations snapshot, when there is one
     * @throws MigrationException when the database holds a revision the project does not have, or the
     *     applied revisions do not replay
     */
    public Drift check(List<LoadedRevision> revisions, Optional<SchemaFile> snapshot) {
        RevisionGraph graph = RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
        try (DatabaseSession session = DatabaseSession.open(settings, baseDirectory)) {
            Connection connection = session.connection();
            // The catalog prints a name that is not on the search path qualified (nextval('shop.customer_seq')),
            // so both the database and the migrations' expressions are read with the target schema first, as
            // the runner ran the revisions.
            try (Statement s = connection.createStatement()) {
                s.execute(SessionStatements.searchPath(settings));
            }
            List<AppliedRevision> applied = new HistoryTable(settings.schema()).applied(connection);
            Set<String> appliedIds = applied.stream().map(AppliedRevision::id).collect(Collectors.toSet());
            Plans.requireKnown(graph, appliedIds);
            List<String> current = AppliedRevision.current(applied);
            Expected expected = expected(graph, revisions, appliedIds, current, snapshot);
            Schema live = CatalogReader.read(connection, settings.schema(), otherSchemas(expected.schema()),
                    Set.of(HistoryTable.HISTORY, HistoryTable.LOG));
            Schema normalised = ServerExpressions.normalise(connection, expected.schema());
            return new Drift(current, graph.heads(), expected.basis(), expected.opaqueRevisions(),
                    SchemaComparison.differences(normalised, "the migrations", live, "the database"), normalised, live);
        } catch (SQLException e) {
            throw new MigrationException("Database error on " + settings.safeUrl() + ": "
                    + DatabaseErrors.firstLine(e.getMessage()), e);
        }
    }

    private record Expected(Schema schema, String basis, List<String> opaqueRevisions) {
    }

    private static Expected expected(RevisionGraph graph, List<LoadedRevision> revisions, Set<String> appliedIds,
            List<String> current, Optional<SchemaFile> snapshot) {
        if (appliedIds.isEmpty()) {
            return new Expected(Schema.EMPTY, "the empty schema (no revision applied)", List.of());
        }
        String at = String.join(", ", current);
        boolean atHead = appliedIds.size() == graph.inOrder().size();
        List<LoadedRevision> appliedRevisions = revisions.stream().filter(r -> appliedIds.contains(r.id())).toList();
        if (atHead && snapshot.isPresent() && snapshot.get().heads().equals(graph.heads())) {
            // The snapshot is the entities' schema: what raw SQL created is not in it either.
            List<String> opaque = appliedRevisions.stream()
                    .filter(r -> r.upgrade().stream().anyMatch(MigrationsReplay::isOpaque))
                    .map(LoadedRevision::id).toList();
            return new Expected(snapshot.get().schema(), "the migrations snapshot at " + at, graph.sorted(opaque));
        }
        MigrationsReplay replay = MigrationsReplay.of(appliedRevisions);
        return new Expected(replay.schema(), "the schema revisions up to " + at + " produce", replay.opaqueRevisions());
    }

    /** A revision the project does not have was applied by other code: what it did cannot be told. */
    /** The schemas the migrations' tables and sequences are qualified with. */
    private Set<String> otherSchemas(Schema schema) {
        Set<String> names = new TreeSet<>(schema.schemaNames());
        names.remove(settings.schema());
        return names;
    }
}
