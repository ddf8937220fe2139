package dev.jpamigrate.processor.naming;

import dev.jpamigrate.processor.ProcessorOptions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a name of the mapping becomes a name in the database: Hibernate's physical naming
 * strategy first, then PostgreSQL's folding of unquoted identifiers to lower case. A name
 * quoted in the mapping ({@code "`order`"} or {@code "\"order\""}) is kept exactly, unless the
 * strategy changes it. Constraint names are not physical names; Hibernate gives them as
 * written or hashed.
 */
public final class Naming {
    /** The physical naming strategies the processor reproduces without a class of the user's. */
    public enum Strategy {
        /** JPA's default: Hibernate's {@code PhysicalNamingStrategyStandardImpl} keeps the logical name. */
        JPA("jpa"),
        /** Spring Boot's default: {@code CamelCaseToUnderscoresNamingStrategy}, {@code firstName} as {@code first_name}. */
        SPRING_BOOT("spring-boot"),
        /**
         * Hibernate 7's {@code PhysicalNamingStrategySnakeCaseImpl}: the same snake case as Spring Boot's,
         * but quoted names are always kept, and the implicit naming stays JPA's.
         */
        SNAKE_CASE("snake-case");

        private final String option;

        Strategy(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }
    }

    /** The implicit naming strategies the processor reproduces: what Hibernate names when the mapping does not. */
    public enum Implicit {
        /** Hibernate's default, {@code ImplicitNamingStrategyJpaCompliantImpl}. */
        JPA("jpa"),
        /** Spring Boot's {@code SpringImplicitNamingStrategy}: JPA's, but a join table is {@code <owner table>_<attribute>}. */
        SPRING_BOOT("spring-boot"),
        /**
         * {@code ImplicitNamingStrategyLegacyJpaImpl}, Hibernate 4's naming that applications upgraded from Spring Boot
         * 1.x keep: where JPA's names an owner's collection table and key column after its entity, it takes the
         * owner's table ({@code customers_tags}, {@code customers_id} for {@code Customer}'s {@code tags}).
         */
        LEGACY_JPA("legacy-jpa");

        private final String option;

        Implicit(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }
    }

    /** The kinds of names a physical naming strategy is asked for, each by a method of its own. */
    public enum Kind {
        SCHEMA("schema name"), TABLE("table name"), SEQUENCE("sequence name"), COLUMN("column name");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** As an error message says it: {@code "table name"}. */
        public String description() {
            return description;
        }
    }

    /** A name as a physical naming strategy sees it: its text, and whether it is quoted. */
    public record Identifier(String text, boolean quoted) {
    }

    /** A physical naming strategy: Hibernate's interface, one method for every kind. */
    public interface PhysicalStrategy {
        Identifier apply(Kind kind, Identifier logical);
    }

    private final PhysicalStrategy strategy;
    private final Implicit implicit;
    private final Quoting quoting;
    private final Map<String, String> columnSpellings = new HashMap<>();
    /** Spellings noted per {@code table.column}: one stored name may be spelled differently in two tables. */
    private final Map<String, String> tableColumnSpellings = new HashMap<>();
    /** The names longer than 63 bytes that this naming cut, by the name PostgreSQL stores for them. */
    private final Map<String, Set<String>> cutNames = new HashMap<>();
    /** Each table's logical name as Hibernate orders its tables, by the name PostgreSQL stores. */
    private final Map<String, String> logicalTableNames = new HashMap<>();

    public Naming(PhysicalStrategy strategy, Implicit implicit) {
        this(strategy, implicit, Quoting.NONE);
    }

    private Naming(PhysicalStrategy strategy, Implicit implicit, Quoting quoting) {
        this.strategy = strategy;
        this.implicit = implicit;
        this.quoting = quoting;
    }

    /** This naming with the quoting that the application's settings ask Hibernate for. */
    public Naming withQuoting(Quoting quoting) {
        return new Naming(strategy, implicit, quoting);
    }

