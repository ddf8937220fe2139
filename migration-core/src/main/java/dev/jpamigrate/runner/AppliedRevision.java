package dev.jpamigrate.runner;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A row of the history table: a revision applied to the database. */
public record AppliedRevision(String id, List<String> parents, String message, String checksum, Instant appliedAt,
        String appliedBy, long durationMillis) {

    /** Where the database stands: the applied revisions that no other applied revision follows, in id order. */
    public static List<String> current(List<AppliedRevision> applied) {
        Set<String> superseded = new HashSet<>();
        applied.forEach(a -> superseded.addAll(a.parents()));
        return applied.stream().map(AppliedRevision::id).filter(id -> !superseded.contains(id)).sorted().toList();
    }
}
