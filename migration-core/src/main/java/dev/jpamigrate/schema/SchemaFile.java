package dev.jpamigrate.schema;

import java.util.List;
import java.util.TreeSet;

/**
 * A schema as text: the entity snapshot the processor writes for each package
 * ({@code META-INF/jpamigrate/schema/<package>.schema}) and the migrations snapshot that
 * {@code migration:generate} keeps beside the migrations ({@code schema.snapshot}). One
 * format, one reader, one writer:
 *
 * <pre>
 * jpamigrate-schema 1
 * # The schema that the migrations in db.migration produce; mvn migration:generate rewrites it.
 * head 20261125143126
 *
 * table customer
 *   comment "People who buy"
 *   column id bigint identity
 *   column email varchar(255) not-null
 *   column name varchar(80) default 'n/a' comment "Display name"
 *   column created_at "timestamp(6) with time zone"
 *   primary-key customer_pkey (id)
 *   unique customer_email_key (email)
 *   check customer_name_check "name &lt;&gt; ''"
 *   index idx_customer_name (name, "created_at desc")
 *   foreign-key fk_customer_referrer (referrer_id) references customer (id) on-delete set-null
 *
 * sequence purchase_order_seq start 1 increment 20
 * </pre>
 *
 * The first line names the format and its version. The header holds the heads of the
 * migrations ({@code head}) or the entity classes of the package ({@code entity}). Then one
 * line per table, column, constraint, index and sequence, so that a change to one column
 * changes one line; columns keep their order, constraints and tables are sorted by name,
 * so that an equal schema gives a byte-identical file. A name, type or expression is
 * written bare when it is a plain word such as {@code customer}, {@code varchar(255)} or
 * {@code now()}, and otherwise in double quotes, with {@code \"}, {@code \\}, {@code \n},
 * {@code \r}, {@code \t} and {@code \}{@code uXXXX} escapes, so that every text reads back
 * exactly as it was. Blank lines and lines starting with {@code #} are skipped.
 *
 * @param heads the revisions a migrations snapshot is the result of, sorted
 * @param entities the entity classes (binary names) an entity snapshot was built from, sorted
 */
public record SchemaFile(Schema schema, List<String> heads, List<String> entities) {
    /** The first word of every schema file. */
    public static final String FORMAT = "jpamigrate-schema";
    /** The version this reader reads and this writer writes. */
    public static final int VERSION = 1;

    public SchemaFile {
        if (schema == null) {
            throw new IllegalArgumentException("a schema file must have a schema");
        }
        heads = List.copyOf(new TreeSet<>(heads));
        entities = List.copyOf(new TreeSet<>(entities));
    }

    /** The migrations snapshot: the schema the migrations produce, as of {@code heads}. */
    public static SchemaFile ofMigrations(Schema schema, List<String> heads) {
        return new SchemaFile(schema, heads, List.of());
    }

    /** An entity snapshot: the schema of {@code entities}. */
    public static SchemaFile ofEntities(Schema schema, List<String> entities) {
        return new SchemaFile(schema, List.of(), entities);
    }

    /** The file's text; {@code comment}, when not null, is written below the first line, a {@code #} line per line. */
    public String write(String comment) {
        return SchemaFileWriter.write(this, comment);
    }

    /**
     * Reads a schema file.
     *
     * @param source where the text comes from, for error messages
     * @throws FormatException when the text is not a schema file of this version, or not a valid schema
     */
    public static SchemaFile read(String text, String source) {
        return new SchemaFileReader(text, source).read();
    }

    /** What is wrong with a schema file, and on which line. */
    public static final class FormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String source;
        private final int line;

        FormatException(String source, int line, String problem) {
            super(source + ", line " + line + ": " + problem);
            this.source = source;
            this.line = line;
        }

        public String source() {
            return source;
        }

        /** The line number, from 1. */
        public int line() {
            return line;
        }
    }
}
