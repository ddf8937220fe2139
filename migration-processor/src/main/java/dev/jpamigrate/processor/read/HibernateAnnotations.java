package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * What JPA Migrate does with each annotation of {@code org.hibernate.annotations} in Hibernate
 * 6.2 to 7.4: maps it, accepts it because it changes no table, or refuses it, with the reason and
 * what to write instead. One table, so that the documentation and the tests read the same rules.
 * An annotation missing from the table (from a newer Hibernate) is a warning, not an error.
 */
public final class HibernateAnnotations {
    /** How an annotation is treated. */
    public enum Kind { MAPPED, NEUTRAL, REFUSED }

    /**
     * @param kind how it is treated
     * @param note for {@code MAPPED} what it maps to, for {@code NEUTRAL} why it changes no table,
     *     for {@code REFUSED} why JPA Migrate cannot map it
     * @param fix for {@code REFUSED}, what to write instead
     * @param partOf for an annotation that only qualifies another ({@code @AnyKeyJavaClass} of
     *     {@code @Any}), that one, which is reported instead
     */
    public record Entry(Kind kind, String note, String fix, String partOf) {
    }

    private static final String PREFIX = "@org.hibernate.annotations.";
    /** The feature of an {@link UnsupportedUse} that is only a warning: an annotation of a newer Hibernate. */
    private static final String UNKNOWN = "unknown annotation " + PREFIX;

    /** {@code @Generated(sql, writable = true)}, which Hibernate 7 fails on and Hibernate 6 takes. */
    public static final String GENERATED_WRITABLE_SQL = "Generated(sql, writable)";

    private static final String NO_TABLE = "changes what Hibernate does at run time, not the schema";
    private static final String QUERY = "declares queries or SQL that Hibernate runs, not tables";
    private static final String META = "a meta-annotation, placed on annotation types rather than on entities";
    private static final String TYPE_FIX = "say the column's type with @JdbcTypeCode(SqlTypes.…) or"
            + " @Column(columnDefinition = \"…\") instead, or mark the field @Transient";
    private static final String NOT_YET = "JPA Migrate does not map its DDL yet";
    private static final String NOT_YET_DDL = "JPA Migrate does not map it yet";

    /** What to write instead of a {@code @CollectionId} generator Hibernate fails on. */
    private static final String COLLECTION_ID_FIX = "write generator = \"sequence\" (a sequence <table>_seq) or"
            + " \"increment\"";

    private static final Map<String, Entry> TABLE = new TreeMap<>();
    private static final Set<String> PLURAL = Set.of("java.util.Collection", "java.util.List", "java.util.Set",
            "java.util.SortedSet", "java.util.Map", "java.util.SortedMap");

