package dev.jpamigrate.lint;

import java.util.List;

/** The findings of a lint run, in revision order, and whether they fail the build. */
public record LintReport(int revisions, List<Finding> findings) {
    public LintReport {
        findings = List.copyOf(findings);
    }

    /** The errors that no acknowledgement accepts. */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::failsBuild).toList();
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** {@code 3 revisions linted: 1 error, 2 warnings, 1 acknowledged}. */
    public String summary() {
        long errors = errors().size();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING && !f.isAcknowledged()).count();
        long hints = findings.stream().filter(f -> f.severity() == Severity.HINT && !f.isAcknowledged()).count();
        long acknowledged = findings.stream().filter(Finding::isAcknowledged).count();
        return revisions + (revisions == 1 ? " revision" : " revisions") + " linted: " + count(errors, "error")
                + ", " + count(warnings, "warning") + ", " + count(hints, "hint") + ", " + acknowledged
                + " acknowledged";
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
