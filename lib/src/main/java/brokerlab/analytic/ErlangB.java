package brokerlab.analytic;

import brokerlab.util.Check;

/**
 * Erlang's loss formula B(c, a): the probability that an arrival to an M/G/c/c loss system (c servers, no waiting
 * room, offered load a = lambda E[S] erlangs) finds all servers busy and is lost. Insensitive to the service
 * distribution beyond its mean (Sevastyanov 1957; Tijms 2003, <i>A First Course in Stochastic Models</i>, §5.1).
 *
 * <p>Computed by the recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)) (Tijms 2003, §5.1), which never forms
 * a^c / c! and is stable for c in the thousands; each step maps [0,1] into [0,1]. It costs min(c, k0) steps, where
 * k0 (about a + 38 sqrt(a) for large a, a few hundred for small a) is where B falls below the smallest normal
 * double and the answer is 0.
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
            // B falls as k grows, and below the smallest normal double the recursion only grinds subnormals
            // (one can round to itself forever): B(c, a) <= B(k, a) < 2.2e-308, so 0 is the answer to a double's
            // precision, and c = 10^9 servers at a small load costs a few hundred steps, not 10^9.
            if (b < Double.MIN_NORMAL) return 0;
        }
        return b;
    }
}
