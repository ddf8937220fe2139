package dev.jpamigrate.runner;

import java.net.UnknownHostException;
import java.sql.SQLException;

/** One line for a failed connection: what went wrong, where, and what to check. Never the password. */
final class ConnectionErrors {
    private ConnectionErrors() {
    }

    static String describe(SQLException e, DatabaseSettings settings) {
        String where = settings.safeUrl();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = firstLine(e.getMessage());
        if (hasCause(e, UnknownHostException.class)) {
            return "Cannot connect to " + where + ": unknown host. Check the host name in migration.url.";
        }
        switch (state) {
            case "28P01":
            case "28000":
                return "Cannot log in to " + where + " as " + (settings.user() == null ? "(no user)" : settings.user())
                        + ": " + reason + ". Check migration.user and migration.password (or migration.serverId).";
            case "3D000":
                return "Cannot connect to " + where + ": " + reason + ". Create the database or fix migration.url.";
            default:
                // The driver's own reason says what to check ("refused. Check that the hostname and port...").
                return "Cannot connect to " + where + ": " + reason;
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
