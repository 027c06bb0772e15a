package brokerlab.model.routing;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/**
 * Shared queue with a threshold for the slow servers (Lin &amp; Kumar, "Optimal control of a queueing system with
 * two heterogeneous servers", IEEE TAC 29(8), 1984): a waiting job always takes the fastest server if it is idle;
 * a slower idle server is used only when at least {@code threshold} jobs wait in the central queue (the job being
 * placed included). Lin and Kumar prove such a threshold rule minimises mean response time for two exponential
 * servers; a high threshold idles the slow server, threshold 1 is {@link FastestFreeServer}.
 */
public final class SlowServerThreshold implements SharedQueuePolicy {
    private final int threshold;

    public SlowServerThreshold(int threshold) {
        this.threshold = Check.atLeast("threshold", threshold, 1);
    }

    public int threshold() { return threshold; }

    @Override
    public int choose(ServerView servers, RandomStream rng) {
        int n = servers.servers();
        int fastest = 0, fastestIdle = -1;
        for (int i = 0; i < n; i++) {
            double s = servers.speed(i);
            if (s > servers.speed(fastest)) fastest = i;
            if (servers.idle(i) && (fastestIdle < 0 || s > servers.speed(fastestIdle))) fastestIdle = i;
        }
        if (fastestIdle < 0) return -1;
        if (servers.speed(fastestIdle) == servers.speed(fastest)) return fastestIdle;
        return servers.waiting() >= threshold ? fastestIdle : -1;
    }

    @Override
    public String toString() { return "SlowServerThreshold(" + threshold + ")"; }
}
