package dev.jpamigrate.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.ToolProvider;

/**
 * The main class of each forked JVM: runs javac in it, as the {@code javac} launcher does,
 * then writes the CPU time and peak memory of this JVM to a file before exiting. Read from
 * inside, the peak covers the whole compilation, and no tool beyond the JDK is needed.
 *
 * <p>Arguments: the result file, then javac's arguments.
 */
public final class MeasuredJavac {
    private MeasuredJavac() {
    }

    public static void main(String[] args) throws IOException {
        Path result = Path.of(args[0]);
        String[] javacArgs = Arrays.copyOfRange(args, 1, args.length);
        int exitCode = ToolProvider.getSystemJavaCompiler().run(null, null, null, javacArgs);
        long cpuNanos = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(-1L);
        Files.writeString(result, "exitCode=" + exitCode + "\ncpuNanos=" + cpuNanos + "\npeakRssKib=" + peakRssKib()
                + "\n");
        // The parent reads a failed compile from the exit code, as from the javac launcher.
        System.exit(exitCode);
    }

    /** The high-water mark of the resident set, in KiB; -1 where there is no {@code /proc} (not Linux). */
    private static long peakRssKib() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        List<String> lines = Files.readAllLines(status);
        for (String line : lines) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