    /** Accepted annotations refused with some attributes: why and the fix, by what {@link #check} records. */
    private static final Map<String, Entry> REFUSED_USES = withIntegralTypes(Map.ofEntries(
            Map.entry("Type(type)", new Entry(Kind.REFUSED, "Hibernate 5's form, which Hibernate 6 removed (JPA Migrate"
                    + " writes the schema of Hibernate 6.2 and later)", "on Hibernate 6 and 7 write"
                    + " @JdbcTypeCode(SqlTypes.LONG32VARCHAR) for text, @Convert(converter = YesNoConverter.class) for"
                    + " yes_no (TrueFalseConverter, NumericBooleanConverter for true_false, numeric_boolean),"
                    + " @JdbcTypeCode(SqlTypes.JSON) for json or jsonb, nothing for pg-uuid or locale, or"
                    + " @Type(YourUserType.class) with @Column(columnDefinition = \"…\")", null)),
            Map.entry("Type(OTHER)", new Entry(Kind.REFUSED, "its UserType's SQL type is OTHER (1111), for which"
                    + " Hibernate's PostgreSQL dialect has no column type: Hibernate's schema export fails on it too (\"no"
                    + " type mapping for org.hibernate.type.SqlTypes code: 1111 (OTHER)\")", "say the column's type with"
                    + " @Column(columnDefinition = \"…\"), as the library's documentation does: jsonb for JSON, text[]"
                    + " (integer[], bigint[], uuid[], …) for an array, inet, hstore, citext, interval, int4range (…) for a range,"
                    + " tsvector, ltree", null)),
            Map.entry("JavaType", new Entry(Kind.REFUSED, "a JavaType decides the column's SQL type at run time",
                    "add @JdbcTypeCode(SqlTypes.…) or @Column(columnDefinition = \"…\") to say the column's type", null)),
            Map.entry("SoftDelete(TIMESTAMP, converter)", new Entry(Kind.REFUSED, "Hibernate refuses a converter with the"
                    + " TIMESTAMP strategy, whose column is a timestamp", "remove the converter", null)),
            Map.entry("Collate(collection)", new Entry(Kind.REFUSED, "Hibernate refuses a collation on a collection"
                    + " (\"Collection was annotated '@Collate'\")", "remove it, and set the element column's collation"
                    + " in a migration, or map the elements as an @Embeddable whose field has @Collate", null)),
            Map.entry("Target(collection)", new Entry(Kind.REFUSED, "Hibernate 6 fails on @Target on a collection (an"
                    + " association's: \"targets the type … which is not an '@Entity' type\"; an element collection's:"
                    + " \"Could not determine recommended JdbcType\"), and @TargetEmbeddable belongs on an"
                    + " @ElementCollection", "declare the collection with the class its elements map (List<Impl>), or"
                    + " name it with targetEntity (of an association) or Hibernate 7's @TargetEmbeddable (of an"
                    + " @ElementCollection of embeddables)", null)),
            Map.entry(GENERATED_WRITABLE_SQL, new Entry(Kind.REFUSED, "Hibernate 7 fails on sql with writable = true"
                    + " (\"A field marked '@Generated(writable=true)' may not specify explicit 'sql'\")",
                    "remove writable = true, or sql (a default of the column is @ColumnDefault(\"…\"))", null)),
            Map.entry("JoinColumnOrFormula(column)", new Entry(Kind.REFUSED, "a join by columns and formulas together"
                    + " (Hibernate writes the columns without a foreign key, and a unique constraint over the referenced"
                    + " columns in the target's table): " + NOT_YET_DDL, "join by @JoinColumn(s) alone, or by"
                    + " @JoinFormula alone", null)),
            Map.entry("JoinColumnsOrFormulas(column)", new Entry(Kind.REFUSED, "a join by columns and formulas together"
                    + " (Hibernate writes the columns without a foreign key, and a unique constraint over the referenced"
                    + " columns in the target's table): " + NOT_YET_DDL, "join by @JoinColumns alone, or by @JoinFormula"
                    + " alone", null)),
            Map.entry("Comments(several)", new Entry(Kind.REFUSED, "several comments of a class, a collection, an"
                    + " embedded or a relation field (for a column of several, or a secondary table, whose comments JPA"
                    + " Migrate does not map), or two naming the same column, on which Hibernate fails", "keep one"
                    + " @Comment without on for the column or the table, one per column on a basic field, and set a"
                    + " secondary table's comment in a migration", null)),
            Map.entry("CollectionId(identity)", new Entry(Kind.REFUSED, "Hibernate fails on generator = \"identity\""
                    + " (\"IDENTITY generation not supported for @CollectionId\")", COLLECTION_ID_FIX, null)),
            Map.entry("CollectionId(uuid)", new Entry(Kind.REFUSED, "Hibernate 7.4 fails on generator = \"uuid\" (an"
                    + " AssertionFailure: \"No @GeneratedValue annotation\")", COLLECTION_ID_FIX, null)),
            Map.entry("DialectOverride(version)", new Entry(Kind.REFUSED, "its version range splits PostgreSQL "
                    + DialectOverrides.POSTGRESQL_MAJOR + " by the minor version, which JPA Migrate cannot choose between",
                    "bound the range by major versions (@DialectOverride.Version(major = …))", null))));

    /** Whether Hibernate fails on this generator of {@code @CollectionId}: {@code identity}, {@code uuid}. */
    public static boolean failsAsCollectionId(String generator) {
        return "identity".equals(generator) || "uuid".equals(generator);
    }

    /** The order column's and collection id's type annotations, by name. */
    private static final List<String> INTEGRAL_TYPES = List.of("ListIndexJdbcTypeCode", "ListIndexJdbcType",
            "ListIndexJavaType", "CollectionIdJdbcTypeCode", "CollectionIdJdbcType", "CollectionIdJavaType",
            "CollectionIdJavaClass");

    /** {@code uses} and the refusals of the integral types' annotations with another type ({@code ListIndexJdbcType(type)}). */
    private static Map<String, Entry> withIntegralTypes(Map<String, Entry> uses) {
        Map<String, Entry> all = new TreeMap<>(uses);
        for (String name : List.of("ListIndexJdbcTypeCode", "ListIndexJdbcType", "ListIndexJavaType")) {
            all.put(name + "(type)", new Entry(Kind.REFUSED, "an order column type other than TINYINT, SMALLINT, INTEGER"
                    + " or BIGINT, or a class other than Hibernate's own JdbcType or JavaType of those",
                    "say Types.SMALLINT, INTEGER or BIGINT (or Hibernate's SmallIntJdbcType, IntegerJdbcType,"
                    + " BigIntJdbcType), or remove it for an integer column", null));
        }
        for (String name : List.of("CollectionIdJdbcTypeCode", "CollectionIdJdbcType", "CollectionIdJavaType",
                "CollectionIdJavaClass")) {
            all.put(name + "(type)", new Entry(Kind.REFUSED, "a collection id type other than TINYINT, SMALLINT,"
                    + " INTEGER or BIGINT, or a class other than Hibernate's own JdbcType or JavaType of those (or"
                    + " Short, Integer, Long)", "say Types.SMALLINT, INTEGER or BIGINT (or Hibernate's SmallIntJdbcType,"
                    + " IntegerJdbcType, BigIntJdbcType), or map the collection's rows as an @Entity with its own @Id",
                    null));
        }
        return Collections.unmodifiableMap(all);
    }

