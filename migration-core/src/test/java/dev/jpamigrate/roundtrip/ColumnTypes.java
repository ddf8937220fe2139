package dev.jpamigrate.roundtrip;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The column types the round trip uses (what the processor maps entities to, in the canonical
 * spelling of {@code SqlTypes}), with values for rows, defaults in the form the catalog prints
 * them, and the type changes a column's values survive.
 */
final class ColumnTypes {
    /** Every type the generator may give a column. */
    static final List<String> ALL = List.of("smallint", "integer", "bigint", "numeric(10,2)", "numeric(12,0)",
            "numeric(8,3)", "real", "double precision", "boolean", "varchar(20)", "varchar(40)", "varchar(255)",
            "text", "char(1)", "char(6)", "date", "time(6)", "time(6) with time zone", "timestamp(6)",
            "timestamp(6) with time zone", "uuid", "bytea", "jsonb", "interval", "inet", "integer[]", "text[]");

    /** Types whose values the generator makes distinct row by row, so that they may form keys. */
    static final List<String> KEYS = List.of("smallint", "integer", "bigint", "numeric(12,0)", "numeric(10,2)",
            "varchar(40)", "varchar(255)", "text", "char(6)", "date", "timestamp(6)", "uuid");

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern INTEGER_TEXT = Pattern.compile("-?[0-9]{1,9}");
    private static final LocalDateTime EPOCH = LocalDateTime.of(2024, 1, 1, 0, 0);

    /** What a string column holds, which decides what it may be converted to. */
    enum Style { WORDS, DIGITS, UUIDS }

    private ColumnTypes() {
    }

    static boolean isKey(String type) {
        return KEYS.contains(type);
    }

    static boolean isInteger(String type) {
        return type.equals("smallint") || type.equals("integer") || type.equals("bigint");
    }

    /** The types that {@code c >= 0} makes sense on; every number the generator writes is positive. */
    static boolean isNumber(String type) {
        return isInteger(type) || type.startsWith("numeric") || type.equals("real") || type.equals("double precision");
    }

    static boolean isString(String type) {
        return type.startsWith("varchar") || type.equals("text");
    }

    static Style randomStyle(String type, Random random) {
        if (!isString(type)) {
            return Style.WORDS;
        }
        int pick = random.nextInt(4);
        if (pick == 0) {
            return Style.DIGITS;
        }
        return pick == 1 && length(type) >= 36 ? Style.UUIDS : Style.WORDS;
    }

    /** Row {@code row}'s value: distinct per row for the {@link #KEYS key types}. */
    static Value value(String type, Style style, int row, Random random) {
        switch (base(type)) {
            case "smallint": return Value.number(String.valueOf(row * 1000 + random.nextInt(1000)));
            case "integer": return Value.number(String.valueOf(row * 100_000 + random.nextInt(100_000)));
            case "bigint": return Value.number(String.valueOf(row * 1_000_000_000_000L + random.nextInt(1_000_000)));
            case "numeric": return Value.number(numeric(type, row, random));
            case "real": return Value.number((row * 100 + random.nextInt(100)) + ".5");
            case "double precision": return Value.number((row * 10_000 + random.nextInt(10_000)) + ".25");
            case "boolean": return Value.number(String.valueOf(random.nextBoolean()));
            case "varchar":
            case "text": return Value.string(string(style, row, random, isString(type) && type.startsWith("varchar")
                    ? length(type) : 60));
            case "char": return Value.string(fixed(length(type), row, random));
            case "date": return Value.typed(LocalDate.of(2020, 1, 1).plusDays(row * 40L + random.nextInt(40)).toString(),
                    "date");
            case "time": return Value.string(time(random, row) + (type.contains("zone") ? "+00" : ""));
            case "timestamp": return Value.string(timestamp(row, random) + (type.contains("zone") ? "+00" : ""));
            case "uuid": return Value.typed(uuid(random), "uuid");
            case "bytea": return Value.string("\\x" + String.format("%02x%04x", row, random.nextInt(65536)));
            case "jsonb": return Value.string("{\"k\": " + row + ", \"s\": \"x" + random.nextInt(100) + "\"}");
            case "interval": return Value.string((row + 1) + " days " + random.nextInt(24) + " hours");
            case "inet": return Value.string("10.0." + row + "." + random.nextInt(256));
            case "integer[]": return Value.string("{" + row + "," + random.nextInt(100) + "}");
            case "text[]": return Value.string("{a" + row + ",b" + random.nextInt(100) + "}");
            default: throw new IllegalArgumentException(type);
        }
    }

    /** A default for {@code type}, spelt as the catalog reads it back, or null for none. */
    static String defaultFor(String type, Random random) {
        switch (base(type)) {
            case "smallint":
            case "integer":
            case "bigint": return String.valueOf(1 + random.nextInt(100));
            case "numeric": return random.nextInt(9) + ".5";
            case "real":
            case "double precision": return "0.5";
            case "boolean": return random.nextBoolean() ? "true" : "false";
            case "varchar": return random.nextBoolean() ? "'it''s'::character varying" : "'NEW'::character varying";
            case "text": return "'none'::text";
            case "char": return length(type) == 1 ? "'Y'::bpchar" : null;
            case "date": return random.nextBoolean() ? "CURRENT_DATE" : "'2024-01-02'::date";
            case "timestamp": return "CURRENT_TIMESTAMP";
            case "uuid": return "gen_random_uuid()";
            case "jsonb": return "'{}'::jsonb";
            case "interval": return "'1 day'::interval";
            default: return null;
        }
    }

