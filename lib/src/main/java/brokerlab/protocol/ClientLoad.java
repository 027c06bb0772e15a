package brokerlab.protocol;

import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import brokerlab.util.Check;

import java.util.function.LongConsumer;

/**
 * Open-loop Poisson client: operations 0, 1, 2, ... arrive at {@code ratePerSecond} (exponential gaps drawn from
 * the ARRIVALS stream) until {@code until} ms. Open loop, so a slow protocol builds a backlog instead of slowing the
 * clients down, as independent producers do.
 */
public final class ClientLoad {
    private ClientLoad() {}

    public static void start(Simulator sim, RandomStream rng, double ratePerSecond, double from, double until, LongConsumer submit) {
        Check.positive("clientRate", ratePerSecond);
        double meanGapMs = 1000.0 / ratePerSecond;
        long[] next = {0};
        Runnable[] arrive = new Runnable[1];
        arrive[0] = () -> {
            submit.accept(next[0]++);
            double gap = meanGapMs * rng.nextExponential();
            if (sim.now() + gap < until) sim.schedule(gap, arrive[0]);
        };
        double first = from + meanGapMs * rng.nextExponential();
        if (first < until) sim.schedule(first - sim.now(), arrive[0]);
    }
}