    /**
     * Whether Hibernate quotes this logical name: quoted in the mapping, no plain SQL identifier
     * ({@code "Unit Price"}), or quoted by {@code globally_quoted_identifiers} or {@code auto_quote_keyword}
     * ({@link Quoting#quotes}). Names Hibernate makes of a quoted name (a join table of a quoted table) are quoted too.
     */
    public boolean quotes(String logical) {
        return isQuoted(logical) || quoting.quotes(logical);
    }

    /** The logical name in backticks when Hibernate quotes it, as the names made of it need to know. */
    public String normalized(String logical) {
        return !isQuoted(logical) && quoting.quotes(logical) ? "`" + logical + "`" : logical;
    }

    /**
     * One of the built-in strategies.
     *
     * @param hibernate Hibernate 6.6's {@code CamelCaseToUnderscoresNamingStrategy} also
     *     rewrites quoted names (keeping them quoted); Hibernate 7's leaves them alone
     */
    public static Naming of(Strategy strategy, ProcessorOptions.HibernateVersion hibernate) {
        return of(strategy, strategy == Strategy.SPRING_BOOT ? Implicit.SPRING_BOOT : Implicit.JPA, hibernate);
    }

    /**
     * A built-in physical strategy with either implicit naming, as an application's settings
     * may combine them.
     */
    public static Naming of(Strategy physical, Implicit implicit, ProcessorOptions.HibernateVersion hibernate) {
        boolean appliesToQuoted = physical == Strategy.SPRING_BOOT && hibernate == ProcessorOptions.HibernateVersion.V6_6;
        // Hibernate 7's strategy (PhysicalNamingStrategySnakeCaseImpl, which CamelCaseToUnderscoresNamingStrategy
        // extends) takes a digit for a lower-case letter, 6's does not: OAuth2ClientInfo is oauth2_client_info in 7,
        // oauth2client_info in 6.6.
        boolean digitsAsLowerCase = hibernate != ProcessorOptions.HibernateVersion.V6_6;
        return physical == Strategy.JPA ? new Naming((kind, name) -> name, implicit)
                : new Naming((kind, name) -> name.quoted() && !appliesToQuoted ? name
                        : new Identifier(underscored(name.text(), digitsAsLowerCase), name.quoted()),
                        implicit);
    }

    public String table(String logical) {
        return stored(Kind.TABLE, logical);
    }

    public String column(String logical) {
        return stored(Kind.COLUMN, logical);
    }

    public String schema(String logical) {
        return stored(Kind.SCHEMA, logical);
    }

    /**
     * A sequence's name. Hibernate parses a dotted one as {@code schema.name} ({@code QualifiedNameParser}), each part
     * an identifier of its own, so the dot quotes nothing ({@link #generatorTable} likewise).
     */
    public String sequence(String logical) {
        return qualified(Kind.SEQUENCE, logical);
    }

    /** A {@code @TableGenerator}'s table, {@code schema.name} when dotted, as {@link #sequence}. */
    public String generatorTable(String logical) {
        return qualified(Kind.TABLE, logical);
    }

    private String qualified(Kind kind, String logical) {
        int dot = logical.lastIndexOf('.');
        return dot < 0 || isQuoted(logical) ? stored(kind, logical)
                : stored(Kind.SCHEMA, logical.substring(0, dot)) + "." + stored(kind, logical.substring(dot + 1));
    }

    /**
     * The implicit name of a join table: {@code <owner table>_<target table>} in JPA's
     * naming, {@code <owner table>_<attribute>} in Spring Boot's ({@code SpringImplicitNamingStrategy}).
     * Made of the tables' logical names, it is a logical name itself, which the physical
     * strategy then changes as any table name.
     */
    public String joinTable(String ownerTable, String targetTable, String attribute) {
        String name = text(ownerTable) + "_" + (implicit == Implicit.SPRING_BOOT ? attribute : text(targetTable));
        // Hibernate quotes the name when it is made of a quoted table's.
        return quotes(ownerTable) || quotes(targetTable) ? "`" + name + "`" : name;
    }

