package brokerlab.model.arrivals;

import brokerlab.random.RandomStream;

/**
 * A stationary point process of arrivals, described by the three numbers that decide how bursty it looks to a
 * queue (Fischer &amp; Meier-Hellstern, "The Markov-modulated Poisson process (MMPP) cookbook", Performance
 * Evaluation 18, 1993, section 4; Whitt's QNA uses the same two variability measures):
 * <ul>
 * <li>{@link #rate()}: the long-run mean arrival rate lambda;</li>
 * <li>{@link #scv()}: the squared coefficient of variation of one (stationary) inter-arrival time, a
 *     <em>short-range</em> measure that ignores correlation between successive gaps;</li>
 * <li>{@link #idc(double)}: the index of dispersion for counts IDC(t) = Var N(t) / E N(t) of the number of
 *     arrivals N(t) in a window of length t of the stationary process, which does see correlation. It is 1 for
 *     Poisson at every t; for a renewal process IDC(infinity) = SCV; for an MMPP it exceeds the SCV because
 *     gaps in a busy phase are short together.</li>
 * </ul>
 *
 * <p>An {@code ArrivalProcess} is an immutable description that may be shared between threads; a run asks it
 * for a stateful {@link ArrivalSource} bound to that run's random stream. Implementations: {@link Renewal}
 * (i.i.d. gaps from any {@code brokerlab.dist} distribution) and {@link Mmpp2}.
 */
public interface ArrivalProcess {
    /** A fresh generator for one run, started in the stationary regime, drawing from {@code rng}. */
    ArrivalSource source(RandomStream rng);

    /** Long-run arrivals per unit time. */
    double rate();

    /** SCV of a stationary inter-arrival time: Var / mean^2. */
    double scv();

    /** Index of dispersion for counts over a window of length {@code t > 0} of the stationary process. */
    double idc(double t);

    /** lim IDC(t) as t grows; may be {@code Double.POSITIVE_INFINITY} (infinite-variance gaps). */
    double idcLimit();

    /** A short text description, e.g. {@code renewal(exp(rate=2))} or {@code mmpp2(rate0=...,...)}. */
    String spec();
}
