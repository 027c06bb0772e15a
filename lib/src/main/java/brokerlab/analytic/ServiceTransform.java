package brokerlab.analytic;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;
import org.apache.commons.math3.complex.Complex;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Laplace–Stieltjes transform S*(s) = E[e^{-s S}] of a service time, for the families where it is closed-form
 * and therefore usable in numerical transform inversion ({@link MG1#responsePercentile(double)}): exponential,
 * deterministic, Erlang-k and hyperexponential (Kleinrock 1975 vol. 1, Appendix II; Tijms 2003 Appendix B).
 * Heavy-tailed families (Pareto, lognormal, Weibull) have no closed-form LST and are deliberately absent.
 */
public sealed interface ServiceTransform {

    /** S*(s) for complex s with Re(s) &gt; 0. */
    Complex lst(Complex s);

    /**
     * (1 - S*(s)) / s, the Laplace transform of the tail P(S &gt; t), written so that it keeps its digits as
     * s goes to 0 (where it tends to E[S]): 1 - S*(s) formed by subtraction loses all of them once |s| E[S]
     * nears the rounding error, and transform inversion for large t evaluates exactly there.
     */
    Complex tailTransform(Complex s);

    /**
     * (E[S] - R(s)) / s with R the {@link #tailTransform}: the transform of the integrated tail
     * int_t^inf P(S &gt; u) du, tending to E[S^2] / 2 as s goes to 0. The M/G/1 transforms divide by s exactly
     * there, so it is written in each family's closed form (or series) rather than by subtraction.
     */
    Complex integratedTailTransform(Complex s);

    /**
     * The abscissa of convergence on the left: the largest x with E[e^{x S}] finite (so S*(s) is analytic for
     * Re(s) &gt; -x): the rate of an exponential, k / mean for Erlang-k, the smallest rate of a hyperexponential,
     * infinity for a constant. Bounds the decay rate of the M/G/1 tail ({@link MG1}).
     */
    double abscissa();

    double mean();

    double secondMoment();

    /**
     * The closed-form transform of a service distribution: exponential, deterministic, Erlang-k and the two-branch
     * hyperexponential of {@code brokerlab.dist}; empty for every other family (no closed-form LST).
     */
    static Optional<ServiceTransform> of(Distribution service) {
        Check.notNull("service", service);
        if (service instanceof brokerlab.dist.Exponential e) return Optional.of(new Exponential(e.rate()));
        if (service instanceof brokerlab.dist.Deterministic d) return Optional.of(new Deterministic(d.value()));
        if (service instanceof brokerlab.dist.Erlang e) return Optional.of(new Erlang(e.k(), e.mean()));
        if (service instanceof brokerlab.dist.Hyperexponential h) {
            return Optional.of(new Hyperexponential(new double[]{h.p1(), 1 - h.p1()}, new double[]{h.rate1(), h.rate2()}));
        }
        return Optional.empty();
    }

    /** Exp(rate): S*(s) = mu / (mu + s). */
    record Exponential(double rate) implements ServiceTransform {
        public Exponential { Check.positive("rate", rate); }
        @Override public Complex lst(Complex s) { return new Complex(rate).divide(s.add(rate)); }
        /** (1 - mu / (mu + s)) / s = 1 / (mu + s). */
        @Override public Complex tailTransform(Complex s) { return s.add(rate).reciprocal(); }
        @Override public double abscissa() { return rate; }
        /** (1/mu - 1/(mu + s)) / s = 1 / (mu (mu + s)). */
        @Override public Complex integratedTailTransform(Complex s) { return s.add(rate).multiply(rate).reciprocal(); }
        @Override public double mean() { return 1 / rate; }
        @Override public double secondMoment() { return 2 / (rate * rate); }
    }

    /** Constant service d: S*(s) = e^{-s d}. */
    record Deterministic(double value) implements ServiceTransform {
        public Deterministic { Check.positive("value", value); }
        @Override public Complex lst(Complex s) { return s.multiply(-value).exp(); }
        /** -expm1(-s d) / s, with the complex expm1 formed from real expm1 and sin (no cancellation near 0). */
        @Override public Complex tailTransform(Complex s) {
            if (s.getReal() == 0 && s.getImaginary() == 0) return new Complex(value);   // the limit E[S]
            Complex z = s.multiply(-value);
            double x = z.getReal(), y = z.getImaginary(), half = Math.sin(y / 2);
            // e^{x + iy} - 1 = (expm1(x) cos y - 2 sin^2(y/2)) + i e^x sin y
            Complex expm1 = new Complex(Math.expm1(x) * Math.cos(y) - 2 * half * half, Math.exp(x) * Math.sin(y));
            return expm1.negate().divide(s);
        }
        @Override public double abscissa() { return Double.POSITIVE_INFINITY; }
        /** D^2 phi(s D) with phi(z) = (e^{-z} - 1 + z) / z^2 = sum_{m &gt;= 0} (-z)^m / (m + 2)!, by series for |z| &lt;= 1. */
        @Override public Complex integratedTailTransform(Complex s) {
            Complex z = s.multiply(value);
            Complex phi;
            if (z.abs() <= 1) {
                Complex term = new Complex(0.5), sum = Complex.ZERO;
                for (int m = 0; m < 30; m++) {
                    sum = sum.add(term);
                    term = term.multiply(z.negate()).divide(m + 3);
                }
                phi = sum;
            } else {
                phi = z.negate().exp().subtract(1).add(z).divide(z.multiply(z));
            }
            return phi.multiply(value * value);
        }
        @Override public double mean() { return value; }
        @Override public double secondMoment() { return value * value; }
    }

    /** Erlang with k phases and the given mean (SCV 1/k): S*(s) = (k/m / (k/m + s))^k. */
    record Erlang(int phases, double mean) implements ServiceTransform {
        public Erlang {
            Check.atLeast("phases", phases, 1);
            Check.positive("mean", mean);
        }
        @Override public Complex lst(Complex s) {
            double r = phases / mean;
            return new Complex(r).divide(s.add(r)).pow(phases);
        }
        /** With w = r / (r + s): (1 - w^k) / s = (1 - w) / s * sum_{j &lt; k} w^j = sum_{j &lt; k} w^j / (r + s). */
        @Override public Complex tailTransform(Complex s) {
            double r = phases / mean;
            Complex w = new Complex(r).divide(s.add(r)), power = Complex.ONE, sum = Complex.ZERO;
            for (int j = 0; j < phases; j++) {
                sum = sum.add(power);
                power = power.multiply(w);
            }
            return sum.divide(s.add(r));
        }
        @Override public double abscissa() { return phases / mean; }
        /**
         * With w = r / (r + s): E[S] - R(s) = s sum_{j &lt; k} sum_{i &lt;= j} w^i / (r (r + s)), so
         * (E[S] - R(s)) / s = sum_{i &lt; k} (k - i) w^i / (r (r + s)).
         */
        @Override public Complex integratedTailTransform(Complex s) {
            double r = phases / mean;
            Complex w = new Complex(r).divide(s.add(r)), power = Complex.ONE, sum = Complex.ZERO;
            for (int i = 0; i < phases; i++) {
                sum = sum.add(power.multiply(phases - i));
                power = power.multiply(w);
            }
            return sum.divide(s.add(r).multiply(r));
        }
        @Override public double secondMoment() { return mean * mean * (1 + 1.0 / phases); }
    }

    /** Mixture of exponentials: with probability p_i, Exp(rate_i). S*(s) = sum p_i mu_i / (mu_i + s). */
    record Hyperexponential(double[] probabilities, double[] rates) implements ServiceTransform {
        public Hyperexponential {
            Check.notNull("probabilities", probabilities);
            Check.notNull("rates", rates);
            if (probabilities.length != rates.length || rates.length == 0) {
                throw Check.fail("rates.length", rates.length, "it must equal probabilities.length ("
                        + probabilities.length + ") and be >= 1", "give one rate per branch");
            }
            double sum = 0;
            for (int i = 0; i < rates.length; i++) {
                Check.probability("probabilities[" + i + "]", probabilities[i]);
                Check.positive("rates[" + i + "]", rates[i]);
                sum += probabilities[i];
            }
            if (Math.abs(sum - 1) > 1e-9) {
                throw Check.fail("sum(probabilities)", sum, "it must be 1", "normalise the branch probabilities");
            }
            probabilities = probabilities.clone();
            rates = rates.clone();
        }

        /**
         * The two-branch H2 with balanced means (Whitt 1982; Tijms 2003 Appendix B) for a given mean and SCV &gt; 1:
         * p = (1 + sqrt((scv-1)/(scv+1)))/2, rates 2p/m and 2(1-p)/m.
         */
        public static Hyperexponential balanced(double mean, double scv) {
            Check.positive("mean", mean);
            Check.greaterThan("scv", scv, 1);
            double p = 0.5 * (1 + Math.sqrt((scv - 1) / (scv + 1)));
            return new Hyperexponential(new double[]{p, 1 - p}, new double[]{2 * p / mean, 2 * (1 - p) / mean});
        }

        @Override public double[] probabilities() { return probabilities.clone(); }
        @Override public double[] rates() { return rates.clone(); }

        @Override public Complex lst(Complex s) {
            Complex sum = Complex.ZERO;
            for (int i = 0; i < rates.length; i++) {
                sum = sum.add(new Complex(rates[i] * probabilities[i]).divide(s.add(rates[i])));
            }
            return sum;
        }
        /** sum p_i (1 - mu_i / (mu_i + s)) / s = sum p_i / (mu_i + s). */
        @Override public Complex tailTransform(Complex s) {
            Complex sum = Complex.ZERO;
            for (int i = 0; i < rates.length; i++) sum = sum.add(new Complex(probabilities[i]).divide(s.add(rates[i])));
            return sum;
        }
        /** sum p_i / (mu_i (mu_i + s)). */
        @Override public Complex integratedTailTransform(Complex s) {
            Complex sum = Complex.ZERO;
            for (int i = 0; i < rates.length; i++) sum = sum.add(s.add(rates[i]).multiply(rates[i]).reciprocal().multiply(probabilities[i]));
            return sum;
        }
        @Override public double abscissa() {
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < rates.length; i++) if (probabilities[i] > 0) min = Math.min(min, rates[i]);
            return min;
        }
        @Override public double mean() {
            double m = 0;
            for (int i = 0; i < rates.length; i++) m += probabilities[i] / rates[i];
            return m;
        }
        @Override public double secondMoment() {
            double m = 0;
            for (int i = 0; i < rates.length; i++) m += 2 * probabilities[i] / (rates[i] * rates[i]);
            return m;
        }
        @Override public boolean equals(Object o) {
            return o instanceof Hyperexponential h && Arrays.equals(probabilities, h.probabilities)
                    && Arrays.equals(rates, h.rates);
        }
        @Override public int hashCode() { return 31 * Arrays.hashCode(probabilities) + Arrays.hashCode(rates); }
        @Override public String toString() {
            return "Hyperexponential" + Arrays.toString(probabilities) + Arrays.toString(rates);
        }
    }
}
