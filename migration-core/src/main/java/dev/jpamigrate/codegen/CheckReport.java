package dev.jpamigrate.codegen;

import java.util.List;

/**
 * What {@code check} found: each problem with its differences, one line each, and what to do.
 *
 * @param problems what does not hold together, in the order the user fixes them; empty when the check passed
 * @param heads the migrations' heads
 * @param revisions how many revisions were replayed
 * @param opaqueRevisions the revisions whose raw SQL or JDBC steps the replay passed over
 */
public record CheckReport(List<Problem> problems, List<String> heads, int revisions, List<String> opaqueRevisions) {
    public CheckReport {
        problems = List.copyOf(problems);
        heads = List.copyOf(heads);
        opaqueRevisions = List.copyOf(opaqueRevisions);
    }

    /**
     * @param what what is wrong, lower case, without a period: {@code the entities differ from the migrations ...}
     * @param differences one line each; empty when {@code what} says it all
     * @param fix what to do, lower case, without a period
     */
    public record Problem(String what, List<String> differences, String fix) {
        public Problem {
            differences = List.copyOf(differences);
        }
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** The line that ends the check: what passed, or every problem with its fix, in one line. */
    public String summary() {
        if (passed()) {
            if (heads.isEmpty()) {
                return "Check passed: no entities and no migrations.";
            }
            return "Check passed: the entities match the migrations at revision " + String.join(", ", heads) + " ("
                    + revisions + (revisions == 1 ? " revision" : " revisions") + " replayed"
                    + (opaqueRevisions.isEmpty() ? "" : "; " + ConsistencyCheck.opaqueNote(opaqueRevisions)) + ").";
        }
        StringBuilder line = new StringBuilder("Check failed: ");
        String separator = "";
        for (Problem problem : problems) {
            line.append(separator).append(problem.what()).append(": ").append(problem.fix());
            separator = "; and ";
        }
        return line.append('.').toString();
    }
}
