package dev.jpamigrate.processor.naming;

import java.util.Locale;

/**
 * The quoting an application's settings ask Hibernate for. Hibernate quotes a name as it makes
 * the identifier from the mapping's (logical) name, before the physical naming strategy:
 * {@code hibernate.globally_quoted_identifiers} quotes every name, {@code hibernate.auto_quote_keyword}
 * the names that are keywords ({@link HibernateKeywords}, compared without case). A quoted name keeps
 * its case in PostgreSQL: the entity {@code Order} becomes the table {@code "Order"}.
 *
 * @param global {@code hibernate.globally_quoted_identifiers}
 * @param keywords {@code hibernate.auto_quote_keyword}
 * @param quotesGivenForeignKeys whether global quoting quotes a foreign key name the mapping gives: Hibernate 7.3
 *     does, Hibernate 6.6 to 7.2 do not
 * @param dollarIsPlain whether a {@code $} leaves a name plain ({@link #quotesAsNotPlain}): Hibernate 7 quotes
 *     {@code $} for HSQLDB alone, Hibernate 6 quotes it
 */
public record Quoting(boolean global, boolean keywords, boolean quotesGivenForeignKeys, boolean dollarIsPlain) {
    public static final Quoting NONE = new Quoting(false, false, false, true);

    /** Whether Hibernate quotes the logical name (given without quotes). */
    public boolean quotes(String logical) {
        return global || keywords && HibernateKeywords.contains(logical.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether Hibernate quotes a name given without quotes because it is no plain SQL identifier, whatever the
     * settings: its {@code Identifier.toIdentifier} quotes a name that starts with neither a letter nor {@code _}, or
     * has a character other than a letter, a digit, {@code _} (and {@code $}, see {@link #dollarIsPlain}).
     * {@code @UniqueConstraint(name = "Unique name and country")} is the constraint {@code "Unique name and country"}.
     */
    public boolean quotesAsNotPlain(String text) {
        return !PostgresNames.isPlain(text) || !dollarIsPlain && text.indexOf('$') >= 0;
    }
}
