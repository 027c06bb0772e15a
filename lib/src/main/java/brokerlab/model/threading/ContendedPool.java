package brokerlab.model.threading;

import brokerlab.analytic.ThreadingModels;
import brokerlab.dist.Distribution;
import brokerlab.util.Check;

/**
 * A pool of T threads on k cores whose threads slow each other down: with b busy threads each runs at speed
 * min(1, k/b) (1 - overhead (b - 1))^+ of a free core, so the node completes work at rate
 * min(b, k) (1 - overhead (b - 1))^+ (see {@link ThreadingModels} for the law and its exact solution).
 * Messages beyond T wait in one FCFS queue.
 *
 * @param arrivalRate Poisson arrival rate (messages/s)
 * @param service     work per message, in seconds of one uncontended core
 * @param cores       k
 * @param threads     T, pool size
 * @param overhead    a, relative slowdown per additional busy thread (0 = none)
 */
public record ContendedPool(double arrivalRate, Distribution service, int cores, int threads, double overhead) {
    public ContendedPool {
        Check.positive("arrivalRate", arrivalRate);
        Check.notNull("service", service);
        Check.atLeast("cores", cores, 1);
        Check.atLeast("threads", threads, 1);
        Check.nonNegative("overhead", overhead);
        if (!(1 - overhead * (threads - 1) > 0))
            throw Check.fail("threads", threads, "must keep every busy thread productive: 1 - overhead (threads - 1) > 0",
                    "use fewer threads or lower overhead");
        Check.stable("contended pool (threads = " + threads + ", cores = " + cores + ") utilisation",
                arrivalRate * service.mean() / (Math.min(threads, cores) * (1 - overhead * (threads - 1))));
    }

    /** Speed of each of {@code busy} busy threads, relative to a free core. */
    public double speed(int busy) {
        return busy == 0 ? 0 : ThreadingModels.contendedRate(1, cores, overhead, busy) / busy;
    }
}