    /**
     * The implicit name of a collection table: JPA's {@code <entity>_<attribute>} ({@code <owner table>_<attribute>}
     * in the legacy naming), quoted with the owner's table.
     */
    public String collectionTable(String entityName, String ownerTable, String attribute) {
        String name = ownerPrefix(entityName, ownerTable) + "_" + attribute;
        return quotes(ownerTable) ? "`" + name + "`" : name;
    }

    /**
     * What names an owner's key column in its collection table (and in a join table no inverse attribute names):
     * its entity name in JPA's naming, its table's logical name in the legacy one.
     */
    public String ownerPrefix(String entityName, String ownerTable) {
        return implicit == Implicit.LEGACY_JPA ? text(ownerTable) : entityName;
    }

    /**
     * A table name as Hibernate renders it into the text it hashes for {@code FK…} and
     * {@code IDX…} names: after the physical naming strategy, a quoted name in backticks.
     */
    public String physicalTable(String logical) {
        return physical(Kind.TABLE, logical);
    }

    /** A column name as Hibernate hashes it, as {@link #physicalTable} says. */
    public String physicalColumn(String logical) {
        return physical(Kind.COLUMN, logical);
    }

    /** {@code hibernate.default_schema} as PostgreSQL stores it: quoted as any name, without the physical strategy. */
    public String defaultSchema(String name) {
        return storedAsIdentifier(name);
    }

    /**
     * A name Hibernate makes an identifier of without the physical naming strategy, as PostgreSQL stores it: a
     * {@code @TableGenerator}'s columns ({@code IdentifierHelper.toIdentifier}), quoted as any name ({@link #quotes}).
     */
    public String storedAsIdentifier(String name) {
        return PostgresNames.truncate(quotes(name) ? text(name) : PostgresNames.fold(name));
    }

    /**
     * The name as PostgreSQL stores it: folded unless quoted, and cut to 63 bytes. Hibernate passes a longer name on
     * as it is (and hashes it whole into the {@code FK…} and {@code IDX…} names it makes), and PostgreSQL cuts it.
     */
    public String stored(Kind kind, String logical) {
        Identifier physical = strategy.apply(kind, identifier(logical));
        String full = physical.quoted() ? physical.text() : PostgresNames.fold(physical.text());
        String stored = PostgresNames.truncate(full);
        if (kind == Kind.TABLE) {
            // Identifier.getCanonicalName: quoted as written, else in lower case.
            String canonical = quotes(logical) ? text(logical) : text(logical).toLowerCase(Locale.ENGLISH);
            logicalTableNames.putIfAbsent(stored, canonical);
        }
        if (!stored.equals(full) && kind != Kind.COLUMN) {
            cutNames.computeIfAbsent(stored, name -> new TreeSet<>()).add(full);
        }
        if (kind == Kind.COLUMN) {
            columnSpellings.putIfAbsent(stored, physical.text());
        }
        return stored;
    }

    /**
     * The names, longer than 63 bytes, of tables, sequences and schemas that PostgreSQL stores as {@code stored}: two
     * or more are relations Hibernate creates apart, and the second fails ("relation already exists").
     */
    public Set<String> namesCutTo(String stored) {
        return cutNames.getOrDefault(stored, Set.of());
    }

    /**
     * What Hibernate creates the tables of a schema in the order of: their logical names ({@code Namespace} keeps its
     * tables in a {@code TreeMap} by logical identifier), before the physical strategy renames them.
     */
    public String tableCreationOrder(String storedTable) {
        return logicalTableNames.getOrDefault(storedTable, storedTable);
    }

    /**
     * A column's name as Hibernate spells it after the physical naming strategy, unquoted and
     * not folded to lower case ({@code firstName} for the stored {@code firstname}): what Hibernate
     * sorts a table's columns by. The first spelling this naming gave the stored name.
     */
    public String columnSpelling(String stored) {
        return columnSpellings.getOrDefault(stored, stored);
    }

