package dev.jpamigrate.benchmark;

import java.time.Duration;

/**
 * What one forked compilation cost.
 *
 * @param wall from starting the JVM to its exit, as the parent saw it
 * @param cpu user and system time of all the JVM's threads (javac, JIT, GC), read by the JVM itself when javac returned
 * @param peakRssKib the JVM's peak resident set size ({@code VmHWM} of {@code /proc/self/status}) when javac returned
 * @param generatedFiles how many sources and resources the processor wrote
 */
record Measurement(Duration wall, Duration cpu, long peakRssKib, int generatedFiles) {
}
