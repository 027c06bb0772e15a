package brokerlab.model.dispatch;

import brokerlab.experiment.RunLength;
import brokerlab.sim.IntFifo;

import java.util.Arrays;

/**
 * Event simulation of {@link Hedging} on a {@link Farm}: per-server FCFS queues, a first copy placed by the
 * primary routing, a hedge timer per request, and (optionally) cancellation of the slower copy. Each copy draws
 * its own service time when it starts (a duplicate on another server is an independent try, which is why hedging
 * can cut the tail). A cancelled copy that is still queued is marked and skipped when its server reaches it
 * (lazy deletion); one in service is aborted and its server moves on at once.
 *
 * <p>Random numbers: gaps from ARRIVALS, service from SERVICE, primary choice and hedge target from ROUTING.
 * With an infinite delay no hedge timer exists and the draws and events are exactly those of
 * {@link StealingEvents} with {@link Dispatch#PER_SERVER}: same seed, same numbers.
 *
 * <p>The run: warm-up, a measured window, then arrivals stop and the farm drains (see {@link DispatchRun}).
 */
final class HedgingEvents extends FarmEvents {
    private static final int HEDGE = 2;
    private static final int QUEUED = 0, SERVING = 1, GONE = 2;

    private final Hedging hedging;
    private final IntFifo[] queue;
    private final int[] serverCopy;
    private final long[] serverEvent;

    // requests and copies as recycled int slots in parallel arrays: no object per request
    private double[] reqArrival = new double[64];
    private boolean[] reqTagged = new boolean[64], reqDone = new boolean[64];
    private int[] reqCopy0 = new int[64], reqCopy1 = new int[64], reqPrimary = new int[64], reqLive = new int[64];
    private long[] reqHedge = new long[64];
    private int[] freeReq = new int[64];
    private int freeReqCount, usedReq;
    private int[] copyReq = new int[64], copyState = new int[64], copyServer = new int[64];
    private double[] copyStart = new double[64];
    private int[] freeCopy = new int[64];
    private int freeCopyCount, usedCopy;

    private HedgingEvents(Farm farm, Hedging hedging, RunLength.Time length, long seed, int replication) {
        super(farm, length, seed, replication);
        this.hedging = hedging;
        queue = new IntFifo[c];
        for (int k = 0; k < c; k++) queue[k] = new IntFifo();
        serverCopy = new int[c];
        Arrays.fill(serverCopy, -1);
        serverEvent = new long[c];
    }

    /** One replication: warm up, measure the requests arriving in {@code length.duration()}, drain. */
    static DispatchRun run(Farm farm, Hedging hedging, RunLength.Time length, long seed, int replication) {
        return new HedgingEvents(farm, hedging, length, seed, replication).play();
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
        int k = choosePrimary();
        reqPrimary[r] = k;
        reqCopy0[r] = send(r, k);
        if (hedging.hedges()) reqHedge[r] = sim.schedule(hedging.delay(), HEDGE, r);
        scheduleArrival(now);
    }

    /** Fires when the request is still unanswered after the delay (the timer is cancelled on an answer). */
    private void hedge(int r) {
        reqHedge[r] = -1;
        int k = routingRng.nextInt(c - 1);
        if (k >= reqPrimary[r]) k++;                    // uniform over the other c - 1 servers
        reqCopy1[r] = send(r, k);
    }

    private int send(int r, int k) {
        int x = newCopy(r);
        reqLive[r]++;
        if (reqTagged[r]) tally.copiesSent++;
        if (serverCopy[k] < 0) start(k, x);
        else queue[k].add(x);
        return x;
    }

    private void start(int k, int x) {
        tally.busy(sim.now(), +1);
        copyState[x] = SERVING;
        copyServer[x] = k;
        copyStart[x] = sim.now();
        serverCopy[k] = x;
        serverEvent[k] = sim.schedule(serviceTime(), DEPARTURE, k);
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
        if (--reqLive[r] == 0) freeRequest(r);           // answered by now: a completed copy answers if nobody did
    }

    private void next(int k) {
        while (!queue[k].isEmpty()) {
            int x = queue[k].poll();
            if (copyState[x] == QUEUED) {
                start(k, x);
                return;
            }
            freeCopy(x);                                 // a cancelled copy (already uncounted from its request), skipped
        }
    }

    private int newRequest(double now) {
        int r;
        if (freeReqCount > 0) {
            r = freeReq[--freeReqCount];
        } else {
            if (usedReq == reqArrival.length) growRequests();
            r = usedReq++;
        }
        reqArrival[r] = now;
        reqTagged[r] = tally.inWindow(now);
        reqDone[r] = false;
        reqCopy0[r] = reqCopy1[r] = -1;
        reqLive[r] = 0;
        reqHedge[r] = -1;
        return r;
    }

    private void freeRequest(int r) {
        freeReq[freeReqCount++] = r;
    }

    private int newCopy(int r) {
        int x;
        if (freeCopyCount > 0) {
            x = freeCopy[--freeCopyCount];
        } else {
            if (usedCopy == copyReq.length) growCopies();
            x = usedCopy++;
        }
        copyReq[x] = r;
        copyState[x] = QUEUED;
        return x;
    }

    private void freeCopy(int x) {
        copyReq[x] = -1;
        copyState[x] = GONE;
        freeCopy[freeCopyCount++] = x;
    }

    private void growRequests() {
        int n = reqArrival.length * 2;
        reqArrival = Arrays.copyOf(reqArrival, n);
        reqTagged = Arrays.copyOf(reqTagged, n);
        reqDone = Arrays.copyOf(reqDone, n);
        reqCopy0 = Arrays.copyOf(reqCopy0, n);
        reqCopy1 = Arrays.copyOf(reqCopy1, n);
        reqPrimary = Arrays.copyOf(reqPrimary, n);
        reqLive = Arrays.copyOf(reqLive, n);
        reqHedge = Arrays.copyOf(reqHedge, n);
        freeReq = Arrays.copyOf(freeReq, n);
    }

    private void growCopies() {
        int n = copyReq.length * 2;
        copyReq = Arrays.copyOf(copyReq, n);
        copyState = Arrays.copyOf(copyState, n);
        copyServer = Arrays.copyOf(copyServer, n);
        copyStart = Arrays.copyOf(copyStart, n);
        freeCopy = Arrays.copyOf(freeCopy, n);
    }
}
