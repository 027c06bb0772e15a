package brokerlab.model.dispatch;

import brokerlab.dist.Distribution;
import brokerlab.experiment.RunLength;
import brokerlab.model.arrivals.ArrivalSource;
import brokerlab.random.RandomStream;
import brokerlab.sim.EventHandler;
import brokerlab.sim.Simulator;

/**
 * What {@link HedgingEvents} and {@link StealingEvents} share, kept once so that both draw and measure alike (hedging
 * with an infinite delay then reproduces separate queues exactly): the streams (gaps from ARRIVALS, service from
 * SERVICE, the primary choice from ROUTING), arrivals until the window ends, the {@link RequestTally}, and the run
 * itself: warm-up, the measured window, then the drain.
 */
abstract class FarmEvents implements EventHandler {
    static final int ARRIVAL = 0, DEPARTURE = 1;

    final Simulator sim = new Simulator(this, 256);
    final int c;
    final RequestTally tally;
    final RandomStream routingRng;
    private final Distribution service;
    private final PrimaryRouting primary;
    private final ArrivalSource gaps;
    private final RandomStream serviceRng;
    private long decisions;

    FarmEvents(Farm farm, RunLength.Time length, long seed, int replication) {
        c = farm.servers();
        service = farm.service();
        primary = farm.primary();
        gaps = farm.arrivals().source(RandomStream.of(seed, replication, RandomStream.ARRIVALS));
        serviceRng = RandomStream.of(seed, replication, RandomStream.SERVICE);
        routingRng = RandomStream.of(seed, replication, RandomStream.ROUTING);
        tally = new RequestTally(length.warmup(), length.end(), c, service.mean());
    }

    /** Runs the replication to the end of the drain and returns what the window's requests saw. */
    final DispatchRun play() {
        scheduleArrival(0);
        sim.run();
        tally.advance(sim.now());
        return tally.result();
    }

    /** The next arrival after {@code now}, unless it falls after the window: then the farm drains. */
    final void scheduleArrival(double now) {
        double at = now + gaps.next();
        if (at < tally.end()) sim.scheduleAt(at, 0, ARRIVAL, 0);
    }

    /** The server of the next request's first copy. */
    final int choosePrimary() {
        return primary.choose(c, decisions++, routingRng);
    }

    /** A fresh service time for a copy that starts now. */
    final double serviceTime() {
        return service.sample(serviceRng);
    }
}
