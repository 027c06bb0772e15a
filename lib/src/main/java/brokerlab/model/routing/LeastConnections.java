package brokerlab.model.routing;

import brokerlab.random.RandomStream;

/**
 * Weighted least connections (HAProxy {@code leastconn}, nginx {@code least_conn} with weights): each job goes to
 * the server with the smallest jobs / speed, so a server twice as fast is allowed twice the open connections.
 * Ties go round-robin (the scan starts at decisions() mod c), as in nginx, rather than to server 0.
 * With equal speeds it is JSQ with deterministic tie-breaking.
 */
public final class LeastConnections implements RoutingPolicy {
    @Override
    public int choose(ServerView servers, RandomStream rng) {
        int n = servers.servers();
        int start = (int) (servers.decisions() % n);
        int best = start;
        double lowest = servers.jobsAt(start) / servers.speed(start);
        for (int j = 1; j < n; j++) {
            int i = start + j < n ? start + j : start + j - n;
            double load = servers.jobsAt(i) / servers.speed(i);
            if (load < lowest) {
                lowest = load;
                best = i;
            }
        }
        return best;
    }

    @Override
    public String toString() { return "LeastConnections"; }
}
