package brokerlab.analytic;

import brokerlab.util.Check;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The stationary distribution pi of a small irreducible continuous-time Markov chain: pi Q = 0, sum pi = 1,
 * solved directly by LU decomposition (commons-math3) after replacing one balance equation by the
 * normalisation (Stewart 1994, <i>Introduction to the Numerical Solution of Markov Chains</i>, §2.3).
 * Dense, so meant for chains of at most a few thousand states.
 */
public final class StationaryDistribution {
    private StationaryDistribution() {}

    /**
     * @param rates off-diagonal transition rates, rates[i][j] from state i to j; the diagonal is ignored and
     *              rebuilt so that rows of the generator sum to zero
     */
    public static double[] solve(double[][] rates) {
        Check.notNull("rates", rates);
        int n = rates.length;
        RealMatrix a = new Array2DRowRealMatrix(n, n);   // a = Q^T with the last row replaced by ones
        for (int i = 0; i < n; i++) {
            double out = 0;
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                double r = rates[i][j];
                if (!(r >= 0) || Double.isInfinite(r)) {
                    throw Check.fail("rates[" + i + "][" + j + "]", r, "it must be a finite rate >= 0", null);
                }
                a.addToEntry(j, i, r);
                out += r;
            }
            a.addToEntry(i, i, -out);
        }
        for (int j = 0; j < n; j++) a.setEntry(n - 1, j, 1);
        double[] b = new double[n];
        b[n - 1] = 1;
        double[] pi;
        try {
            pi = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(b, false)).toArray();
        } catch (SingularMatrixException e) {
            // singular exactly when the chain has more than one closed class: the stationary law is not unique
            throw Check.fail("rates", n + " states", "the chain is not irreducible (its generator is singular)",
                    "make every state reachable from every other");
        }
        for (int i = 0; i < n; i++) pi[i] = Math.max(0, pi[i]);   // round-off only: pi >= 0 for an irreducible chain
        return pi;
    }
}
