package dev.jpamigrate.runner;

import java.time.Instant;
import java.util.List;

/** A row of the history table: a revision applied to the database. */
public record AppliedRevision(String id, List<String> parents, String message, String checksum, Instant appliedAt,
        String appliedBy, long durationMillis) {
}
