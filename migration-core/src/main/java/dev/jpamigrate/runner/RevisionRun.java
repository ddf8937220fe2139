package dev.jpamigrate.runner;

/** One revision that ran: which, which way, how long. */
public record RevisionRun(String id, String message, Direction direction, long durationMillis) {
    /** {@code Applied 20261125132744 add customer email (35 ms)}. */
    public String describe() {
        return direction.pastTense() + " " + id + (message.isEmpty() ? "" : " " + message) + " (" + durationMillis + " ms)";
    }
}
