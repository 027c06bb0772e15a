package brokerlab.bench;

import brokerlab.model.Engine;
import brokerlab.stats.ConfidenceInterval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Times one engine in a fresh JVM and prints one JSON line for {@code bench/table.py}.
 *
 * <p>Protocol, the same for every Java engine: call 1 is timed as <b>cold</b> (first call in this JVM: class
 * loading, interpreter, JIT compilation, everything a notebook user feels); then warm-up calls until about
 * two seconds have been spent; then {@value #TIMED_RUNS} timed <b>warm</b> calls, of which the median is
 * reported. Each call simulates the same number of customers from an empty system on its own replication's
 * random numbers. The mean-wait check uses the cold call (replication 0), so it is reproducible.
 *
 * <p>Usage: {@code java -cp ... brokerlab.bench.Harness ENGINE CUSTOMERS}; ENGINE is one of {@link #ENGINES}.
 */
public final class Harness {
    /** Master seed for BrokerLab's streams (SSJ uses its own default MRG32k3a seed). */
    public static final long SEED = 20260101L;
    static final int TIMED_RUNS = 3;
    static final double WARMUP_SECONDS = 2.0;

    static final Map<String, Supplier<Mm4Engine>> ENGINES = new TreeMap<>(Map.of(
            "brokerlab-fast", () -> new BrokerLabStationMm4(Engine.RECURSION),
            "brokerlab-event", () -> new BrokerLabStationMm4(Engine.EVENTS),
            "brokerlab-farm", BrokerLabFarmMm4::new,
            "raw-event-core", RawEventCoreMm4::new,
            "ssj", SsjMm4::new));

    private Harness() {}

    public static void main(String[] args) {
        if (args.length != 2 || !ENGINES.containsKey(args[0])) {
            System.err.println("usage: Harness ENGINE CUSTOMERS   (ENGINE = one of " + ENGINES.keySet() + ")");
            System.exit(2);
        }
        Mm4Engine engine = ENGINES.get(args[0]).get();
        long customers = Long.parseLong(args[1]);

        int replication = 0;
        long t0 = System.nanoTime();
        ConfidenceInterval wait = engine.run(customers, replication++);
        double cold = seconds(t0);

        double spent = 0;
        do {
            long t = System.nanoTime();
            engine.run(customers, replication++);
            spent += seconds(t);
        } while (spent < WARMUP_SECONDS);

        double[] warm = new double[TIMED_RUNS];
        for (int i = 0; i < TIMED_RUNS; i++) {
            long t = System.nanoTime();
            engine.run(customers, replication++);
            warm[i] = seconds(t);
        }
        Arrays.sort(warm);

        System.out.println(String.format(Locale.ROOT,
                "{\"key\":\"%s\",\"engine\":\"%s\",\"runtime\":\"Java %s\",\"customers\":%d,\"cold_s\":%.6f,"
                        + "\"warm_s\":%.6f,\"warm_runs\":%d,\"wq\":%.9g,\"ci_half\":%.9g,\"exact\":%.9g}",
                args[0], engine.name(), System.getProperty("java.version"), customers, cold,
                warm[TIMED_RUNS / 2], TIMED_RUNS, wait.estimate(), wait.halfWidth(), Mm4.exactMeanWait()));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
