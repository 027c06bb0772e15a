package brokerlab.analytic;

import brokerlab.util.Check;

/**
 * When is the mean wait finite in a FCFS multi-server queue with heavy-tailed (regularly varying) service?
 *
 * <p>Result (A. Scheller-Wolf, "Necessary and sufficient conditions for delay moments in FIFO multiserver queues
 * with an application comparing s slow servers with one fast one", Operations Research 51(5):748–758, 2003;
 * structural proof in A. Scheller-Wolf &amp; R. Vesilo, Queueing Systems 54:221–232, 2006; the same exponent for
 * the delay in Scheller-Wolf &amp; Vesilo, "Sink or swim together", Queueing Systems 67:47–61, 2011, with
 * beta = (s - floor(rho) + r)/(s - floor(rho)); also Foss &amp; Korshunov, Math. Oper. Res. 37, 2012, "principle of
 * s - k big jumps"): in a stable GI/GI/s queue with offered load rho = lambda E[S] &lt; s (in servers, not the
 * per-server utilisation), the r-th delay moment is finite iff E[S^{1 + r/(s - floor(rho))}] is finite, for
 * service times in the class the papers cover (finite mean, some infinite moment; Pareto/Lomax included).
 *
 * <p>Intuition (Scheller-Wolf &amp; Vesilo 2006): with k = floor(rho), k servers are needed just to carry the
 * load; the delay behaves like the minimum of s - k independent single-server delays, so s - k huge jobs must
 * block the "spare" servers at the same time before a queue builds.
 *
 * <p>For r = 1 and a regularly varying tail P(S &gt; x) ~ x^{-alpha} L(x) (E[S^beta] &lt; infinity for
 * beta &lt; alpha, infinite for beta &gt; alpha; at beta = alpha it depends on L, and is infinite for a pure
 * Pareto/Lomax), the mean wait is finite iff alpha &gt; 1 + 1/(s - floor(rho)). Single server: alpha &gt; 2, the
 * familiar E[S^2] &lt; infinity. Example: alpha = 1.5 needs s - floor(rho) &gt;= 3 spare-able servers. At
 * integer rho we keep floor(rho), the stricter of the two readings.
 */
public final class HeavyTail {
    private HeavyTail() {}

    private static void check(double alpha, int servers, double offeredLoad) {
        Check.greaterThan("alpha", alpha, 1);
        Check.atLeast("servers", servers, 1);
        Check.positive("offeredLoad", offeredLoad);
        Check.stable("offered load per server offeredLoad/servers", offeredLoad / servers);
    }

    /** The moment order 1 + 1/(s - floor(rho)) that E[S^beta] must have finite for a finite mean wait. */
    public static double requiredServiceMoment(int servers, double offeredLoad) {
        Check.atLeast("servers", servers, 1);
        Check.positive("offeredLoad", offeredLoad);
        Check.stable("offered load per server offeredLoad/servers", offeredLoad / servers);
        return 1 + 1.0 / (servers - Math.floor(offeredLoad));
    }

    /**
     * True iff waits and responses have finite variance: the service's own variance is finite (alpha &gt; 2) and
     * Scheller-Wolf's condition holds for the second wait moment, alpha &gt; 1 + 2/(servers - floor(offeredLoad)).
     * Where it fails, Student-t intervals over replications of a mean or percentile wait are not honest.
     */
    public static boolean waitVarianceFinite(double alpha, int servers, double offeredLoad) {
        Check.greaterThan("alpha", alpha, 1);
        Check.atLeast("servers", servers, 1);
        Check.positive("offeredLoad", offeredLoad);
        Check.stable("offered load per server offeredLoad/servers", offeredLoad / servers);
        return alpha > 2 && alpha > 1 + 2.0 / (servers - Math.floor(offeredLoad));
    }

    /** True iff alpha &gt; 1 + 1/(servers - floor(offeredLoad)), see the class comment. */
    public static boolean meanWaitFinite(double alpha, int servers, double offeredLoad) {
        check(alpha, servers, offeredLoad);
        return alpha > requiredServiceMoment(servers, offeredLoad);
    }

    /** A sentence stating the condition and whether it holds, for notebooks and error messages. */
    public static String explain(double alpha, int servers, double offeredLoad) {
        check(alpha, servers, offeredLoad);
        double need = requiredServiceMoment(servers, offeredLoad);
        return String.format(java.util.Locale.ROOT, "M/G/%d with offered load %.4g and tail index alpha = %.4g: mean "
                        + "wait is %s, since it needs alpha > 1 + 1/(s - floor(rho)) = %.4g "
                        + "(Scheller-Wolf 2003, Oper. Res. 51(5))", servers, offeredLoad, alpha,
                alpha > need ? "finite" : "infinite", need);
    }

    /** The fewest servers giving stability and a finite mean wait: s &gt; rho and s - floor(rho) &gt; 1/(alpha - 1). */
    public static int minimumServersForFiniteMeanWait(double alpha, double offeredLoad) {
        Check.greaterThan("alpha", alpha, 1);
        Check.positive("offeredLoad", offeredLoad);
        int k = (int) Math.floor(offeredLoad);
        int spare = (int) Math.floor(1 / (alpha - 1)) + 1;
        return k + spare;
    }
}
