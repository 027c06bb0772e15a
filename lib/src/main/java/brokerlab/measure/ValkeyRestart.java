package brokerlab.measure;

import brokerlab.dist.Distribution;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.random.RandomStream;
import brokerlab.util.Check;
import redis.clients.jedis.Jedis;

import java.util.Locale;

/**
 * Crash the Valkey server under a queue and count what survives: a private {@link ValkeyServer} with the given
 * {@link Persistence} is started, a producer pushes tasks at Poisson instants (no worker takes them, so every
 * acknowledged push should still be there), the server is killed with SIGKILL right after the last acknowledged push,
 * started again on the same directory, and the list is counted. With persistence off a restart starts empty. With an
 * append-only file fsynced every second almost everything survives, but not always all: under {@code everysec} the
 * server postpones writing its AOF buffer while the previous background fsync still runs, and replies sent meanwhile
 * do not wait, so the last acknowledged pushes can die with the process (measured: 1 of 500 once on a busy machine).
 * A crash of the machine itself could lose the last second or two. Length in tasks; times in ms.
 */
public final class ValkeyRestart implements Model<Measurements> {
    public static final Metric PUSHED = Metric.of("pushed", "tasks", Metric.Kind.COUNT);
    public static final Metric SURVIVED = Metric.of("survived", "tasks", Metric.Kind.COUNT);
    public static final Metric LOST_FRACTION = Metric.of("lost_fraction", "", Metric.Kind.FRACTION);
    /** From the kill to the first PING answered by the restarted server. */
    public static final Metric RESTART_TIME = Metric.of("restart_time", "ms", Metric.Kind.OTHER);

    private final ValkeyBinary binary;
    private final Persistence persistence;
    private final Distribution interArrival;

    public ValkeyRestart(ValkeyBinary binary, Persistence persistence, Distribution interArrival) {
        this.binary = Check.notNull("binary", binary);
        this.persistence = Check.notNull("persistence", persistence);
        this.interArrival = Check.notNull("interArrival", interArrival);
    }

    @Override
    public Measurements run(RunLength length, long seed, int replication) {
        int n = Math.toIntExact(Math.min(1_000_000, length.inCustomers(1000 / interArrival.mean()).total()));
        RandomStream gaps = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        Measurement.ONE_AT_A_TIME.lock();
        try (ValkeyServer server = ValkeyServer.start(binary, persistence, 0)) {
            String key = String.format(Locale.ROOT, "brokerlab:restart-%d-%d:queue", seed, replication);
            long begin = System.nanoTime() + 10_000_000;
            double t = 0;
            try (Jedis j = server.endpoint().connect()) {
                for (int k = 0; k < n; k++) {
                    t += interArrival.sample(gaps);
                    Pacer.sleepUntil(begin + Math.round(t * 1e6));
                    j.lpush(key, new Task(k, 0).encode());
                }
            }
            long killed = System.nanoTime();
            server.kill();
            server.restart();
            long back = System.nanoTime();
            long survived;
            try (Jedis j = server.endpoint().connect()) {
                survived = j.llen(key);
            }
            return Measurements.builder().put(PUSHED, n).put(SURVIVED, survived)
                    .put(LOST_FRACTION, (double) (n - survived) / n).put(RESTART_TIME, (back - killed) / 1e6).build();
        } finally {
            Measurement.ONE_AT_A_TIME.unlock();
        }
    }

    /** 1 000 tasks. */
    @Override public RunLength defaultLength() { return RunLength.customers(0, 1_000); }

    @Override public String describe() {
        return "valkey crash and restart, persistence " + persistence + ", pushes at gaps " + interArrival.spec() + " ms";
    }
}
