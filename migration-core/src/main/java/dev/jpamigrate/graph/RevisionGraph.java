package dev.jpamigrate.graph;

import dev.jpamigrate.core.MigrationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * The revisions and their parent links: branches and merges are allowed, cycles and
 * missing parents are not. Orders are topological, with ties broken by id, which sorts by
 * time; so a linear history comes out in the order it was written.
 */
public final class RevisionGraph {
    private final Map<String, RevisionNode> byId;
    private final List<String> order;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    private RevisionGraph(Map<String, RevisionNode> byId, List<String> order) {
        this.byId = byId;
        this.order = order;
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        byId.values().forEach(n -> n.parents().forEach(p -> children.computeIfAbsent(p, k -> new ArrayList<>())
                .add(n.id())));
    }

    /** @throws MigrationException on a duplicate id, an unknown parent, or a cycle */
    public static RevisionGraph of(Collection<RevisionNode> revisions) {
        Map<String, RevisionNode> byId = new TreeMap<>();
        for (RevisionNode node : revisions) {
            if (byId.put(node.id(), node) != null) {
                throw new MigrationException("Two migrations have revision id " + node.id()
                        + ": give one of them a new id.");
            }
        }
        for (RevisionNode node : byId.values()) {
            for (String parent : node.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new MigrationException("Revision " + node.id() + " names parent " + parent
                            + ", which no migration defines.");
                }
            }
        }
        return new RevisionGraph(byId, topologicalOrder(byId));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public RevisionNode get(String id) {
        RevisionNode node = byId.get(id);
        if (node == null) {
            throw new MigrationException("Unknown revision " + id + ".");
        }
        return node;
    }

    /** Every revision, parents before children. */
    public List<RevisionNode> inOrder() {
        return order.stream().map(byId::get).toList();
    }

    /** The revisions no other revision follows, in id order. */
    public List<String> heads() {
        Set<String> parents = new HashSet<>();
        byId.values().forEach(n -> parents.addAll(n.parents()));
        return order.stream().filter(id -> !parents.contains(id)).sorted().toList();
    }

    /**
     * Resolves what a user typed: a full id, or a prefix that only one id starts with.
     *
     * @throws MigrationException when nothing or more than one revision matches
     */
    public String resolve(String idOrPrefix) {
        if (byId.containsKey(idOrPrefix)) {
            return idOrPrefix;
        }
        List<String> matches = order.stream().filter(id -> id.startsWith(idOrPrefix)).sorted().toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new MigrationException("Unknown revision " + idOrPrefix + ": run mvn migration:history to list them.");
        }
        throw new MigrationException("Revision " + idOrPrefix + " is ambiguous: it may be any of " + matches + ".");
    }

    /** {@code ids} and all their ancestors. */
    public Set<String> ancestorsOf(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.add(id)) {
                todo.addAll(get(id).parents());
            }
        }
        return seen;
    }

    /** {@code ids} and all the revisions that follow them. */
    public Set<String> descendantsOf(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return seen;
    }

    /** {@code ids} in topological order. */
    public List<String> sorted(Collection<String> ids) {
        int[] positions = new int[ids.size()];
        int i = 0;
        for (String id : ids) {
            Integer at = position.get(id);
            if (at == null) {
                throw new MigrationException("Unknown revision " + id + ".");
            }
            positions[i++] = at;
        }
        // Sorting positions, not ids through a map lookup per comparison.
        Arrays.sort(positions);
        List<String> sorted = new ArrayList<>(positions.length);
        for (int at : positions) {
            sorted.add(order.get(at));
        }
        return sorted;
    }

    private static List<String> topologicalOrder(Map<String, RevisionNode> byId) {
        Map<String, Integer> pendingParents = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (RevisionNode node : byId.values()) {
            Set<String> distinct = new LinkedHashSet<>(node.parents());
            pendingParents.put(node.id(), distinct.size());
            distinct.forEach(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(node.id()));
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        pendingParents.forEach((id, n) -> {
            if (n == 0) {
                ready.add(id);
            }
        });
        List<String> order = new ArrayList<>(byId.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String child : children.getOrDefault(id, List.of())) {
                if (pendingParents.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (order.size() != byId.size()) {
            Set<String> ordered = new HashSet<>(order);
            List<String> inCycle = byId.keySet().stream().filter(id -> !ordered.contains(id)).toList();
            throw new MigrationException("The parent links of revisions " + inCycle + " form a cycle.");
        }
        return List.copyOf(order);
    }
}
