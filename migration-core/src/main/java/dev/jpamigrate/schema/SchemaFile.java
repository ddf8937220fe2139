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
 *   column code varchar(20) collate C
 *   column total numeric(38,2) generated "price * quantity"
 *   column name varchar(80) default 'n/a' comment "Display name"
 *   column created_at "timestamp(6) with time zone"
 *   primary-key customer_pkey (id)
 *   unique customer_email_key (email)
 *   check customer_name_check "name &lt;&gt; ''"
 *   index idx_customer_name (name, "created_at desc")
 *   foreign-key fk_customer_referrer (referrer_id) references customer (id) on-delete set-null
 *
 * sequence purchase_order_seq start 1 increment 20
 * sequence invoice_id_seq start 1 increment 1 as integer owned-by invoice id
 *
 * hint renamed-table customer (client)
 * hint renamed-column customer email (mail, e_mail)
 * hint backfill customer points 0
 * hint enum customer status (ACTIVE, BLOCKED)
 * </pre>
 *
 * The first line names the format and its version. The header holds the heads of the
 * migrations ({@code head}) or the entity classes of the package ({@code entity}), and in an
 * entity snapshot the settings the processor mapped them with, each with where it came from
 * ({@code setting naming spring-boot "application.yml, Spring Boot's default"}); files
 * written before settings were recorded have none. Then one
 * line per table, column, constraint, index and sequence, so that a change to one column
 * changes one line; columns keep their order, constraints and tables are sorted by name,
 * so that an equal schema gives a byte-identical file. A name, type or expression is
 * written bare when it is a plain word such as {@code customer}, {@code varchar(255)} or
 * {@code now()}, and otherwise in double quotes, with {@code \"}, {@code \\}, {@code \n},
 * {@code \r}, {@code \t} and {@code \}{@code uXXXX} escapes, so that every text reads back
 * exactly as it was. Blank lines and lines starting with {@code #} are skipped. In an entity
 * snapshot, a check may hold a {@link ConvertedEnumCheck} placeholder
 * ({@code "{converted-enum priority com.acme.Priority com.acme.PriorityConverter com.acme.Ticket.priority}"}),
 * which the engine replaces with the values the converter gives when it reads the snapshot; a
 * migrations snapshot holds none.
 *
 * @param heads the revisions a migrations snapshot is the result of, sorted
 * @param entities the entity classes (binary names) an entity snapshot was built from, sorted
 * @param settings the settings an entity snapshot was mapped with, in the processor's order
 * @param hints what an entity snapshot says for the diff beside its schema ({@link Hint}), last in the file
 */
public record SchemaFile(Schema schema, List<String> heads, List<String> entities, List<Setting> settings,
        Hints hints) {
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
        settings = List.copyOf(settings);
        hints = hints == null ? Hints.NONE : hints;
    }

    public SchemaFile(Schema schema, List<String> heads, List<String> entities, List<Setting> settings) {
        this(schema, heads, entities, settings, Hints.NONE);
    }

    public SchemaFile(Schema schema, List<String> heads, List<String> entities) {
        this(schema, heads, entities, List.of());
    }

    /**
     * A setting the processor mapped the entities with.
     *
     * @param name {@code hibernate}, {@code naming}, or a Hibernate property name such as
     *     {@code hibernate.type.preferred_instant_jdbc_type}
     * @param value its value, {@code TIMESTAMP}
     * @param source where it came from: {@code application.yml}, {@code -Amigration.naming}, {@code default}
     */
    public record Setting(String name, String value, String source) {
        /** {@code hibernate.default_schema=app (application.yml)}. */
        @Override
        public String toString() {
            return name + "=" + value + " (" + source + ")";
        }
    }

    /** The migrations snapshot: the schema the migrations produce, as of {@code heads}. */
    public static SchemaFile ofMigrations(Schema schema, List<String> heads) {
        return new SchemaFile(schema, heads, List.of());
    }

    /** An entity snapshot: the schema of {@code entities}. */
    public static SchemaFile ofEntities(Schema schema, List<String> entities) {
        return new SchemaFile(schema, List.of(), entities);
    }

    /** An entity snapshot: the schema of {@code entities}, mapped with {@code settings}. */
    public static SchemaFile ofEntities(Schema schema, List<String> entities, List<Setting> settings) {
        return new SchemaFile(schema, List.of(), entities, settings);
    }

    /** An entity snapshot: the schema of {@code entities}, mapped with {@code settings}, with the entities' hints. */
    public static SchemaFile ofEntities(Schema schema, List<String> entities, List<Setting> settings, Hints hints) {
        return new SchemaFile(schema, List.of(), entities, settings, hints);
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
