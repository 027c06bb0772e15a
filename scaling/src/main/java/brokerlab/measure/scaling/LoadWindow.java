package brokerlab.measure.scaling;

import brokerlab.dist.Distribution;
import brokerlab.measure.ClosedLoopLoad;
import brokerlab.measure.ClosedLoopResult;
import brokerlab.measure.Machine;
import brokerlab.model.closed.ClientSchedule;
import brokerlab.random.RandomStream;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures one {@link Window}: N virtual users ({@link ClosedLoopLoad}) with think times against a cluster, the CPU
 * clocks sampled before and after. Each request is enqueue (20%), list the best 10 (50%) or vote for a recent track
 * (30%), drawn from the user's own stream. The first failed request ends the window: every user is interrupted (a
 * user that has not called yet stops at its next call), and the window carries the failure.
 */
final class LoadWindow {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LoadWindow() {}

    static Window measure(Cluster cluster, JukeboxClient client, long valkeyPid, int users, Distribution think,
                          double durationMs, long seed, int replication, Runnable fault) {
        ConcurrentLinkedQueue<Long> responses = new ConcurrentLinkedQueue<>();
        LongAdder clientCpu = new LongAdder();
        AtomicLong lastId = new AtomicLong(1);
        AtomicReference<String> failure = new AtomicReference<>();
        Set<Thread> running = ConcurrentHashMap.newKeySet();
        ClosedLoopLoad.Request request = (u, rng) -> {
            if (failure.get() != null) {
                Thread.currentThread().interrupt();
                return ClosedLoopLoad.Outcome.FAILED;
            }
            running.add(Thread.currentThread());
            long cpu0 = THREADS.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            try {
                double op = rng.nextDouble();
                if (op < 0.2) lastId.accumulateAndGet(client.enqueue("track-" + u), Math::max);
                else if (op < 0.7) client.list(10);
                else client.vote(1 + (long) (rng.nextDouble() * lastId.get()));
                responses.add(System.nanoTime() - t0);
                return ClosedLoopLoad.Outcome.COMPLETED;
            } catch (RuntimeException e) {
                if (failure.compareAndSet(null, e.getMessage())) running.forEach(Thread::interrupt);
                return ClosedLoopLoad.Outcome.FAILED;
            } finally {
                clientCpu.add(THREADS.getCurrentThreadCpuTime() - cpu0);
            }
        };
        double load = Machine.current().loadAverage();
        long wait0 = cluster.valkeyNanos(), child0 = cluster.processCpuNanos(), childJit0 = cluster.compilerCpuNanos();
        CpuCounters before = CpuCounters.now(valkeyPid);
        Thread faultThread = null;
        if (fault != null) {
            faultThread = new Thread(fault, "brokerlab-fault");
            faultThread.setDaemon(true);
            faultThread.start();
        }
        ClosedLoopResult result = ClosedLoopLoad.run(ClientSchedule.constant(users, durationMs), think, request, seed, replication);
        CpuCounters after = CpuCounters.now(valkeyPid);
        long child = Math.max(0, cluster.processCpuNanos() - child0), childJit = Math.max(0, cluster.compilerCpuNanos() - childJit0);
        if (faultThread != null) faultThread.interrupt();
        double[] r = responses.stream().mapToDouble(ns -> ns / 1e6).sorted().toArray();
        long n = Math.max(1, r.length);
        double seconds = (after.wallNanos() - before.wallNanos()) / 1e9;
        // the nodes' CPU: in this JVM's clock, or reported by each node process (a node that died reports no more)
        double process = (after.processNanos() - before.processNanos() + child) / 1e6, valkey = (after.valkeyNanos() - before.valkeyNanos()) / 1e6;
        double clientMs = clientCpu.sum() / 1e6, jitMs = (after.compilerSince(before) + childJit) / 1e6;
        double machineTotal = after.machineTotal() - before.machineTotal();
        int cores = Runtime.getRuntime().availableProcessors();
        return new Window(result.step(0).completed(), result.failed(), seconds, 1000 * result.step(0).throughput(),
                r.length == 0 ? Double.NaN : Arrays.stream(r).average().orElseThrow(), quantile(r, 0.50), quantile(r, 0.95),
                quantile(r, 0.99), (process - clientMs - jitMs) / n, clientMs / n, valkey / n, jitMs / n,
                (cluster.valkeyNanos() - wait0) / 1e6 / n, (process + valkey) / (cores * 1000 * seconds),
                valkey / (1000 * seconds), machineTotal > 0 ? (after.machineBusy() - before.machineBusy()) / machineTotal : Double.NaN,
                load, failure.get());
    }

    /** The p-quantile of sorted values by the nearest-rank rule; NaN for none. */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))];
    }
}
