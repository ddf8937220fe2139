package dev.jpamigrate.lint;

import dev.jpamigrate.core.Log;
import java.util.List;

/** Writes findings one a line: errors and warnings as warnings, hints and acknowledged findings as information. */
public final class FindingsLog {
    private FindingsLog() {
    }

    public static void write(List<Finding> findings, Log log) {
        for (Finding finding : findings) {
            if (finding.isAcknowledged() || finding.severity() == Severity.HINT) {
                log.info(finding.line());
            } else {
                log.warn(finding.line());
            }
        }
    }
}
