package dev.jpamigrate.processor.model;

/**
 * A {@code @TableGenerator}, with Hibernate's defaults applied: the table
 * {@code hibernate_sequences}, a key column {@code sequence_name} and a value column
 * {@code next_val}. The initial value and allocation size are rows and arithmetic, not
 * schema, so they are not kept.
 *
 * @param table the table as written, or {@code null}: Hibernate then names it after the generator,
 *     or {@code hibernate_sequences} (see {@code IdGenerators})
 * @param schema the schema as written, or {@code null}
 */
public record TableGeneratorSpec(String name, String table, String schema, String pkColumnName, String valueColumnName,
        Origin origin) implements GeneratorSpec {
    public static final String DEFAULT_TABLE = "hibernate_sequences";
    public static final String DEFAULT_PK_COLUMN = "sequence_name";
    public static final String DEFAULT_VALUE_COLUMN = "next_val";

    /** The generator Hibernate uses for {@code GenerationType.TABLE} when none is named or in scope. */
    public static TableGeneratorSpec implicit(Origin origin) {
        return new TableGeneratorSpec("", DEFAULT_TABLE, null, DEFAULT_PK_COLUMN, DEFAULT_VALUE_COLUMN, origin);
    }
}
