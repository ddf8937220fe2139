package dev.jpamigrate.verify;

import dev.jpamigrate.postgres.CatalogReader;
import dev.jpamigrate.postgres.PostgresDialect;
import dev.jpamigrate.runner.HistoryTable;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a database at base still holds that the migrations created: after every downgrade the
 * database must be as it was before the first upgrade, but for the (empty) history. Besides the
 * tables and sequences of the model, views, types and functions count, since a raw {@code op.sql}
 * may create them; objects of an extension do not (dropping an extension is rarely a downgrade's job).
 */
final class Leftovers {
    // Relations the model has no place for; tables and sequences come from the catalog reader.
    private static final String OTHER_OBJECTS = """
            select case c.relkind when 'v' then 'view ' when 'm' then 'materialized view ' when 'f' then 'foreign table '
                                  else 'type ' end || c.oid::regclass::text
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('v', 'm', 'f', 'c') and n.nspname = any(?)
              and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
            union all
            select 'type ' || t.oid::regtype::text
            from pg_type t join pg_namespace n on n.oid = t.typnamespace
            where t.typtype in ('e', 'd', 'r') and n.nspname = any(?)
              and not exists (select 1 from pg_depend d where d.objid = t.oid and d.deptype = 'e')
            union all
            select case p.prokind when 'p' then 'procedure ' else 'function ' end || p.oid::regprocedure::text
            from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where n.nspname = any(?)
              and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
            order by 1""";

    private Leftovers() {
    }

    /**
     * One line per object left behind.
     *
     * @param schemasBefore the schemas of the database before the first upgrade
     * @param targetSchema where the history is; it may stay, created by the first upgrade
     */
    static List<String> find(Connection connection, Set<String> schemasBefore, String targetSchema)
            throws SQLException {
        Set<String> schemas = Schemas.of(connection);
        List<String> lines = new ArrayList<>();
        Schema catalog = CatalogReader.read(connection, targetSchema, schemas,
                Set.of(HistoryTable.HISTORY, HistoryTable.LOG));
        for (Table table : catalog.tables()) {
            lines.add("table " + table.name() + " is still there");
        }
        for (Sequence sequence : catalog.sequences()) {
            lines.add("sequence " + sequence.name() + " is still there");
        }
        try (PreparedStatement s = connection.prepareStatement(OTHER_OBJECTS)) {
            for (int i = 1; i <= 3; i++) {
                s.setArray(i, connection.createArrayOf("text", schemas.toArray()));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1) + " is still there");
                }
            }
        }
        Set<String> created = new TreeSet<>(schemas);
        created.removeAll(schemasBefore);
        created.remove(targetSchema);
        created.forEach(schema -> lines.add("schema " + schema + " is still there"));
        for (String revision : historyRows(connection, targetSchema)) {
            lines.add(HistoryTable.HISTORY + " still records revision " + revision + " as applied");
        }
        return lines;
    }

    private static List<String> historyRows(Connection connection, String schema) throws SQLException {
        List<String> revisions = new ArrayList<>();
        String table = PostgresDialect.quote(schema) + "." + HistoryTable.HISTORY;
        try (PreparedStatement exists = connection.prepareStatement("select to_regclass(?) is not null")) {
            exists.setString(1, table);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return revisions;
                }
            }
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select revision from " + table + " order by revision")) {
            while (rs.next()) {
                revisions.add(rs.getString(1));
            }
        }
        return revisions;
    }
}
