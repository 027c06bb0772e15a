package brokerlab.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs one engine once for a given number of customers and reports what memory it needed, as one JSON line.
 * Meant to be started by {@code bench/run.sh} in a child JVM with {@code -Xmx256m}, once with 10^7 and once
 * with 10^8 customers: an engine whose memory grows with the run (a list of waits, a record per job) cannot
 * finish 10^8 customers in 256 MB at all (10^8 doubles alone are 800 MB), and one that is bounded reports the
 * same figures for both lengths.
 *
 * <p>Figures: <b>live heap</b> = the largest heap occupancy right after any collection during the run (what
 * the run actually keeps; 0 if no collection was needed); <b>peak heap</b> = sum of the heap pools' peak usage
 * (garbage included, so it reflects when the collector chose to run as much as the model); <b>max RSS</b> =
 * VmHWM from /proc/self/status (Linux; -1 elsewhere), the whole process including the JVM itself.
 *
 * <p>Usage: {@code java -Xmx256m -cp ... brokerlab.bench.MemoryCheck ENGINE CUSTOMERS}.
 */
public final class MemoryCheck {
    private MemoryCheck() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2 || !Harness.ENGINES.containsKey(args[0])) {
            System.err.println("usage: MemoryCheck ENGINE CUSTOMERS   (ENGINE = one of " + Harness.ENGINES.keySet() + ")");
            System.exit(2);
        }
        Mm4Engine engine = Harness.ENGINES.get(args[0]).get();
        long customers = Long.parseLong(args[1]);

        LiveHeapWatch live = LiveHeapWatch.start();
        long t0 = System.nanoTime();
        double meanWait = engine.singleRun(customers);
        double seconds = (System.nanoTime() - t0) / 1e9;

        live.awaitPendingNotifications();
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peakHeap += pool.getPeakUsage().getUsed();
        }
        Runtime rt = Runtime.getRuntime();

        System.out.println(String.format(Locale.ROOT,
                "{\"key\":\"%s\",\"engine\":\"%s\",\"customers\":%d,\"seconds\":%.3f,\"max_heap_mb\":%.1f,"
                        + "\"peak_heap_mb\":%.1f,\"live_heap_mb\":%.2f,\"collections\":%d,\"max_rss_mb\":%.1f,\"wq\":%.6f,\"gc\":\"%s\"}",
                args[0], engine.name(), customers, seconds, rt.maxMemory() / 1048576.0, peakHeap / 1048576.0,
                live.maxLiveBytes() / 1048576.0, live.collections(), maxRssKb() / 1024.0, meanWait,
                ManagementFactory.getGarbageCollectorMXBeans().get(0).getName()));
    }

    /** Peak resident set size in kB (VmHWM), or -1 where /proc is absent. */
    private static long maxRssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) return -1;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        return -1;
    }
}
