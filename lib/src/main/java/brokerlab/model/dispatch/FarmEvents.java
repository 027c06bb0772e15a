package brokerlab.model.dispatch;

import brokerlab.dist.Distribution;
import brokerlab.experiment.RunLength;
import brokerlab.model.arrivals.ArrivalSource;
import brokerlab.random.RandomStream;
import brokerlab.sim.EventHandler;
import brokerlab.sim.IntFifo;
import brokerlab.sim.Simulator;
import brokerlab.sim.Slots;

import java.util.Arrays;

/**
 * Event simulation of a {@link Farm} under its {@link FarmPolicy}, one engine for all of them so that they draw and
 * measure alike. Requests and their copies are int slots in parallel arrays (no object per request); each server
 * has its own FCFS queue of copies, or all share one ({@link Dispatch#SHARED_QUEUE}: an arrival takes the
 * lowest-numbered idle server). Each copy draws its own service time when it starts, so a hedge is a new,
 * independent try (why hedging can cut the tail). A cancelled copy still queued is marked and skipped when its
 * server reaches it (lazy deletion); one in service is aborted and its server moves on at once. With an infinite
 * hedge delay no timer exists, so the draws and events are exactly those of {@link Dispatch#PER_SERVER}. A thief
 * takes the oldest copy of the longest other queue (see {@link Dispatch} for why immediate stealing with
 * exponential service has the M/M/c mean response).
 *
 * <p>Random numbers: gaps from ARRIVALS, service from SERVICE, primary choice and hedge target from ROUTING. The
 * run: warm-up, a measured window, then arrivals stop and the farm drains (see {@link DispatchRun}).
 */
final class FarmEvents implements EventHandler {
    private static final int ARRIVAL = 0, DEPARTURE = 1, HEDGE = 2;
    private static final int QUEUED = 0, SERVING = 1, GONE = 2;

    private final Simulator sim = new Simulator(this, 256);
    private final int c;
    private final Distribution service;
    private final PrimaryRouting primary;
    private final Dispatch dispatch;
    private final Hedging hedging;
    private final ArrivalSource gaps;
    private final RandomStream serviceRng, routingRng;
    private final RequestTally tally;
    private final IntFifo[] queue;                  // one per server, or a single shared one
    private final int[] serverCopy;
    private final long[] serverEvent;
    private long decisions;

    private final Slots requests = new Slots(), copies = new Slots();
    private double[] reqArrival = new double[64];
    private boolean[] reqTagged = new boolean[64], reqDone = new boolean[64];
    private int[] reqCopy0 = new int[64], reqCopy1 = new int[64], reqPrimary = new int[64], reqLive = new int[64];
    private long[] reqHedge = new long[64];
    private int[] copyReq = new int[64], copyState = new int[64], copyServer = new int[64];
    private double[] copyStart = new double[64];

    private FarmEvents(Farm farm, RunLength.Time length, long seed, int replication) {
        c = farm.servers();
        service = farm.service();
        primary = farm.primary();
        dispatch = farm.policy() instanceof Dispatch d ? d : Dispatch.PER_SERVER;
        hedging = farm.policy() instanceof Hedging h ? h : Hedging.none();
        gaps = farm.arrivals().source(RandomStream.of(seed, replication, RandomStream.ARRIVALS));
        serviceRng = RandomStream.of(seed, replication, RandomStream.SERVICE);
        routingRng = RandomStream.of(seed, replication, RandomStream.ROUTING);
        tally = new RequestTally(length.warmup(), length.end(), c, service.mean());
        queue = new IntFifo[dispatch == Dispatch.SHARED_QUEUE ? 1 : c];
        for (int k = 0; k < queue.length; k++) queue[k] = new IntFifo();
        serverCopy = new int[c];
        Arrays.fill(serverCopy, -1);
        serverEvent = new long[c];
    }

    /** One replication: warm up, measure the requests arriving in {@code length.duration()}, drain. */
    static DispatchRun run(Farm farm, RunLength.Time length, long seed, int replication) {
        FarmEvents m = new FarmEvents(farm, length, seed, replication);
        m.scheduleArrival(0);
        m.sim.run();
        m.tally.advance(m.sim.now());
        return m.tally.result();
    }

    /** The next arrival after {@code now}, unless it falls after the window: then the farm drains. */
    private void scheduleArrival(double now) {
        double at = now + gaps.next();
        if (at < tally.end()) sim.scheduleAt(at, 0, ARRIVAL, 0);
    }

    @Override
    public void handle(int type, int payload) {
        switch (type) {
            case ARRIVAL -> arrival();
            case DEPARTURE -> departure(payload);
            case HEDGE -> hedge(payload);
            default -> throw new IllegalStateException("unknown event type " + type);
        }
    }

    private void arrival() {
        double now = sim.now();
        int r = newRequest(now);
        tally.arrive(now);
        if (dispatch == Dispatch.SHARED_QUEUE) {
            reqCopy0[r] = send(r, firstIdle());
        } else {
            int k = primary.choose(c, decisions++, routingRng);
            reqPrimary[r] = k;
            int x = reqCopy0[r] = send(r, k);
            if (dispatch == Dispatch.STEAL_IMMEDIATE && copyState[x] == QUEUED) {
                for (int i = firstIdle(); i >= 0; i = firstIdle()) if (!steal(i)) break;
            }
            if (hedging.hedges()) reqHedge[r] = sim.schedule(hedging.delay(), HEDGE, r);
        }
        scheduleArrival(now);
    }

