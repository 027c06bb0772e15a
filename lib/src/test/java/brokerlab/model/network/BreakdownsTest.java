package brokerlab.model.network;

import brokerlab.dist.Exponential;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Replications;
import brokerlab.stats.ConfidenceInterval;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import brokerlab.model.StationMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.*;

class BreakdownsTest {
    @Test
    void availabilityIsMttfOverMttfPlusMttr() {
        // MTTF 10, MTTR 2: A = 10 / 12
        assertEquals(10.0 / 12, new Breakdowns(Exponential.ofMean(10), Exponential.ofMean(2)).availability(), 1e-15);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Breakdowns(null, Exponential.ofMean(1)))
                .getMessage().contains("upTime"));
    }

    /**
     * Mean number in an M/M/1 queue whose server fails at rate f (busy or idle) and is repaired at rate r,
     * preemptive-resume: the CTMC on (n, up/down) of Mitrany &amp; Avi-Itzhak (1968) with c = 1, truncated at n = 400
     * and solved directly (pi Q = 0, sum pi = 1). Transitions: (n,u) -> (n+1,u) at lambda; (n,up) -> (n-1,up) at mu;
     * (n,up) -> (n,down) at f; (n,down) -> (n,up) at r.
     */
    private static double ctmcMeanNumber(double lambda, double mu, double f, double r, int levels) {
        int size = 2 * (levels + 1);
        double[][] q = new double[size][size];
        for (int n = 0; n <= levels; n++) {
            int up = 2 * n, down = 2 * n + 1;
            if (n < levels) { q[up][up + 2] += lambda; q[down][down + 2] += lambda; }
            if (n > 0) q[up][up - 2] += mu;
            q[up][down] += f;
            q[down][up] += r;
        }
        for (int i = 0; i < size; i++) {
            double out = 0;
            for (int j = 0; j < size; j++) if (j != i) out += q[i][j];
            q[i][i] = -out;
        }
        var a = new Array2DRowRealMatrix(size, size);
        for (int i = 0; i < size; i++) for (int j = 0; j < size; j++) a.setEntry(j, i, q[i][j]);
        for (int j = 0; j < size; j++) a.setEntry(size - 1, j, 1.0);   // replace one balance equation by sum pi = 1
        double[] rhs = new double[size];
        rhs[size - 1] = 1;
        double[] pi = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(rhs)).toArray();
        double l = 0;
        for (int i = 0; i < size; i++) l += (i / 2) * pi[i];
        return l;
    }

    @Test
    void mm1WithExponentialBreakdownsMatchesTheCtmcAndTheAvailability() {
        // lambda 0.5, mu 1, MTTF 10, MTTR 2: A = 10/12, effective utilisation 0.5 / (10/12) = 0.6.
        // Utilisation (serving) is lambda / mu = 0.5 and throughput lambda: breakdowns delay work, they do not lose it.
        double lambda = 0.5, mu = 1, f = 0.1, r = 0.5;
        double w = ctmcMeanNumber(lambda, mu, f, r, 400) / lambda;   // Little's law
        double wCoarse = ctmcMeanNumber(lambda, mu, f, r, 300) / lambda;
        assertEquals(w, wCoarse, 1e-6 * w, "truncation must not matter");
        Node s = Node.of("q", 1, Exponential.withRate(mu)).withBreakdowns(new Breakdowns(Exponential.ofMean(1 / f), Exponential.ofMean(1 / r)));
        QueueingNetwork net = QueueingNetwork.builder().station(s).arrivals("q", Exponential.withRate(lambda)).build();
        List<NetworkRun> runs = net.simulate().time(200, 40_000).replications(12).seed(31).run().runs();
        double level = 1 - 0.05 / 4;
        check(w, runs, NetworkRun::meanResponse, level, "mean response");
        check(10.0 / 12, runs, x -> x.node("q").get(StationMonitor.AVAILABILITY), level, "availability");
        check(lambda / mu, runs, x -> x.node("q").get(Metric.UTILIZATION), level, "utilization");
        check(lambda, runs, NetworkRun::throughput, level, "throughput");
    }

    private static void check(double exact, List<NetworkRun> runs, ToDoubleFunction<NetworkRun> metric, double level, String what) {
        ConfidenceInterval ci = Replications.ci(runs, metric, level);
        assertTrue(ci.contains(exact), () -> what + ": exact " + exact + " outside " + ci);
    }
}
