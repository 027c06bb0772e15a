package brokerlab.model.dispatch;

import brokerlab.random.RandomStream;

/**
 * Where a request's first copy goes, blind to queue lengths: the two static policies whose tails hedging and work
 * stealing try to repair. With Poisson arrivals a random split makes each of c servers an M/M/1 (or M/G/1) queue at
 * rate lambda / c; round robin feeds each server Erlang-c gaps, smoother (Harchol-Balter 2013, section 24.2).
 */
public enum PrimaryRouting {
    /** Uniform over the c servers, one draw from the ROUTING stream per request. */
    RANDOM,
    /** Request k goes to server k mod c; no random numbers. */
    ROUND_ROBIN;

    int choose(int servers, long decisions, RandomStream rng) {
        return this == RANDOM ? rng.nextInt(servers) : (int) (decisions % servers);
    }
}
