package dev.jpamigrate.processor.naming;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * What PostgreSQL 17 makes of names: unquoted identifiers fold to lower case, and the
 * constraints that DDL leaves unnamed are named {@code <table>_<columns>_<suffix>},
 * shortened to 63 bytes as {@code makeObjectName} in {@code indexcmds.c} does.
 */
public final class PostgresNames {
    /** NAMEDATALEN - 1: longer names are truncated by the server. */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    /**
     * The keywords that PostgreSQL 17's {@code quote_ident} quotes: every keyword that is not
     * unreserved ({@code select word from pg_get_keywords() where catcode <> 'U'}).
     */
    private static final Set<String> QUOTED_KEYWORDS = Set.of(("all analyse analyze and any array as asc asymmetric"
            + " authorization between bigint binary bit boolean both case cast char character check coalesce collate"
            + " collation column concurrently constraint create cross current_catalog current_date current_role"
            + " current_schema current_time current_timestamp current_user dec decimal default deferrable desc distinct"
            + " do else end except exists extract false fetch float for foreign freeze from full grant greatest group"
            + " grouping having ilike in initially inner inout int integer intersect interval into is isnull join json"
            + " json_array json_arrayagg json_exists json_object json_objectagg json_query json_scalar json_serialize"
            + " json_table json_value lateral leading least left like limit localtime localtimestamp merge_action"
            + " national natural nchar none normalize not notnull null nullif numeric offset on only or order out outer"
            + " overlaps overlay placing position precision primary real references returning right row select"
            + " session_user setof similar smallint some substring symmetric system_user table tablesample then time"
            + " timestamp to trailing treat trim true union unique user using values varchar variadic verbose when"
            + " where window with xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi"
            + " xmlroot xmlserialize xmltable").split(" "));

    private PostgresNames() {
    }

    /** An unquoted identifier as PostgreSQL stores it: ASCII letters lower-cased, nothing else touched. */
    public static String fold(String identifier) {
        StringBuilder folded = new StringBuilder(identifier.length());
        for (int i = 0; i < identifier.length(); i++) {
            char ch = identifier.charAt(i);
            folded.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
        }
        return folded.toString();
    }

    /**
     * The identifier as PostgreSQL stores it when it is longer than 63 bytes: its first 63, cut before a character
     * that does not fit whole ({@code truncate_identifier} in {@code scansup.c}, with a NOTICE).
     */
    public static String truncate(String identifier) {
        return byteLength(identifier) <= MAX_IDENTIFIER_BYTES ? identifier : clip(identifier, MAX_IDENTIFIER_BYTES);
    }

    public static int byteLength(String identifier) {
        return identifier.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code <table>_pkey}. */
    public static String primaryKey(String table) {
        return objectName(table, null, "pkey");
    }

    /** {@code <table>_<column>_<column>_key}, for a UNIQUE constraint written without a name. */
    public static String unique(String table, List<String> columns) {
        return objectName(table, columnsPart(columns), "key");
    }

    /**
     * The name PostgreSQL gives a UNIQUE written without one: {@link #unique(String, List)}, with {@code 1}, {@code 2},
     * ... after {@code key} while the name is taken ({@code ChooseRelationName}).
     */
    public static String unique(String table, List<String> columns, Set<String> taken) {
        String name = unique(table, columns);
        for (int pass = 1; taken.contains(name); pass++) {
            name = objectName(table, columnsPart(columns), "key" + pass);
        }
        return name;
    }

    /** {@code <table>_<column>_seq}, the sequence of a {@code serial} column. */
    public static String serialSequence(String table, String column) {
        return objectName(table, column, "seq");
    }

    /** {@code <table>_<column>_check}, for a CHECK written on a column without a name. */
    public static String check(String table, String column) {
        return objectName(table, column, "check");
    }

    /**
     * The name PostgreSQL gives a CHECK written without one: {@code <table>_<column>_check}
     * for a check on one column ({@code column} null for a table check on several), with
     * {@code 1}, {@code 2}, ... after {@code check} while the name is taken.
     */
    public static String check(String table, String column, Set<String> taken) {
        String name = objectName(table, column, "check");
        for (int pass = 1; taken.contains(name); pass++) {
            name = objectName(table, column, "check" + pass);
        }
        return name;
    }

    /** The identifier as {@code quote_ident} writes it, as in the text of a CHECK expression. */
    public static String quoteIdent(String identifier) {
        boolean plain = !identifier.isEmpty() && !QUOTED_KEYWORDS.contains(identifier);
        for (int i = 0; plain && i < identifier.length(); i++) {
            char ch = identifier.charAt(i);
            plain = ch >= 'a' && ch <= 'z' || ch == '_' || i > 0 && ch >= '0' && ch <= '9';
        }
        return plain ? identifier : '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * Whether PostgreSQL reads the name written without quotes as one identifier: a letter or {@code _}, then letters,
     * digits, {@code _} and {@code $}.
     */
    public static boolean isPlain(String name) {
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
            return false;
        }
        return name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '$');
    }

    /**
     * Whether PostgreSQL's scanner reads the text, written without quotes, as one identifier: an ASCII letter,
     * {@code _} or any character beyond ASCII, then those, digits and {@code $} ({@code ident_start} and {@code
     * ident_cont} in {@code scan.l}). Hibernate writes a check constraint's name so, and PostgreSQL refuses the DDL for
     * any other (a space, a hyphen, a leading digit).
     */
    public static boolean readsUnquoted(String text) {
        if (text.isEmpty() || !identifierStart(text.charAt(0))) {
            return false;
        }
        return text.chars().allMatch(c -> identifierStart((char) c) || c >= '0' && c <= '9' || c == '$');
    }

    private static boolean identifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    /** {@code ChooseIndexNameAddition}: column names joined by {@code _}, stopping once long enough. */
    private static String columnsPart(List<String> columns) {
        StringBuilder part = new StringBuilder();
        for (String column : columns) {
            if (part.length() > 0) {
                part.append('_');
            }
            part.append(column);
            if (byteLength(part.toString()) >= MAX_IDENTIFIER_BYTES + 1) {
                break;
            }
        }
        return part.toString();
    }

    /** {@code makeObjectName}: shortens the longer of the two names first until all fits in 63 bytes. */
    private static String objectName(String name1, String name2, String label) {
        int overhead = (name2 != null ? 1 : 0) + label.length() + 1;
        int available = MAX_IDENTIFIER_BYTES - overhead;
        int length1 = byteLength(name1);
        int length2 = name2 == null ? 0 : byteLength(name2);
        while (length1 + length2 > available) {
            if (length1 > length2) {
                length1--;
            } else {
                length2--;
            }
        }
        StringBuilder name = new StringBuilder(clip(name1, length1));
        if (name2 != null) {
            name.append('_').append(clip(name2, length2));
        }
        return name.append('_').append(label).toString();
    }

    /** The longest prefix of at most {@code bytes} UTF-8 bytes that does not split a character. */
    private static String clip(String text, int bytes) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > bytes) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
