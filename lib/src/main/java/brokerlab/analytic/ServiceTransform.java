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
        @Override public double mean() { return 1 / rate; }
        @Override public double secondMoment() { return 2 / (rate * rate); }
    }

    /** Constant service d: S*(s) = e^{-s d}. */
    record Deterministic(double value) implements ServiceTransform {
        public Deterministic { Check.positive("value", value); }
        @Override public Complex lst(Complex s) { return s.multiply(-value).exp(); }
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
