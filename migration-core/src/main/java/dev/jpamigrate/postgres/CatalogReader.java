package dev.jpamigrate.postgres;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.SqlTypes;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.TableBuilder;
import dev.jpamigrate.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a live PostgreSQL database into the {@link Schema} model, named and ordered exactly
 * as {@link dev.jpamigrate.ops.Operation#applyTo} would build it, so that the engine can compare
 * the two with {@code equals()} (drift, verify, baseline).
 *
 * <pre>{@code
 * Schema live = CatalogReader.read(connection, "public", List.of("sales"), Set.of("migration_history"));
 * }</pre>
 *
 * <p>Four set-based queries on {@code pg_catalog}, whatever the number of tables. Defaults
 * and check expressions are PostgreSQL's own pretty-printed text ({@code pg_get_expr}, the
 * text inside {@code CHECK (...)} of {@code pg_get_constraintdef}), which normalises what
 * was written: {@code default 'NEW'} on a varchar column reads back as
 * {@code 'NEW'::character varying}. Table and column comments are read as stored, a column's collation
 * by its name when it is not its type's default. The
 * model has no place for partitions (a partitioned table is read, its partitions are not),
 * partial-index predicates, index methods and included columns, exclusion constraints,
 * deferrable constraints, or identity {@code always} versus {@code by default}; they are
 * not read.
 */
public final class CatalogReader {
    // The comments are what obj_description(oid, 'pg_class') and col_description(oid, attnum) return,
    // joined rather than called per row, so that thousands of tables stay one scan of pg_description.
    private static final String TABLES_AND_COLUMNS = """
            select t.oid, n.nspname, t.relname, a.attname, format_type(a.atttypid, a.atttypmod) as type,
                   a.attnotnull,
                   case when a.attgenerated = '' then pg_get_expr(d.adbin, d.adrelid, true) end as default_value,
                   case when a.attgenerated <> '' then pg_get_expr(d.adbin, d.adrelid, true) end as generated_as,
                   a.attidentity in ('a', 'd') as identity,
                   tc.description as table_comment, cc.description as column_comment,
                   case when a.attcollation <> ty.typcollation then co.collname end as collation
            from pg_class t
            join pg_namespace n on n.oid = t.relnamespace
            left join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped
            left join pg_type ty on ty.oid = a.atttypid
            left join pg_collation co on co.oid = a.attcollation
            left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            left join pg_description tc on tc.objoid = t.oid and tc.classoid = 'pg_class'::regclass
                                       and tc.objsubid = 0
            left join pg_description cc on cc.objoid = t.oid and cc.classoid = 'pg_class'::regclass
                                       and cc.objsubid = a.attnum
            where t.relkind in ('r', 'p') and not t.relispartition and n.nspname = any(?)
            order by t.oid, a.attnum""";

    // contype 'n' (NOT NULL constraints of PostgreSQL 18) stays out: attnotnull says it.
    // conparentid <> 0 are the clones that a foreign key to a partitioned table gets per partition.
    private static final String CONSTRAINTS = """
            select c.conrelid, c.conname, c.contype,
                   array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, ord)
                         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
                         order by k.ord) as columns,
                   rn.nspname as referenced_schema, r.relname as referenced_table,
                   array(select a.attname::text from unnest(c.confkey) with ordinality k(attnum, ord)
                         join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum
                         order by k.ord) as referenced_columns,
                   c.confdeltype, c.confupdtype, pg_get_expr(c.conbin, c.conrelid, true) as check_expression
            from pg_constraint c
            join pg_class t on t.oid = c.conrelid
            join pg_namespace n on n.oid = t.relnamespace
            left join pg_class r on r.oid = c.confrelid
            left join pg_namespace rn on rn.oid = r.relnamespace
            where c.contype in ('p', 'u', 'c', 'f') and c.conparentid = 0 and n.nspname = any(?)""";

    // A key column is its name (pg_get_indexdef would quote it), an expression is PostgreSQL's text;
    // indoption bit 1 is DESC, bit 2 NULLS FIRST, which is the default for DESC only.
    private static final String INDEXES = """
            select i.indrelid, x.relname, i.indisunique,
                   array(select coalesce(a.attname::text, pg_get_indexdef(i.indexrelid, k, true))
                                || case i.indoption[k - 1] & 3 when 3 then ' desc' when 1 then ' desc nulls last'
                                                                when 2 then ' nulls first' else '' end
                         from generate_series(1, i.indnkeyatts) k
                         left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[k - 1]
                         order by k) as entries
            from pg_index i
            join pg_class x on x.oid = i.indexrelid
            join pg_class t on t.oid = i.indrelid
            join pg_namespace n on n.oid = t.relnamespace
            where n.nspname = any(?)
              and not exists (select 1 from pg_constraint c
                              where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'))""";

    // deptype 'i' ties a sequence to its identity column: it is part of the column, not a sequence of the model;
    // deptype 'a' to a column is owned by, which a serial column makes.
    private static final String SEQUENCES = """
            select n.nspname, c.relname, s.seqstart, s.seqincrement, format_type(s.seqtypid, null) as seqtype,
                   o.nspname as owner_schema, o.relname as owner_table, o.attname as owner_column
            from pg_sequence s
            join pg_class c on c.oid = s.seqrelid
            join pg_namespace n on n.oid = c.relnamespace
            left join lateral (select tn.nspname, t.relname, a.attname
                               from pg_depend d
                               join pg_class t on t.oid = d.refobjid
                               join pg_namespace tn on tn.oid = t.relnamespace
                               join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
                               where d.classid = 'pg_class'::regclass and d.objid = s.seqrelid
                                 and d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0 and d.deptype = 'a'
                               limit 1) o on true
            where n.nspname = any(?)
              and not exists (select 1 from pg_depend d
                              where d.classid = 'pg_class'::regclass and d.objid = s.seqrelid and d.deptype = 'i')""";

