package brokerlab.model.threading;

import brokerlab.analytic.ThreadingModels;
import brokerlab.dist.Distribution;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.model.StationRun;
import brokerlab.random.RandomStream;
import brokerlab.sim.SimulatedWork;
import brokerlab.stats.RunningStats;
import brokerlab.stats.TimeAverage;
import brokerlab.util.Check;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * A pool of T threads on k cores whose threads slow each other down: with b busy threads each runs at speed
 * min(1, k/b) (1 - overhead (b - 1))^+ of a free core, so the node completes work at rate
 * min(b, k) (1 - overhead (b - 1))^+ (see {@link ThreadingModels} for the law and its exact solution).
 * Messages beyond T wait in one FCFS queue.
 *
 * <p>Simulation: all busy threads progress at the same speed s(b), so one "virtual work" clock V, advancing at rate
 * s(b), orders their completions: a thread that starts a message of work x at virtual time V finishes when the clock
 * reaches V + x (the standard device for egalitarian processor sharing). The next event is then either the next
 * arrival or the smallest finishing virtual time, with no event list. A run has warm-up plus measured arrivals and
 * drains; the warm-up arrivals are not measured. Run length: customers are native; a time length is converted at
 * {@code arrivalRate}. Random sources: ARRIVALS (inter-arrival times) and SERVICE (work).
 *
 * @param arrivalRate Poisson arrival rate (messages/s)
 * @param service     work per message, in seconds of one uncontended core
 * @param cores       k
 * @param threads     T, pool size
 * @param overhead    a, relative slowdown per additional busy thread (0 = none)
 */
public record ContendedPool(double arrivalRate, Distribution service, int cores, int threads, double overhead)
        implements Model<PoolRun> {
    public ContendedPool {
        Check.positive("arrivalRate", arrivalRate);
        Check.notNull("service", service);
        Check.atLeast("cores", cores, 1);
        Check.atLeast("threads", threads, 1);
        Check.nonNegative("overhead", overhead);
        if (!(1 - overhead * (threads - 1) > 0))
            throw Check.fail("threads", threads, "must keep every busy thread productive: 1 - overhead (threads - 1) > 0",
                    "use fewer threads or lower overhead");
        Check.stable("contended pool (threads = " + threads + ", cores = " + cores + ") utilisation",
                arrivalRate * service.mean() / (Math.min(threads, cores) * (1 - overhead * (threads - 1))));
    }

    /** Speed of each of {@code busy} busy threads, relative to a free core. */
    public double speed(int busy) {
        return busy == 0 ? 0 : ThreadingModels.contendedRate(1, cores, overhead, busy) / busy;
    }

    /** An experiment on this pool with the default plan; chain its setters, then {@code run()}. */
    public Experiment<PoolRun> simulate() {
        return Experiment.of(this);
    }

    /** One replication with its own substreams (see the class comment). */
    @Override
    public PoolRun run(RunLength length, long seed, int replication) {
        Check.notNull("length", length);
        Check.atLeast("replication", replication, 0);
        RunLength.Customers n = length.inCustomers(arrivalRate);
        RandomStream arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        RandomStream work = RandomStream.of(seed, replication, RandomStream.SERVICE);
        // running: {finishing virtual time, arrival time, index}
        PriorityQueue<double[]> running = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        ArrayDeque<double[]> waiting = new ArrayDeque<>();
        long warmup = n.warmup(), total = n.total(), arrived = 0;
        double now = 0, virtual = 0, nextArrival = arrivals.nextExponential() / arrivalRate;
        double windowStart = Double.NaN, windowEnd = Double.NaN;
        TimeAverage present = new TimeAverage();
        long completedInWindow = 0;
        RunningStats response = new RunningStats();
        while (arrived < total || !running.isEmpty()) {
            int busy = running.size();
            double speed = speed(busy);
            double completion = busy == 0 ? Double.POSITIVE_INFINITY : now + (running.peek()[0] - virtual) / speed;
            if (arrived < total && nextArrival <= completion) {
                virtual += speed * (nextArrival - now);
                now = nextArrival;
                double[] job = {0, now, arrived};
                if (arrived == warmup) {
                    windowStart = now;
                    present.reset(now);
                }
                if (arrived == total - 1) windowEnd = now;
                arrived++;
                if (running.size() < threads) start(job, virtual, work, running);
                else waiting.add(job);
                nextArrival = now + arrivals.nextExponential() / arrivalRate;
            } else {
                double[] done = running.poll();
                virtual = done[0];
                now = completion;
                if (done[2] >= warmup) response.add(now - done[1]);
                if (arrived < total && !Double.isNaN(windowStart)) completedInWindow++;
                if (!waiting.isEmpty()) start(waiting.poll(), virtual, work, running);
            }
            if (arrived < total || now == windowEnd) present.update(now, running.size() + waiting.size());
        }
        double window = windowEnd - windowStart;
        SimulatedWork.add(total, 2 * total);    // each job arrives and completes once, one loop turn each
        return new PoolRun(Measurements.builder().put(Metric.MEAN_RESPONSE, response.mean())
                .put(Metric.MEAN_NUMBER_IN_SYSTEM, present.mean(windowEnd)).put(Metric.THROUGHPUT, completedInWindow / window)
                .put(Metric.REJECTION_PROBABILITY, 0).put(StationRun.CUSTOMERS, n.measured()).build());
    }

    private void start(double[] job, double virtual, RandomStream work, PriorityQueue<double[]> running) {
        job[0] = virtual + service.sample(work);
        running.add(job);
    }
}