    static {
        mapped("Check", "a check constraint of the column or the table");
        mapped("Checks", "check constraints of the column or the table");
        mapped("ColumnDefault", "the column's default");
        mapped("Comment", "the column's or the table's comment (one with an apostrophe is left out with a warning:"
                + " Hibernate's DDL fails on it; on a class, one whose on names a secondary table is refused)");
        mapped("CreationTimestamp", "a generated timestamp column");
        mapped("UpdateTimestamp", "a generated timestamp column");
        mapped("Parent", "no column: an embeddable's reference to the entity that embeds it");
        mapped("Formula", "no column: the attribute is read by a formula");
        mapped("JdbcType", "the column's type, for the JDBC types JPA Migrate knows");
        mapped("JdbcTypeCode", "the column's type, for the SqlTypes codes JPA Migrate knows");
        mapped("Nationalized", "no change on PostgreSQL, whose character types are all national");
        mapped("NaturalId", "a unique constraint over the natural id's columns (a to-one's join columns too), in the"
                + " order Hibernate binds them, named as Hibernate names it");
        mapped("OnDelete", "the foreign key's on delete action");
        mapped("TenantId", "a NOT NULL column, as for a basic attribute (Hibernate wants the same Java type for every"
                + " @TenantId of the persistence unit)");
        mapped("FractionalSeconds", "the precision of a time or timestamp column, over @Column(secondPrecision)"
                + " (Hibernate 7)");
        mapped("TimeZoneStorage", "with DEFAULT, NATIVE or NORMALIZE_UTC a timestamp with time zone, as without it;"
                + " with COLUMN, or AUTO (COLUMN on PostgreSQL), the instant and its offset in an integer column"
                + " <column>_tz; with NORMALIZE a timestamp without time zone (the JVM's zone)");

        for (String name : List.of("AttributeAccessor", "BatchSize", "Bag", "Cache", "Cascade", "ConcreteProxy",
                "DynamicInsert", "DynamicUpdate", "EmbeddableInstantiator", "EmbeddableInstantiatorRegistration",
                "EmbeddableInstantiatorRegistrations", "Fetch", "FetchProfile", "FetchProfileOverride",
                "FetchProfileOverrides", "FetchProfiles", "Filter", "FilterDef", "FilterDefs", "FilterJoinTable",
                "FilterJoinTables", "Filters", "ParamDef", "Immutable", "Instantiator", "LazyCollection", "LazyGroup",
                "LazyToOne", "Mutability", "CollectionIdMutability", "MapKeyMutability",
                "NaturalIdCache", "NaturalIdClass", "OptimisticLock", "OptimisticLocking", "OrderBy", "SQLOrder",
                "PartitionKey", "Persister", "Polymorphism", "Proxy", "SelectBeforeUpdate",
                "SortComparator", "SortNatural", "Source", "SQLRestriction", "SQLJoinTableRestriction", "Where",
                "WhereJoinTable", "UuidGenerator", "GeneratorType", "CurrentTimestamp", "Imported",
                "QueryCacheLayout", "RowId", "SecondaryRow", "SecondaryRows", "Synchronize", "DiscriminatorOptions",
                "ColumnTransformer", "ColumnTransformers")) {
            neutral(name, NO_TABLE);
        }
        for (String name : List.of("HQLSelect", "SQLSelect", "Loader", "NamedNativeQueries", "NamedNativeQuery",
                "NamedQueries", "NamedQuery", "NamedEntityGraph", "NamedEntityGraphs", "SqlFragmentAlias",
                "SQLDelete", "SQLDeleteAll", "SQLDeletes", "SQLInsert", "SQLInserts", "SQLUpdate", "SQLUpdates")) {
            neutral(name, QUERY);
        }
        neutral("Parameter", "a parameter of another annotation, classified with that one");
        for (String name : List.of("AttributeBinderType", "TypeBinderType", "IdGeneratorType", "ValueGenerationType")) {
            neutral(name, META);
        }
        neutral("Array", "PostgreSQL keeps no length for an array column: the table is the same with or without it");
        neutral("Generated", "the database generates the value; Hibernate writes its sql into the insert and update"
                + " statements, not into the table, whose column has no default from it (with writable = true and sql"
                + " Hibernate 7 fails, and so is it refused)");
        mapped("NotFound", "no foreign key constraint: Hibernate leaves it out, as the target row may be missing");
        mapped("ListIndexBase", "Hibernate 7's check of the order column: order >= base");
        mapped("DialectOverride", "the override for PostgreSQL " + DialectOverrides.POSTGRESQL_MAJOR + " (dialect"
                + " PostgreSQLDialect or Dialect, and a version range that holds it) replaces the annotation it"
                + " overrides, and is classified as that one; overrides for other databases are ignored");
        mapped("Subselect", "no table: the entity reads a query; relations to it keep their join columns and join"
                + " tables, without foreign keys to it; a SINGLE_TABLE root's query stands for its subclasses, a JOINED"
                + " or TABLE_PER_CLASS subclass gets no table, a SINGLE_TABLE subclass's is ignored");
        mapped("DiscriminatorFormula", "no discriminator column; Hibernate 7's per-subclass checks test the formula");

        mapped("Type", "with @Column(columnDefinition = \"…\") a column of that type, which Hibernate writes whatever"
                + " the UserType says; without it the column type Hibernate's PostgreSQL dialect gives the UserType's"
                + " getSqlType(), which the engine asks the compiled UserType (hypersistence-utils' types of SQL type"
                + " OTHER, on which Hibernate fails, refused)");
        refused("CompositeType", "a CompositeUserType decides its columns at run time",
                "map the value as an @Embeddable, or mark the field @Transient");
        refused("CollectionType", "a UserCollectionType decides the collection's tables at run time",
                "use a standard collection type (List, Set, Map), or mark the field @Transient");
        refused("CollectionTypeRegistration", "a UserCollectionType decides the collection's tables at run time",
                "remove it and use a standard collection type");
        refused("CollectionTypeRegistrations", "a UserCollectionType decides the collection's tables at run time",
                "remove it and use a standard collection type");
        refused("MapKeyType", "a UserType decides the map key column's SQL type at run time",
                "remove it, and say the key column's type with @MapKeyColumn(columnDefinition = \"…\")");
        refused("MapKeyCompositeType", "a CompositeUserType decides the map key's columns at run time",
                "map the key as an @Embeddable");
        refused("CollectionIdType", "a UserType decides the collection id's SQL type at run time",
                "map the collection's rows as an @Entity with its own @Id");
        refused("TypeRegistration", "a UserType registered for a Java type decides its columns' SQL type at run time",
                TYPE_FIX);
        refused("TypeRegistrations", "UserTypes registered for Java types decide their columns' SQL types at run"
                + " time", TYPE_FIX);
        refused("CompositeTypeRegistration", "a CompositeUserType registered for a Java type decides its columns at"
                + " run time", "map the value as an @Embeddable");
        refused("CompositeTypeRegistrations", "CompositeUserTypes registered for Java types decide their columns at"
                + " run time", "map the values as @Embeddables");
        mapped("JavaType", "with @JdbcTypeCode or @JdbcType the column of that JDBC type, with @Column(columnDefinition"
                + " = \"…\") a column of that type (without either refused)");
        refused("JavaTypeRegistration", "a JavaType registered for a Java type decides its columns' SQL type at run"
                + " time", "remove it, and say the columns' type with @JdbcTypeCode where the type is used");
        refused("JavaTypeRegistrations", "JavaTypes registered for Java types decide their columns' SQL types at run"
                + " time", "remove them, and say the columns' type with @JdbcTypeCode where the types are used");
        refused("JdbcTypeRegistration", "a JdbcType registered for a type code changes every column of that code",
                "remove it, and say the columns' type with @JdbcTypeCode or columnDefinition");
        refused("JdbcTypeRegistrations", "JdbcTypes registered for type codes change every column of those codes",
                "remove them, and say the columns' type with @JdbcTypeCode or columnDefinition");
        refused("ConverterRegistration", "a converter registered here applies to columns JPA Migrate cannot see",
                "annotate the converter class with @Converter(autoApply = true), or use @Convert on the fields");
        refused("ConverterRegistrations", "converters registered here apply to columns JPA Migrate cannot see",
                "annotate the converter classes with @Converter(autoApply = true), or use @Convert on the fields");
        refused("Columns", "the columns of a CompositeUserType (Hibernate 6)", "map the value as an @Embeddable");
        mapped("Any", "two columns in the owner's table: the discriminator (@Column, the attribute's name by default;"
                + " varchar(255), or char(1) and integer for @AnyDiscriminator(CHAR, INTEGER)) and the key"
                + " (@JoinColumn, of @AnyKeyJavaClass's type); no foreign key and no check");
        mapped("ManyToAny", "a join table (@JoinTable, named): the owner's join column with its foreign key, the"
                + " discriminator (@Column) and the key (inverseJoinColumns) columns, keyed as a collection of"
                + " embeddables is; no foreign key to the targets");
        mapped("AnyDiscriminator", "the type of @Any's discriminator column: STRING varchar(255), CHAR char(1),"
                + " INTEGER integer");
        for (String name : List.of("AnyDiscriminatorValue", "AnyDiscriminatorValues", "AnyDiscriminatorImplicitValues")) {
            mapped(name, "the values @Any stores in its discriminator column: no change to the column, and no check");
        }
        mapped("AnyKeyJavaClass", "the type of @Any's key column, as a basic attribute of that class");
        mapped("AnyKeyJdbcTypeCode", "the type of @Any's key column, as @JdbcTypeCode gives it");
        mapped("AnyKeyJdbcType", "the type of @Any's key column, as @JdbcType with Hibernate's JdbcType class gives it");
        refused("AnyKeyJavaType", "a JavaType decides the @Any key column's SQL type at run time",
                "say the key's type with @AnyKeyJavaClass(Long.class)");
        mapped("CollectionId", "the surrogate key column of an id bag, its primary key, and for generator"
                + " \"sequence\" a sequence <table>_seq (\"increment\" has none; the name of a @SequenceGenerator on the"
                + " same field, that generator's sequence; other generators are refused:"
                + " Hibernate fails on \"identity\" (\"IDENTITY generation not supported for @CollectionId\") and, in"
                + " 7.4, on \"uuid\" (\"No @GeneratedValue annotation\"), which the error says)");
        mapped("CollectionIdJdbcTypeCode", "the type of @CollectionId's column: smallint for TINYINT and SMALLINT,"
                + " integer, bigint (other codes refused)");
        mapped("CollectionIdJdbcType", "the type of @CollectionId's column, for Hibernate's TinyIntJdbcType,"
                + " SmallIntJdbcType, IntegerJdbcType, BigIntJdbcType (other classes refused)");
        mapped("CollectionIdJavaType", "the type of @CollectionId's column, for Hibernate's ByteJavaType,"
                + " ShortJavaType, IntegerJavaType, LongJavaType (other classes refused)");
        mapped("CollectionIdJavaClass", "the type of @CollectionId's column, for Byte, Short, Integer, Long and their"
                + " primitives (Hibernate 7; other classes refused)");
        mapped("SoftDelete", "the indicator column (deleted, active, or Hibernate 7's timestamp) in the hierarchy's"
                + " root table or the collection's table");
        mapped("GeneratedColumn", "a generated column, generated always as (<expression>) stored; a changed"
                + " expression drops the column and adds it again, which computes every row anew (Hibernate 7 on"
                + " PostgreSQL 18 writes a virtual column instead)");
        mapped("Collate", "the column's collation, collate \"<name>\" after its type (a changed collation is"
                + " op.alterColumnCollation, which keeps the rows)");
        refused("Struct", "a structured SQL type (create type): " + NOT_YET, "map the value as a plain @Embeddable");
        refused("View", "a database view that Hibernate creates: " + NOT_YET,
                "create the view in a migration and map it with @Table and @Immutable");
        mapped("TimeZoneColumn", "the name and definition of the offset column of @TimeZoneStorage(COLUMN)");
        mapped("GenericGenerator", "by its strategy or class: a sequence (sequence, enhanced-sequence, native, a"
                + " SequenceStyleGenerator, with its @Parameters), a generator table (enhanced-table, table), an identity"
                + " column (identity), or nothing (uuid2, uuid, uuid.hex, guid, increment, assigned, foreign, an"
                + " IdentifierGenerator); a class that creates database objects of its own is refused");
        mapped("GenericGenerators", "each @GenericGenerator, as for one");
        mapped("NativeGenerator", "on PostgreSQL a sequence: its sequenceForm's name, start and allocation size"
                + " (JPA's default of 50 counts by 1), or the implicit <table>_SEQ counting by 1 (Hibernate 7)");
        mapped("JoinColumnOrFormula", "a to-one joined by a formula: no column and no foreign key; by a column: that"
                + " @JoinColumn");
        mapped("JoinColumnsOrFormulas", "a to-one joined by formulas: no column and no foreign key; by columns only:"
                + " those @JoinColumns (columns and formulas together: refused)");
        mapped("JoinFormula", "a to-one joined by a formula: no column and no foreign key");
        mapped("PropertyRef", "a to-one joined to a unique non-key attribute (Hibernate 7): its join column, named as"
                + " for the key (<attribute>_<key column>) and typed as the attribute's Java type unsized without"
                + " @JoinColumn, as @JoinColumn(referencedColumnName) to the attribute's column with it, and a foreign"
                + " key to that column");
        mapped("Target", "the attribute maps the named class instead of its declared type (Hibernate 6)");
        mapped("TargetEmbeddable", "the attribute maps the named @Embeddable class instead of its declared type, from"
                + " the attribute or the declared type (Hibernate 7); on an @ElementCollection, the class of its elements");
        refused("EmbeddedColumnNaming", "a naming pattern for an embeddable's columns: " + NOT_YET,
                "name the columns with @AttributeOverride");
        refused("EmbeddedTable", "an embeddable's columns in a secondary table: " + NOT_YET,
                "use @AttributeOverride(column = @Column(table = \"…\"))");
        mapped("ListIndexJavaType", "the order column's type, for Hibernate's ByteJavaType, ShortJavaType,"
                + " IntegerJavaType, LongJavaType (other classes refused)");
        mapped("ListIndexJdbcType", "the order column's type, for Hibernate's TinyIntJdbcType, SmallIntJdbcType,"
                + " IntegerJdbcType, BigIntJdbcType (other classes refused)");
        mapped("ListIndexJdbcTypeCode", "the order column's type: smallint for TINYINT and SMALLINT, integer, bigint"
                + " (other codes refused)");
        refused("MapKeyJavaType", "the map key column's type: " + NOT_YET,
                "say its type with @MapKeyColumn(columnDefinition = \"…\"), or remove it");
        refused("MapKeyJdbcType", "the map key column's type: " + NOT_YET,
                "say its type with @MapKeyColumn(columnDefinition = \"…\"), or remove it");
        refused("MapKeyJdbcTypeCode", "the map key column's type: " + NOT_YET,
                "say its type with @MapKeyColumn(columnDefinition = \"…\"), or remove it");
        mapped("Comments", "with one @Comment without on, the column's or the table's comment, as @Comment; on a basic"
                + " field, the last that names its column (on) or none, as Hibernate takes it (several on a class, a"
                + " collection, an embedded or a relation field, or two of one on, refused)");
        refused("Audited", "Hibernate's audit tables (Hibernate 7.4): " + NOT_YET,
                "create the audit tables in a migration, or leave the entity's schema out of JPA Migrate");
        refused("Changelog", "Hibernate's changeset table (Hibernate 7.4): " + NOT_YET,
                "create the table in a migration, or leave the entity's schema out of JPA Migrate");
        refused("Temporal", "the row-period columns of a temporal table (Hibernate 7.4): " + NOT_YET,
                "declare the period columns as fields");
        refused("ForeignKey", "Hibernate 6's deprecated foreign key name", "use JPA's @JoinColumn(foreignKey ="
                + " @ForeignKey(name = \"…\")), which JPA Migrate maps");
        refused("Index", "Hibernate 6's deprecated index", "use JPA's @Table(indexes = @Index(…)), which JPA Migrate"
                + " maps");
        refused("IndexColumn", "Hibernate 6's deprecated list index column", "use JPA's @OrderColumn");
        refused("Table", "Hibernate 6's deprecated table options", "use JPA's @Table and @SecondaryTable with"
                + " Hibernate's @Comment and @Check");
        refused("Tables", "Hibernate 6's deprecated table options", "use JPA's @Table and @SecondaryTable with"
                + " Hibernate's @Comment and @Check");
    }

