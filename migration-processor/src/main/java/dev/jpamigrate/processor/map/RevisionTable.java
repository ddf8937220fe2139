package dev.jpamigrate.processor.map;

/**
 * The table of Hibernate Envers' revisions, which each audit table's revision column references and takes its type
 * from: the module's revision entity's ({@code @RevisionEntity}, an ordinary entity, keyed by its {@code
 * @RevisionNumber} id: an int is an {@code integer}, a long a {@code bigint}), or else {@code REVINFO}, which JPA Migrate
 * writes.
 *
 * @param name the table's stored name, with its schema
 * @param physicalName its physical name, which Hibernate hashes into the names of the foreign keys to it
 * @param keyColumn its key column, stored
 * @param type the SQL type of its key, and so of each revision column
 */
record RevisionTable(String name, String physicalName, String keyColumn, String type) {
}