    /**
     * The types a column of {@code type} holding {@code values} can change to, and back, keeping
     * every value: widening, conversions through a cast that the values allow, narrowing that
     * they fit in, and any type to text.
     */
    static List<String> conversions(String type, List<Value> values) {
        List<String> to = new ArrayList<>();
        switch (base(type)) {
            case "smallint" -> to.addAll(List.of("integer", "bigint", "numeric(12,2)", "varchar(40)"));
            case "integer" -> to.addAll(List.of("bigint", "numeric(14,2)", "varchar(40)", "smallint"));
            case "bigint" -> to.addAll(List.of("numeric(22,0)", "integer"));
            case "numeric" -> to.addAll(List.of(widerNumeric(type), "double precision"));
            case "real" -> to.addAll(List.of("double precision", "numeric(12,2)"));
            case "double precision" -> to.addAll(List.of("real", "numeric(14,2)"));
            case "varchar" -> to.addAll(List.of("varchar(" + (length(type) + 20) + ")", "varchar(30)", "varchar(12)",
                    "integer", "bigint", "uuid"));
            case "text" -> to.addAll(List.of("varchar(255)", "varchar(30)", "integer", "uuid"));
            case "char" -> to.addAll(List.of("varchar(" + length(type) + ")", "char(" + (length(type) + 3) + ")"));
            case "date" -> to.addAll(List.of("timestamp(6)", "timestamp(6) with time zone"));
            case "timestamp" -> to.add(type.contains("zone") ? "timestamp(6)" : "timestamp(6) with time zone");
            case "time" -> to.add(type.contains("zone") ? "time(6)" : "time(6) with time zone");
            case "uuid" -> to.add("varchar(40)");
            case "boolean" -> to.add("varchar(10)");
            default -> { }
        }
        if (!type.equals("text")) {
            to.add("text");
        }
        to.removeIf(t -> t.equals(type) || !holds(t, values));
        return to;
    }

    /** Whether every value of the column survives as a value of {@code type}. */
    private static boolean holds(String type, List<Value> values) {
        for (Value v : values) {
            if (v.isNull()) {
                continue;
            }
            String text = v.text();
            boolean fits = switch (base(type)) {
                case "smallint" -> INTEGER_TEXT.matcher(text).matches() && Math.abs(Long.parseLong(text)) <= 32767;
                case "integer" -> INTEGER_TEXT.matcher(text).matches();
                case "bigint" -> INTEGER_TEXT.matcher(text).matches() || text.matches("-?[0-9]{1,18}");
                case "uuid" -> UUID_TEXT.matcher(text).matches();
                case "varchar" -> text.length() <= length(type);
                case "char" -> text.length() <= length(type);
                default -> true;
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static String widerNumeric(String type) {
        String[] ps = type.substring(type.indexOf('(') + 1, type.indexOf(')')).split(",");
        return "numeric(" + (Integer.parseInt(ps[0]) + 4) + "," + (Integer.parseInt(ps[1]) + 1) + ")";
    }

    private static String numeric(String type, int row, Random random) {
        String[] ps = type.substring(type.indexOf('(') + 1, type.indexOf(')')).split(",");
        int scale = Integer.parseInt(ps[1]);
        String whole = String.valueOf(row * 1000 + random.nextInt(1000));
        if (scale == 0) {
            return whole;
        }
        StringBuilder fraction = new StringBuilder();
        for (int i = 0; i < scale; i++) {
            fraction.append(random.nextInt(10));
        }
        return whole + "." + fraction;
    }

    private static String string(Style style, int row, Random random, int maxLength) {
        switch (style) {
            case DIGITS: return String.valueOf(row * 10_000 + random.nextInt(10_000));
            case UUIDS: return uuid(random);
            default:
                String[] words = {"w", "it's", "Ünïcode ✓", "back\\slash", "a b", "\"q\""};
                String text = row + "-" + words[random.nextInt(words.length)];
                return text.length() <= maxLength ? text : String.valueOf(row);
        }
    }

    /** Exactly {@code length} characters, so that the value reads the same as char and as varchar. */
    private static String fixed(int length, int row, Random random) {
        StringBuilder text = new StringBuilder(length == 1 ? "" : String.valueOf(row));
        while (text.length() < length) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static String time(Random random, int row) {
        int seconds = row * 3600 + random.nextInt(3600);
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static String timestamp(int row, Random random) {
        LocalDateTime t = EPOCH.plusDays(row).plusSeconds(random.nextInt(86_400));
        String text = t.toLocalDate() + " " + t.toLocalTime().toString();
        if (t.getSecond() == 0) {
            text += ":00"; // LocalTime prints 10:15 for 10:15:00
        }
        return random.nextInt(3) == 0 ? text + "." + (100_000 + random.nextInt(900_000)) : text;
    }

    private static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** The type without length, precision or array brackets' arguments: {@code varchar(20)} is {@code varchar}. */
    static String base(String type) {
        if (type.endsWith("[]")) {
            return type;
        }
        String name = type.replaceAll("\\([^)]*\\)", "");
        return name.replace(" with time zone", "");
    }

    static int length(String type) {
        int open = type.indexOf('(');
        return open < 0 ? Integer.MAX_VALUE : Integer.parseInt(type.substring(open + 1, type.indexOf(')')));
    }
}