    private HibernateAnnotations() {
    }

    private static void mapped(String name, String what) {
        put(name, new Entry(Kind.MAPPED, what, null, null));
    }

    private static void neutral(String name, String why) {
        put(name, new Entry(Kind.NEUTRAL, why, null, null));
    }

    private static void refused(String name, String why, String fix) {
        put(name, new Entry(Kind.REFUSED, why, fix, null));
    }

    private static void partOf(String name, String owner) {
        Entry main = TABLE.get(owner);
        put(name, new Entry(Kind.REFUSED, "qualifies @" + owner + ", which is refused: " + main.note(), main.fix(),
                owner));
    }

    private static void put(String name, Entry entry) {
        if (TABLE.put(name, entry) != null) {
            throw new IllegalStateException("@" + name + " classified twice");
        }
    }

    /** The accepted annotations refused with some attributes, by annotation and attribute ({@code Generated(sql)}). */
    public static Map<String, Entry> refusedUses() {
        return REFUSED_USES;
    }

    /** Every classified annotation, by simple name. */
    public static Map<String, Entry> all() {
        return Collections.unmodifiableMap(TABLE);
    }

    /** The entry of the annotation with this simple name, or {@code null} for one JPA Migrate does not know. */
    public static Entry of(String name) {
        return TABLE.get(name);
    }

