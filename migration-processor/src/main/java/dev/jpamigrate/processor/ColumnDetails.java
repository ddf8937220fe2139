package dev.jpamigrate.processor;

import java.util.List;

/**
 * What else the mapping says about a basic attribute's column, beyond {@code @Column}:
 * Hibernate's {@code @Comment}, {@code @ColumnDefault}, {@code @Check},
 * {@code @JdbcTypeCode}, {@code @NaturalId} and generated timestamps, and JPA 3.2's
 * {@code @Column(comment, check)}.
 *
 * @param comment the column comment, or {@code null}
 * @param defaultValue the SQL of the column default, or {@code null}
 * @param sqlType the type that {@code @JdbcTypeCode} chooses, or {@code null}
 * @param naturalId {@code @NaturalId}: the column joins the table's natural-id unique constraint
 * @param generatedTimestamp {@code @CreationTimestamp} or {@code @UpdateTimestamp}
 */
record ColumnDetails(String comment, String defaultValue, List<CheckSpec> checks, String sqlType, boolean naturalId,
        boolean generatedTimestamp) {
    static final ColumnDetails NONE = new ColumnDetails(null, null, List.of(), null, false, false);

    ColumnDetails {
        checks = List.copyOf(checks);
    }
}
