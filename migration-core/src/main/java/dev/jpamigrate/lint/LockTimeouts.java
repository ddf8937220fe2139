package dev.jpamigrate.lint;

import dev.jpamigrate.runner.DatabaseSettings;
import java.util.Locale;
import java.util.regex.Pattern;

/** What counts as no lock timeout: {@code 0} in any unit, and {@code default} (the server's, 0 unless configured). */
final class LockTimeouts {
    static final String DEFAULT = DatabaseSettings.DEFAULT_LOCK_TIMEOUT;
    private static final Pattern ZERO = Pattern.compile("0+\\s*(ms|s|min|h|d)?|default");

    private LockTimeouts() {
    }

    /** {@code 0}, {@code '0s'}, {@code default}: each turns the limit off. */
    static boolean disables(String value) {
        String v = value.strip().replace("'", "").replace("\"", "").strip().toLowerCase(Locale.ROOT);
        return ZERO.matcher(v).matches();
    }
}
