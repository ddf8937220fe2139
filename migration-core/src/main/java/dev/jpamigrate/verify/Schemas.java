package dev.jpamigrate.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

/** The schemas of a database that are not PostgreSQL's own. */
final class Schemas {
    private Schemas() {
    }

    static Set<String> of(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select nspname from pg_namespace"
                        + " where nspname not like 'pg\\_%' and nspname <> 'information_schema'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
