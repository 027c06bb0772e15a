package brokerlab.model.dispatch;

import brokerlab.experiment.RunLength;
import brokerlab.sim.IntFifo;

import java.util.Arrays;

/**
 * Event simulation of a {@link Farm} under a {@link Dispatch} rule: separate queues, work stealing (on completion
 * or immediate) or one shared queue.
 *
 * <p>Why immediate stealing with exponential service has the M/M/c mean response: under {@link Dispatch#STEAL_IMMEDIATE}
 * an idle server never coexists with a waiting job (a job that must queue is taken at once by an idle server, and a
 * server that finishes with an empty queue takes a waiting job if any exists). So with N jobs present exactly
 * min(N, c) servers are busy, as in M/M/c; with exponential service the completion rate is min(N, c) mu whichever jobs
 * are in service (memorylessness), and N(t) is the same birth-death chain as M/M/c. The order of service differs
 * (own queue first, not global FCFS), which changes the response-time distribution but not the mean: L is the same,
 * and W = L / lambda by Little's law (Kleinrock vol. 1, 1975, 3.5; Harchol-Balter 2013, ch. 14).
 *
 * <p>Random numbers: gaps from ARRIVALS, service from SERVICE (drawn at start of service), primary choice from
 * ROUTING. {@link Dispatch#PER_SERVER} makes the same draws and events as {@link HedgingEvents} without hedging.
 * The run: warm-up, measured window, drain (see {@link DispatchRun}).
 */
final class StealingEvents extends FarmEvents {
    private final Dispatch dispatch;
    private final IntFifo[] queue;                // one per server, or a single shared one
    private final int[] serverJob;

    private double[] jobArrival = new double[64], jobStart = new double[64];
    private boolean[] jobTagged = new boolean[64];
    private int[] free = new int[64];
    private int freeCount, used;

    private StealingEvents(Farm farm, Dispatch dispatch, RunLength.Time length, long seed, int replication) {
        super(farm, length, seed, replication);
        this.dispatch = dispatch;
        queue = new IntFifo[dispatch == Dispatch.SHARED_QUEUE ? 1 : c];
        for (int k = 0; k < queue.length; k++) queue[k] = new IntFifo();
        serverJob = new int[c];
        Arrays.fill(serverJob, -1);
    }

    /** One replication: warm up, measure the requests arriving in {@code length.duration()}, drain. */
    static DispatchRun run(Farm farm, Dispatch dispatch, RunLength.Time length, long seed, int replication) {
        return new StealingEvents(farm, dispatch, length, seed, replication).play();
    }

    @Override
    public void handle(int type, int payload) {
        switch (type) {
            case ARRIVAL -> arrival();
            case DEPARTURE -> departure(payload);
            default -> throw new IllegalStateException("unknown event type " + type);
        }
    }

    private void arrival() {
        double now = sim.now();
        int j = newJob(now);
        tally.arrive(now);
        if (jobTagged[j]) tally.copiesSent++;
        if (dispatch == Dispatch.SHARED_QUEUE) {
            int idle = firstIdle();
            if (idle >= 0) start(idle, j);
            else queue[0].add(j);
        } else {
            int k = choosePrimary();
            if (serverJob[k] < 0) {
                start(k, j);
            } else {
                queue[k].add(j);
                if (dispatch == Dispatch.STEAL_IMMEDIATE) {
                    for (int i = firstIdle(); i >= 0; i = firstIdle()) if (!steal(i)) break;
                }
            }
        }
        scheduleArrival(now);
    }

    private int firstIdle() {
        for (int k = 0; k < c; k++) if (serverJob[k] < 0) return k;
        return -1;
    }

    private void start(int k, int j) {
        tally.busy(sim.now(), +1);
        serverJob[k] = j;
        jobStart[j] = sim.now();
        sim.schedule(serviceTime(), DEPARTURE, k);
    }

    private void departure(int k) {
        double now = sim.now();
        int j = serverJob[k];
        tally.busy(now, -1);
        serverJob[k] = -1;
        if (jobTagged[j]) {
            tally.work(now - jobStart[j], false);
            tally.copiesServed++;
        }
        tally.answered(now, jobTagged[j], now - jobArrival[j]);
        free[freeCount++] = j;
        IntFifo own = queue[dispatch == Dispatch.SHARED_QUEUE ? 0 : k];
        if (!own.isEmpty()) start(k, own.poll());
        else if (dispatch == Dispatch.STEAL_ON_COMPLETION || dispatch == Dispatch.STEAL_IMMEDIATE) steal(k);
    }

    /** Idle server k takes the oldest job of the longest other queue; false when nothing waits. */
    private boolean steal(int k) {
        int victim = -1;
        for (int m = 0; m < c; m++) {
            if (m != k && queue[m].size() > 0 && (victim < 0 || queue[m].size() > queue[victim].size())) victim = m;
        }
        if (victim < 0) return false;
        int j = queue[victim].poll();
        if (jobTagged[j]) tally.steals++;
        start(k, j);
        return true;
    }

    private int newJob(double now) {
        int j;
        if (freeCount > 0) {
            j = free[--freeCount];
        } else {
            if (used == jobArrival.length) {
                int n = used * 2;
                jobArrival = Arrays.copyOf(jobArrival, n);
                jobStart = Arrays.copyOf(jobStart, n);
                jobTagged = Arrays.copyOf(jobTagged, n);
                free = Arrays.copyOf(free, n);
            }
            j = used++;
        }
        jobArrival[j] = now;
        jobTagged[j] = tally.inWindow(now);
        return j;
    }
}
