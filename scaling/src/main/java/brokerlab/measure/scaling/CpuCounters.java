package brokerlab.measure.scaling;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU clocks a service demand is read from, sampled before and after a measurement window: this JVM's CPU time
 * (nodes, clients, transports, GC), the Valkey process's on-CPU time (the sum over its threads of the first field of
 * {@code /proc/PID/task/TID/schedstat}: nanoseconds, where utime/stime count 10 ms ticks), and the whole machine's
 * busy and total jiffies from {@code /proc/stat}, which include the other jobs sharing the cores.
 *
 * @param wallNanos    {@code System.nanoTime()}
 * @param processNanos this JVM's CPU time, ns
 * @param valkeyNanos  the Valkey process's CPU time, ns (0 where it cannot be read)
 * @param machineBusy  non-idle jiffies of all cores
 * @param machineTotal all jiffies of all cores
 */
record CpuCounters(long wallNanos, long processNanos, long valkeyNanos, long machineBusy, long machineTotal) {

    static CpuCounters now(long valkeyPid) {
        long[] machine = machine();
        return new CpuCounters(System.nanoTime(), process(), valkey(valkeyPid), machine[0], machine[1]);
    }

    private static long process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long valkey(long pid) {
        if (pid <= 0) return 0;
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path t : tasks) {
                String line = Files.readString(t.resolve("schedstat")).strip();
                sum += Long.parseLong(line.substring(0, line.indexOf(' ')));
            }
        } catch (IOException | RuntimeException e) {
            return 0;   // not Linux, or the process is gone: the window reports no Valkey demand rather than failing
        }
        return sum;
    }

    /** {busy, total} jiffies from the first line of /proc/stat; {0, 0} elsewhere. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) total += Long.parseLong(f[i]);
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);   // idle + iowait
            return new long[]{total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }
}
