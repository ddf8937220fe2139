package dev.jpamigrate;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The code of a data migration, {@link Operations#execute}: it runs on the revision's
 * connection, inside its transaction, and must neither commit nor close it.
 */
@FunctionalInterface
public interface JdbcWork {
    void run(Connection connection) throws SQLException;
}
