package dev.jpamigrate.runner;

/** Which way a revision runs. */
public enum Direction {
    UPGRADE("Applied"),
    DOWNGRADE("Reverted");

    private final String pastTense;

    Direction(String pastTense) {
        this.pastTense = pastTense;
    }

    public String pastTense() {
        return pastTense;
    }
}
