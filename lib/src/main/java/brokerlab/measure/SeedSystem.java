package brokerlab.measure;

import brokerlab.dist.Distribution;
import brokerlab.model.closed.ClientSchedule;
import brokerlab.util.Check;
import redis.clients.jedis.Jedis;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The seed system rebuilt for real: an HTTP {@link TaskApi} with a queue-length circuit breaker in front of a Valkey
 * list, {@code workers} {@link TaskWorkers} on BRPOP (or BLMOVE with a {@link Reaper}), and polling clients in a
 * closed-loop staircase ({@link #staircase}). Everything on loopback; closing it stops the API, the workers and the
 * reaper and deletes the system's keys (the Valkey server itself belongs to the caller).
 * <pre>{@code
 * try (ValkeyServer valkey = ValkeyServer.start();
 *      SeedSystem system = SeedSystem.start(valkey.endpoint(), 3, TaskApi.DEFAULT_QUEUE_LIMIT, WorkerProtocol.BRPOP)) {
 *     ClosedLoopResult r = system.staircase(ClientSchedule.staircase(30_000, 3, 6, 12),
 *             Distributions.parse("exp(mean=50)"), Distributions.parse("exp(mean=20)"), 10, 20, 42, 0);
 * }
 * }</pre>
 */
public final class SeedSystem implements AutoCloseable {
    private final ValkeyEndpoint endpoint;
    private final TaskKeys keys;
    private final TaskApi api;
    private final TaskWorkers workers;
    private final Reaper reaper;

    private SeedSystem(ValkeyEndpoint endpoint, TaskKeys keys, TaskApi api, TaskWorkers workers, Reaper reaper) {
        this.endpoint = endpoint;
        this.keys = keys;
        this.api = api;
        this.workers = workers;
        this.reaper = reaper;
    }

    /** Starts the API (4 request threads) and {@code workers} workers; BLMOVE workers get a reaper (50 ms heartbeat and interval). */
    public static SeedSystem start(ValkeyEndpoint endpoint, int workers, int queueLimit, WorkerProtocol protocol) {
        Check.notNull("endpoint", endpoint);
        TaskKeys keys = new TaskKeys(String.format(Locale.ROOT, "seed-%d", System.nanoTime()));
        TaskApi api = TaskApi.start(endpoint, keys, queueLimit, 4);
        try {
            TaskWorkers crew = TaskWorkers.start(endpoint, keys, workers, protocol, 50);
            Reaper reaper = protocol == WorkerProtocol.BLMOVE ? Reaper.start(endpoint, keys, 50) : null;
            return new SeedSystem(endpoint, keys, api, crew, reaper);
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
    }

    public URI api() { return api.uri(); }

    public TaskApi taskApi() { return api; }

    public TaskWorkers workers() { return workers; }

    /**
     * Runs a closed-loop staircase of polling clients (times in ms): users think for {@code thinkTime}, submit a task
     * whose service time is drawn from {@code service}, and poll every {@code pollIntervalMs} up to {@code maxPolls}
     * times.
     */
    public ClosedLoopResult staircase(ClientSchedule schedule, Distribution thinkTime, Distribution service,
                                      double pollIntervalMs, int maxPolls, long seed, int replication) {
        PollingClient client = new PollingClient(api.uri(), service, pollIntervalMs, maxPolls);
        Measurement.ONE_AT_A_TIME.lock();
        try {
            return ClosedLoopLoad.run(schedule, thinkTime, client, seed, replication);
        } finally {
            Measurement.ONE_AT_A_TIME.unlock();
        }
    }

    /** The service times the workers actually served so far (taken to result stored), ms: the model's input. */
    public double[] servedTimes() {
        List<Double> out = new ArrayList<>();
        for (TaskWorkers.Take t : workers.takes()) if (t.done() != 0) out.add((t.done() - t.taken()) / 1e6);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Tasks waiting in the queue now. */
    public long backlog() {
        try (Jedis j = endpoint.connect()) {
            return j.llen(keys.queue());
        }
    }

    @Override
    public void close() {
        api.close();
        workers.close();
        if (reaper != null) reaper.close();
        try (Jedis j = endpoint.connect()) {
            List<String> all = new ArrayList<>(j.keys(keys.all()));
            for (int i = 0; i < all.size(); i += 1_000) j.del(all.subList(i, Math.min(all.size(), i + 1_000)).toArray(new String[0]));
        } catch (RuntimeException ignored) {
            // the server is gone, and the keys with it
        }
    }
}
