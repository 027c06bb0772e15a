package brokerlab.model;

import java.util.Locale;

/**
 * Micro-benchmark (a main, not a test): customers per second on M/M/4 at rho = 0.9, one thread, for the
 * recursion and the event engine, cold (first call) and warm (best of several calls after warming up).
 * Run: {@code java -cp lib/target/classes:lib/target/test-classes:lib/target/classpath/* brokerlab.model.StationBench}
 */
public final class StationBench {
    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000;
        Station mm4 = Station.mmc(3.6, 1.0, 4);    // rho = 3.6 / 4 = 0.9
        Station ps = mm4.processorSharing();
        report("recursion  M/M/4 FCFS", mm4, Engine.RECURSION, n);
        report("events     M/M/4 FCFS", mm4, Engine.EVENTS, n);
        report("events     M/M/4 PS  ", ps, Engine.EVENTS, n);
    }

    private static void report(String name, Station s, Engine engine, long n) {
        long t0 = System.nanoTime();
        RunSummary cold = s.run(engine, 0, n / 10, 7, 0);
        double coldRate = n / 10 / ((System.nanoTime() - t0) / 1e9);
        double best = 0;
        double sink = cold.meanWait();
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            RunSummary r = s.run(engine, 0, n, 7, i);
            best = Math.max(best, n / ((System.nanoTime() - t) / 1e9));
            sink += r.meanWait();
        }
        System.out.printf(Locale.ROOT, "%s  cold %6.2f M/s   warm %6.2f M/s   (checksum %.3f)%n", name, coldRate / 1e6, best / 1e6, sink);
    }
}
