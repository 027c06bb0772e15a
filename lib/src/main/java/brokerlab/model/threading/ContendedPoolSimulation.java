package brokerlab.model.threading;

import brokerlab.experiment.Replications;
import brokerlab.random.RandomStream;
import brokerlab.stats.RunningStats;
import brokerlab.util.Check;
import java.util.ArrayDeque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Simulation of a {@link ContendedPool}. All busy threads progress at the same speed s(b), so one "virtual work"
 * clock V, advancing at rate s(b), orders their completions: a thread that starts a message of work x at virtual
 * time V finishes when the clock reaches V + x (the standard device for egalitarian processor sharing). The next
 * event is then either the next arrival or the smallest finishing virtual time, with no event list. The run has
 * {@code warmup + customers} arrivals and drains; the first {@code warmup} are not measured. Random sources:
 * ARRIVALS (inter-arrival times) and SERVICE (work).
 */
public final class ContendedPoolSimulation {
    private ContendedPoolSimulation() {}

    /** One replication with its own substreams. */
    public static PoolRun run(ContendedPool pool, long warmup, long customers, long seed, int replication) {
        Check.notNull("pool", pool);
        Check.atLeast("warmup", warmup, 0L);
        Check.atLeast("customers", customers, 2L);
        RandomStream arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        RandomStream work = RandomStream.of(seed, replication, RandomStream.SERVICE);
        // running: {finishing virtual time, arrival time, index}
        PriorityQueue<double[]> running = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        ArrayDeque<double[]> waiting = new ArrayDeque<>();
        long total = warmup + customers, arrived = 0;
        double now = 0, virtual = 0, nextArrival = arrivals.nextExponential() / pool.arrivalRate();
        double windowStart = Double.NaN, windowEnd = Double.NaN, area = 0;
        long completedInWindow = 0;
        RunningStats response = new RunningStats();
        while (arrived < total || !running.isEmpty()) {
            int busy = running.size();
            double speed = pool.speed(busy);
            double completion = busy == 0 ? Double.POSITIVE_INFINITY : now + (running.peek()[0] - virtual) / speed;
            double next = arrived < total ? Math.min(nextArrival, completion) : completion;
            if (arrived >= warmup && !Double.isNaN(windowStart) && arrived < total) area += (busy + waiting.size()) * (next - now);
            if (arrived < total && nextArrival <= completion) {
                virtual += speed * (nextArrival - now);
                now = nextArrival;
                double[] job = {0, now, arrived};
                if (arrived == warmup) windowStart = now;
                if (arrived == total - 1) windowEnd = now;
                arrived++;
                if (running.size() < pool.threads()) start(job, virtual, pool, work, running);
                else waiting.add(job);
                nextArrival = now + arrivals.nextExponential() / pool.arrivalRate();
            } else {
                double[] done = running.poll();
                virtual = done[0];
                now = completion;
                if (done[2] >= warmup) response.add(now - done[1]);
                if (arrived < total && !Double.isNaN(windowStart)) completedInWindow++;
                if (!waiting.isEmpty()) start(waiting.poll(), virtual, pool, work, running);
            }
        }
        double window = windowEnd - windowStart;
        return new PoolRun(customers, response.mean(), area / window, completedInWindow / window);
    }

    /** Independent replications in parallel, in replication order. */
    public static List<PoolRun> replicate(ContendedPool pool, long warmup, long customers, long seed, int replications) {
        Check.atLeast("replications", replications, 2);
        return Replications.run(replications, r -> run(pool, warmup, customers, seed, r));
    }

    private static void start(double[] job, double virtual, ContendedPool pool, RandomStream work,
                              PriorityQueue<double[]> running) {
        job[0] = virtual + pool.service().sample(work);
        running.add(job);
    }
}
