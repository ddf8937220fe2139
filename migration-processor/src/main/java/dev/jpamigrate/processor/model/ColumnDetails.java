package dev.jpamigrate.processor.model;

import dev.jpamigrate.ForeignKeyAction;
import java.util.List;

/**
 * What else the mapping says about a basic attribute's column, beyond {@code @Column}:
 * Hibernate's {@code @Comment}, {@code @ColumnDefault}, {@code @Check},
 * {@code @JdbcTypeCode}, {@code @JdbcType}, {@code @NaturalId}, generated timestamps and {@code @OnDelete},
 * and JPA 3.2's {@code @Column(comment, check)}.
 *
 * @param comment the column comment, or {@code null}
 * @param defaultValue the SQL of the column default, or {@code null}
 * @param jdbcTypeCode the type code that {@code @JdbcTypeCode} or {@code @JdbcType} chooses, or {@code null}
 * @param naturalId {@code @NaturalId}: the column joins the table's natural-id unique constraint
 * @param generatedTimestamp {@code @CreationTimestamp} or {@code @UpdateTimestamp}
 * @param onDelete Hibernate's {@code @OnDelete(action)} on a relation, the foreign key's {@code on delete}
 * @param validation what Bean Validation constraints make of the column ({@link ValidationSpec#NONE} without a provider)
 * @param timeZoneStorage Hibernate's {@code @TimeZoneStorage} strategy ({@code COLUMN}, {@code AUTO}, ...), or {@code null}
 * @param timeZoneColumn Hibernate's {@code @TimeZoneColumn}: the offset column's name, definition and table, or
 *     {@code null}
 * @param collation Hibernate's {@code @Collate}: the column's collation, or {@code null}
 * @param generatedAs Hibernate's {@code @GeneratedColumn}: the expression of a generated column, or {@code null}
 * @param userType the class of Hibernate's {@code @Type}, whose getSqlType() says the column's type, or with a
 *     {@code columnDefinition} the column's place in Hibernate's order (not for the types of SQL type {@code OTHER}
 *     that {@code OtherSqlTypeUserTypes} knows, which sort as the largest), or {@code null}
 * @param comments a basic field's {@code @Comment}s when one names its column ({@code on}), in the order written:
 *     Hibernate gives the column the last that names it or names none, and fails on one that names another; empty
 *     otherwise ({@code comment} is the field's comment then)
 */
public record ColumnDetails(String comment, String defaultValue, List<CheckSpec> checks, Integer jdbcTypeCode, boolean naturalId,
        boolean generatedTimestamp, ForeignKeyAction onDelete, ValidationSpec validation, String timeZoneStorage,
        Attribute.ColumnSpec timeZoneColumn, String collation, String generatedAs, String userType,
        List<ColumnComment> comments) {
    public static final ColumnDetails NONE = new ColumnDetails(null, null, List.of(), null, false, false,
            ForeignKeyAction.NO_ACTION, ValidationSpec.NONE, null, null, null, null, null);

    /**
     * One {@code @Comment} of a field.
     *
     * @param on the column it names ({@code @Comment(on)}), or {@code null} for the field's columns
     */
    public record ColumnComment(String on, String value, Origin origin) {
    }

    public ColumnDetails(String comment, String defaultValue, List<CheckSpec> checks, Integer jdbcTypeCode,
            boolean naturalId, boolean generatedTimestamp, ForeignKeyAction onDelete, ValidationSpec validation,
            String timeZoneStorage, Attribute.ColumnSpec timeZoneColumn, String collation, String generatedAs,
            String userType) {
        this(comment, defaultValue, checks, jdbcTypeCode, naturalId, generatedTimestamp, onDelete, validation,
                timeZoneStorage, timeZoneColumn, collation, generatedAs, userType, List.of());
    }

    public ColumnDetails(String comment, String defaultValue, List<CheckSpec> checks, Integer jdbcTypeCode,
            boolean naturalId, boolean generatedTimestamp, ForeignKeyAction onDelete, ValidationSpec validation,
            String timeZoneStorage, Attribute.ColumnSpec timeZoneColumn, String collation, String generatedAs) {
        this(comment, defaultValue, checks, jdbcTypeCode, naturalId, generatedTimestamp, onDelete, validation,
                timeZoneStorage, timeZoneColumn, collation, generatedAs, null);
    }

    /** Without a collation. */
    public ColumnDetails(String comment, String defaultValue, List<CheckSpec> checks, Integer jdbcTypeCode,
            boolean naturalId, boolean generatedTimestamp, ForeignKeyAction onDelete, ValidationSpec validation,
            String timeZoneStorage, Attribute.ColumnSpec timeZoneColumn) {
        this(comment, defaultValue, checks, jdbcTypeCode, naturalId, generatedTimestamp, onDelete, validation,
                timeZoneStorage, timeZoneColumn, null, null, null);
    }

    public ColumnDetails {
        checks = List.copyOf(checks);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /**
     * The comment of the field's column named {@code column}, as Hibernate gives it: the last of {@link #comments}
     * that names the column (ignoring case) or names none; {@link #comment} without them.
     */
    public String commentOf(String column) {
        String last = comments.isEmpty() ? comment : null;
        for (ColumnComment c : comments) {
            if (c.on() == null || c.on().equalsIgnoreCase(column)) {
                last = c.value();
            }
        }
        return last;
    }

    public ColumnDetails withValidation(ValidationSpec constraints) {
        return new ColumnDetails(comment, defaultValue, checks, jdbcTypeCode, naturalId, generatedTimestamp, onDelete,
                constraints, timeZoneStorage, timeZoneColumn, collation, generatedAs, userType, comments);
    }
}
