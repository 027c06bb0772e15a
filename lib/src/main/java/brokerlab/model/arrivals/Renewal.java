package brokerlab.model.arrivals;

import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/**
 * A renewal process: independent inter-arrival times, all drawn from {@code interArrival}. With an
 * {@link Exponential} it is the Poisson process. Rate 1/E[X], SCV that of X, and IDC(infinity) = SCV
 * (Cox, <i>Renewal Theory</i>, 1962, section 4.5: Var N(t) ~ SCV t / E[X]).
 *
 * <p>IDC(t) for finite t comes from the stationary (equilibrium) renewal process, whose count variance is
 * Var N(t) = lambda integral_0^t [2 H(u) + 1 - 2 lambda u] du with H the renewal function of the ordinary process
 * (Cox 1962, eq. 4.5.4; Daley &amp; Vere-Jones 2003, 3.5). H solves the renewal equation
 * H = F + H * F, solved on a grid by {@link RenewalFunction} (exact for the exponential, IDC = 1).
 * A source draws the first gap from X itself, not from the equilibrium distribution: the usual simulation
 * convention, and the one {@code Network}'s distribution path uses, so both give the same numbers.
 *
 * @param interArrival the distribution of the times between arrivals
 */
public record Renewal(Distribution interArrival) implements ArrivalProcess {
    public Renewal {
        Check.notNull("interArrival", interArrival);
    }

    /** The Poisson process at {@code rate}: exponential gaps. */
    public static Renewal poisson(double rate) {
        return new Renewal(Exponential.withRate(rate));
    }

    @Override
    public ArrivalSource source(RandomStream rng) {
        Check.notNull("rng", rng);
        Distribution x = interArrival;
        return () -> x.sample(rng);
    }

    @Override public double rate() { return interArrival.rate(); }
    @Override public double scv() { return interArrival.scv(); }
    @Override public double idcLimit() { return interArrival.scv(); }

    @Override
    public double idc(double t) {
        Check.positive("t", t);
        if (interArrival instanceof Exponential) return 1.0;
        if (interArrival.hasInfiniteVariance()) {
            throw Check.fail("interArrival", interArrival.spec(), "IDC(t) needs a finite-variance inter-arrival time",
                    "use idcLimit() (infinite) or a distribution with SCV < infinity");
        }
        return RenewalFunction.countVariance(interArrival, t) / (rate() * t);
    }

    @Override
    public String spec() {
        return "renewal(" + interArrival.spec() + ")";
    }
}
