package brokerlab.bench;

import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import brokerlab.sim.SlotEventList;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The classic hold benchmark (Jones 1986, "An empirical comparison of priority-queue and event-set
 * implementations") for a station's event list: n sources, each with one event pending; fire the earliest and
 * schedule its source's next event an Exp(1) delay later. Compares the general heap as the models used it
 * ({@link Simulator}: schedule, step, dispatch to a handler) with the {@link SlotEventList} scan and tournament
 * tree, per CPU-second of this thread, interleaved round by round so a shared machine's load hits all alike.
 * The crossover it finds sets {@link SlotEventList#SCAN_LIMIT}.
 *
 * <p>Usage: {@code java -cp ... brokerlab.bench.EventListBench [holds per call, default 2e7] [rounds, default 5]}
 */
public final class EventListBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int[] SIZES = {2, 3, 5, 8, 12, 14, 16, 17, 20, 24, 33, 65, 129};

    private EventListBench() {}

    public static void main(String[] args) {
        long holds = args.length > 0 ? (long) Double.parseDouble(args[0]) : 20_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "hold benchmark, %,d holds per call, best of %d rounds, million holds per CPU-second%n", holds, rounds);
        System.out.printf(Locale.ROOT, "%6s %10s %10s %10s %10s  %s%n", "slots", "Simulator", "scan", "tournament", "slot heap", "fastest");
        for (int n : SIZES) {
            double heap = 0, scan = 0, tree = 0, general = 0, sink = 0;
            for (int r = 0; r < rounds; r++) {
                long t = CPU.getCurrentThreadCpuTime();
                sink += onSimulator(n, holds, r);
                heap = Math.max(heap, rate(holds, t));
                t = CPU.getCurrentThreadCpuTime();
                sink += onSlots(SlotEventList.scan(n), holds, r);
                scan = Math.max(scan, rate(holds, t));
                t = CPU.getCurrentThreadCpuTime();
                sink += onSlots(SlotEventList.tournament(n), holds, r);
                tree = Math.max(tree, rate(holds, t));
                t = CPU.getCurrentThreadCpuTime();
                sink += onSlots(SlotEventList.general(n), holds, r);
                general = Math.max(general, rate(holds, t));
            }
            String best = scan >= tree && scan >= heap ? "scan" : tree >= heap ? "tournament" : "heap";
            System.out.printf(Locale.ROOT, "%6d %10.1f %10.1f %10.1f %10.1f  %s   (checksum %.0f)%n", n, heap, scan, tree, general, best, sink);
        }
    }

    private static double rate(long holds, long cpuStart) {
        return holds / ((CPU.getCurrentThreadCpuTime() - cpuStart) / 1e3);
    }

    private static double onSlots(SlotEventList events, long holds, int replication) {
        RandomStream rng = RandomStream.of(1, replication, 0);
        for (int s = 0; s < events.slots(); s++) events.schedule(s, rng.nextExponential());
        for (long h = 0; h < holds; h++) events.schedule(events.poll(), rng.nextExponential());
        return events.now();
    }

    private static double onSimulator(int n, long holds, int replication) {
        RandomStream rng = RandomStream.of(1, replication, 0);
        long[] left = {holds};
        Simulator[] sim = new Simulator[1];
        sim[0] = new Simulator((type, payload) -> {
            sim[0].schedule(rng.nextExponential(), type, payload);
            if (--left[0] == 0) sim[0].stop();
        }, n);
        for (int s = 0; s < n; s++) sim[0].schedule(rng.nextExponential(), 0, s);
        sim[0].run();
        return sim[0].now();
    }
}
