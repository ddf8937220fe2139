package dev.jpamigrate.schema;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical spelling of PostgreSQL column types, so that a type written by hand
 * ({@code VARCHAR(80)}, {@code int4}, {@code timestamptz}) and the same type read from
 * the catalog compare equal. Canonical forms are short and lower case:
 * {@code varchar(255)}, {@code char(1)}, {@code numeric(38,2)}, {@code timestamp(6)},
 * {@code timestamp(6) with time zone}, {@code time(6)}, {@code double precision}.
 */
public final class SqlTypes {
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("character varying", "varchar"),
            Map.entry("character", "char"),
            Map.entry("bpchar", "char"),
            Map.entry("decimal", "numeric"),
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("float4", "real"),
            Map.entry("float8", "double precision"),
            Map.entry("bool", "boolean"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time without time zone", "time"),
            Map.entry("timetz", "time with time zone"));

    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric",
            "real", "double precision");
    private static final Set<String> STRINGS = Set.of("varchar", "char", "text");
    private static final Set<String> TIMESTAMPS = Set.of("date", "timestamp",
            "timestamp with time zone");
    private static final Set<String> TIMES = Set.of("time", "time with time zone");

    /** name, optional (args), optional trailing words such as "with time zone". */
    private static final Pattern TYPE = Pattern.compile("([a-z_][a-z0-9_ ]*?)\\s*(\\(([^)]*)\\))?\\s*((with|without) time zone)?");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The canonical forms of the types seen, which are few: reading a snapshot asks for each column's. */
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 10_000;

    private SqlTypes() {
    }

    /** Returns the canonical form of {@code type}; types it does not know are lower-cased and trimmed. */
    public static String canonical(String type) {
        String known = CANONICAL.get(type);
        if (known != null) {
            return known;
        }
        String canonical = canonicalOf(type);
        if (CANONICAL.size() < MAX_CACHED) {
            CANONICAL.put(type, canonical);
        }
        return canonical;
    }

    private static String canonicalOf(String type) {
        String t = SPACES.matcher(type.strip()).replaceAll(" ");
        if (t.contains("\"") || UserTypeColumn.isIn(t)) {
            // A quoted user-defined type keeps its case, and so does a UserType's placeholder, which names classes.
            return t;
        }
        t = t.toLowerCase(Locale.ROOT);
        if (t.endsWith("[]")) {
            return canonical(t.substring(0, t.length() - 2)) + "[]";
        }
        Matcher m = TYPE.matcher(t);
        if (!m.matches()) {
            return t;
        }
        String name = m.group(1).trim();
        String args = m.group(3) == null ? null : m.group(3).replace(" ", "");
        String zone = m.group(4);
        if (zone != null) {
            name = name + " " + zone;
        }
        name = SYNONYMS.getOrDefault(name, name);
        if (name.equals("float")) {
            int p = args == null ? 53 : Integer.parseInt(args);
            return p <= 24 ? "real" : "double precision";
        }
        if (name.equals("char") && args == null) {
            args = "1";
        }
        String suffix = "";
        for (String s : new String[] {" without time zone", " with time zone"}) {
            if (name.endsWith(s)) {
                name = name.substring(0, name.length() - s.length());
                suffix = s.equals(" with time zone") ? s : "";
            }
        }
        return args == null ? name + suffix : name + "(" + args + ")" + suffix;
    }

    /**
     * Whether changing a column from {@code from} to {@code to} keeps every value: a longer
     * varchar, varchar to text, a wider integer or numeric, an integer to a numeric or a string
     * long enough, a uuid to a string of 36 characters or more, a timestamp or time with more
     * fractional digits.
     */
    public static boolean isWidening(String from, String to) {
        String a = canonical(from);
        String b = canonical(to);
        if (a.equals(b)) {
            return true;
        }
        if (rank(a) > 0 && rank(b) > 0) {
            return rank(b) >= rank(a);
        }
        if (a.startsWith("varchar") && b.equals("text")) {
            return true;
        }
        if (a.startsWith("varchar(") && b.startsWith("varchar")) {
            return b.equals("varchar") || length(b) >= length(a);
        }
        if (a.startsWith("numeric(") && b.startsWith("numeric(")) {
            int[] pa = precisionScale(a);
            int[] pb = precisionScale(b);
            return pb[1] >= pa[1] && pb[0] - pb[1] >= pa[0] - pa[1];
        }
        if (base(a).equals("numeric") && b.equals("numeric") || a.equals("real") && b.equals("double precision")) {
            return true;
        }
        if (rank(a) > 0) {
            // An integer keeps its digits and sign in a numeric or a string long enough for them.
            int digits = INTEGER_DIGITS[rank(a)];
            return b.equals("numeric") || b.startsWith("numeric(") && precisionScale(b)[0] - precisionScale(b)[1] >= digits
                    || b.equals("text") || b.equals("varchar") || b.startsWith("varchar(") && length(b) > digits;
        }
        if (a.equals("uuid")) {
            return b.equals("text") || b.equals("varchar") || b.startsWith("varchar(") && length(b) >= 36;
        }
        if (base(a).equals(base(b)) && (TIMESTAMPS.contains(base(a)) || TIMES.contains(base(a)))) {
            return fractionDigits(b) >= fractionDigits(a);
        }
        return false;
    }

    /** The digits of the largest value of smallint, integer, bigint, by {@link #rank}. */
    private static final int[] INTEGER_DIGITS = {0, 5, 10, 19};

    /** The fractional digits of seconds a date or time type keeps: {@code timestamp} alone is {@code timestamp(6)}. */
    private static int fractionDigits(String t) {
        return base(t).equals("date") ? 0 : t.contains("(") ? length(t) : 6;
    }

    /**
     * Whether PostgreSQL converts values of {@code from} to {@code to} by itself in
     * {@code alter column ... type}, through an assignment cast: within the numbers, within
     * the strings, to a string, within dates and times. Other changes need a {@code using}.
     */
    public static boolean hasAssignmentCast(String from, String to) {
        String a = base(canonical(from));
        String b = base(canonical(to));
        return a.equals(b)
                || NUMBERS.contains(a) && NUMBERS.contains(b)
                || STRINGS.contains(b)
                || TIMESTAMPS.contains(a) && TIMESTAMPS.contains(b)
                || TIMES.contains(a) && TIMES.contains(b);
    }

    /** The type without its length or precision: {@code timestamp(6) with time zone} is {@code timestamp with time zone}. */
    private static String base(String canonical) {
        return canonical.replaceAll("\\([^)]*\\)", "");
    }

    private static int rank(String integerType) {
        switch (integerType) {
            case "smallint": return 1;
            case "integer": return 2;
            case "bigint": return 3;
            default: return 0;
        }
    }

    private static int length(String t) {
        return Integer.parseInt(t.substring(t.indexOf('(') + 1, t.indexOf(')')));
    }

    private static int[] precisionScale(String t) {
        String[] parts = t.substring(t.indexOf('(') + 1, t.indexOf(')')).split(",");
        return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
    }
}