    /**
     * Records what {@code mirror}, if a Hibernate annotation, says about the mapping of {@code
     * element}: a refusal, or for an unknown annotation a warning; mapped ones are read elsewhere.
     */
    public static void check(AnnotationMirror mirror, Element element, List<UnsupportedUse> unsupported) {
        String name = Annotations.hibernateName(mirror);
        if (name == null || name.startsWith("processing.")) {
            // org.hibernate.annotations.processing: query methods for Hibernate's metamodel generator.
            return;
        }
        if (DialectOverrides.isOverride(mirror)) {
            // Classified as the annotation it puts in place on PostgreSQL; the others are ignored, as Hibernate does.
            if (DialectOverrides.overrides(mirror).stream().anyMatch(DialectOverrides::splitsTargetVersion)) {
                unsupported.add(new UnsupportedUse(PREFIX + "DialectOverride(version)", Origin.of(element, mirror)));
            }
            AnnotationMirror override = DialectOverrides.forPostgreSql(mirror);
            if (override != null) {
                check(override, element, unsupported);
            }
            return;
        }
        // A nested annotation (@FetchProfile.FetchOverride) is classified with the one it belongs to.
        int dot = name.indexOf('.');
        Entry entry = of(dot < 0 ? name : name.substring(0, dot));
        Origin origin = Origin.of(element, mirror);
        if (entry == null) {
            unsupported.add(new UnsupportedUse(UNKNOWN + name, origin));
        } else if (entry.kind() == Kind.REFUSED && entry.partOf() == null) {
            unsupported.add(new UnsupportedUse(PREFIX + name, origin));
        } else if (entry.kind() != Kind.REFUSED) {
            String refused = refusedUse(name, mirror, element);
            if (refused != null) {
                unsupported.add(new UnsupportedUse(PREFIX + refused, origin));
            }
        }
    }

