package brokerlab.model.network;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The traffic equations of an open network, lambda_j = gamma_j + sum_i lambda_i P_ij, i.e.
 * (I - P^T) lambda = gamma, where gamma is the external arrival rate into each station and P the routing matrix
 * (Jackson 1957; Kleinrock, <i>Queueing Systems</i> vol. 1, 1975, 4.8). The solution is the total arrival rate
 * into each station, counting every visit of a job that loops back (a retransmission). It exists and is unique
 * when every station can reach the exit, which {@link Network} checks before calling this.
 */
public final class TrafficEquations {
    private TrafficEquations() {}

    /** Total arrival rate into each station for routing matrix {@code routing} and external rates {@code external}. */
    public static double[] solve(double[][] routing, double[] external) {
        int n = external.length;
        RealMatrix a = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) a.setEntry(j, i, (i == j ? 1.0 : 0.0) - routing[i][j]);
        }
        return new LUDecomposition(a).getSolver().solve(new ArrayRealVector(external)).toArray();
    }
}
