package dev.jpamigrate.processor.map;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code @Column(columnDefinition)} split as PostgreSQL stores what Hibernate writes: Hibernate
 * puts the definition verbatim after the column name ({@code "varchar(20) default 'NEW' not null"}),
 * so the type, a {@code default} and a {@code [not] null} become the column's type, default and
 * nullability. Anything else in it (a check, a reference, a serial type) is not a column of the
 * model, and {@link #parse} refuses it.
 *
 * @param type the type, as written
 * @param defaultValue the default expression, or {@code null}
 * @param notNull whether the definition says {@code not null}
 */
public record ColumnDefinition(String type, String defaultValue, boolean notNull) {
    private static final Pattern DEFAULT = Pattern.compile("default\\b");
    private static final Pattern NOT_NULL = Pattern.compile("not\\s+null\\b");
    private static final Pattern NULL = Pattern.compile("null\\b");
    private static final Pattern OTHER_CLAUSES = Pattern.compile("(?i)\\b(unique|check"
            + "|primary|references|generated|collate|constraint|identity|serial|bigserial|smallserial|serial[248])\\b");

    /** A type name starts with a letter, an underscore or a quote, and is no clause of its own. */
    private static final Pattern TYPE_START = Pattern.compile("(?i)(?!(default|not|null)\\b)[\\p{L}_\"]");

    /**
     * Whether {@code definition} starts with a column type, as PostgreSQL wants after the column's name: {@code "0"}
     * or {@code "default 0"} does not, and Hibernate's DDL with it fails.
     */
    public static boolean startsWithType(String definition) {
        return TYPE_START.matcher(definition.strip()).lookingAt();
    }

    /**
     * Types of MySQL, Oracle and SQL Server that PostgreSQL has not, which applications moved from those databases keep,
     * by the PostgreSQL type that stores their values.
     */
    private static final Map<String, String> FOREIGN_TYPES = Map.ofEntries(Map.entry("tinytext", "text"),
            Map.entry("mediumtext", "text"), Map.entry("longtext", "text"), Map.entry("ntext", "text"),
            Map.entry("clob", "text"), Map.entry("nclob", "text"), Map.entry("tinyblob", "bytea"),
            Map.entry("blob", "bytea"), Map.entry("mediumblob", "bytea"), Map.entry("longblob", "bytea"),
            Map.entry("image", "bytea"), Map.entry("datetime", "timestamp"), Map.entry("datetime2", "timestamp"),
            Map.entry("tinyint", "smallint"), Map.entry("mediumint", "integer"), Map.entry("varchar2", "varchar"),
            Map.entry("nvarchar2", "varchar"), Map.entry("nvarchar", "varchar"), Map.entry("number", "numeric"));
    private static final Pattern FIRST_WORD = Pattern.compile("\\w+");

    /**
     * The PostgreSQL type for the other database's type {@code definition} starts with ({@code longtext}: {@code text}),
     * which PostgreSQL does not know, so Hibernate's DDL fails; empty for another definition.
     */
    public static Optional<String> postgresTypeForForeign(String definition) {
        Matcher word = FIRST_WORD.matcher(definition.strip());
        return word.lookingAt() ? Optional.ofNullable(FOREIGN_TYPES.get(word.group().toLowerCase(Locale.ROOT)))
                : Optional.empty();
    }

    /** The parts of {@code definition}, or empty when it holds more than a type, a default and a nullability. */
    public static Optional<ColumnDefinition> parse(String definition) {
        String text = definition.strip();
        int typeEnd = clauseStart(text, 0);
        String type = text.substring(0, typeEnd).strip();
        if (type.isEmpty() || OTHER_CLAUSES.matcher(type).find()) {
            return Optional.empty();
        }
        String defaultValue = null;
        boolean notNull = false;
        int at = typeEnd;
        while (at < text.length()) {
            String rest = text.substring(at).toLowerCase(Locale.ROOT);
            if (DEFAULT.matcher(rest).lookingAt() && defaultValue == null) {
                // From the expression's first word, so that the null of "default null" is its value, not a clause.
                int end = clauseStart(text, skipSpaces(text, at + "default".length()));
                defaultValue = text.substring(at + "default".length(), end).strip();
                if (defaultValue.isEmpty() || OTHER_CLAUSES.matcher(withoutLiterals(defaultValue)).find()) {
                    return Optional.empty();
                }
                at = end;
            } else if (NOT_NULL.matcher(rest).lookingAt()) {
                notNull = true;
                Matcher clause = NOT_NULL.matcher(rest);
                clause.lookingAt();
                at = skipSpaces(text, at + clause.end());
            } else if (NULL.matcher(rest).lookingAt()) {
                at = skipSpaces(text, at + "null".length());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new ColumnDefinition(type, defaultValue, notNull));
    }

    /**
     * Where the next {@code default}, {@code not null} or {@code null} clause starts after {@code from},
     * outside quotes and parentheses; the end of the text when none does.
     */
    private static int clauseStart(String text, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1))
                    && text.charAt(i - 1) != '_')) {
                String rest = text.substring(i).toLowerCase(Locale.ROOT);
                if (i > from && (DEFAULT.matcher(rest).lookingAt() || NOT_NULL.matcher(rest).lookingAt()
                        || NULL.matcher(rest).lookingAt())) {
                    return i;
                }
            }
        }
        return text.length();
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static String withoutLiterals(String expression) {
        return expression.replaceAll("'[^']*'", "''");
    }
}
