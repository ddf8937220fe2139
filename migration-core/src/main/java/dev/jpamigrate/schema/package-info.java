/**
 * The schema model: immutable values for tables, columns, keys, constraints, indexes and
 * sequences, each with an explicit name and a deterministic order, so that two snapshots of
 * the same entities are equal. {@link dev.jpamigrate.schema.SchemaFile} is its text form,
 * the one format of the entity snapshots the processor writes and of the migrations snapshot
 * that {@code migration:generate} keeps beside the migrations.
 */
package dev.jpamigrate.schema;