    private final Connection connection;
    private final String defaultSchema;
    private final List<String> schemas;
    private final Set<String> excludedTables;

    private CatalogReader(Connection connection, String defaultSchema, Collection<String> otherSchemas,
            Set<String> excludedTables) {
        this.connection = connection;
        this.defaultSchema = defaultSchema;
        Set<String> all = new LinkedHashSet<>();
        all.add(defaultSchema);
        all.addAll(otherSchemas);
        this.schemas = List.copyOf(all);
        this.excludedTables = Set.copyOf(excludedTables);
    }

    /**
     * Reads the tables and sequences of {@code defaultSchema} (named unqualified) and of
     * {@code otherSchemas} (named {@code schema.table}).
     *
     * <p>On a connection in auto-commit mode, all queries run in one repeatable-read
     * transaction, so that they see one state of the catalog; inside the caller's
     * transaction they run there, and see its uncommitted changes.
     *
     * @param excludedTables tables to leave out, by model name, such as the history table
     * @throws SQLException when a catalog query fails
     */
    public static Schema read(Connection connection, String defaultSchema, Collection<String> otherSchemas,
            Set<String> excludedTables) throws SQLException {
        CatalogReader reader = new CatalogReader(connection, defaultSchema, otherSchemas, excludedTables);
        if (!connection.getAutoCommit()) {
            return reader.readAll();
        }
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        try {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Schema schema = reader.readAll();
            connection.commit();
            return schema;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            connection.setTransactionIsolation(isolation);
        }
    }

    private Schema readAll() throws SQLException {
        Map<Long, TableBuilder> tables = readTablesAndColumns();
        readConstraints(tables);
        readIndexes(tables);
        return new Schema(tables.values().stream().map(TableBuilder::build).toList(), readSequences());
    }

    private Map<Long, TableBuilder> readTablesAndColumns() throws SQLException {
        Map<Long, TableBuilder> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = query(TABLES_AND_COLUMNS); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String name = modelName(rs.getString("nspname"), rs.getString("relname"));
                if (excludedTables.contains(name)) {
                    continue;
                }
                String tableComment = rs.getString("table_comment");
                TableBuilder table = tables.computeIfAbsent(rs.getLong("oid"),
                        oid -> Table.builder(name).comment(tableComment));
                if (rs.getString("attname") != null) {
                    table.column(new Column(rs.getString("attname"), SqlTypes.canonical(rs.getString("type")),
                            !rs.getBoolean("attnotnull"), rs.getString("default_value"), rs.getBoolean("identity"),
                            rs.getString("column_comment"), rs.getString("collation"), rs.getString("generated_as")));
                }
            }
        }
        return tables;
    }

    private void readConstraints(Map<Long, TableBuilder> tables) throws SQLException {
        try (PreparedStatement statement = query(CONSTRAINTS); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                TableBuilder table = tables.get(rs.getLong("conrelid"));
                if (table == null) {
                    continue;
                }
                String name = rs.getString("conname");
                List<String> columns = strings(rs.getArray("columns"));
                switch (rs.getString("contype")) {
                    case "p" -> table.primaryKey(new PrimaryKey(name, columns));
                    case "u" -> table.unique(new UniqueConstraint(name, columns));
                    case "c" -> table.check(new CheckConstraint(name, rs.getString("check_expression")));
                    case "f" -> table.foreignKey(new ForeignKey(name, columns,
                            modelName(rs.getString("referenced_schema"), rs.getString("referenced_table")),
                            strings(rs.getArray("referenced_columns")),
                            action(rs.getString("confdeltype")), action(rs.getString("confupdtype"))));
                    default -> throw new IllegalStateException("unexpected constraint type " + rs.getString("contype"));
                }
            }
        }
    }

    private void readIndexes(Map<Long, TableBuilder> tables) throws SQLException {
        try (PreparedStatement statement = query(INDEXES); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                TableBuilder table = tables.get(rs.getLong("indrelid"));
                if (table != null) {
                    table.index(new Index(rs.getString("relname"), strings(rs.getArray("entries")),
                            rs.getBoolean("indisunique")));
                }
            }
        }
    }

    private List<Sequence> readSequences() throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement statement = query(SEQUENCES); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String ownerTable = rs.getString("owner_table");
                Sequence.Owner owner = ownerTable == null ? null
                        : new Sequence.Owner(modelName(rs.getString("owner_schema"), ownerTable),
                                rs.getString("owner_column"));
                sequences.add(new Sequence(modelName(rs.getString("nspname"), rs.getString("relname")),
                        rs.getLong("seqstart"), rs.getLong("seqincrement"), rs.getString("seqtype"), owner));
            }
        }
        return sequences;
    }

    private PreparedStatement query(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private String modelName(String schema, String name) {
        return schema.equals(defaultSchema) ? name : schema + "." + name;
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static ForeignKeyAction action(String code) {
        return switch (code) {
            case "a" -> ForeignKeyAction.NO_ACTION;
            case "r" -> ForeignKeyAction.RESTRICT;
            case "c" -> ForeignKeyAction.CASCADE;
            case "n" -> ForeignKeyAction.SET_NULL;
            case "d" -> ForeignKeyAction.SET_DEFAULT;
            default -> throw new IllegalStateException("unexpected foreign key action " + code);
        };
    }
}
