package dev.jpamigrate.lint;

import dev.jpamigrate.core.Log;
import java.util.List;

/**
 * Writes findings one a line: errors that fail the build as errors, warnings as warnings, hints
 * and acknowledged findings as information.
 */
public final class FindingsLog {
    private FindingsLog() {
    }

    public static void write(List<Finding> findings, Log log) {
        write(findings, log, true);
    }

    /** As {@link #write}, errors as warnings: for {@code generate}, which fails on none of them. */
    public static void writeAsWarnings(List<Finding> findings, Log log) {
        write(findings, log, false);
    }

    private static void write(List<Finding> findings, Log log, boolean errors) {
        for (Finding finding : findings) {
            if (errors && finding.failsBuild()) {
                log.error(finding.line());
            } else if (finding.isAcknowledged() || finding.severity() == Severity.HINT) {
                log.info(finding.line());
            } else {
                log.warn(finding.line());
            }
        }
    }
}
