package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.read.Annotations;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * The values that rows already in a table get when a column becomes NOT NULL, for the diff
 * ({@link Hint.Backfill}): what {@code @Backfill} says, or for a primitive field its Java default
 * ({@code 0}, {@code false}), which is what Hibernate reads for those rows anyway, written in the
 * column's SQL type (a boolean that a converter stores as {@code 'N'} gets {@code 'N'}).
 *
 * <p>A column with a default needs none (the default fills the rows), nor does one that is
 * nullable, an identity; a key or unique column gets no Java default (one value for every row would
 * break it), nor does a primitive whose converter is the application's (its database value is
 * known only when it runs), or a {@code char} (Java's {@code '\0'} is no PostgreSQL text). Only
 * basic columns, in the entity's table, its secondary tables and its embeddables, are covered:
 * {@code @Backfill} on a relation or a collection is reported, as the diff would not use it.
 */
public final class BackfillHints {
    public static final String ANNOTATION = "dev.jpamigrate.Backfill";
    private static final Set<String> NUMBERS = Set.of("byte", "short", "int", "long", "float", "double");
    private static final Set<String> NUMERIC_TYPES = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");

    private final ErrorReporter reporter;
    private final Naming naming;
    private final List<Hint> hints = new ArrayList<>();

    public BackfillHints(ErrorReporter reporter, Naming naming) {
        this.reporter = reporter;
        this.naming = naming;
    }

    /** Notes the hints of the attributes of {@code shape}, mapped to {@code table}. */
    public void add(TableShape shape, Table table) {
        for (Attribute attribute : shape.attributes()) {
            AnnotationMirror backfill = backfill(attribute);
            if (attribute.isRelation() || attribute.isEmbedded() || attribute.isElementCollection()) {
                if (backfill != null) {
                    reporter.warning(Origin.of(attribute.origin().element(), backfill), "@Backfill applies to a basic column; "
                            + attribute.name() + " maps none, so it has no effect: give the value in the migration"
                            + " (op.addColumn(...).backfill(...))");
                }
                continue;
            }
            Optional<Column> column = table.column(naming.column(attribute.logicalColumnName()));
            if (column.isEmpty() || column.get().identity()) {
                continue;
            }
            String value = backfill != null ? Annotations.string(backfill, "value") : null;
            if (backfill != null && (value == null || value.isBlank())) {
                reporter.error(Origin.of(attribute.origin().element(), backfill), "@Backfill needs the SQL expression"
                        + " that rows already in the table get, as in @Backfill(\"0\") or @Backfill(\"'unknown'\")");
                continue;
            }
            if (value == null && column.get().defaultValue() == null && !column.get().nullable()
                    && !isKey(table, column.get().name())) {
                value = javaDefault(attribute, column.get().type());
            }
            if (value != null) {
                hints.add(new Hint.Backfill(table.name(), column.get().name(), value));
            }
        }
    }

    public List<Hint> hints() {
        return List.copyOf(hints);
    }

    /** A primitive's default as its column stores it, or null when that is not known at compile time. */
    static String javaDefault(Attribute attribute, String sqlType) {
        JavaType type = attribute.type();
        if (!type.isPrimitive()) {
            return null;
        }
        String base = sqlType.replaceAll("\\(.*\\)", "");
        if (type.name().equals("boolean")) {
            if (attribute.converter() != null) {
                return BooleanConverters.falseValue(attribute.converter()).orElse(null);
            }
            return base.equals("boolean") ? "false" : NUMERIC_TYPES.contains(base) ? "0" : null;
        }
        return NUMBERS.contains(type.name()) && attribute.converter() == null && NUMERIC_TYPES.contains(base) ? "0"
                : null;
    }

    /** One value for every row would break a key or a unique constraint. */
    private static boolean isKey(Table table, String column) {
        return table.primaryKey() != null && table.primaryKey().columns().contains(column)
                || table.uniqueConstraints().stream().anyMatch(u -> u.columns().contains(column));
    }

    private static AnnotationMirror backfill(Attribute attribute) {
        if (attribute.origin() == null || attribute.origin().element() == null) {
            return null;
        }
        for (AnnotationMirror m : attribute.origin().element().getAnnotationMirrors()) {
            if (Annotations.qualifiedName(m).equals(ANNOTATION)) {
                return m;
            }
        }
        return null;
    }

}
