package dev.jpamigrate.postgres;

import dev.jpamigrate.ops.Operation.AlterColumnType;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SqlTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a column changes type on a table with rows: the {@code using} expression of
 * {@code alter column ... type} that converts what converts and gives NULL for the rest, and
 * what a reviewer must know about it, with the guard that stops the revision before it would
 * fail half-way or lose values silently.
 *
 * <pre>{@code
 * TypeConversions.using("code", "varchar(20)", "integer", null);
 * // case when trim(code) ~ '^[+-]?[0-9]{1,40}$' then case when trim(code)::numeric between -2147483648
 * //   and 2147483647 then trim(code)::integer end end
 * TypeConversions.using("status", "smallint", "varchar(255)", List.of("NEW", "PAID"));
 * // case status when 0 then 'NEW' when 1 then 'PAID' end
 * }</pre>
 *
 * <p>Widening (a longer varchar, varchar to text, a wider integer or numeric, a finer timestamp)
 * and the casts PostgreSQL applies by itself need no {@code using}. The expressions are plain SQL
 * that PostgreSQL 12 and later runs ({@code pg_input_is_valid} would be shorter but needs 16).
 */
public final class TypeConversions {
    private static final Pattern ENUM_CASE = Pattern.compile(
            "case (\\S+) ((?:when \\S+ then \\S+ )+)end ");
    private static final Pattern ENUM_WHEN = Pattern.compile("when (\\S+) then (\\S+)");
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final String INTEGER_TEXT = "'^[+-]?[0-9]{1,40}$'";
    private static final String DECIMAL_TEXT = "'^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$'";
    private static final String UUID_TEXT =
            "'^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$'";
    private static final String DATE_TEXT = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";
    private static final String TIME_TEXT = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]{1,6})?)?";
    private static final String ZONE_TEXT = "( ?([+-][0-9]{2}(:?[0-9]{2})?|Z))?";

    private TypeConversions() {
    }

    /**
     * The expression that converts the values of {@code column} from {@code fromType} to
     * {@code toType}, or null when PostgreSQL converts them by itself.
     *
     * @param enumConstants the constants of the enum the column holds, ordinal 0 first, or null;
     *     with them an ordinal column becomes a string one ({@code case c when 0 then 'A' ... end}) and back
     */
    public static String using(String column, String fromType, String toType, List<String> enumConstants) {
        String from = SqlTypes.canonical(fromType);
        String to = SqlTypes.canonical(toType);
        if (from.equals(to)) {
            return null;
        }
        String c = Identifiers.quote(column);
        if (enumConstants != null && !enumConstants.isEmpty() && enumConstants.stream().allMatch(
                k -> JAVA_NAME.matcher(k).matches())) {
            if (isInteger(from) && isString(to)) {
                return enumCase(c, enumConstants, false);
            }
            if (isString(from) && isInteger(to)) {
                return enumCase(c, enumConstants, true);
            }
        }
        if (isString(from)) {
            String text = "trim(" + c + ")";
            String base = base(to);
            if (isInteger(to)) {
                long[] range = integerRange(to);
                return "case when " + text + " ~ " + INTEGER_TEXT + " then case when " + text + "::numeric between "
                        + range[0] + " and " + range[1] + " then " + text + "::" + to + " end end";
            }
            if (base.equals("numeric")) {
                int[] ps = precisionScale(to);
                String fits = ps == null ? "" : "case when abs(round(" + text + "::numeric, " + ps[1] + ")) < 1e"
                        + (ps[0] - ps[1]) + " then ";
                return "case when " + text + " ~ " + DECIMAL_TEXT + " then " + fits + text + "::" + to
                        + (ps == null ? "" : " end") + " end";
            }
            if (base.equals("real") || base.equals("double precision")) {
                // Beyond 1e38 a real overflows; a decimal of at most 38 digits before the point fits both.
                return "case when " + text + " ~ '^[+-]?([0-9]{1,38}([.][0-9]*)?|[.][0-9]+)$' then " + text + "::"
                        + to + " end";
            }
            if (base.equals("uuid")) {
                return "case when " + text + " ~* " + UUID_TEXT + " then " + text + "::uuid end";
            }
            if (base.equals("boolean")) {
                return "case when lower(" + text + ") in ('t', 'true', 'y', 'yes', 'on', '1') then true"
                        + " when lower(" + text + ") in ('f', 'false', 'n', 'no', 'off', '0') then false end";
            }
            if (base.equals("date")) {
                return "case when " + text + " ~ '^" + DATE_TEXT + "$' then case when " + dayExists(text) + " then "
                        + text + "::date end end";
            }
            if (base.equals("timestamp") || base.equals("timestamp with time zone")) {
                String zone = base.equals("timestamp") ? "" : ZONE_TEXT;
                return "case when " + text + " ~ '^" + DATE_TEXT + "([ T]" + TIME_TEXT + zone + ")?$' then case when "
                        + dayExists(text) + " then " + text + "::" + to + " end end";
            }
            if (base.equals("time")) {
                return "case when " + text + " ~ '^" + TIME_TEXT + "$' then " + text + "::" + to + " end";
            }
        }
        if (isInteger(from) && base(to).equals("boolean")) {
            return c + " <> 0";
        }
        if (base(from).equals("boolean") && isInteger(to)) {
            return "case when " + c + " then 1 when not " + c + " then 0 end";
        }
        if (SqlTypes.hasAssignmentCast(from, to)) {
            return null;
        }
        return c + "::" + to;
    }

    /**
     * The {@code using} that undoes a change of {@code column} from {@code fromType} to
     * {@code toType} with {@code using}: an enum's mapping read back from the expression, or the
     * conversion of the values back to {@code fromType}.
     */
    public static String reverse(String column, String fromType, String toType, String using) {
        Optional<List<String[]>> pairs = enumPairs(using);
        if (pairs.isPresent()) {
            StringBuilder back = new StringBuilder("case ").append(Identifiers.quote(column));
            pairs.get().forEach(p -> back.append(" when ").append(p[1]).append(" then ").append(p[0]));
            return back.append(" end").toString();
        }
        return using(column, toType, fromType, null);
    }

    /**
     * What a reviewer must know about {@code op} on the rows, and the guard that runs before it,
     * given the schema before it: empty for a change that keeps every value.
     */
    public static Optional<Note> note(AlterColumnType op, Schema before) {
        Optional<Column> found = before.table(op.table()).flatMap(t -> t.column(op.column()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Column column = found.get();
        String from = column.type();
        String to = op.type();
        String where = op.table() + "." + op.column();
        String c = Identifiers.quote(op.column());
        String table = Identifiers.quoteQualified(op.table());
        if (op.using() != null) {
            String what = describe(op, from, to);
            if (column.nullable()) {
                return Optional.of(new Note("Conversion: " + what + "; the other values of " + where
                        + " become NULL.", null));
            }
            return Optional.of(new Note("Conversion: " + what + "; " + where + " is NOT NULL, so a value that"
                    + " does not convert stops the revision, by the guard before the change, with nothing applied.",
                    Guards.failIfAnyRow(table, c + " is not null and (" + op.using() + ") is null",
                            Guards.ROWS + " values of " + where + " do not convert from " + from + " to " + to
                                    + ": correct or delete those rows first, or write the conversion in the migration;"
                                    + " find them with: select * from " + table + " where (" + op.using() + ") is null")));
        }
        if (SqlTypes.isWidening(from, to)) {
            return Optional.empty();
        }
        return narrowing(table, where, c, from, to);
    }

    /** A comment line and an SQL statement that stops the revision (null for none). */
    public record Note(String comment, String guard) {
    }

    private static Optional<Note> narrowing(String table, String where, String c, String from, String to) {
        String a = SqlTypes.canonical(from);
        String b = SqlTypes.canonical(to);
        String tooLarge = null;
        String what = null;
        String fix = null;
        if (isString(a) && (b.startsWith("varchar(") || b.startsWith("char("))) {
            int n = length(b);
            tooLarge = "length(" + c + ") > " + n;
            what = "longer than " + n + " characters";
            fix = "shorten them first (update " + table + " set " + c + " = left(" + c + ", " + n + ") where "
                    + tooLarge + ") or keep the length";
        } else if (b.startsWith("varchar(") || b.startsWith("char(")) {
            int n = length(b);
            tooLarge = "length(" + c + "::text) > " + n;
            what = "longer than " + n + " characters as text";
            fix = "change or delete those rows first, or make the column longer";
        } else if (isInteger(b) && (isInteger(a) || base(a).equals("numeric"))) {
            long[] range = integerRange(b);
            tooLarge = c + " not between " + range[0] + " and " + range[1];
            what = "outside the range of " + b;
            fix = "change or delete those rows first, or keep " + a;
        } else if (base(a).equals("numeric") && base(b).equals("numeric") && precisionScale(b) != null) {
            int[] ps = precisionScale(b);
            tooLarge = "abs(round(" + c + ", " + ps[1] + ")) >= 1e" + (ps[0] - ps[1]);
            what = "with more than " + (ps[0] - ps[1]) + " digits before the point";
            fix = "change or delete those rows first, or keep " + a;
            int[] old = precisionScale(a);
            if (old == null || old[1] > ps[1]) {
                what += " (the others are rounded to " + ps[1] + " decimals)";
            }
        }
        if (tooLarge == null) {
            String rounded = base(a).equals(base(b)) && (base(a).startsWith("timestamp") || base(a).startsWith("time"))
                    ? "values are rounded to the precision of " + b : null;
            return rounded == null ? Optional.empty() : Optional.of(new Note("Conversion: " + rounded + ".", null));
        }
        return Optional.of(new Note("Conversion: " + where + " becomes " + b + "; values " + what
                + " stop the revision, by the guard before the change, with nothing applied.",
                Guards.failIfAnyRow(table, tooLarge, Guards.ROWS + " values of " + where + " are "
                        + what.replaceAll(" [(].*", "") + ", which " + b + " cannot hold: " + fix)));
    }

    /** What the conversion keeps, in words. */
    private static String describe(AlterColumnType op, String from, String to) {
        Optional<List<String[]>> pairs = enumPairs(op.using());
        if (pairs.isPresent()) {
            List<String> mapping = new ArrayList<>();
            pairs.get().forEach(p -> mapping.add(p[0] + " -> " + p[1]));
            return "enum constants by their ordinal (" + String.join(", ", mapping) + ")";
        }
        String b = SqlTypes.canonical(to);
        if (isString(SqlTypes.canonical(from))) {
            if (isInteger(b)) {
                return "the values that are whole numbers within the range of " + b + " are kept, without spaces";
            }
            String base = base(b);
            if (base.equals("numeric") || base.equals("real") || base.equals("double precision")) {
                return "the values that are decimal numbers (as 12.5 or -3) that fit " + b + " are kept";
            }
            if (base.equals("uuid")) {
                return "the values that are UUIDs (8-4-4-4-12 hexadecimal digits, or 32) are kept";
            }
            if (base.equals("boolean")) {
                return "true, t, yes, y, on, 1 become true and false, f, no, n, off, 0 false, in any case";
            }
            if (base.startsWith("date") || base.startsWith("timestamp") || base.startsWith("time")) {
                return "the values in ISO form (2024-05-31, 2024-05-31 13:45:00, 13:45) are kept";
            }
        }
        return "the values are converted with " + op.using();
    }

    /** {@code case c when 0 then 'A' when 1 then 'B' end}, or the reverse. */
    private static String enumCase(String c, List<String> constants, boolean toOrdinal) {
        StringBuilder sql = new StringBuilder("case ").append(c);
        for (int i = 0; i < constants.size(); i++) {
            String name = "'" + constants.get(i) + "'";
            sql.append(" when ").append(toOrdinal ? name : Integer.toString(i))
                    .append(" then ").append(toOrdinal ? Integer.toString(i) : name);
        }
        return sql.append(" end").toString();
    }

    /** The (from, to) pairs of an enum's {@code case}, when {@code using} is one. */
    private static Optional<List<String[]>> enumPairs(String using) {
        if (using == null) {
            return Optional.empty();
        }
        Matcher m = ENUM_CASE.matcher(using + " ");
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String[]> pairs = new ArrayList<>();
        Matcher when = ENUM_WHEN.matcher(m.group(2));
        while (when.find()) {
            pairs.add(new String[] {when.group(1), when.group(2)});
        }
        return Optional.of(pairs);
    }

    /** The day of a {@code yyyy-mm-dd...} text is one its month has (no 30 February). */
    private static String dayExists(String text) {
        return "substr(" + text + ", 9, 2)::integer <= extract(day from date_trunc('month', (substr(" + text
                + ", 1, 7) || '-01')::date) + interval '1 month - 1 day')";
    }

    static boolean isInteger(String canonical) {
        return canonical.equals("smallint") || canonical.equals("integer") || canonical.equals("bigint");
    }

    static boolean isString(String canonical) {
        String base = base(canonical);
        return base.equals("varchar") || base.equals("text") || base.equals("char");
    }

    private static long[] integerRange(String type) {
        switch (type) {
            case "smallint": return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case "integer": return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            default: return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        }
    }

    private static String base(String canonical) {
        return canonical.replaceAll("\\([^)]*\\)", "");
    }

    private static int length(String type) {
        return Integer.parseInt(type.substring(type.indexOf('(') + 1, type.indexOf(')')));
    }

    /** {@code {precision, scale}} of {@code numeric(p,s)}, or null for a numeric without them. */
    private static int[] precisionScale(String type) {
        int open = type.indexOf('(');
        if (open < 0) {
            return null;
        }
        String[] parts = type.substring(open + 1, type.indexOf(')')).split(",");
        return new int[] {Integer.parseInt(parts[0].strip()), parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 0};
    }
}
