package brokerlab.analytic;

import brokerlab.util.Check;

/**
 * Erlang's loss formula B(c, a): the probability that an arrival to an M/G/c/c loss system (c servers, no waiting
 * room, offered load a = lambda E[S] erlangs) finds all servers busy and is lost. Insensitive to the service
 * distribution beyond its mean (Sevastyanov 1957; Tijms 2003, <i>A First Course in Stochastic Models</i>, §5.1).
 *
 * <p>Computed by the recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)) (Tijms 2003, §5.1), which never forms
 * a^c / c! and is stable for c in the thousands; each step maps [0,1] into [0,1].
 */
public final class ErlangB {
    private ErlangB() {}

    /** B(c, a); c >= 0 servers (B(0, a) = 1), offered load a >= 0 erlangs (B(c, 0) = 0 for c >= 1). */
    public static double blockingProbability(int servers, double offeredLoad) {
        Check.atLeast("servers", servers, 0);
        Check.nonNegative("offeredLoad", offeredLoad);
        double b = 1.0;
        for (int k = 1; k <= servers; k++) {
            b = offeredLoad * b / (k + offeredLoad * b);
        }
        return b;
    }
}
