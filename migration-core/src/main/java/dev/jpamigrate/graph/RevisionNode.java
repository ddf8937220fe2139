package dev.jpamigrate.graph;

import java.util.List;

/** A revision as the graph sees it: its id, its parents, and what it says it does. */
public record RevisionNode(String id, List<String> parents, String message) {
    public RevisionNode {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a revision must have an id");
        }
        parents = List.copyOf(parents);
        message = message == null ? "" : message;
    }
}
