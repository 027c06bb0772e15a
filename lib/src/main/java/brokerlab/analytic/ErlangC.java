package brokerlab.analytic;

import brokerlab.util.Check;

/**
 * Erlang's delay formula C(c, a): the probability that an arrival to an M/M/c queue (Poisson arrivals, exponential
 * service, c servers, infinite FCFS buffer, offered load a = lambda/mu &lt; c) has to wait. By PASTA it is also the
 * long-run fraction of time all c servers are busy.
 *
 * <p>Computed from Erlang B via C = c B / (c - a (1 - B)) (Tijms 2003, §5.1; Kleinrock 1975 vol. 1 §3.5), so it
 * inherits the stable recursion: c = 1000, a = 950 works (a^c/c! would overflow).
 */
public final class ErlangC {
    private ErlangC() {}

    /** C(c, a) for c &gt;= 1 servers and offered load 0 &lt;= a &lt; c erlangs. */
    public static double waitProbability(int servers, double offeredLoad) {
        Check.atLeast("servers", servers, 1);
        Check.nonNegative("offeredLoad", offeredLoad);
        Check.stable("utilisation offeredLoad/servers", offeredLoad / servers);
        double b = ErlangB.blockingProbability(servers, offeredLoad);
        // c - a (1 - B) written as (c - a) + a B: a sum of non-negative terms, no cancellation as a nears c
        return servers * b / ((servers - offeredLoad) + offeredLoad * b);
    }
}