    /** An accepted annotation written with what JPA Migrate does not map: its key in {@link #REFUSED_USES}. */
    private static String refusedUse(String name, AnnotationMirror mirror, Element element) {
        if (name.equals("Generated") && Annotations.isSet(mirror, "sql") && Annotations.bool(mirror, "writable", false)) {
            return GENERATED_WRITABLE_SQL;
        }
        if ((name.equals("JoinColumnOrFormula") || name.equals("JoinColumnsOrFormulas")) && !isFormulaJoin(mirror)
                && columnJoins(mirror).isEmpty()) {
            return name + "(column)";
        }
        if (name.equals("SoftDelete") && "TIMESTAMP".equals(Annotations.enumConstant(mirror, "strategy"))
                && Annotations.isSet(mirror, "converter")) {
            return "SoftDelete(TIMESTAMP, converter)";
        }
        // Hibernate 7.4 maps @TargetEmbeddable's class as an element collection's (Member reads it).
        if ((name.equals("Target")
                || name.equals("TargetEmbeddable") && Annotations.jpa(element, "ElementCollection") == null)
                && isPlural(element)) {
            return "Target(collection)";
        }
        if (INTEGRAL_TYPES.contains(name) && !IntegralColumnTypes.known(mirror)) {
            return name + "(type)";
        }
        if (name.equals("CollectionId") && failsAsCollectionId(Annotations.string(mirror, "generator"))) {
            return "CollectionId(" + Annotations.string(mirror, "generator") + ")";
        }
        if (name.equals("Comments") && ColumnDetailsReader.soleComment(mirror).isEmpty()
                && !ColumnDetailsReader.commentsOfOneColumn(element, mirror)) {
            return "Comments(several)";
        }
        if (name.equals("Collate") && isPlural(element)) {
            return "Collate(collection)";
        }
        if (name.equals("Type") && Annotations.isSet(mirror, "type")) {
            return "Type(type)";
        }
        if (name.equals("Type") && !hasColumnDefinition(element) && OtherSqlTypeUserTypes.contains(userType(mirror))) {
            return "Type(OTHER)";
        }
        if (name.equals("JavaType") && !hasColumnDefinition(element) && !has(element, "JdbcTypeCode")
                && !has(element, "JdbcType")) {
            return "JavaType";
        }
        if (name.equals("TimeZoneStorage")) {
            String strategy = Annotations.enumConstant(mirror, "value");
            if (strategy != null && !List.of("DEFAULT", "NATIVE", "NORMALIZE", "NORMALIZE_UTC", "COLUMN", "AUTO")
                    .contains(strategy)) {
                return "TimeZoneStorage(" + strategy + ")";
            }
        }
        return null;
    }

