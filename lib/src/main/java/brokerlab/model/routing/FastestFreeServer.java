package brokerlab.model.routing;

import brokerlab.random.RandomStream;

/**
 * Shared queue, fastest free server: jobs wait in one central FCFS queue and the head job starts on the fastest
 * idle server (lowest index among equally fast ones). Work-conserving; for two heterogeneous servers with
 * exponential demands it is an exact birth–death-like CTMC (tested against one), and it is the threshold-1 case
 * of {@link SlowServerThreshold}.
 */
public final class FastestFreeServer implements SharedQueuePolicy {
    @Override
    public int choose(ServerView servers, RandomStream rng) {
        return servers.fastestIdle();
    }

    @Override
    public String toString() { return "FastestFreeServer"; }
}
