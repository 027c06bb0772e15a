package brokerlab.model.dispatch;

/**
 * How the servers of a {@link Farm} share out the waiting work, from no sharing to a single queue.
 * Work stealing is the scheduler of Cilk (Blumofe &amp; Leiserson, "Scheduling multithreaded computations by work
 * stealing", JACM 46(5), 1999) and of Java's ForkJoinPool; here a thief takes the <em>oldest</em> waiting job of the
 * <em>longest</em> other queue (lowest server index on ties).
 */
public enum Dispatch implements FarmPolicy {
    /** Each server serves only its own FCFS queue: c separate queues, idle servers beside waiting jobs. */
    PER_SERVER,
    /**
     * A server that finishes with an empty own queue steals; an idle server does not notice new arrivals at other
     * servers, so idle servers and waiting jobs can still coexist until the next completion.
     */
    STEAL_ON_COMPLETION,
    /**
     * As {@link #STEAL_ON_COMPLETION}, and an idle server also steals the moment a job has to queue elsewhere:
     * idle servers never coexist with waiting jobs, so with N jobs present exactly min(N, c) servers are busy and,
     * with exponential service, N(t) is the M/M/c birth-death chain (memorylessness: the completion rate is
     * min(N, c) mu whichever jobs are in service). The order of service differs (own queue first), which changes
     * the response-time distribution but not the mean: W = L / lambda by Little's law (Kleinrock vol. 1, 1975,
     * 3.5; Harchol-Balter 2013, ch. 14).
     */
    STEAL_IMMEDIATE,
    /** One FCFS queue in front of all servers (M/G/c); an arrival takes the lowest-numbered idle server. */
    SHARED_QUEUE
}
