package dev.jpamigrate.postgres;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes PostgreSQL identifiers only where they need it, so that rendered SQL reads like
 * hand-written DDL ({@code customer}) and still works for {@code "user"} or {@code "OrderLine"}.
 */
final class Identifiers {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /**
     * The keywords that cannot stand as a table, column or constraint name: PostgreSQL 17's
     * reserved ones and those that "can be function or type" (catcode R and T of
     * {@code pg_get_keywords()}). Column-name keywords (catcode C: {@code time},
     * {@code position}, {@code values}) are valid names in every statement this package
     * renders, so they stay bare.
     */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role", "current_schema",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
            "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group",
            "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral",
            "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null",
            "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references",
            "returning", "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table",
            "tablesample", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic",
            "verbose", "when", "where", "window", "with");

    private Identifiers() {
    }

    static boolean isReserved(String identifier) {
        return RESERVED.contains(identifier);
    }

    /** One identifier, quoted when it is not a plain lower-case name or is a reserved word. */
    static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code sales.customer} with each part quoted as needed; the schema ends at the first dot, as in the model. */
    static String quoteQualified(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? quote(name) : quote(name.substring(0, dot)) + "." + quote(name.substring(dot + 1));
    }
}
