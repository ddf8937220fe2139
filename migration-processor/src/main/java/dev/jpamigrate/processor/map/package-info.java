/**
 * Stage 3, mapping: validated entities to the tables Hibernate ORM creates for them on
 * PostgreSQL, for the Hibernate version chosen: column types, nullability, keys, foreign keys,
 * unique constraints, indexes, checks, sequences, join and collection tables, inheritance.
 * A rule of Hibernate's schema lives in the class named after what it decides
 * ({@code ColumnTypes}, {@code KeyColumns}, {@code EntityTables}, {@code CollectionTableMapper}, ...).
 */
package dev.jpamigrate.processor.map;
