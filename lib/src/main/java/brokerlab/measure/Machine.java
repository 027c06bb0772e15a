package brokerlab.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The machine a measurement ran on, recorded with every result: a measured number means little without the cores
 * it had and how busy they were. No host name or user is recorded.
 *
 * @param cores       processors available to the JVM
 * @param cpu         the CPU model from /proc/cpuinfo ("unknown" elsewhere)
 * @param os          operating system name, version and architecture
 * @param java        Java runtime version
 * @param loadAverage one-minute system load average when the run started (NaN where the OS does not report it);
 *                    above the core count, other work competed with the measurement
 */
public record Machine(int cores, String cpu, String os, String java, double loadAverage) {

    /** This machine, now. */
    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** For result metadata (snake_case keys). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", cores);
        m.put("cpu", cpu);
        m.put("os", os);
        m.put("java", java);
        m.put("load_average", loadAverage);
        return m;
    }

    @Override public String toString() {
        return String.format(Locale.ROOT, "%d cores (%s), %s, Java %s, load average %.2f", cores, cpu, os, java, loadAverage);
    }
}
