package dev.jpamigrate.lint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column definition as {@code create table} and {@code add column} write it, read for the
 * lint: {@code "price" numeric(10,2) not null default 0}.
 */
record ColumnDefinition(String name, String type, boolean notNull, String defaultValue, boolean generated,
        boolean primaryKey, boolean references) {
    private static final String IDENT = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    /** The type runs up to the first keyword of a column constraint. */
    private static final Pattern DEFINITION = Pattern.compile(IDENT + "\\s+(.+?)(?=\\s+(?:not\\s+null|null|default"
            + "|constraint|check|references|generated|collate|primary\\s+key|unique)\\b|$)(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_NULL = Pattern.compile("\\bnot\\s+null\\b|\\bprimary\\s+key\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULT = Pattern.compile("\\bdefault\\s+(.+?)(?=\\s+(?:not\\s+null|null"
            + "|constraint|check|references|generated|collate|primary\\s+key|unique)\\b|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERATED = Pattern.compile("\\bgenerated\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRIMARY_KEY = Pattern.compile("\\bprimary\\s+key\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCES = Pattern.compile("\\breferences\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIAL = Pattern.compile("(small|big)?serial\\d?|serial[248]");
    private static final Pattern INTEGER = Pattern.compile("smallint|integer|int|int[24]|(small)?serial|serial[24]");
    private static final Pattern JSON = Pattern.compile("json(\\[])?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMESTAMP = Pattern.compile(
            "timestamp(\\s*\\(\\d+\\))?(\\s+without\\s+time\\s+zone)?(\\[])?", Pattern.CASE_INSENSITIVE);
    /** Functions whose value differs per row, so that a default of them is stored in every row. */
    private static final Pattern VOLATILE = Pattern.compile("\\b(random|gen_random_uuid|gen_random_bytes"
            + "|uuid_generate_v1|uuid_generate_v1mc|uuid_generate_v4|uuidv4|uuidv7|clock_timestamp|timeofday"
            + "|nextval|txid_current|setseed)\\s*\\(", Pattern.CASE_INSENSITIVE);

    /** The definition, or null when {@code sql} is not one (a table constraint). */
    static ColumnDefinition parse(String sql) {
        Matcher m = DEFINITION.matcher(sql.strip());
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(3);
        Matcher d = DEFAULT.matcher(rest);
        return new ColumnDefinition(SqlText.name(m.group(1)), m.group(2).strip().toLowerCase(Locale.ROOT),
                NOT_NULL.matcher(rest).find(), d.find() ? d.group(1).strip() : null, GENERATED.matcher(rest).find(),
                PRIMARY_KEY.matcher(rest).find(), REFERENCES.matcher(rest).find());
    }

    boolean isSerial() {
        return SERIAL.matcher(type).matches();
    }

    boolean hasVolatileDefault() {
        return defaultValue != null && VOLATILE.matcher(defaultValue).find();
    }

    boolean isJson() {
        return isJson(type);
    }

    static boolean isJson(String type) {
        return JSON.matcher(type.strip()).matches();
    }

    static boolean isInteger(String type) {
        return INTEGER.matcher(type.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** {@code timestamp}, {@code timestamp(6)}, {@code timestamp without time zone}; not {@code timestamptz}. */
    static boolean isTimestampWithoutTimeZone(String type) {
        return TIMESTAMP.matcher(type.strip()).matches();
    }
}
