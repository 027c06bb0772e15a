package brokerlab.model;

import brokerlab.dist.Distribution;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.random.RandomStream;
import brokerlab.sim.SimulatedWork;
import brokerlab.util.Check;

import java.util.Arrays;

/**
 * Size-interval task assignment (SITA) on c identical FCFS servers, simulated: each arriving job's size is drawn at
 * arrival and the job joins server i when cutoff[i-1] &lt;= size &lt; cutoff[i] (Harchol-Balter 2013 §24.3). The
 * policy needs the job's size, which {@link brokerlab.model.routing.ServerView} does not expose, so it is a model
 * of its own rather than a {@code RoutingPolicy}; its exact counterpart is
 * {@link brokerlab.analytic.SizeIntervalAssignment}.
 *
 * <p>Each server is a single FCFS queue, so Lindley's recursion per server is exact: a job arriving at t starts at
 * max(t, free_i) and frees server i at start + size. Time averages over the observation window [T0, T1] (first
 * and last measured arrival) are exact interval overlaps: every job present at T0 adds its part after T0, every
 * measured job its whole wait and service, and every job still present at T1 gives back its part after T1
 * (per-server FCFS, so those are the last jobs of each server, kept in a small ring per server).
 * Draws: inter-arrival times from the ARRIVALS stream and sizes from SERVICE, in arrival order, as the other
 * engines do, so a SITA farm and a {@link ServerFarm} with the same seed see the same jobs (common random numbers).
 */
public final class SizeIntervalFarm implements Model<StationRun> {
    private final Distribution arrival;
    private final Distribution demand;
    private final double[] cutoffs;

    /**
     * @param cutoffs c − 1 strictly increasing positive sizes; c = cutoffs.length + 1 servers of speed 1.
     *                Stability of every server (lambda p_i E[S_i] &lt; 1) is not checked here: use
     *                {@link brokerlab.analytic.SizeIntervalAssignment} to choose cutoffs; an overloaded server shows
     *                as a run whose waits grow with its length.
     */
    public SizeIntervalFarm(Distribution arrival, Distribution demand, double... cutoffs) {
        this.arrival = Check.notNull("arrival", arrival);
        this.demand = Check.notNull("demand", demand);
        Check.notNull("cutoffs", cutoffs);
        for (int i = 0; i < cutoffs.length; i++) {
            Check.positive("cutoffs[" + i + "]", cutoffs[i]);
            if (Double.isInfinite(cutoffs[i]) || (i > 0 && !(cutoffs[i] > cutoffs[i - 1]))) {
                throw Check.fail("cutoffs", Arrays.toString(cutoffs), "they must be finite and strictly increasing",
                        "sort them and drop duplicates");
            }
        }
        this.cutoffs = cutoffs.clone();
        Check.stable("total utilisation of the SITA farm", demand.mean() / arrival.mean() / servers());
    }

    public int servers() { return cutoffs.length + 1; }

    public double[] cutoffs() { return cutoffs.clone(); }

    /** An experiment on this farm with the default plan. */
    public Experiment<StationRun> simulate() { return Experiment.of(this); }

    /** The server a job of this size joins. */
    public int serverFor(double size) {
        int i = 0;
        while (i < cutoffs.length && size >= cutoffs[i]) i++;
        return i;
    }

    /** One replication, by Lindley's recursion per server (exact for FCFS); a time length is converted at the arrival rate. */
    @Override
    public StationRun run(RunLength length, long seed, int replication) {
        Check.notNull("length", length);
        Check.atLeast("replication", replication, 0);
        RunLength.Customers n = length.inCustomers(1 / arrival.mean());
        long warmup = n.warmup(), customers = n.measured();
        int c = servers();
        RandomStream arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        RandomStream services = RandomStream.of(seed, replication, RandomStream.SERVICE);
        Sampler interArrival = new Sampler(arrival), size = new Sampler(demand);
        Tally tally = new Tally(demand.mean());
        Present[] present = new Present[c];
        for (int i = 0; i < c; i++) present[i] = new Present();
        double[] free = new double[c];
        double t = 0, t0 = 0, areaQueue = 0, areaBusy = 0, areaSystem = 0, end = 0;
        long total = warmup + customers;
        for (long k = 0; k < total; k++) {
            t += interArrival.next(arrivals);
            if (k == warmup) {
                t0 = t;
                for (Present p : present) {
                    p.dropDepartedBy(t);
                    for (int j = 0; j < p.size; j++) {
                        double s = p.start(j), d = p.departure(j);
                        areaQueue += Math.max(0, s - t0);
                        areaBusy += d - Math.max(s, t0);
                        areaSystem += d - t0;
                    }
                }
            }
            double s = size.next(services);
            int i = serverFor(s);
            double start = Math.max(t, free[i]);
            free[i] = start + s;
            end = Math.max(end, free[i]);
            present[i].dropDepartedBy(t);
            present[i].add(start, free[i]);
            if (k >= warmup) {
                double wait = start - t;
                tally.arrival();
                tally.waited(wait, wait > 0);
                tally.responded(wait + s);
                areaQueue += wait;
                areaBusy += s;
                areaSystem += wait + s;
            }
        }
        double t1 = t;
        for (Present p : present) {
            p.dropDepartedBy(t1);
            for (int j = 0; j < p.size; j++) {
                double s = p.start(j), d = p.departure(j);
                areaQueue -= Math.max(0, s - t1);
                areaBusy -= d - Math.max(s, t1);
                areaSystem -= d - t1;
            }
        }
        // the last server takes the demand's tail: its waits have infinite variance unless E[D^3] is finite
        SimulatedWork.add(total, 0);           // event-free, like the FCFS recursion
        return tally.summary(customers, end, t1 - t0, c, areaQueue, areaSystem, areaBusy,
                demand.hasInfiniteVariance() || !(demand.tailIndex() > 3), Engine.RECURSION);
    }

    /** Jobs at one server not yet departed, in FCFS order: a growable ring of (start, departure). */
    private static final class Present {
        private double[] starts = new double[16], departures = new double[16];
        private int head, size;

        void add(double start, double departure) {
            if (size == starts.length) {
                double[] s = new double[2 * size], d = new double[2 * size];
                for (int j = 0; j < size; j++) {
                    s[j] = start(j);
                    d[j] = departure(j);
                }
                starts = s;
                departures = d;
                head = 0;
            }
            int slot = (head + size) & (starts.length - 1);
            starts[slot] = start;
            departures[slot] = departure;
            size++;
        }

        /** Departures are in FCFS order, so the departed jobs are a prefix. */
        void dropDepartedBy(double t) {
            while (size > 0 && departures[head] <= t) {
                head = (head + 1) & (starts.length - 1);
                size--;
            }
        }

        double start(int j) { return starts[(head + j) & (starts.length - 1)]; }

        double departure(int j) { return departures[(head + j) & (starts.length - 1)]; }
    }

    @Override
    public String toString() {
        return "SizeIntervalFarm(" + arrival.spec() + ", " + demand.spec() + ", cutoffs=" + Arrays.toString(cutoffs) + ")";
    }
}
