package brokerlab.model.arrivals;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.Locale;

/**
 * The two-state Markov-modulated Poisson process (MMPP-2): a hidden phase alternates between state 0 and state 1,
 * staying an exponential time with rate {@code switch01} in state 0 (then moving to 1) and rate {@code switch10}
 * in state 1; while in state i, arrivals are Poisson at {@code rate_i}. A burst is a visit to the faster state.
 * Formulas from W. Fischer &amp; K. Meier-Hellstern, "The Markov-modulated Poisson process (MMPP) cookbook",
 * Performance Evaluation 18 (1993) 149-171, section 4 (their lambda_1, lambda_2, r_1, r_2 are our
 * rate0, rate1, switch01, switch10):
 * <ul>
 * <li>stationary phase pi = (switch10, switch01) / (switch01 + switch10);</li>
 * <li>mean rate lambda = pi_0 rate0 + pi_1 rate1;</li>
 * <li>IDC(t) = 1 + 2 d^2 r1 r2 / (s^2 lambda' ) - 2 d^2 r1 r2 (1 - e^{-s t}) / (s^3 lambda' t), with
 *     d = rate0 - rate1, s = r1 + r2, lambda' = rate0 r2 + rate1 r1 (= s lambda); IDC(infinity) drops the last term.</li>
 * </ul>
 * The stationary inter-arrival time (the gap after a typical arrival) is phase-type with initial vector
 * pi_a = pi Lambda / lambda and generator D0 = Q - Lambda, so E[X^k] = k! pi_a (-D0)^{-k} 1 (cookbook section 4,
 * "interarrival time distribution"); {@link #scv()} evaluates this with the 2 x 2 inverse in closed form.
 * With rate0 = rate1 the phase is irrelevant and the process is Poisson: SCV = IDC = 1.
 *
 * @param rate0    arrival rate in state 0 (>= 0)
 * @param rate1    arrival rate in state 1 (>= 0; not both zero)
 * @param switch01 rate of leaving state 0 for state 1 (mean sojourn in state 0 is 1 / switch01)
 * @param switch10 rate of leaving state 1 for state 0
 */
public record Mmpp2(double rate0, double rate1, double switch01, double switch10) implements ArrivalProcess {
    public Mmpp2 {
        Check.nonNegative("rate0", rate0);
        Check.nonNegative("rate1", rate1);
        if (!(rate0 + rate1 > 0)) {
            throw Check.fail("rate0 + rate1", rate0 + rate1, "at least one state must produce arrivals", "make rate0 or rate1 positive");
        }
        Check.positive("switch01", switch01);
        Check.positive("switch10", switch10);
    }

    /**
     * The MMPP-2 with mean rate {@code rate} whose burst state (state 1) runs {@code burstFactor} times the rate of
     * the calm state 0, occupies fraction {@code burstShare} of the time, and lasts {@code meanBurst} on average.
     * Solves rate = (1 - share) r0 + share r0 factor for r0; switch10 = 1 / meanBurst and
     * switch01 = switch10 share / (1 - share) (so that pi_1 = switch01 / (switch01 + switch10) = share).
     */
    public static Mmpp2 bursts(double rate, double burstFactor, double burstShare, double meanBurst) {
        Check.positive("rate", rate);
        Check.atLeast("burstFactor", burstFactor, 1.0);
        if (!(burstShare > 0 && burstShare < 1)) throw Check.fail("burstShare", burstShare, "it must lie strictly between 0 and 1", "e.g. 0.1");
        Check.positive("meanBurst", meanBurst);
        double r0 = rate / (1 - burstShare + burstShare * burstFactor);
        double s10 = 1 / meanBurst;
        return new Mmpp2(r0, r0 * burstFactor, s10 * burstShare / (1 - burstShare), s10);
    }

    /** Stationary probability of state 0. */
    public double probabilityState0() {
        return switch10 / (switch01 + switch10);
    }

    @Override
    public double rate() {
        double p0 = probabilityState0();
        return p0 * rate0 + (1 - p0) * rate1;
    }

    @Override
    public double idc(double t) {
        Check.positive("t", t);
        double s = switch01 + switch10;
        return idcLimit() - burstTerm() * -Math.expm1(-s * t) / (s * t);
    }

    @Override
    public double idcLimit() {
        return 1 + burstTerm();
    }

    /** 2 d^2 r1 r2 / (s^2 lambda'), the excess of IDC(infinity) over Poisson. */
    private double burstTerm() {
        double d = rate0 - rate1, s = switch01 + switch10;
        double weighted = rate0 * switch10 + rate1 * switch01;
        return 2 * d * d * switch01 * switch10 / (s * s * weighted);
    }

    @Override
    public double scv() {
        // M = -D0 = [[a, -r01], [-r10, b]], M^{-1} = [[b, r01], [r10, a]] / det.
        double a = rate0 + switch01, b = rate1 + switch10;
        double det = a * b - switch01 * switch10;
        double lambda = rate();
        double p0 = probabilityState0();
        double v0 = p0 * rate0 / lambda, v1 = (1 - p0) * rate1 / lambda;        // pi_a
        double w0 = (v0 * b + v1 * switch10) / det, w1 = (v0 * switch01 + v1 * a) / det;   // pi_a M^{-1}
        double m1 = w0 + w1;                                                       // = 1 / lambda
        double u0 = (w0 * b + w1 * switch10) / det, u1 = (w0 * switch01 + w1 * a) / det;  // pi_a M^{-2}
        double m2 = 2 * (u0 + u1);
        return m2 / (m1 * m1) - 1;
    }

    /**
     * A source started from the stationary phase. In state i the next event comes after an exponential time at
     * rate_i + switch_i and is an arrival with probability rate_i / (rate_i + switch_i), else a phase change
     * (competing exponentials); the gap accumulates over phase changes until an arrival.
     */
    @Override
    public ArrivalSource source(RandomStream rng) {
        Check.notNull("rng", rng);
        return new ArrivalSource() {
            private int state = rng.nextDouble() < probabilityState0() ? 0 : 1;

            @Override
            public double next() {
                double gap = 0;
                while (true) {
                    double arrive = state == 0 ? rate0 : rate1;
                    double leave = state == 0 ? switch01 : switch10;
                    double total = arrive + leave;
                    gap += rng.nextExponential() / total;
                    if (rng.nextDouble() * total < arrive) return gap;
                    state = 1 - state;
                }
            }
        };
    }

    @Override
    public String spec() {
        return String.format(Locale.ROOT, "mmpp2(rate0=%.6g,rate1=%.6g,switch01=%.6g,switch10=%.6g)", rate0, rate1, switch01, switch10);
    }
}
