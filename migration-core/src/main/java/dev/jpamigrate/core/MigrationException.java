package dev.jpamigrate.core;

/**
 * A problem the user can fix: a bad setting, an unreachable database, a failed revision.
 * Its message is one line that says what is wrong and what to do; callers show the
 * message, not the stack trace.
 */
public class MigrationException extends RuntimeException {
    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
