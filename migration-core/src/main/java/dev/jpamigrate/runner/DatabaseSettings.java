package dev.jpamigrate.runner;

import java.util.regex.Pattern;

/**
 * Where to migrate: a PostgreSQL JDBC URL, or {@code embedded:<directory>} for a
 * development database that this tool starts itself, with its data kept in that directory.
 *
 * @param schema the target schema: unqualified tables and the history live there
 */
public record DatabaseSettings(String url, String user, String password, String schema) {
    public static final String EMBEDDED_PREFIX = "embedded:";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&]*");

    public DatabaseSettings {
        schema = schema == null || schema.isBlank() ? "public" : schema.trim();
        url = url == null ? null : url.trim();
    }

    public boolean isEmbedded() {
        return url != null && url.startsWith(EMBEDDED_PREFIX);
    }

    /** The URL as it may be printed: a password in its query string is masked. */
    public String safeUrl() {
        return url == null ? null : PASSWORD_IN_URL.matcher(url).replaceAll("$1****");
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + safeUrl() + ", user=" + user + ", password="
                + (password == null ? "none" : "****") + ", schema=" + schema + "]";
    }
}