    /** Fires when the request is still unanswered after the delay (the timer is cancelled on an answer). */
    private void hedge(int r) {
        reqHedge[r] = -1;
        int k = routingRng.nextInt(c - 1);
        if (k >= reqPrimary[r]) k++;                    // uniform over the other c - 1 servers
        reqCopy1[r] = send(r, k);
    }

    /** A new copy of request r to server k (to the shared queue when k is -1): served at once if k is idle. */
    private int send(int r, int k) {
        int x = newCopy(r);
        reqLive[r]++;
        if (reqTagged[r]) tally.copiesSent++;
        if (k >= 0 && serverCopy[k] < 0) start(k, x);
        else queue[dispatch == Dispatch.SHARED_QUEUE ? 0 : k].add(x);
        return x;
    }

    private int firstIdle() {
        for (int k = 0; k < c; k++) if (serverCopy[k] < 0) return k;
        return -1;
    }

    private void start(int k, int x) {
        tally.busy(sim.now(), +1);
        copyState[x] = SERVING;
        copyServer[x] = k;
        copyStart[x] = sim.now();
        serverCopy[k] = x;
        serverEvent[k] = sim.schedule(service.sample(serviceRng), DEPARTURE, k);
    }

    private void departure(int k) {
        int x = serverCopy[k];
        int r = copyReq[x];
        leaveServer(k, x, reqDone[r]);                  // a copy finishing after the answer was wasted
        if (reqTagged[r]) tally.copiesServed++;
        if (!reqDone[r]) answer(r, x);
        resolve(r, x);
        next(k);
    }

    private void answer(int r, int winner) {
        double now = sim.now();
        reqDone[r] = true;
        tally.answered(now, reqTagged[r], now - reqArrival[r]);
        if (reqHedge[r] >= 0) {
            sim.cancel(reqHedge[r]);
            reqHedge[r] = -1;
        }
        if (!hedging.cancel()) return;
        int other = winner == reqCopy0[r] ? reqCopy1[r] : reqCopy0[r];
        if (other < 0 || copyReq[other] != r || copyState[other] == GONE) return;
        if (reqTagged[r]) tally.copiesCancelled++;
        if (copyState[other] == QUEUED) {
            copyState[other] = GONE;                    // freed when its server polls it
        } else {
            int j = copyServer[other];
            sim.cancel(serverEvent[j]);
            leaveServer(j, other, true);
            freeCopy(other);
            next(j);
        }
        reqLive[r]--;
    }

    /** Ends service of copy x at server k (completion or abort): frees the server, books the work. */
    private void leaveServer(int k, int x, boolean wasted) {
        tally.busy(sim.now(), -1);
        serverCopy[k] = -1;
        if (reqTagged[copyReq[x]]) tally.work(sim.now() - copyStart[x], wasted);
    }

    /** Copy x of request r completed service. */
    private void resolve(int r, int x) {
        freeCopy(x);
        if (--reqLive[r] == 0) requests.give(r);        // answered by now: a completed copy answers if nobody did
    }

    /** Idle server k takes its queue's next live copy, or steals when the policy lets it. */
    private void next(int k) {
        IntFifo own = queue[dispatch == Dispatch.SHARED_QUEUE ? 0 : k];
        while (!own.isEmpty()) {
            int x = own.poll();
            if (copyState[x] == QUEUED) {
                start(k, x);
                return;
            }
            freeCopy(x);                                 // a cancelled copy (already uncounted from its request), skipped
        }
        if (dispatch == Dispatch.STEAL_ON_COMPLETION || dispatch == Dispatch.STEAL_IMMEDIATE) steal(k);
    }

    /** Idle server k takes the oldest copy of the longest other queue; false when nothing waits. */
    private boolean steal(int k) {
        int victim = -1;
        for (int m = 0; m < c; m++) {
            if (m != k && queue[m].size() > 0 && (victim < 0 || queue[m].size() > queue[victim].size())) victim = m;
        }
        if (victim < 0) return false;
        int x = queue[victim].poll();
        if (reqTagged[copyReq[x]]) tally.steals++;
        start(k, x);
        return true;
    }

    private int newRequest(double now) {
        int r = requests.take();
        if (r == reqArrival.length) {
            int n = 2 * r;
            reqArrival = Arrays.copyOf(reqArrival, n);
            reqTagged = Arrays.copyOf(reqTagged, n);
            reqDone = Arrays.copyOf(reqDone, n);
            reqCopy0 = Arrays.copyOf(reqCopy0, n);
            reqCopy1 = Arrays.copyOf(reqCopy1, n);
            reqPrimary = Arrays.copyOf(reqPrimary, n);
            reqLive = Arrays.copyOf(reqLive, n);
            reqHedge = Arrays.copyOf(reqHedge, n);
        }
        reqArrival[r] = now;
        reqTagged[r] = tally.inWindow(now);
        reqDone[r] = false;
        reqCopy0[r] = reqCopy1[r] = -1;
        reqLive[r] = 0;
        reqHedge[r] = -1;
        return r;
    }

    private int newCopy(int r) {
        int x = copies.take();
        if (x == copyReq.length) {
            int n = 2 * x;
            copyReq = Arrays.copyOf(copyReq, n);
            copyState = Arrays.copyOf(copyState, n);
            copyServer = Arrays.copyOf(copyServer, n);
            copyStart = Arrays.copyOf(copyStart, n);
        }
        copyReq[x] = r;
        copyState[x] = QUEUED;
        return x;
    }

    private void freeCopy(int x) {
        copyReq[x] = -1;
        copyState[x] = GONE;
        copies.give(x);
    }
}
