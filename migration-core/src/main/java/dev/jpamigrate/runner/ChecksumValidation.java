package dev.jpamigrate.runner;

import dev.jpamigrate.index.LoadedRevision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code validate}: the applied revisions of a database against the migration classes. A revision
 * whose operations no longer give the checksum recorded when it ran was edited after it was applied,
 * so the class no longer says what that database holds; a recorded revision that no class defines
 * was removed, or comes from another branch.
 *
 * @param applied how many revisions the history records
 * @param edited the applied revisions whose class now gives another checksum, oldest first
 * @param unknown the applied revisions that no migration class defines, oldest first
 */
public record ChecksumValidation(int applied, List<Edited> edited, List<AppliedRevision> unknown) {
    public ChecksumValidation {
        edited = List.copyOf(edited);
        unknown = List.copyOf(unknown);
    }

    /**
     * @param row what the history recorded when the revision ran
     * @param checksum what the class's operations give now
     */
    public record Edited(AppliedRevision row, String checksum) {
    }

    public static ChecksumValidation of(List<AppliedRevision> applied, List<LoadedRevision> revisions) {
        Map<String, LoadedRevision> byId = revisions.stream()
                .collect(Collectors.toMap(LoadedRevision::id, Function.identity()));
        List<Edited> edited = new ArrayList<>();
        List<AppliedRevision> unknown = new ArrayList<>();
        for (AppliedRevision row : applied) {
            LoadedRevision revision = byId.get(row.id());
            if (revision == null) {
                unknown.add(row);
                continue;
            }
            String checksum = OperationChecksum.of(revision.upgrade());
            if (!checksum.equals(row.checksum())) {
                edited.add(new Edited(row, checksum));
            }
        }
        return new ChecksumValidation(applied.size(), edited, unknown);
    }

    public boolean passed() {
        return edited.isEmpty() && unknown.isEmpty();
    }

    /** One line per revision that fails, for the log. */
    public List<String> lines(String schema, String migrationPackage) {
        List<String> lines = new ArrayList<>();
        for (Edited e : edited) {
            lines.add("Revision " + describe(e.row()) + " was edited after it was applied to schema " + schema + " at "
                    + e.row().appliedAt() + ": its operations give checksum " + shortly(e.checksum())
                    + ", the history recorded " + shortly(e.row().checksum()) + ".");
        }
        for (AppliedRevision row : unknown) {
            lines.add("Revision " + describe(row) + ", applied to schema " + schema + " at " + row.appliedAt()
                    + ", is defined by no migration in " + migrationPackage + ".");
        }
        return lines;
    }

    /** The line that ends the goal: what passed, or each kind of failure with what to do, in one line. */
    public String summary(String schema) {
        if (passed()) {
            return "Validated " + applied + " applied " + (applied == 1 ? "revision" : "revisions")
                    + ": checksums match.";
        }
        List<String> parts = new ArrayList<>();
        if (!edited.isEmpty()) {
            List<String> ids = edited.stream().map(e -> e.row().id()).toList();
            parts.add(revisions(ids) + " of schema " + schema + " changed after " + (ids.size() == 1 ? "it was" : "they were")
                    + " applied: restore " + (ids.size() == 1 ? "its class" : "their classes") + " from version control"
                    + " (git log -p shows the edit); if the edit is meant and this database already has it, record"
                    + " the current checksums with mvn migration:stamp -Dmigration.target=current, which keeps the"
                    + " applied revisions as they are");
        }
        if (!unknown.isEmpty()) {
            List<String> ids = unknown.stream().map(AppliedRevision::id).toList();
            parts.add(revisions(ids) + " applied to schema " + schema + (ids.size() == 1 ? " has" : " have")
                    + " no migration class: restore " + (ids.size() == 1 ? "it" : "them") + " from version control (or"
                    + " merge the branch that has " + (ids.size() == 1 ? "it" : "them") + "), or downgrade this"
                    + " database with the build that has " + (ids.size() == 1 ? "it" : "them"));
        }
        return "Validation failed: " + String.join("; and ", parts) + ".";
    }

    private static String revisions(List<String> ids) {
        return (ids.size() == 1 ? "revision " : "revisions ") + String.join(", ", ids);
    }

    private static String describe(AppliedRevision row) {
        return row.id() + (row.message() == null || row.message().isEmpty() ? "" : " (" + row.message() + ")");
    }

    /** Enough of a SHA-256 to tell two apart in a log line. */
    private static String shortly(String checksum) {
        return checksum == null ? "none" : checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}
