package dev.jpamigrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lexical work the lint needs, and no more: split a script into statements, drop
 * comments, blank out string literals so that a keyword inside one is not read as SQL,
 * split a list at its top-level commas, and spell an identifier as the catalog does.
 */
final class SqlText {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" {2,}");
    private SqlText() {
    }

    /**
     * The statements of a script, comments dropped and runs of white space made one space:
     * {@code "create table a (x int); -- note\n drop table b"} gives
     * {@code [create table a (x int), drop table b]}. Semicolons inside literals, quoted names and
     * dollar-quoted bodies do not split.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = script.length();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                current.append(' ');
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                current.append(' ');
            } else if (c == '\'' || c == '"') {
                int end = closing(script, i, c);
                current.append(script, i, end);
                i = end;
            } else if (c == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                int end = script.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
                current.append(script, i, end);
                i = end;
            } else if (c == ';') {
                add(statements, current);
                current.setLength(0);
                i++;
            } else {
                current.append(Character.isWhitespace(c) ? ' ' : c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder statement) {
        String s = SPACES.matcher(statement).replaceAll(" ").strip();
        if (!s.isEmpty()) {
            statements.add(s);
        }
    }

    /** The index after the quote that closes the one at {@code start}; a doubled quote is part of the text. */
    private static int closing(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    /** {@code $$} or {@code $body$} at {@code i}, or null when the dollar sign starts no dollar quote ({@code $1}). */
    private static String dollarTag(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        if (j < text.length() && text.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(text.charAt(i + 1)))) {
            return text.substring(i, j + 1);
        }
        return null;
    }

    /** The statement with every string literal's text blanked: {@code check (a <> 'not valid')} becomes {@code check (a <> '')}. */
    static String masked(String statement) {
        StringBuilder out = new StringBuilder(statement.length());
        int i = 0;
        while (i < statement.length()) {
            char c = statement.charAt(i);
            if (c == '\'') {
                i = closing(statement, i, c);
                out.append("''");
            } else if (c == '"') {
                int end = closing(statement, i, c);
                out.append(statement, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The parts of a list at its top-level commas, trimmed: {@code a int, b numeric(10,2)} gives two. */
    static List<String> topLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '"' || c == '\'') {
                i = closing(list, i, c) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(list.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** The text inside the parenthesis that opens at {@code open}, or null when it does not close. */
    static String parenthesized(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = closing(text, i, c) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(open + 1, i);
            }
        }
        return null;
    }

    /**
     * A name as the catalog spells it: an unquoted part lower-cased, a quoted part as written:
     * {@code Sales."Order"} is {@code sales.Order}.
     */
    static String name(String sql) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '"') {
                int end = closing(sql, i, '"');
                out.append(sql, i + 1, end - 1 < i + 1 ? i + 1 : end - 1);
                i = end;
            } else {
                out.append(Character.isWhitespace(c) ? "" : String.valueOf(c).toLowerCase(Locale.ROOT));
                i++;
            }
        }
        return out.toString().replace("\"\"", "\"");
    }
}
