package dev.jpamigrate.lint;

/**
 * How much a finding of the lock-safety lint weighs.
 *
 * <ul>
 *   <li>{@link #ERROR}: the statement holds a lock that blocks the application's reads or
 *       writes for a time that grows with the table (a scan, a rewrite, an index build), or
 *       fails at run time; it fails {@code migration:lint} unless the migration acknowledges it.
 *   <li>{@link #WARNING}: a short lock, or a hazard to the running application version (a
 *       rename, a drop) that the change usually intends, or a type that will hurt later.
 *   <li>{@link #HINT}: a choice worth a second look that Hibernate's mappings make often
 *       and on purpose ({@code timestamp} for {@code LocalDateTime}).
 * </ul>
 */
public enum Severity {
    ERROR, WARNING, HINT;

    /** {@code error}, {@code warning}, {@code hint}: as a finding's line starts. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
