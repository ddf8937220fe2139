package dev.jpamigrate.init;

import java.util.Set;

/** The line {@code .migration/} in a {@code .gitignore}: the development database stays out of git. */
public final class GitIgnore {
    public static final String ENTRY = ".migration/";
    private static final Set<String> COVERING = Set.of(".migration", ".migration/", "/.migration", "/.migration/");

    private GitIgnore() {
    }

    /** Whether {@code text} ignores the directory already. */
    public static boolean ignores(String text) {
        return text.lines().map(String::strip).anyMatch(COVERING::contains);
    }

    /** {@code text} (empty for a new file) with the entry appended on a line of its own, in the file's line separator. */
    public static String withEntry(String text) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        return text + (text.isEmpty() || text.endsWith("\n") ? "" : newline)
                + "# JPA Migrate's development database" + newline + ENTRY + newline;
    }
}
