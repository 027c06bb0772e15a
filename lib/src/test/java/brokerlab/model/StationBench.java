package brokerlab.model;

import brokerlab.experiment.RunLength;

import brokerlab.random.RandomStream;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Micro-benchmark (a main, not a test): customers per second on M/M/4 at rho = 0.9, one thread, for the
 * recursion and the event engine: cold (the first call in a fresh JVM, what a notebook user feels) and warm (best
 * of six calls after that). Rates are given per second of this thread's CPU time as well as of wall time, since
 * on a shared machine the wall clock also counts time the thread spent descheduled. The ceiling line draws the
 * two exponentials per customer and nothing else.
 * Run: {@code java -cp lib/target/classes:lib/target/test-classes:lib/target/classpath/* brokerlab.model.StationBench [customers]}
 */
public final class StationBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000;
        Station mm4 = Station.mmc(3.6, 1.0, 4);    // rho = 3.6 / 4 = 0.9
        report("recursion  M/M/4 FCFS", mm4, Engine.RECURSION, n);
        report("events     M/M/4 FCFS", mm4, Engine.EVENTS, n);
        report("events     M/M/4 PS  ", mm4.processorSharing(), Engine.EVENTS, n);
        ceiling(n);
    }

    private static void report(String name, Station s, Engine engine, long n) {
        long wall = System.nanoTime(), cpu = CPU.getCurrentThreadCpuTime();
        StationRun cold = s.engine(engine).run(RunLength.customers(0, n / 10), 7, 0);
        double coldRate = n / 10 / ((System.nanoTime() - wall) / 1e9);
        double bestWall = 0, bestCpu = 0, sink = cold.meanWait();
        for (int i = 0; i < 6; i++) {
            wall = System.nanoTime();
            cpu = CPU.getCurrentThreadCpuTime();
            StationRun r = s.engine(engine).run(RunLength.customers(0, n), 7, i);
            bestCpu = Math.max(bestCpu, n / ((CPU.getCurrentThreadCpuTime() - cpu) / 1e9));
            bestWall = Math.max(bestWall, n / ((System.nanoTime() - wall) / 1e9));
            sink += r.meanWait();
        }
        System.out.printf(Locale.ROOT, "%s  cold %6.2f M/s   warm %6.2f M/s wall, %6.2f M/s cpu   (checksum %.3f)%n",
                name, coldRate / 1e6, bestWall / 1e6, bestCpu / 1e6, sink);
    }

    private static void ceiling(long n) {
        double best = 0, sink = 0;
        for (int i = 0; i < 6; i++) {
            RandomStream a = RandomStream.of(1, i, 0), b = RandomStream.of(1, i, 1);
            long cpu = CPU.getCurrentThreadCpuTime();
            for (long k = 0; k < n; k++) sink += a.nextExponential() / 3.6 + b.nextExponential();
            best = Math.max(best, n / ((CPU.getCurrentThreadCpuTime() - cpu) / 1e9));
        }
        System.out.printf(Locale.ROOT, "ceiling    2 draws only           %6.2f M/s cpu   (checksum %.0f)%n", best / 1e6, sink);
    }
}
