package brokerlab.analytic.network;

import brokerlab.util.Check;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Validation of an open network's routing matrix and the traffic equations lambda = gamma + P^T lambda
 * (Jackson 1957; Bolch et al. 2006, <i>Queueing Networks and Markov Chains</i>, §7.1), solved by LU
 * decomposition (commons-math3). Shared by {@link Jackson}, {@link Qna} and the simulated
 * {@code brokerlab.model.network.QueueingNetwork}.
 */
public final class Routing {
    private Routing() {}

    static void validate(double[] externalRates, double[][] routing) {
        Check.notNull("externalRates", externalRates);
        Check.notNull("routing", routing);
        int n = externalRates.length;
        Check.atLeast("externalRates.length", n, 1);
        if (routing.length != n) {
            throw Check.fail("routing.length", routing.length, "it must equal the number of stations (" + n + ")",
                    "give one routing row per station");
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Check.nonNegative("externalRates[" + i + "]", externalRates[i]);
            if (routing[i] == null || routing[i].length != n) {
                throw Check.fail("routing[" + i + "].length", routing[i] == null ? "null" : routing[i].length,
                        "it must be " + n, "routing[i][j] = P(a job leaving station i goes to station j)");
            }
            double row = 0;
            for (int j = 0; j < n; j++) row += Check.probability("routing[" + i + "][" + j + "]", routing[i][j]);
            if (row > 1 + 1e-9) {
                throw Check.fail("sum(routing[" + i + "])", row, "it must be <= 1 (the rest leaves the network)", null);
            }
        }
        if (!(total > 0)) throw Check.fail("sum(externalRates)", total, "it must be > 0", "let some jobs in");
    }

    /**
     * Total arrival rates per station (every visit counted, so a job that loops back counts again) for external
     * rates gamma and routing matrix P (P[i][j] = probability that a job leaving i goes to j); fails if some jobs
     * can never leave.
     */
    public static double[] solveTraffic(double[] externalRates, double[][] routing) {
        int n = externalRates.length;
        RealMatrix a = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            a.setEntry(i, i, 1);
            for (int j = 0; j < n; j++) a.addToEntry(j, i, -routing[i][j]);
        }
        LUDecomposition lu = new LUDecomposition(a, 1e-12);
        if (!lu.getSolver().isNonSingular()) {
            throw Check.fail("routing", "matrix", "I - P^T is singular: some jobs can never leave the network",
                    "give every closed loop of stations an exit probability");
        }
        double[] lambda = lu.getSolver().solve(new ArrayRealVector(externalRates)).toArray();
        for (int i = 0; i < n; i++) {
            if (lambda[i] < -1e-9) {
                throw Check.fail("routing", "matrix", "traffic equations give a negative rate at station " + i,
                        "check that each row holds exit probabilities of that station");
            }
            lambda[i] = Math.max(0, lambda[i]);
        }
        return lambda;
    }
}
