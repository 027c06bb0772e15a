/**
 * Arrival processes beyond the renewal stream: an {@link brokerlab.model.arrivals.ArrivalProcess} is an immutable
 * description (mean rate, inter-arrival SCV, index of dispersion for counts IDC(t)) and hands each run a stateful
 * {@link brokerlab.model.arrivals.ArrivalSource} bound to that run's random stream.
 * {@link brokerlab.model.arrivals.Renewal} wraps any {@code brokerlab.dist} distribution;
 * {@link brokerlab.model.arrivals.Mmpp2} is the two-state Markov-modulated Poisson process of Fischer &amp;
 * Meier-Hellstern (1993), the standard model of bursty traffic whose gaps are correlated, so its IDC exceeds its SCV.
 *
 * <p>Thread contract: processes are immutable and shareable; a source belongs to one run.
 *
 * <pre>{@code
 * Mmpp2 p = Mmpp2.bursts(1.0, 5, 0.1, 20);   // mean rate 1, bursts 5x as fast, 10% of the time, 20 long
 * p.rate();        // 1.0
 * p.scv();         // > 1: short-range burstiness
 * p.idcLimit();    // much larger: bursts last many gaps
 * ArrivalSource gaps = p.source(RandomStream.of(42, RandomStream.ARRIVALS));
 * double first = gaps.next();
 * }</pre>
 */
package brokerlab.model.arrivals;
