package dev.jpamigrate.processor.model;

import java.util.List;

/**
 * What Bean Validation constraints make of a column, as Hibernate applies them to the DDL
 * ({@code TypeSafeActivator}) when a provider is present.
 *
 * @param notNull {@code @NotNull}, {@code @NotEmpty} or {@code @NotBlank}, where Hibernate lets it make the column NOT NULL
 * @param length {@code @Size(max)} or Hibernate Validator's {@code @Length(max)} on a string, or {@code null}
 * @param precision {@code @Digits(integer + fraction)}, or {@code null}
 * @param scale {@code @Digits(fraction)}, or {@code null}
 * @param bounds {@code @Min} and {@code @Max}, in the order Hibernate adds their checks
 */
public record ValidationSpec(boolean notNull, Integer length, Integer precision, Integer scale, List<Bound> bounds) {
    public static final ValidationSpec NONE = new ValidationSpec(false, null, null, null, List.of());

    public ValidationSpec {
        bounds = List.copyOf(bounds);
    }

    /** {@code column>=value} ({@code @Min}) or {@code column<=value} ({@code @Max}), Hibernate's words. */
    public record Bound(String operator, long value) {
        public String expression(String quotedColumn) {
            return quotedColumn + operator + value;
        }
    }

    /** {@code column}, or a column for the type alone, with the length, precision and scale these constraints set. */
    public Attribute.ColumnSpec applyTo(Attribute.ColumnSpec column) {
        if (length == null && precision == null) {
            return column;
        }
        Attribute.ColumnSpec c = column != null ? column
                : new Attribute.ColumnSpec(null, true, false, null, 0, 0, null, null, null, null, false);
        return new Attribute.ColumnSpec(c.name(), c.nullable(), c.unique(), length != null ? length : c.length(),
                precision != null ? precision : c.precision(), scale != null ? scale : c.scale(), c.secondPrecision(),
                c.columnDefinition(), c.origin(), c.table(), c.readOnly());
    }
}
