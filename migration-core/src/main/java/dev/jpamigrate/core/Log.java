package dev.jpamigrate.core;

/** Where the engine reports progress: the Maven log, a logger, or nothing. */
public interface Log {
    Log NONE = new Log() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };

    void info(String message);

    void warn(String message);

    /** What fails the goal, such as a lint error; a warning where the log has no error level. */
    default void error(String message) {
        warn(message);
    }
}
