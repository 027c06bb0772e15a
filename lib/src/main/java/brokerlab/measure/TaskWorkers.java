package brokerlab.measure;

import brokerlab.util.Check;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.util.KeyValue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Worker threads of a task system: each takes tasks from the Valkey list ({@link WorkerProtocol}), "serves" a task
 * for the service time it carries ({@link Pacer}), stores its result ({@code SET result:ID NX}; a result that was
 * already there marks a duplicate) and takes the next. {@link #kill} makes a worker die at a chosen point of a task,
 * as a process killed by the OOM killer or a deploy would; {@link #replace} starts a fresh worker in its place.
 * Every take waits at most {@value #POLL_MS} ms so {@link #close()} stops every worker within that time.
 */
public final class TaskWorkers implements AutoCloseable {
    static final long POLL_MS = 50;
    /** Results expire after 10 minutes: long enough for any polling client, and the server never fills up. */
    private static final long RESULT_TTL_MS = 600_000;

    /** Where in a task a killed worker dies. */
    public enum KillPoint {
        /** Half-way through serving: the result is never stored. */
        MID_TASK,
        /** After storing the result, before removing the task from the processing list (BLMOVE only matters). */
        AFTER_RESULT
    }

    /**
     * One task a worker took.
     *
     * @param id        task id
     * @param worker    worker id
     * @param taken     when it was taken (nanoTime)
     * @param done      when its result was stored, or 0 when the worker died first
     * @param duplicate true when the result was already stored (a redelivered task done twice)
     */
    public record Take(long id, int worker, long taken, long done, boolean duplicate) {}

    private final ValkeyEndpoint endpoint;
    private final TaskKeys keys;
    private final WorkerProtocol protocol;
    private final long heartbeatMs;
    private final List<Worker> workers = new ArrayList<>();
    private final ConcurrentLinkedQueue<Take> takes = new ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger deaths = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean stop;

    private TaskWorkers(ValkeyEndpoint endpoint, TaskKeys keys, WorkerProtocol protocol, long heartbeatMs) {
        this.endpoint = endpoint;
        this.keys = keys;
        this.protocol = protocol;
        this.heartbeatMs = heartbeatMs;
    }

    /**
     * Starts {@code count} workers. With {@link WorkerProtocol#BLMOVE} each refreshes its heartbeat every
     * {@code heartbeatMs} ms, and the key expires {@code 2 x heartbeatMs} after the last refresh.
     */
    public static TaskWorkers start(ValkeyEndpoint endpoint, TaskKeys keys, int count, WorkerProtocol protocol, long heartbeatMs) {
        Check.notNull("endpoint", endpoint);
        Check.notNull("keys", keys);
        Check.atLeast("workers", count, 1);
        Check.atLeast("workers", 256, count);
        Check.notNull("protocol", protocol);
        Check.atLeast("heartbeatMs", heartbeatMs, 10L);
        TaskWorkers w = new TaskWorkers(endpoint, keys, protocol, heartbeatMs);
        for (int i = 0; i < count; i++) w.replace();
        return w;
    }

    /** Starts one more worker with a fresh id; returns its index for {@link #kill}. */
    public synchronized int replace() {
        if (stop) throw new IllegalStateException("these workers were closed");
        Worker w = new Worker(workers.size());
        workers.add(w);
        w.thread.start();
        return w.id;
    }

    /** Makes worker {@code index} die at {@code point} of the next task it takes (a task already in its hands is finished). */
    public synchronized void kill(int index, KillPoint point) {
        Check.atLeast("index", index, 0);
        if (index >= workers.size()) throw Check.fail("index", index, "no such worker (" + workers.size() + " started)", null);
        workers.get(index).killAt = Check.notNull("point", point);
    }

    /** Indexes of the workers still running and not marked to die. */
    public synchronized List<Integer> alive() {
        return workers.stream().filter(w -> w.thread.isAlive() && w.killAt == null).map(w -> w.id).toList();
    }

    /** Workers started so far, dead ones included (ids 0 to this minus 1). */
    public synchronized int started() {
        return workers.size();
    }

    /** Every task taken so far, in completion order (a worker that died adds its unfinished take). */
    public List<Take> takes() {
        return List.copyOf(takes);
    }

    /** Workers that died by {@link #kill} so far (a kill asked for is carried out at the worker's next task). */
    public int deaths() {
        return deaths.get();
    }

    /** Results stored, duplicates included. */
    public long completions() {
        return takes.stream().filter(t -> t.done != 0).count();
    }

    @Override
    public void close() {
        List<Worker> all;
        synchronized (this) {
            stop = true;
            all = List.copyOf(workers);
        }
        for (Worker w : all) {
            try {
                w.thread.join(POLL_MS * 40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (w.thread.isAlive()) w.thread.interrupt();
        }
    }

    private final class Worker {
        final int id;
        final Thread thread;
        volatile KillPoint killAt;

        Worker(int id) {
            this.id = id;
            this.thread = new Thread(this::loop, "brokerlab-task-worker-" + id);
            thread.setDaemon(true);
        }

        private void loop() {
            try (Jedis j = endpoint.connect(ValkeyEndpoint.TIMEOUT_MS + 2_000)) {
                if (protocol == WorkerProtocol.BLMOVE) {
                    j.sadd(keys.workers(), String.valueOf(id));
                    beat(j);
                }
                while (!stop) {
                    String raw;
                    if (protocol == WorkerProtocol.BRPOP) {
                        KeyValue<String, String> kv = j.brpop(POLL_MS / 1000.0, keys.queue());
                        raw = kv == null ? null : kv.getValue();
                    } else {
                        beat(j);
                        raw = j.blmove(keys.queue(), keys.processing(id), ListDirection.RIGHT, ListDirection.LEFT, POLL_MS / 1000.0);
                    }
                    if (raw != null && !serve(j, raw)) {   // killed: die without a word, as a killed process does
                        deaths.incrementAndGet();
                        return;
                    }
                }
            } catch (RuntimeException e) {
                if (!stop) throw e;   // the uncaught-exception handler prints it; the run counts what was done
            }
        }

        /** Serves one task; false when the worker was killed during it. */
        private boolean serve(Jedis j, String raw) {
            Task task = Task.decode(raw);
            long taken = System.nanoTime(), end = taken + task.serviceNanos();
            if (protocol == WorkerProtocol.BLMOVE) beat(j);   // "I have a task": the reaper's clock restarts at the take
            KillPoint kill = killAt;
            long until = kill == KillPoint.MID_TASK ? taken + task.serviceNanos() / 2 : end;
            while (System.nanoTime() - until < 0) {
                Pacer.sleepUntil(Math.min(until, System.nanoTime() + heartbeatMs * 1_000_000));
                if (protocol == WorkerProtocol.BLMOVE && !stop) beat(j);
            }
            if (kill == KillPoint.MID_TASK) {
                takes.add(new Take(task.id(), id, taken, 0, false));
                return false;
            }
            String stored = j.set(keys.result(task.id()), String.valueOf(id), SetParams.setParams().nx().px(RESULT_TTL_MS));
            takes.add(new Take(task.id(), id, taken, System.nanoTime(), stored == null));
            if (kill == KillPoint.AFTER_RESULT) return false;
            if (protocol == WorkerProtocol.BLMOVE) j.lrem(keys.processing(id), 1, raw);
            return true;
        }

        private void beat(Jedis j) {
            j.set(keys.heartbeat(id), "1", SetParams.setParams().px(2 * heartbeatMs));
        }
    }
}
