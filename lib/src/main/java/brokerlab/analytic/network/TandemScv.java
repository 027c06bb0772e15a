package brokerlab.analytic.network;

import brokerlab.util.Check;

/**
 * How the variability of a flow changes as it passes through a line of G/G/c stations in series, by Whitt's
 * QNA departure approximation (W. Whitt, "The Queueing Network Analyzer", Bell System Technical Journal 62(9),
 * 1983, eq. (39)): a station with utilisation rho, c servers, arrival SCV c_a^2 and service SCV c_s^2 sends out
 * departures with
 * <pre>  c_d^2 = 1 + (1 - rho^2)(c_a^2 - 1) + rho^2 (c_s^2 - 1) / sqrt(c).</pre>
 * In a tandem every departure stream is the next station's whole arrival stream (no splitting, no merging), so
 * c_a,i+1^2 = c_d,i^2, exactly the linear system {@link Qna} solves for this topology; this class exposes the
 * departure SCV of the last station too, which {@link Qna} does not. The formula interpolates between the two
 * extremes it gets right: a lightly loaded station passes its input through (rho -&gt; 0) and a saturated one
 * emits its service process (rho -&gt; 1, c = 1). Assumptions: renewal flows described by two moments, FCFS,
 * finite service SCV, stable stations.
 */
public final class TandemScv {
    private TandemScv() {}

    /** Whitt (1983) eq. (39): SCV of the departures of one G/G/c station. */
    public static double departureScv(double rho, double arrivalScv, double serviceScv, int servers) {
        Check.openUnit("rho", rho);
        Check.nonNegative("arrivalScv", arrivalScv);
        Check.nonNegative("serviceScv", serviceScv);
        Check.atLeast("servers", servers, 1);
        return 1 + (1 - rho * rho) * (arrivalScv - 1) + rho * rho * (serviceScv - 1) / Math.sqrt(servers);
    }

    /**
     * SCVs along a tandem line: element 0 is the external arrival SCV, element i (1..n) the departure SCV of
     * station i, which is also the arrival SCV of station i+1.
     *
     * @param arrivalScv external inter-arrival SCV (0 for deterministic, 1 for Poisson)
     * @param rho        utilisation of each station
     * @param serviceScv service SCV of each station
     * @param servers    servers of each station
     */
    public static double[] along(double arrivalScv, double[] rho, double[] serviceScv, int[] servers) {
        Check.notNull("rho", rho);
        Check.notNull("serviceScv", serviceScv);
        Check.notNull("servers", servers);
        if (serviceScv.length != rho.length || servers.length != rho.length) {
            throw Check.fail("array lengths", rho.length + "/" + serviceScv.length + "/" + servers.length,
                    "rho, serviceScv and servers must have one entry per station", "pass arrays of equal length");
        }
        double[] scv = new double[rho.length + 1];
        scv[0] = Check.nonNegative("arrivalScv", arrivalScv);
        for (int i = 0; i < rho.length; i++) scv[i + 1] = departureScv(rho[i], scv[i], serviceScv[i], servers[i]);
        return scv;
    }
}
