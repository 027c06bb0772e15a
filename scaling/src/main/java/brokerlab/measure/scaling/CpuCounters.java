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
 * busy and total jiffies from {@code /proc/stat}, which include the other jobs sharing the cores; and the on-CPU time
 * of this JVM's JIT compiler threads, read the same way from {@code /proc/self/task}. The compiler's work is warm-up,
 * not a cost of a request: it ran for seconds after each cluster started (2 s of CPU in a 4 s run at N = 2, more
 * than all the nodes' threads), so a demand that included it fell fourfold from N = 2 to N = 24 only because the
 * same compilation was shared by more requests.
 *
 * @param wallNanos    {@code System.nanoTime()}
 * @param processNanos this JVM's CPU time, ns
 * @param valkeyNanos  the Valkey process's CPU time, ns (0 where it cannot be read)
 * @param machineBusy  non-idle jiffies of all cores
 * @param machineTotal all jiffies of all cores
 * @param compilerNanos this JVM's JIT compiler threads' CPU time, ns (0 where it cannot be read)
 */
record CpuCounters(long wallNanos, long processNanos, long valkeyNanos, long machineBusy, long machineTotal, long compilerNanos) {

    static CpuCounters now(long valkeyPid) {
        long[] machine = machine();
        return new CpuCounters(System.nanoTime(), process(), valkey(valkeyPid), machine[0], machine[1], compiler());
    }

    /** The compiler's CPU between two samples, ns; never negative (a compiler thread that exits takes its time along). */
    long compilerSince(CpuCounters before) {
        return Math.max(0, compilerNanos - before.compilerNanos);
    }

    private static long process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long valkey(long pid) {
        return pid <= 0 ? 0 : onCpu(Path.of("/proc", Long.toString(pid), "task"), false);
    }

    /** HotSpot names its compiler threads "C1 CompilerThread0", "C2 CompilerThread1", ... (15 characters in comm). */
    private static long compiler() {
        return onCpu(Path.of("/proc/self/task"), true);
    }

    /**
     * The sum of the first schedstat field over the threads in {@code tasks} (only the compiler threads when asked);
     * 0 where it cannot be read (not Linux, or the process is gone): the window reports no such CPU rather than failing.
     */
    private static long onCpu(Path tasks, boolean compilerOnly) {
        long sum = 0;
        try (DirectoryStream<Path> ts = Files.newDirectoryStream(tasks)) {
            for (Path t : ts) {
                try {
                    if (compilerOnly && !Files.readString(t.resolve("comm")).contains("CompilerThre")) continue;
                    String line = Files.readString(t.resolve("schedstat")).strip();
                    sum += Long.parseLong(line.substring(0, line.indexOf(' ')));
                } catch (IOException e) {
                    // the thread ended between the listing and the read: its time is gone with it
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
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
