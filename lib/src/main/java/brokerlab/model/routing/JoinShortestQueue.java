package brokerlab.model.routing;

import brokerlab.random.RandomStream;

/**
 * Join the shortest queue (JSQ): each job goes to the server with the fewest jobs (in service plus queued),
 * ties broken uniformly at random. Near-optimal for identical servers with FCFS queues (Winston 1977;
 * Harchol-Balter 2013 §24.3), but blind to speed: a slow server with a short queue still attracts work.
 */
public final class JoinShortestQueue implements RoutingPolicy {
    @Override
    public int choose(ServerView servers, RandomStream rng) {
        int n = servers.servers();
        int best = 0, fewest = servers.jobsAt(0), ties = 1;
        for (int i = 1; i < n; i++) {
            int jobs = servers.jobsAt(i);
            if (jobs < fewest) {
                fewest = jobs;
                best = i;
                ties = 1;
            } else if (jobs == fewest && rng.nextInt(++ties) == 0) {
                best = i;                 // reservoir sampling: each tied server kept with probability 1/ties
            }
        }
        return best;
    }

    @Override
    public String toString() { return "JoinShortestQueue"; }
}
