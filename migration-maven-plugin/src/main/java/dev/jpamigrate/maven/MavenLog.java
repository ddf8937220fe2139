package dev.jpamigrate.maven;

import dev.jpamigrate.core.Log;

/** The engine's progress, on Maven's log. */
final class MavenLog implements Log {
    private final org.apache.maven.plugin.logging.Log log;

    MavenLog(org.apache.maven.plugin.logging.Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
