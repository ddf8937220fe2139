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
 * applied to a target: {@code head} (the one head; refused while branches are unmerged),
 * {@code heads} (every head), a revision id or unique prefix, and for a downgrade also
 * {@code -N} (the last N) or {@code base} (everything). Linear in the number of revisions.
 */
public final class Plans {
    private Plans() {
    }

    /** The revisions to upgrade, parents first. */
    public static List<String> upgrade(RevisionGraph graph, Set<String> applied, String target) {
        requireKnown(graph, applied);
        String t = target == null || target.isBlank() ? "head" : target.trim();
        List<String> targets;
        if (t.equals("heads")) {
            targets = graph.heads();
        } else if (t.equals("head")) {
            targets = graph.heads();
            if (targets.size() > 1) {
                throw new MigrationException("The migrations have " + targets.size() + " heads, " + describe(graph,
                        targets) + ": run mvn migration:merge to join them, or apply every head with"
                        + " -Dmigration.target=heads.");
            }
        } else {
            targets = List.of(graph.resolve(t));
        }
        Set<String> pending = graph.ancestorsOf(targets);
        pending.removeAll(applied);
        return graph.sorted(pending);
    }

    /** {@code 20261201 (add phone) and 20261202 (add fax)}. */
    public static String describe(RevisionGraph graph, List<String> ids) {
        List<String> named = ids.stream().map(id -> {
            String message = graph.get(id).message();
            return message.isEmpty() ? id : id + " (" + message + ")";
        }).toList();
        return named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
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
        // What follows the target goes; another branch's revisions stay applied, as in Alembic.
        Set<String> after = graph.descendantsOf(List.of(keep));
        after.remove(keep);
        return newestFirst.stream().filter(after::contains).toList();
    }

    /** @throws MigrationException when the database has applied a revision that no migration defines */
    public static void requireKnown(RevisionGraph graph, Set<String> applied) {
        Set<String> unknown = new HashSet<>(applied);
        unknown.removeIf(graph::contains);
        if (!unknown.isEmpty()) {
            throw new MigrationException("The database has applied revision(s) " + unknown.stream().sorted().toList()
                    + ", which no migration on the class path defines: build from a branch that has them,"
                    + " or check migration.package.");
        }
    }
}
