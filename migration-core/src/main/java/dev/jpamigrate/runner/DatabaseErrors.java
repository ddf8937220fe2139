package dev.jpamigrate.runner;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What the database said, in words a user can act on: one line for a failed connection,
 * PostgreSQL's message with its detail and hint for a failed statement. Never a password.
 */
final class DatabaseErrors {
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&\\s]*");

    private DatabaseErrors() {
    }

    static String connection(SQLException e, DatabaseSettings settings) {
        String where = settings.safeUrl();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = masked(firstLine(e.getMessage()), settings);
        UnknownHostException unknownHost = cause(e, UnknownHostException.class);
        if (unknownHost != null) {
            // Its message is the host name, sometimes followed by the resolver's words.
            String host = String.valueOf(unknownHost.getMessage()).split(":")[0].trim();
            return "Cannot connect to " + where + ": unknown host " + host + ". Check the host name in migration.url.";
        }
        // Without migration.user the driver logs in as the operating system's user, as psql does.
        String user = settings.user() != null ? settings.user()
                : System.getProperty("user.name") + " (migration.user is not set)";
        if (settings.password() == null && reason.contains("no password was provided")) {
            return "Cannot log in to " + where + " as " + user + ": the server asks for a password, and none is set."
                    + " Set migration.serverId to a <server> of settings.xml, or add a line for it to ~/.pgpass.";
        }
        switch (state) {
            case "28P01":
            case "28000":
                return "Cannot log in to " + where + " as " + user
                        + ": " + reason + ". Check migration.user and migration.password (or migration.serverId).";
            case "3D000":
                return "Cannot connect to " + where + ": " + reason + ". Create the database or fix migration.url.";
            default:
                // The driver's own reason says what to check ("refused. Check that the hostname and port...").
                return "Cannot connect to " + where + ": " + reason;
        }
    }

    /**
     * Whether the host could not be found or reached: the line says all there is, and Maven, which
     * appends each cause's message that the line does not contain, would add the driver's
     * "The connection attempt failed." or "Connection refused" to it.
     */
    static boolean isUnreachable(SQLException e) {
        return cause(e, UnknownHostException.class) != null || cause(e, ConnectException.class) != null;
    }

    /** Whether the driver's exception may carry the password (it quotes the URL when it cannot parse it). */
    static boolean mayShowPassword(SQLException e, DatabaseSettings settings) {
        String message = String.valueOf(e.getMessage());
        return !masked(message, settings).equals(message);
    }

    /** PostgreSQL's message, then its detail and hint, which often say how to fix the statement. */
    static String statement(Throwable e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            StringBuilder text = new StringBuilder(server.getSeverity() + ": " + server.getMessage());
            if (server.getDetail() != null) {
                text.append("\n    detail: ").append(server.getDetail());
            }
            if (server.getHint() != null) {
                text.append("\n    hint: ").append(server.getHint());
            }
            return text.toString();
        }
        return e.getMessage() == null ? e.toString() : firstLine(e.getMessage());
    }

    /**
     * Whether PostgreSQL ran out of room in its shared lock table (SQLState 53200 with the hint
     * to raise {@code max_locks_per_transaction}), which a revision that creates or alters many
     * tables in one transaction causes.
     */
    static boolean isLockTableFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "53200".equals(sql.getSQLState())) {
                String hint = t instanceof PSQLException psql && psql.getServerErrorMessage() != null
                        ? psql.getServerErrorMessage().getHint() : null;
                return hint == null || hint.contains("max_locks_per_transaction");
            }
        }
        return false;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static String masked(String text, DatabaseSettings settings) {
        String masked = PASSWORD_IN_URL.matcher(text).replaceAll("$1****");
        String password = settings.password();
        return password == null || password.isEmpty() ? masked : masked.replace(password, "****");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
