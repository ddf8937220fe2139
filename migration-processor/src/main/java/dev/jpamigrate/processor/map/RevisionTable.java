package dev.jpamigrate.processor.map;

import java.util.List;

/**
 * The table of Hibernate Envers' revisions, which each audit table's revision column references and takes its type
 * from: the revision entity's ({@code @RevisionEntity}, an ordinary entity, keyed by its {@code @RevisionNumber} id: an
 * int is an {@code integer}, a long a {@code bigint}), or else {@code REVINFO}, which JPA Migrate writes. A module with
 * a revision entity leaves its table in {@link #RESOURCE} for the modules compiled against it, whose audited entities
 * Envers gives the same revision entity.
 *
 * @param entity the revision entity's binary name, or {@code null} for {@code REVINFO}
 * @param name the table's stored name, with its schema
 * @param physicalName its physical name, which Hibernate hashes into the names of the foreign keys to it
 * @param keyColumn its key column, stored
 * @param type the SQL type of its key, and so of each revision column
 */
public record RevisionTable(String entity, String name, String physicalName, String keyColumn, String type) {
    /** The class-path resource of a module's revision table: one line, its parts separated by tabs. */
    public static final String RESOURCE = "META-INF/jpamigrate/envers-revision-table";
    /**
     * The class-path resource of a module that wrote {@code REVINFO}: its audited entities, one binary name a line,
     * for a module compiled later with a revision entity, which they do not reference.
     */
    public static final String REVINFO_RESOURCE = "META-INF/jpamigrate/envers-revinfo-audited";

    /** The revision table of {@link #RESOURCE}'s lines, or {@code null} when they hold none. */
    public static RevisionTable parse(List<String> lines) {
        String[] parts = lines.isEmpty() ? new String[0] : lines.get(0).split("\t");
        return parts.length == 5 ? new RevisionTable(parts[0], parts[1], parts[2], parts[3], parts[4]) : null;
    }

    /** This as a line of {@link #RESOURCE}. */
    public String line() {
        return String.join("\t", entity, name, physicalName, keyColumn, type);
    }
}