    /**
     * The {@code @JoinColumn}s of {@code @JoinColumnOrFormula}(s) that each write a column and no formula, which
     * Hibernate maps as those join columns; empty for another annotation or a join with formulas.
     */
    public static List<AnnotationMirror> columnJoins(AnnotationMirror mirror) {
        String name = Annotations.hibernateName(mirror);
        List<AnnotationMirror> parts = "JoinColumnOrFormula".equals(name) ? List.of(mirror)
                : "JoinColumnsOrFormulas".equals(name) ? Annotations.annotations(mirror, "value") : List.of();
        if (parts.isEmpty() || !parts.stream().allMatch(p -> Annotations.isSet(p, "column")
                && !Annotations.isSet(p, "formula"))) {
            return List.of();
        }
        return parts.stream().map(p -> (AnnotationMirror) Annotations.value(p, "column").getValue()).toList();
    }

    /**
     * Whether {@code mirror} joins a to-one by formulas only, which Hibernate maps to no column and no foreign key:
     * {@code @JoinFormula}, or {@code @JoinColumnOrFormula}(s) that each write a formula and no column.
     */
    public static boolean isFormulaJoin(AnnotationMirror mirror) {
        String name = Annotations.hibernateName(mirror);
        if ("JoinFormula".equals(name)) {
            return true;
        }
        if ("JoinColumnOrFormula".equals(name)) {
            return !Annotations.isSet(mirror, "column") && Annotations.isSet(mirror, "formula");
        }
        if ("JoinColumnsOrFormulas".equals(name)) {
            List<AnnotationMirror> parts = Annotations.annotations(mirror, "value");
            return !parts.isEmpty() && parts.stream()
                    .allMatch(p -> !Annotations.isSet(p, "column") && Annotations.isSet(p, "formula"));
        }
        return false;
    }

