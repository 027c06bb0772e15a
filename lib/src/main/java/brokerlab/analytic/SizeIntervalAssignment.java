package brokerlab.analytic;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;
import org.apache.commons.math3.analysis.integration.RombergIntegrator;

import java.util.Arrays;

/**
 * Size-interval task assignment (SITA) over c identical FCFS servers with Poisson arrivals: a job of size s goes to
 * server i when cutoff[i-1] &lt;= s &lt; cutoff[i] (cutoff[-1] = 0, cutoff[c-1] = infinity). Poisson thinning by an
 * independent mark keeps each server's input Poisson at rate lambda p_i, and its service time is S conditioned on
 * the interval, so every server is an independent M/G/1 queue and the Pollaczek–Khinchine formula is exact
 * (M. Harchol-Balter, <i>Performance Modeling and Design of Computer Systems</i>, 2013, §24.3; M. Crovella,
 * M. Harchol-Balter, C. Murta, "Task assignment in a distributed system", SIGMETRICS 1998, for SITA-E). Then
 * E[T] = sum_i p_i (E[S_i] + lambda p_i E[S_i^2] / (2 (1 - lambda p_i E[S_i]))).
 *
 * <p>Why it cures heavy tails: the short-job servers see a truncated service time whose second moment is small,
 * so the many small jobs no longer queue behind the rare huge ones. Only the last server keeps the tail.
 *
 * <p>Partial moments come from integration by parts, E[S^k; S &lt; x] = integral over [0, x] of k t^(k-1) (1 - F(t)) dt
 * - x^k (1 - F(x)), whose integrand is smooth and bounded, by Romberg quadrature (relative accuracy 1e-10);
 * the last interval's moments are the full moments minus the rest, so an infinite second moment stays infinite there.
 */
public final class SizeIntervalAssignment {
    private static final String METHOD = "SITA: independent M/G/1 queues, Pollaczek–Khinchine (exact)";
    private final double arrivalRate;
    private final Distribution service;
    private final double[] cutoffs;
    private final double[] probability, mean, secondMoment;

    /** @param cutoffs c − 1 strictly increasing positive job sizes separating the c servers' intervals */
    public SizeIntervalAssignment(double arrivalRate, Distribution service, double... cutoffs) {
        Check.positive("arrivalRate", arrivalRate);
        Check.notNull("service", service);
        Check.notNull("cutoffs", cutoffs);
        for (int i = 0; i < cutoffs.length; i++) {
            Check.positive("cutoffs[" + i + "]", cutoffs[i]);
            if (Double.isInfinite(cutoffs[i]) || (i > 0 && !(cutoffs[i] > cutoffs[i - 1]))) {
                throw Check.fail("cutoffs", Arrays.toString(cutoffs), "they must be finite and strictly increasing",
                        "sort them and drop duplicates");
            }
        }
        Check.stable(arrivalRate * service.mean() / (cutoffs.length + 1));
        this.arrivalRate = arrivalRate;
        this.service = service;
        this.cutoffs = cutoffs.clone();
        int c = cutoffs.length + 1;
        probability = new double[c];
        mean = new double[c];
        secondMoment = new double[c];
        double f0 = 0, m1 = 0, m2 = 0;     // cumulative P, E[S; S < x], E[S^2; S < x] up to the previous cutoff
        for (int i = 0; i < c; i++) {
            double f1, p1, p2;
            if (i < c - 1) {
                f1 = service.cdf(cutoffs[i]);
                p1 = partialMoment(service, cutoffs[i], 1);
                p2 = partialMoment(service, cutoffs[i], 2);
            } else {
                f1 = 1;
                p1 = service.mean();
                p2 = service.secondMoment();
            }
            probability[i] = f1 - f0;
            if (!(probability[i] > 0)) {
                throw Check.fail("cutoffs", Arrays.toString(cutoffs), "every interval must have positive probability (server "
                        + i + " would get no jobs)", "move the cutoffs apart");
            }
            mean[i] = (p1 - m1) / probability[i];
            secondMoment[i] = Double.isInfinite(p2) ? p2 : (p2 - m2) / probability[i];
            f0 = f1;
            m1 = p1;
            m2 = p2;
        }
    }

    /** E[S^k; S &lt; x], k = 1 or 2, by parts (see the class comment). */
    static double partialMoment(Distribution d, double x, int k) {
        if (x <= 0) return 0;
        // Romberg rather than Gauss–Legendre: the 32-point Legendre rule costs seconds to build on first use
        var integrator = new RombergIntegrator(1e-10, 1e-14, 3, RombergIntegrator.ROMBERG_MAX_ITERATIONS_COUNT);
        double integral = integrator.integrate(10_000_000, t -> k * Math.pow(t, k - 1) * (1 - d.cdf(t)), 0, x);
        return integral - Math.pow(x, k) * (1 - d.cdf(x));
    }

    /**
     * The SITA-E cutoffs: each of the c servers receives the same share 1/c of the work, E[S; interval i] = E[S]/c
     * (Crovella, Harchol-Balter &amp; Murta 1998). Found by Brent's method on the partial first moment.
     */
    public static double[] equalLoadCutoffs(Distribution service, int servers) {
        Check.notNull("service", service);
        Check.atLeast("servers", servers, 1);
        double[] cut = new double[servers - 1];
        for (int i = 0; i < cut.length; i++) {
            double target = service.mean() * (i + 1) / servers;
            double hi = service.mean();
            while (partialMoment(service, hi, 1) < target) hi *= 2;       // bracket: the partial mean rises to E[S]
            cut[i] = Roots.brent("SITA-E cutoff " + (i + 1) + " of " + service, x -> partialMoment(service, x, 1) - target,
                    0, hi, 1e-12, 1e-12);
        }
        return cut;
    }

    public int servers() { return probability.length; }

    public double[] cutoffs() { return cutoffs.clone(); }

    /** Fraction of jobs sent to server i. */
    public double probability(int server) { return probability[checkServer(server)]; }

    /** Utilisation lambda p_i E[S_i] of server i. */
    public double serverUtilization(int server) { return arrivalRate * probability[checkServer(server)] * mean[server]; }

    /** The M/G/1 queue server i forms. */
    public MG1 server(int server) {
        checkServer(server);
        return MG1.of(arrivalRate * probability[server], mean[server], secondMoment[server]);
    }

    /** Overall mean response sum_i p_i E[T_i]; infinite when a server is unstable or its interval has infinite variance. */
    public Estimate meanResponse() {
        double t = 0;
        for (int i = 0; i < servers(); i++) {
            if (!(serverUtilization(i) < 1)) {
                return Estimate.infinite(METHOD, String.format(java.util.Locale.ROOT, "server %d (jobs of size in [%s, %s)) has "
                        + "utilisation %.4g >= 1; move the cutoffs to balance the load", i, i == 0 ? "0" : cutoffs[i - 1],
                        i == cutoffs.length ? "inf" : cutoffs[i], serverUtilization(i)));
            }
            Estimate e = server(i).meanResponse();
            if (!e.isFinite()) return Estimate.infinite(METHOD, "server " + i + ": " + e);
            t += probability[i] * e.value();
        }
        return Estimate.of(t, METHOD);
    }

    private int checkServer(int server) {
        if (server < 0 || server >= probability.length) {
            throw Check.fail("server", server, "it must be in [0, " + probability.length + ")", null);
        }
        return server;
    }
}
