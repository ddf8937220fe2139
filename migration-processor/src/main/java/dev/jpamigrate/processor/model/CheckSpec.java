package dev.jpamigrate.processor.model;

/**
 * A CHECK constraint of the mapping: Hibernate's {@code @Check} or JPA 3.2's
 * {@code @CheckConstraint}, on a column or on the table.
 *
 * @param name the name as written, or {@code null} for PostgreSQL's
 * @param expression the SQL condition
 */
public record CheckSpec(String name, String expression, Origin origin) {
}
