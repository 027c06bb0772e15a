package brokerlab.stats.tail;

import brokerlab.util.Check;

import java.util.Locale;

/**
 * A generalized Pareto fit to the exceedances Y = X - u over a threshold u, P(Y > y) = (1 + xi y / sigma)^(-1/xi),
 * with {@code exceedances} of {@code n} observations above u. xi > 0 is a power-law tail with index alpha = 1/xi;
 * xi = 0 exponential; xi &lt; 0 a bounded tail.
 */
public record GpdFit(double threshold, double xi, double sigma, int exceedances, int n, String method) {

    /** The tail index 1/xi (infinite when xi &lt;= 0: no power-law tail). */
    public double alpha() {
        return xi > 0 ? 1 / xi : Double.POSITIVE_INFINITY;
    }

    /** Fraction of observations above the threshold. */
    public double exceedanceRate() {
        return (double) exceedances / n;
    }

    /**
     * The q-quantile of X from the tail model, valid for q above 1 - exceedanceRate():
     * x_q = u + sigma/xi [((1-q)/zeta)^(-xi) - 1], zeta = exceedanceRate (Coles 2001, eq. 4.13).
     */
    public double quantile(double q) {
        Check.openUnit("q", q);
        double zeta = exceedanceRate();
        if (1 - q > zeta) {
            throw Check.fail("q", q, "it lies below the threshold's level " + (1 - zeta),
                    "the tail model only describes quantiles above the threshold; use the empirical quantile");
        }
        double r = (1 - q) / zeta;
        return Math.abs(xi) < 1e-12 ? threshold - sigma * Math.log(r) : threshold + sigma / xi * (Math.pow(r, -xi) - 1);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GPD above %.4g: xi = %.3f (alpha = %.3f), sigma = %.4g, %d of %d exceed (%s)",
                threshold, xi, alpha(), sigma, exceedances, n, method);
    }
}
