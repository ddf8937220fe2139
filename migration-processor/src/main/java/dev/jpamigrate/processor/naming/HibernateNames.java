package dev.jpamigrate.processor.naming;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names Hibernate ORM 7 gives where the mapping names nothing, with JPA's default
 * naming ({@code ImplicitNamingStrategyJpaCompliantImpl}, {@code NamingHelper}). Every
 * input and output is a name as Hibernate sees it, before PostgreSQL folds it to lower
 * case; the hashes are taken over those names, so {@code firstName} and {@code firstname}
 * hash differently although PostgreSQL stores both as {@code firstname}.
 */
public final class HibernateNames {
    private HibernateNames() {
    }

    /** JPA's join column: {@code <attribute>_<referenced primary key column>}, as in {@code customer_id}. */
    public static String joinColumn(String attribute, String referencedColumn) {
        return attribute + "_" + referencedColumn;
    }

    /**
     * The implicit join column {@code <prefix>_<referenced column>}, quoted, as Hibernate
     * does, when the referenced table or column is quoted.
     */
    public static String implicitJoinColumn(Naming naming, String prefix, String referencedTable,
            String referencedColumn) {
        String name = joinColumn(prefix, Naming.text(referencedColumn));
        return naming.quotes(referencedTable) || naming.quotes(referencedColumn) ? "`" + name + "`" : name;
    }

    /**
     * The sequence of {@code @GeneratedValue(SEQUENCE or AUTO)} without a generator:
     * {@code <table>_SEQ}, always in the default schema, even for a table of another schema.
     */
    public static String implicitSequence(String table) {
        return table + "_SEQ";
    }

    /** {@code FK} + the hash of table, referenced table and columns, as in {@code FK68gr19aoguvqe1dgy15md8qmw}. */
    public static String foreignKey(String table, String referencedTable, List<String> columns) {
        return "FK" + hash("table`" + table + "`references`" + referencedTable + "`" + sortedColumns(columns));
    }

    /**
     * {@code FK_} + the hash of table and columns ({@code Constraint.generateName}), as Hibernate 5 named every
     * foreign key and Hibernate 6.5 and earlier still name some, as in {@code FK_44f1j64wft17g6l4vjjttrrt0}.
     */
    public static String legacyForeignKey(String table, List<String> columns) {
        return "FK_" + hash("table`" + table + "`" + sortedColumns(columns));
    }

    /** {@code UK} + the hash of table and columns, as Hibernate 6.2 names a {@code @UniqueConstraint} without a name. */
    public static String uniqueKey(String table, List<String> columns) {
        return "UK" + hash("table`" + table + "`" + sortedColumns(columns));
    }

    /** {@code IDX} + the hash of table and columns as the {@code columnList} spells them, without their order. */
    public static String index(String table, List<String> columns) {
        return "IDX" + hash("table`" + table + "`" + sortedColumns(columns));
    }

    /**
     * The columns sorted by Hibernate's canonical name (a quoted name's text as it is, an unquoted name in lower
     * case), each as {@code column`c`}, a quoted one in its backticks.
     */
    private static String sortedColumns(List<String> columns) {
        List<String> sorted = new ArrayList<>(columns);
        sorted.sort(Comparator.comparing(c -> Naming.isQuoted(c) ? Naming.text(c) : c.toLowerCase(Locale.ENGLISH)));
        StringBuilder text = new StringBuilder();
        sorted.forEach(c -> text.append("column`").append(c).append('`'));
        return text.toString();
    }

    /** MD5 in base 35, as {@code NamingHelper.hashedName}. */
    public static String hash(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return new BigInteger(1, md5.digest(text.getBytes(StandardCharsets.UTF_8))).toString(35);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
