package brokerlab.measure;

import brokerlab.util.Check;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ListDirection;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The other half of the reliable-queue pattern ({@link WorkerProtocol#BLMOVE}): every {@code intervalMs} it looks at
 * each registered worker, and when the worker's heartbeat key has expired it moves the tasks left in that worker's
 * processing list back to the head of the queue (they are taken next), then forgets the worker. A worker beats when it
 * takes a task and every heartbeat period while it works, and the key lives two periods; a task whose worker died u
 * after its last beat is therefore back in the queue 2 hb - u to 2 hb - u + interval after the death, on average
 * 2 hb - u + interval / 2: the visibility timeout of this broker. Stops within one interval of {@link #close()}.
 */
public final class Reaper implements AutoCloseable {
    private final ValkeyEndpoint endpoint;
    private final TaskKeys keys;
    private final long intervalMs;
    private final Thread thread;
    private final AtomicLong requeued = new AtomicLong();
    private volatile boolean stop;

    private Reaper(ValkeyEndpoint endpoint, TaskKeys keys, long intervalMs) {
        this.endpoint = endpoint;
        this.keys = keys;
        this.intervalMs = intervalMs;
        this.thread = new Thread(this::loop, "brokerlab-reaper");
        thread.setDaemon(true);
    }

    /** Starts a reaper that checks every {@code intervalMs} ms. */
    public static Reaper start(ValkeyEndpoint endpoint, TaskKeys keys, long intervalMs) {
        Check.notNull("endpoint", endpoint);
        Check.notNull("keys", keys);
        Check.atLeast("intervalMs", intervalMs, 5L);
        Reaper r = new Reaper(endpoint, keys, intervalMs);
        r.thread.start();
        return r;
    }

    /** Tasks moved back to the queue so far. */
    public long requeued() {
        return requeued.get();
    }

    public long intervalMs() { return intervalMs; }

    private void loop() {
        try (Jedis j = endpoint.connect()) {
            while (!stop) {
                Pacer.sleepUntil(System.nanoTime() + intervalMs * 1_000_000);
                if (stop) return;
                for (String w : j.smembers(keys.workers())) {
                    int worker = Integer.parseInt(w);
                    if (j.exists(keys.heartbeat(worker))) continue;
                    while (j.lmove(keys.processing(worker), keys.queue(), ListDirection.RIGHT, ListDirection.RIGHT) != null) {
                        requeued.incrementAndGet();
                    }
                    j.srem(keys.workers(), w);
                }
            }
        } catch (RuntimeException e) {
            if (!stop) throw e;
        }
    }

    @Override
    public void close() {
        stop = true;
        try {
            thread.join(intervalMs + 2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