    /**
     * Whether {@code element} has {@code @Type} or {@code @JavaType} and its {@code @Column(columnDefinition)}: then
     * Hibernate's DDL writes the definition whatever the type says, and the attribute is one column of any Java type.
     */
    public static boolean typedByColumnDefinition(Element element) {
        return (has(element, "Type") || has(element, "JavaType")) && hasColumnDefinition(element);
    }

    /**
     * Whether {@code element} is one column typed by a UserType: {@code @Type(X.class)}, or {@code @JavaType} with
     * its {@code @Column(columnDefinition)}; its Java type (a Map, a List, a record) is then no collection nor embeddable.
     */
    public static boolean isUserTypeColumn(Element element) {
        return typedByColumnDefinition(element) || element != null && element.getAnnotationMirrors().stream()
                .anyMatch(m -> "Type".equals(Annotations.hibernateName(m)) && userType(m) != null);
    }

    /** The qualified name of the UserType class of a {@code @Type}, or {@code null} for Hibernate 5's form. */
    public static String userType(AnnotationMirror type) {
        TypeMirror value = Annotations.type(type, "value");
        return value instanceof DeclaredType declared
                ? ((TypeElement) declared.asElement()).getQualifiedName().toString() : null;
    }

    /** Whether a field's type or a getter's return type is a collection or a map of {@code java.util}. */
    private static boolean isPlural(Element element) {
        TypeMirror type = element.asType() instanceof ExecutableType getter ? getter.getReturnType() : element.asType();
        return type instanceof DeclaredType declared && PLURAL.contains(
                ((TypeElement) declared.asElement()).getQualifiedName().toString());
    }

    private static boolean hasColumnDefinition(Element element) {
        AnnotationMirror column = Annotations.jpa(element, "Column");
        return column != null && Annotations.string(column, "columnDefinition") != null;
    }

    /** Whether {@code element} (a field or getter, or {@code null}) has Hibernate's annotation {@code name}. */
    public static boolean has(Element element, String name) {
        if (element != null) {
            for (AnnotationMirror m : element.getAnnotationMirrors()) {
                if (name.equals(Annotations.hibernateName(m))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first index of a list, Hibernate's {@code @ListIndexBase}: 0 without it. */
    public static int listIndexBase(Element element) {
        if (element != null) {
            for (AnnotationMirror m : element.getAnnotationMirrors()) {
                if ("ListIndexBase".equals(Annotations.hibernateName(m))) {
                    return Annotations.integer(m, "value", 0);
                }
            }
        }
        return 0;
    }

    /** Whether a refusal by {@link #check} is a warning: an annotation JPA Migrate does not know. */
    public static boolean isWarning(UnsupportedUse use) {
        return use.feature().startsWith(UNKNOWN);
    }

    /** The message of a use recorded by {@link #check}, or {@code null} for another feature. */
    public static String message(UnsupportedUse use) {
        if (isWarning(use)) {
            String name = use.feature().substring(UNKNOWN.length());
            return "JPA Migrate does not know @org.hibernate.annotations." + name + " (from a newer Hibernate?) and"
                    + " maps the element as if it were absent: check that it changes no table, or mark the field"
                    + " @Transient";
        }
        if (!use.feature().startsWith(PREFIX)) {
            return null;
        }
        String name = use.feature().substring(PREFIX.length());
        Entry entry = REFUSED_USES.containsKey(name) ? REFUSED_USES.get(name) : of(name);
        if (entry == null || entry.kind() != Kind.REFUSED) {
            return null;
        }
        return "JPA Migrate cannot map " + use.feature() + ", " + entry.note() + ": " + entry.fix();
    }
}
