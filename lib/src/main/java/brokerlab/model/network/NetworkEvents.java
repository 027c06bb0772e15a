package brokerlab.model.network;

import brokerlab.dist.Distribution;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.model.Slice;
import brokerlab.model.StationMonitor;
import brokerlab.model.StationRun;
import brokerlab.model.arrivals.ArrivalSource;
import brokerlab.random.RandomStream;
import brokerlab.sim.EventHandler;
import brokerlab.sim.IntFifo;
import brokerlab.sim.Simulator;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;
import brokerlab.stats.TimeAverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Event-driven simulation of a {@link QueueingNetwork} on the primitive event core: events are (type, server or 0), jobs
 * are int slots in parallel arrays, queues are int rings, so the hot path allocates nothing once warmed up.
 * Random sources: arrivals, service, routing and failures each have their own stream, with one substream per
 * replication ({@link RandomStream#of(long, int, int)}), so runs are reproducible and independent of threads.
 *
 * <p>Two modes. With a stationary arrival stream (renewal or any {@link brokerlab.model.arrivals.ArrivalProcess},
 * drawn from the ARRIVALS stream), {@link #run(QueueingNetwork, RunLength.Time, long, int)} discards the warm-up
 * and measures over the following window. With an {@link ArrivalSchedule}, {@link #staircase} plays the whole
 * staircase from an empty network, then stops arrivals and lets the network drain, so every job that arrived in a
 * step has its response measured.
 *
 * <p>Server breakdowns follow {@link Breakdowns}: a failed server keeps its job and resumes it after repair.
 */
final class NetworkEvents implements EventHandler {
    private static final int ARRIVAL = 0, DEPARTURE = 1, FAILURE = 2, REPAIR = 3, END_WARMUP = 4;

    private final QueueingNetwork net;
    private final Simulator sim = new Simulator(this, 256);
    private final RandomStream arrivalRng, serviceRng, routingRng, failureRng;
    private final ArrivalSource gaps;            // null for a staircase schedule
    private final int n;
    private final Distribution[] service;
    private final int[] capacity;
    private final double[][] cumulativeRouting;
    private final int[] firstServer;
    private final int[] serverStation, serverJob;
    private final boolean[] serverUp;
    private final double[] serverStart;
    private final long[] serverEvent;
    private final IntFifo[] queue;
    private final StationMonitor[] monitor;
    private final Jobs jobs = new Jobs();

    private long arrived, exited, rejected, inSystem;
    private final TimeAverage present = new TimeAverage();
    private boolean measuring;
    private double windowStart;
    private long leftInWindow;
    private RunningStats response, sojourn;      // created when the measured window begins
    private LatencyHistogram histogram;

    private final ScheduleTracker steps;
    private boolean arrivalsEnded;

    private NetworkEvents(QueueingNetwork net, long seed, int replication) {
        this.net = net;
        this.n = net.size();
        arrivalRng = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        serviceRng = RandomStream.of(seed, replication, RandomStream.SERVICE);
        routingRng = RandomStream.of(seed, replication, RandomStream.ROUTING);
        failureRng = RandomStream.of(seed, replication, RandomStream.FAILURES);
        gaps = net.arrivalProcess() == null ? null : net.arrivalProcess().source(arrivalRng);
        service = new Distribution[n];
        capacity = new int[n];
        cumulativeRouting = new double[n][n];
        firstServer = new int[n + 1];
        queue = new IntFifo[n];
        monitor = new StationMonitor[n];
        for (int i = 0; i < n; i++) {
            Node s = net.node(i);
            service[i] = s.service();
            capacity[i] = s.capacity();
            double c = 0;
            for (int j = 0; j < n; j++) cumulativeRouting[i][j] = c += net.routing(i, j);
            firstServer[i + 1] = firstServer[i] + s.servers();
            queue[i] = new IntFifo();
            monitor[i] = new StationMonitor(s.name(), s.servers());
        }
        int servers = firstServer[n];
        serverStation = new int[servers];
        serverJob = new int[servers];
        serverUp = new boolean[servers];
        serverStart = new double[servers];
        serverEvent = new long[servers];
        Arrays.fill(serverJob, -1);
        Arrays.fill(serverUp, true);
        for (int i = 0; i < n; i++) for (int g = firstServer[i]; g < firstServer[i + 1]; g++) serverStation[g] = i;
        steps = net.schedule() == null ? null : new ScheduleTracker(net.schedule());
    }

    /** One replication of a network with stationary arrivals: warm up, then measure for {@code length.duration()}. */
    static NetworkRun run(QueueingNetwork net, RunLength.Time length, long seed, int replication) {
        NetworkEvents m = new NetworkEvents(net, seed, replication);
        m.start();
        if (length.warmup() > 0) m.sim.scheduleAt(length.warmup(), 0, END_WARMUP, 0);
        else m.beginWindow();
        m.sim.runUntil(length.end());
        return m.result();
    }

    /** One replication of a network with an {@link ArrivalSchedule}: the whole staircase, then drain. */
    static NetworkRun staircase(QueueingNetwork net, long seed, int replication) {
        NetworkEvents m = new NetworkEvents(net, seed, replication);
        m.beginWindow();
        m.start();
        if (!(m.arrivalsEnded && m.inSystem == 0)) m.sim.run();   // a schedule of zero rates has nothing to run
        return m.result();
    }

    private void start() {
        if (steps == null) sim.schedule(gaps.next(), ARRIVAL, 0);
        else scheduleNextScheduledArrival(0);
        for (int i = 0; i < n; i++) {
            Breakdowns b = net.node(i).breakdowns();
            if (b == null) continue;
            for (int g = firstServer[i]; g < firstServer[i + 1]; g++) sim.schedule(b.upTime().sample(failureRng), FAILURE, g);
        }
    }

    private void scheduleNextScheduledArrival(double from) {
        double at = steps.nextArrival(from, arrivalRng);
        if (Double.isNaN(at)) {
            arrivalsEnded = true;
            stopIfDrained();
        } else {
            sim.scheduleAt(at, 0, ARRIVAL, 0);
        }
    }

    @Override
    public void handle(int type, int g) {
        switch (type) {
            case ARRIVAL -> externalArrival();
            case DEPARTURE -> departure(g);
            case FAILURE -> failure(g);
            case REPAIR -> repair(g);
            case END_WARMUP -> beginWindow();
            default -> throw new IllegalStateException("unknown event type " + type);
        }
    }

    private void externalArrival() {
        double now = sim.now();
        int j = jobs.create(now, steps == null ? 0 : net.schedule().stepAt(now));
        if (steps != null) steps.arrival(jobs.step[j]);
        arrived++;
        changeInSystem(+1);
        // schedule the next arrival only after counting this job, so "no arrivals left and nobody inside" cannot
        // stop a staircase run while this job is still to be served
        if (steps == null) sim.schedule(gaps.next(), ARRIVAL, 0);
        else scheduleNextScheduledArrival(now);
        arriveAt(net.entry(), j);
    }

    private void arriveAt(int s, int j) {
        double now = sim.now();
        StationMonitor m = monitor[s];
        if (!m.arrive(now, capacity[s])) {
            leave(j, false);
            return;
        }
        jobs.entered[j] = now;
        for (int g = firstServer[s]; g < firstServer[s + 1]; g++) {
            if (serverJob[g] < 0 && serverUp[g]) {
                startService(g, j);
                return;
            }
        }
        m.queued(now, +1);
        queue[s].add(j);
    }

    private void startService(int g, int j) {
        int s = serverStation[g];
        double now = sim.now();
        monitor[s].started(now, now - jobs.entered[j]);
        double work = service[s].sample(serviceRng);
        jobs.remaining[j] = work;
        serverJob[g] = j;
        serverStart[g] = now;
        serverEvent[g] = sim.schedule(work, DEPARTURE, g);
    }

    private void departure(int g) {
        double now = sim.now();
        int s = serverStation[g];
        int j = serverJob[g];
        serverJob[g] = -1;
        monitor[s].departed(now, now - jobs.entered[j]);
        startNext(s, g);
        route(s, j);
    }

    /** Server g of station s, idle and up, takes the head of the queue if any. */
    private void startNext(int s, int g) {
        if (queue[s].isEmpty()) return;
        monitor[s].queued(sim.now(), -1);
        startService(g, queue[s].poll());
    }

    private void route(int s, int j) {
        double u = routingRng.nextDouble();
        double[] c = cumulativeRouting[s];
        for (int k = 0; k < n; k++) {
            if (u < c[k]) {
                arriveAt(k, j);
                return;
            }
        }
        leave(j, true);
    }

    /** The job leaves the network: normally ({@code completed}) or rejected by a full station. */
    private void leave(int j, boolean completed) {
        double now = sim.now();
        double t = now - jobs.born[j];
        if (completed) exited++;
        else rejected++;
        if (measuring) {
            leftInWindow++;
            sojourn.add(t);
            if (completed) {
                response.add(t);
                histogram.record(t);
            }
        }
        if (steps != null) steps.leave(jobs.step[j], completed, t, now);
        changeInSystem(-1);
        jobs.free(j);
        stopIfDrained();
    }

    private void failure(int g) {
        int s = serverStation[g];
        double now = sim.now();
        serverUp[g] = false;
        int j = serverJob[g];
        monitor[s].failed(now, j >= 0);
        if (j >= 0) {
            sim.cancel(serverEvent[g]);
            jobs.remaining[j] = Math.max(0, jobs.remaining[j] - (now - serverStart[g]));
        }
        sim.schedule(net.node(s).breakdowns().repairTime().sample(failureRng), REPAIR, g);
    }

    private void repair(int g) {
        int s = serverStation[g];
        double now = sim.now();
        serverUp[g] = true;
        monitor[s].repaired(now);
        int j = serverJob[g];
        if (j >= 0) {
            monitor[s].started(now, Double.NaN);      // resumes where it stopped: no new wait
            serverStart[g] = now;
            serverEvent[g] = sim.schedule(jobs.remaining[j], DEPARTURE, g);
        } else {
            startNext(s, g);
        }
        sim.schedule(net.node(s).breakdowns().upTime().sample(failureRng), FAILURE, g);
    }

    private void changeInSystem(int delta) {
        inSystem += delta;
        present.update(sim.now(), inSystem);
    }

    private void stopIfDrained() {
        if (arrivalsEnded && inSystem == 0) sim.stop();
    }

    private void beginWindow() {
        double now = sim.now();
        for (StationMonitor m : monitor) m.reset(now);
        present.reset(now);
        windowStart = now;
        leftInWindow = 0;
        response = new RunningStats();
        sojourn = new RunningStats();
        histogram = new LatencyHistogram();
        measuring = true;
    }

    private NetworkRun result() {
        double now = sim.now();
        double duration = now - windowStart;
        List<Slice> stations = new ArrayList<>(n);
        for (StationMonitor m : monitor) stations.add(m.result(now, duration));
        double l = duration > 0 ? present.mean(now) : Double.NaN, x = leftInWindow / duration;
        double waiting = 0;
        for (Slice s : stations) waiting += s.get(Metric.MEAN_QUEUE_LENGTH);
        Measurements measured = Measurements.builder()
                .put(Metric.MEAN_RESPONSE, response.mean())
                .put(Metric.P50_RESPONSE, histogram.percentile(0.50)).put(Metric.P95_RESPONSE, histogram.percentile(0.95))
                .put(Metric.P99_RESPONSE, histogram.percentile(0.99)).put(Metric.P999_RESPONSE, histogram.percentile(0.999))
                .put(Metric.THROUGHPUT, response.count() / duration).put(Metric.MEAN_NUMBER_IN_SYSTEM, l)
                .put(Metric.MEAN_QUEUE_LENGTH, waiting)
                .put(NetworkRun.MEAN_SOJOURN, sojourn.mean()).put(NetworkRun.LEAVE_RATE, x)
                .put(Metric.REJECTION_PROBABILITY, arrived == 0 ? 0 : (double) rejected / arrived)
                .put(Metric.LITTLE_RELATIVE_ERROR, Math.abs(l - x * sojourn.mean()) / l)
                .put(NetworkRun.ARRIVED, arrived).put(NetworkRun.EXITED, exited).put(NetworkRun.REJECTED, rejected)
                .put(NetworkRun.IN_SYSTEM, inSystem).put(NetworkRun.OBSERVED_TIME, duration)
                .build();
        return new NetworkRun(measured, stations, histogram, steps == null ? List.of() : steps.results());
    }
}
