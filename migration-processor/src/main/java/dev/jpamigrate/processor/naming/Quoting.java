package dev.jpamigrate.processor.naming;

import java.util.Locale;

/**
 * When Hibernate quotes a name. It decides as it makes the identifier from the mapping's (logical) name, before the
 * physical naming strategy: a name that is no plain SQL identifier is always quoted ({@link #quotesAsNotPlain});
 * {@code hibernate.globally_quoted_identifiers} quotes every name, {@code hibernate.auto_quote_keyword} the names that
 * are keywords ({@link HibernateKeywords}, compared without case). A quoted name keeps its case in PostgreSQL: the
 * entity {@code Order} becomes the table {@code "Order"}, {@code @Table(name = "Import Batch")} the table
 * {@code "Import Batch"}.
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

    /**
     * Whether Hibernate quotes the logical name of a table, column, sequence or schema (given without quotes): as no
     * plain SQL identifier, or by the settings.
     */
    public boolean quotes(String logical) {
        return global || keywords && HibernateKeywords.contains(logical.toLowerCase(Locale.ROOT))
                || quotesAsNotPlain(logical);
    }

    /**
     * Whether Hibernate quotes a name given without quotes because it is no plain SQL identifier, whatever the
     * settings: {@code Identifier.toIdentifier(text)}, which every binder reaches for a table, column, join column,
     * join, collection and secondary table, sequence, unique constraint name (and which the implicit naming strategy
     * calls for the names it makes), quotes a name that starts with neither a letter ({@code Character.isLetter}, so
     * {@code ü} too) nor {@code _}, or has a character other than a letter, a digit, {@code _} (and {@code $}, see
     * {@link #dollarIsPlain}). Upper-case letters leave a name plain: PostgreSQL folds {@code UploadedBy}.
     * {@code @Column(name = "Unit Price")} is the column {@code "Unit Price"}, {@code @UniqueConstraint(name =
     * "Unique name and country")} the constraint {@code "Unique name and country"}.
     */
    public boolean quotesAsNotPlain(String text) {
        return !text.isEmpty() && (!PostgresNames.isPlain(text) || !dollarIsPlain && text.indexOf('$') >= 0);
    }
}