    /**
     * Notes how column {@code stored} of {@code table} (its local name) is spelled, from the {@code
     * logical} name that gave it: JPA's naming spells a collection table's key {@code Invoice_id} and
     * another table's foreign key {@code invoice_id}, both stored as {@code invoice_id}.
     */
    public void noteColumnSpelling(String table, String stored, String logical) {
        tableColumnSpellings.put(table + "." + stored, text(physicalColumn(logical)));
    }

    /** The spelling of column {@code stored} of {@code table} noted for that table, or else the first one. */
    public String columnSpelling(String table, String stored) {
        String spelling = tableColumnSpellings.get(table + "." + stored);
        return spelling != null ? spelling : columnSpelling(stored);
    }

    private String physical(Kind kind, String logical) {
        Identifier physical = strategy.apply(kind, identifier(logical));
        return physical.quoted() ? "`" + physical.text() + "`" : physical.text();
    }

    private Identifier identifier(String logical) {
        return new Identifier(text(logical), quotes(logical));
    }

    /**
     * A constraint or index name as PostgreSQL stores it: no naming strategy, only quoting and folding.
     * Hibernate quotes neither index nor unique constraint names globally, only foreign keys' ({@link #foreignKey}).
     */
    public static String constraint(String name) {
        return PostgresNames.truncate(isQuoted(name) ? unquoted(name) : PostgresNames.fold(name));
    }

    /**
     * The name an {@code @UniqueConstraint} or {@code @Index} gives, as PostgreSQL stores it: Hibernate makes it an
     * identifier, trimmed, which quotes it when it is no plain SQL identifier ({@link Quoting#quotesAsNotPlain}).
     */
    public String givenKeyName(String name) {
        String trimmed = name.strip();
        return !isQuoted(trimmed) && quoting.quotesAsNotPlain(trimmed) ? PostgresNames.truncate(trimmed)
                : constraint(trimmed);
    }

    /**
     * A foreign key's name as PostgreSQL stores it. {@code globally_quoted_identifiers} quotes the
     * {@code FK…} names Hibernate makes, and in Hibernate 7 the names the mapping gives too.
     *
     * @param given whether the mapping gives the name ({@code @ForeignKey(name)}), rather than Hibernate hashing it
     */
    public String foreignKey(String name, boolean given) {
        return PostgresNames.truncate((given ? quoting.quotesGivenForeignKeys() : quoting.global()) || isQuoted(name)
                ? text(name) : PostgresNames.fold(name));
    }

    public static boolean isQuoted(String name) {
        return name.length() > 2 && (name.startsWith("`") && name.endsWith("`")
                || name.startsWith("\"") && name.endsWith("\""));
    }

    /** The name without its quotes, if it has any. */
    public static String text(String name) {
        return isQuoted(name) ? unquoted(name) : name;
    }

    private static String unquoted(String name) {
        return name.substring(1, name.length() - 1);
    }

    /**
     * {@code CamelCaseToUnderscoresNamingStrategy}: an underscore before each upper-case
     * letter that has a lower-case letter (or, in Hibernate 7, a digit) before it and one after it, dots as
     * underscores, then lower case.
     */
    private static String underscored(String name, boolean digitsAsLowerCase) {
        StringBuilder text = new StringBuilder(name.replace('.', '_'));
        for (int i = 1; i < text.length() - 1; i++) {
            char before = text.charAt(i - 1);
            char current = text.charAt(i);
            char after = text.charAt(i + 1);
            if (lowerCase(before, digitsAsLowerCase) && Character.isUpperCase(current)
                    && lowerCase(after, digitsAsLowerCase)) {
                text.insert(i++, '_');
            }
        }
        return text.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean lowerCase(char c, boolean digitsAsLowerCase) {
        return Character.isLowerCase(c) || digitsAsLowerCase && Character.isDigit(c);
    }
}
