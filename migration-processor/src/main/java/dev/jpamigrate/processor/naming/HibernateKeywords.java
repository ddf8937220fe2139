package dev.jpamigrate.processor.naming;

import java.util.Set;

/**
 * The words that {@code hibernate.auto_quote_keyword} quotes on PostgreSQL 17, the same in Hibernate 6.6
 * and 7.4: the keywords PgJDBC's {@code DatabaseMetaData.getSQLKeywords()} reports (the server's
 * {@code pg_get_keywords()} less the words of SQL:2003, reserved or not), and Hibernate's own list of
 * SQL:2003 reserved words ({@code AnsiSqlKeywords}, whose {@code session_use} misspells
 * {@code session_user}). So {@code comment}, {@code user}, {@code value} and {@code groups} are quoted,
 * {@code name}, {@code type}, {@code position} and {@code desc} are not. Read off Hibernate's
 * {@code IdentifierHelper} on a PostgreSQL 17 server; an older server reports fewer (PostgreSQL 15
 * lacks {@code json}, {@code format}, {@code string}, {@code target} and 24 more).
 */
final class HibernateKeywords {
    private static final Set<String> WORDS = Set.of((
            "abort absent access add aggregate all allocate also alter analyse analyze and any are array as"
            + " asensitive asymmetric at atomic attach authorization backward begin between bigint binary bit blob"
            + " both by cache call called cascaded case cast char character check checkpoint class clob close"
            + " cluster collate column columns comment comments commit compression concurrently condition"
            + " conditional configuration conflict connect connection constraint content continue conversion copy"
            + " corresponding cost create cross csv cube current current_catalog current_date current_path"
            + " current_role current_schema current_time current_timestamp current_user cursor cycle database date"
            + " day deallocate dec decimal declare default delete delimiter delimiters depends deref describe"
            + " detach deterministic dictionary disable discard disconnect distinct do document double drop"
            + " dynamic each element else elsif empty enable encoding encrypted end enum error escape event except"
            + " exclusive exec execute exists exit explain expression extension external false family fetch filter"
            + " finalize float for force foreign format forward free freeze from full function functions generated"
            + " get global grant greatest group grouping groups handler having header hold hour identity if ilike"
            + " immediate immutable implicit import in include indent index indexes indicator inherit inherits"
            + " inline inner inout input insensitive insert instead int integer intersect interval into is isnull"
            + " iterate join json json_array json_arrayagg json_exists json_object json_objectagg json_query"
            + " json_scalar json_serialize json_table json_value keep keys label language large lateral leading"
            + " leakproof least leave left like limit listen load local localtime localtimestamp location lock"
            + " locked logged loop mapping match materialized member merge merge_action method minute mode"
            + " modifies module month move multiset national natural nchar nclob nested new nfc nfd nfkc nfkd no"
            + " none not nothing notify notnull nowait null numeric of off offset oids old omit on only open"
            + " operator or order out outer output over overlaps owned owner parallel parameter parser partition"
            + " passing password plan plans policy precision prepare prepared primary procedural procedure"
            + " procedures program publication quote quotes range reads real reassign recheck recursive ref"
            + " references referencing refresh reindex release rename repeat replace replica reset resignal"
            + " restrict result return returning returns revoke right rollback rollup routines row rows rule"
            + " savepoint scalar schemas scroll search second select sensitive sequences server session_use set"
            + " setof share show signal similar skip smallint snapshot some specific specifictype sql sqlexception"
            + " sqlstate sqlwarning stable standalone start static statistics stdin stdout storage stored strict"
            + " string strip submultiset subscription support symmetric sysid system system_user table tables"
            + " tablesample tablespace target temp template text then time timestamp timezone_hour timezone_minute"
            + " to trailing translation treat trigger true truncate trusted types unconditional undo unencrypted"
            + " union unique unknown unlisten unlogged unnest until update user using vacuum valid validate"
            + " validator value values varchar variadic varying verbose version views volatile when whenever where"
            + " while whitespace window with within without wrapper xml xmlattributes xmlconcat xmlelement"
            + " xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable year yes").split(" "));

    private HibernateKeywords() {
    }

    /** @param word in lower case */
    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
