/**
 * A prototype, for the benchmark only: JPA Migrate's processor run from a javac plugin
 * ({@link dev.jpamigrate.benchmark.plugin.ProcessorAsPlugin}), to measure what the processor's own work costs
 * without javac's annotation-processing rounds. Not how the product runs: a plugin has no public way to the
 * compilation's class output (see benchmarks/RESULTS.md), so this one takes it from the JVM's command line,
 * which only a forked javac has.
 */
package dev.jpamigrate.benchmark.plugin;
