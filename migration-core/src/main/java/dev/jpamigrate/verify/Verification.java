package dev.jpamigrate.verify;

import java.util.List;

/**
 * What {@code verify} found, step by step: after upgrade to head, after downgrade to base, after
 * upgrading again. A step that could not run (a revision failed) is the last one, with the error as
 * its problem.
 */
public record Verification(List<Step> steps) {
    public static final String UPGRADE = "after upgrade to head";
    public static final String DOWNGRADE = "after downgrade to base";
    public static final String UPGRADE_AGAIN = "after upgrading again";

    public Verification {
        steps = List.copyOf(steps);
    }

    /**
     * @param name {@link #UPGRADE}, {@link #DOWNGRADE} or {@link #UPGRADE_AGAIN}
     * @param problems one readable line each; empty when the step found the schema as it should be
     */
    public record Step(String name, List<String> problems) {
        public Step {
            problems = List.copyOf(problems);
        }
    }

    /** Whether all three steps ran and found nothing wrong. */
    public boolean passed() {
        return steps.size() == 3 && steps.stream().allMatch(s -> s.problems().isEmpty());
    }

    /** The problems of every step, each line prefixed with its step: what a report or a test reads. */
    public List<String> problems() {
        return steps.stream().flatMap(s -> s.problems().stream().map(p -> s.name() + ": " + p)).toList();
    }

    /** One line: which steps failed with how many problems, or that all passed. */
    public String summary() {
        if (passed()) {
            return "The migrations build the entity schema, downgrade to an empty schema and upgrade again.";
        }
        List<String> failed = steps.stream().filter(s -> !s.problems().isEmpty())
                .map(s -> s.problems().size() + (s.problems().size() == 1 ? " problem " : " problems ") + s.name())
                .toList();
        return "verify failed: " + String.join(", ", failed) + " (listed above)";
    }
}
