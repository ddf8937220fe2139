package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.read.OtherSqlTypeUserTypes;
import dev.jpamigrate.schema.Column;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The type Hibernate sizes a column by when it orders a table's columns, where that is not the
 * column's DDL: Hibernate takes the size from the attribute's JDBC type and {@code @Column(length)},
 * so a {@code columnDefinition} counts as the type the Java type would have, a {@code byte[]}
 * (always {@code bytea}) with a length as {@code varbinary(length)}, and a {@code String} longer
 * than PostgreSQL's longest varchar (a {@code text} column, also of JDBC type VARCHAR or LONGVARCHAR, {@code @Lob}
 * or not) as that many bytes. The length is the one Bean Validation's {@code @Size} or {@code @Length} sets,
 * which Hibernate applies to the column before it orders the columns, with a {@code columnDefinition} too.
 */
public final class ColumnSizes {
    private final ColumnTypes columnTypes;
    private final Map<String, String> sizingTypes = new HashMap<>();

    public ColumnSizes(ColumnTypes columnTypes) {
        this.columnTypes = columnTypes;
    }

    /** Notes how Hibernate sizes the column {@code column} of {@code table} (its local name) that maps {@code attribute}. */
    public void note(String table, String column, Attribute attribute) {
        sizing(attribute).ifPresent(type -> sizingTypes.put(table + "." + column, type));
    }

    /** Notes that Hibernate sizes {@code column} of {@code table} (its local name) as a column of {@code type}. */
    public void noteType(String table, String column, String type) {
        sizingTypes.put(table + "." + column, type);
    }

    /** The type to size {@code column} of {@code table} (its local name) by. */
    public String sizingType(String table, Column column) {
        return sizingTypes.getOrDefault(table + "." + column.name(), column.type());
    }

    private Optional<String> sizing(Attribute attribute) {
        ColumnSpec column = attribute.details().validation().applyTo(attribute.column());
        if (column == null) {
            return Optional.empty();
        }
        if (column.columnDefinition() != null && attribute.origin() != null
                && OtherSqlTypeUserTypes.isOn(attribute.origin().element())) {
            // A UserType of SQL type OTHER has no size to Hibernate: the largest (as the usertypes fixture shows).
            return Optional.of("other");
        }
        Optional<String> type = column.columnDefinition() != null ? columnTypes.withoutDefinition(attribute, column)
                : Optional.empty();
        String ddl = type.orElseGet(() -> columnTypes.of(attribute).orElse(""));
        Integer code = attribute.details().jdbcTypeCode();
        boolean characters = code != null && (code == JdbcTypeCodes.VARCHAR || code == JdbcTypeCodes.LONGVARCHAR);
        if (column.length() != null && (ddl.equals("bytea") || ddl.equals("text"))
                && (code == null && !attribute.lob() || characters)) {
            return Optional.of((ddl.equals("bytea") ? "varbinary(" : "varchar(") + column.length() + ")");
        }
        return type;
    }
}
