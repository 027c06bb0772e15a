package brokerlab.analytic.network;

import brokerlab.analytic.Estimate;
import brokerlab.analytic.MMc;
import brokerlab.util.Check;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Whitt's Queueing Network Analyzer (W. Whitt, "The Queueing Network Analyzer", Bell System Technical Journal
 * 62(9):2779–2815, 1983): a two-moment decomposition of an open network of GI/G/c_i FCFS stations. Each flow is
 * summarised by its rate and the SCV of its inter-arrival times; each station is then analysed in isolation.
 *
 * <ul>
 *   <li>Rates: the traffic equations, as for {@link Jackson}.</li>
 *   <li>Departure (Whitt 1983 eq. (39)): c_d^2 = 1 + (1 - rho^2)(c_a^2 - 1) + rho^2 (c_s^2 - 1)/sqrt(c).</li>
 *   <li>Splitting with probability p (eq. (40)): c^2 = p c_d^2 + 1 - p.</li>
 *   <li>Superposition (hybrid of the asymptotic and stationary-interval methods, §4.3): c_a^2 = w sum_k q_k c_k^2
 *       + 1 - w with q_k the rate fractions, w = 1/(1 + 4 (1 - rho)^2 (v - 1)) and v = 1/sum_k q_k^2.</li>
 *   <li>These are linear in the unknown c_a^2, solved as one linear system (commons-math3 LU).</li>
 *   <li>Station wait: for c = 1 Kraemer–Langenbach-Belz, Wq = rho E[S] (c_a^2 + c_s^2) g / (2 (1 - rho)), with
 *       g = exp(-2 (1 - rho)(1 - c_a^2)^2 / (3 rho (c_a^2 + c_s^2))) if c_a^2 &lt; 1, else 1; for c &gt; 1
 *       Wq = (c_a^2 + c_s^2)/2 · Wq(M/M/c) (Whitt 1983 §5).</li>
 * </ul>
 * With every SCV equal to 1 all flows stay at c^2 = 1 and each station reduces to M/M/c: QNA then equals Jackson.
 */
public final class Qna {
    public static final String METHOD = "QNA (Whitt 1983, approximation)";
    private final double[] externalRates;
    private final double[] arrivalRates;
    private final double[] arrivalScv;
    private final double[] meanWait;
    private final double[] meanService;

    /**
     * @param externalRates gamma_i, external arrival rate into station i
     * @param externalScv   SCV of external inter-arrival times at station i (1 for Poisson)
     * @param routing       P[i][j], probability of going from i to j; 1 - row sum leaves
     * @param meanService   E[S_i]
     * @param serviceScv    SCV of S_i (finite)
     * @param servers       c_i
     */
    public Qna(double[] externalRates, double[] externalScv, double[][] routing, double[] meanService,
               double[] serviceScv, int[] servers) {
        Routing.validate(externalRates, routing);
        int n = externalRates.length;
        for (Object a : new Object[]{externalScv, meanService, serviceScv, servers}) Check.notNull("station arrays", a);
        if (externalScv.length != n || meanService.length != n || serviceScv.length != n || servers.length != n) {
            throw Check.fail("array lengths", externalScv.length + "/" + meanService.length + "/" + serviceScv.length
                    + "/" + servers.length, "every per-station array must have length " + n, null);
        }
        double[] rho = new double[n];
        this.externalRates = externalRates.clone();
        this.meanService = meanService.clone();
        this.arrivalRates = Routing.solveTraffic(externalRates, routing);
        for (int i = 0; i < n; i++) {
            Check.nonNegative("externalScv[" + i + "]", externalScv[i]);
            Check.positive("meanService[" + i + "]", meanService[i]);
            Check.nonNegative("serviceScv[" + i + "]", serviceScv[i]);
            Check.atLeast("servers[" + i + "]", servers[i], 1);
            rho[i] = arrivalRates[i] * meanService[i] / servers[i];
            Check.stable("station " + i + " utilisation", rho[i]);
        }
        // Linear system x_j = a_j + sum_i b_ij x_i for x = c_a^2; departures c_d,i^2 = alpha_i + beta_i x_i.
        RealMatrix m = new Array2DRowRealMatrix(n, n);
        double[] rhs = new double[n];
        for (int j = 0; j < n; j++) {
            m.setEntry(j, j, 1);
            if (arrivalRates[j] == 0) { rhs[j] = 1; continue; }
            double q0 = externalRates[j] / arrivalRates[j];
            double sumSq = q0 * q0;
            for (int i = 0; i < n; i++) {
                double q = arrivalRates[i] * routing[i][j] / arrivalRates[j];
                sumSq += q * q;
            }
            double v = 1 / sumSq;
            double w = 1 / (1 + 4 * (1 - rho[j]) * (1 - rho[j]) * (v - 1));
            double a = w * q0 * externalScv[j] + 1 - w;
            for (int i = 0; i < n; i++) {
                double p = routing[i][j];
                if (p == 0 || arrivalRates[i] == 0) continue;
                double q = arrivalRates[i] * p / arrivalRates[j];
                double beta = 1 - rho[i] * rho[i];
                double alpha = rho[i] * rho[i] * (1 + (serviceScv[i] - 1) / Math.sqrt(servers[i]));
                a += w * q * (p * alpha + 1 - p);
                m.addToEntry(j, i, -w * q * p * beta);
            }
            rhs[j] = a;
        }
        this.arrivalScv = new LUDecomposition(m).getSolver().solve(new ArrayRealVector(rhs)).toArray();
        this.meanWait = new double[n];
        for (int i = 0; i < n; i++) {
            if (arrivalRates[i] == 0) continue;
            double ca = arrivalScv[i], cs = serviceScv[i];
            if (servers[i] == 1) {
                double g = ca < 1 ? Math.exp(-2 * (1 - rho[i]) * (1 - ca) * (1 - ca) / (3 * rho[i] * (ca + cs))) : 1;
                meanWait[i] = rho[i] * meanService[i] * (ca + cs) * g / (2 * (1 - rho[i]));
            } else {
                meanWait[i] = (ca + cs) / 2 * new MMc(arrivalRates[i], 1 / meanService[i], servers[i]).meanWait();
            }
        }
    }

    public double[] arrivalRates() { return arrivalRates.clone(); }

    /** c_a,i^2, the approximate SCV of the arrival stream into each station. */
    public double[] arrivalScv() { return arrivalScv.clone(); }

    /** Mean wait per visit at station i. */
    public Estimate meanWait(int station) {
        Check.atLeast("station", station, 0);
        if (station >= meanWait.length) throw Check.fail("station", station, "it must be < " + meanWait.length, null);
        return Estimate.of(meanWait[station], METHOD);
    }

    /** End-to-end mean response: sum_i lambda_i (Wq_i + E[S_i]) / sum(gamma) (Little). */
    public Estimate meanResponse() {
        double l = 0;
        for (int i = 0; i < arrivalRates.length; i++) l += arrivalRates[i] * (meanWait[i] + meanService[i]);
        return Estimate.of(l / java.util.Arrays.stream(externalRates).sum(), METHOD);
    }
}
