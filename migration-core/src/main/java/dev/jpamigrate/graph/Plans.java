package dev.jpamigrate.graph;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.core.Plural;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which revisions to run, in which order, to move a database from the revisions it has
 * applied to a target: {@code head} (every head), a revision id or unique prefix, and for
 * a downgrade also {@code -N} (the last N) or {@code base} (everything).
 */
public final class Plans {
    private Plans() {
    }

    /** The revisions to upgrade, parents first. */
    public static List<String> upgrade(RevisionGraph graph, Set<String> applied, String target) {
        requireKnown(graph, applied);
        List<String> targets = target == null || target.isBlank() || target.equals("head") || target.equals("heads")
                ? graph.heads()
                : List.of(graph.resolve(target.trim()));
        List<String> pending = new ArrayList<>(graph.ancestorsOf(targets));
        pending.removeAll(applied);
        return graph.sorted(pending);
    }

    /** The revisions to downgrade, children first. */
    public static List<String> downgrade(RevisionGraph graph, Set<String> applied, String target) {
        requireKnown(graph, applied);
        if (target == null || target.isBlank()) {
            throw new MigrationException("Say how far to downgrade: -Dmigration.target=-1 (one revision), "
                    + "a revision id, or base (everything).");
        }
        String t = target.trim();
        List<String> newestFirst = new ArrayList<>(graph.sorted(applied));
        Collections.reverse(newestFirst);
        if (t.equals("base")) {
            return newestFirst;
        }
        if (t.matches("-\\d+")) {
            int steps = Integer.parseInt(t.substring(1));
            if (steps > newestFirst.size()) {
                throw new MigrationException("Cannot go back " + Plural.count(steps, "revision") + ": the database has only "
                        + newestFirst.size() + " applied.");
            }
            return newestFirst.subList(0, steps);
        }
        String keep = graph.resolve(t);
        if (!applied.contains(keep)) {
            throw new MigrationException("Revision " + keep + " is not applied to this database, so there is"
                    + " nothing to downgrade to; run mvn migration:current to see where it stands.");
        }
        Set<String> kept = graph.ancestorsOf(List.of(keep));
        return newestFirst.stream().filter(id -> !kept.contains(id)).toList();
    }

    private static void requireKnown(RevisionGraph graph, Set<String> applied) {
        Set<String> unknown = new HashSet<>(applied);
        unknown.removeIf(graph::contains);
        if (!unknown.isEmpty()) {
            throw new MigrationException("The database has applied revision(s) " + unknown.stream().sorted().toList()
                    + ", which no migration on the class path defines: build from a branch that has them,"
                    + " or check migration.package.");
        }
    }
}
