package dev.jpamigrate.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the numbers depend on besides the code: the JDK, the machine, and how busy it is. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        return "JDK " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + " of memory";
    }

    /** The 1-, 5- and 15-minute load averages, or "n/a" where there is no {@code /proc/loadavg}. */
    static String loadAverage() {
        List<String> lines = procFile("/proc/loadavg");
        if (lines.isEmpty()) {
            return "n/a";
        }
        String[] fields = lines.get(0).split(" ");
        return String.join(" ", fields[0], fields[1], fields[2]);
    }

    private static String memory() {
        for (String line : procFile("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB";
            }
        }
        return "n/a";
    }

    private static List<String> procFile(String name) {
        try {
            return Files.readAllLines(Path.of(name));
        } catch (IOException e) {
            return List.of();
        }
    }
}
