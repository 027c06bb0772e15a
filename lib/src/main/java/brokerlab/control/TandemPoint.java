package brokerlab.control;

import brokerlab.analytic.MMc;
import brokerlab.analytic.network.Qna;
import brokerlab.analytic.network.TandemScv;
import brokerlab.util.Check;

/**
 * Where the blast-radius controls stand: a two-stage line, arrivals at one per second with SCV {@code arrivalScv},
 * stage 1 one server at utilisation {@code rho1} with service SCV {@code serviceScv1} (the two-moment fit of
 * {@code Distributions.byMeanAndScv}), stage 2 {@code servers2} exponential servers at utilisation {@code rho2}.
 * The question is notebook 04's: how much of stage 1's variability reaches stage 2, and what assuming Poisson
 * input at stage 2 costs.
 */
public record TandemPoint(double arrivalScv, double rho1, double serviceScv1, int servers2, double rho2) {
    /** External arrival rate, per second: utilisations then read directly as mean service times. */
    public static final double ARRIVAL_RATE = 1.0;

    public TandemPoint {
        Check.nonNegative("arrival SCV", arrivalScv);
        Check.positive("stage-1 utilisation", rho1);
        Check.stable("stage-1 utilisation", rho1);
        Check.nonNegative("stage-1 service SCV", serviceScv1);
        Check.atLeast("stage-2 servers", servers2, 1);
        Check.positive("stage-2 utilisation", rho2);
        Check.stable("stage-2 utilisation", rho2);
    }

    public static TandemPoint defaults() {
        return new TandemPoint(0, 0.8, 4, 2, 0.8);
    }

    public double meanService1() { return rho1 / ARRIVAL_RATE; }

    public double meanService2() { return servers2 * rho2 / ARRIVAL_RATE; }

    /** QNA's SCV along the line (Whitt 1983, eq. 39): arrivals, after stage 1, after stage 2. */
    public double[] qnaScv() {
        return TandemScv.along(arrivalScv, new double[]{rho1, rho2}, new double[]{serviceScv1, 1}, new int[]{1, servers2});
    }

    /** Stage-2 mean wait if its input were Poisson: M/M/c. */
    public double poissonWait2() {
        return new MMc(ARRIVAL_RATE, 1 / meanService2(), servers2).meanWait();
    }

    /** Stage-2 mean wait by QNA with the arrival SCV stage 1 hands on. */
    public double qnaWait2() {
        return new Qna(new double[]{ARRIVAL_RATE, 0}, new double[]{arrivalScv, 1}, new double[][]{{0, 1}, {0, 0}},
                new double[]{meanService1(), meanService2()}, new double[]{serviceScv1, 1}, new int[]{1, servers2})
                .meanWait(1).value();
    }

    public TandemPoint withRho2(double rho) {
        return new TandemPoint(arrivalScv, rho1, serviceScv1, servers2, rho);
    }
}
