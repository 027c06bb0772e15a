package brokerlab.model.routing;

/**
 * What a {@link RoutingPolicy} may look at when it decides: a read-only view of the servers of a station at the
 * instant of the decision. Implemented by the simulation itself, so reading it allocates nothing.
 */
public interface ServerView {
    /** Number of servers, indexed 0 .. servers() − 1. */
    int servers();

    /** Relative speed of server i: a job of demand d occupies it for d / speed(i). */
    double speed(int i);

    /** Jobs at server i: the one in service plus those in its own queue (per-server queues), or 0/1 (shared queue). */
    int jobsAt(int i);

    /** True when server i has no job in service. */
    boolean idle(int i);

    /** Jobs waiting in the shared central queue, including the one being placed; 0 with per-server queues. */
    int waiting();

    /** Routing decisions taken so far in this run (the basis of round-robin policies, which so need no state). */
    long decisions();

    /**
     * The fastest idle server, the lowest index among equally fast ones; −1 when none is idle. This default scans;
     * a simulation that tracks its idle servers answers in constant time (the same server, tested).
     */
    default int fastestIdle() {
        int best = -1;
        for (int i = 0; i < servers(); i++) {
            if (idle(i) && (best < 0 || speed(i) > speed(best))) best = i;
        }
        return best;
    }
}
