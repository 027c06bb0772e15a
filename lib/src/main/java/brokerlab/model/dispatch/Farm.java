package brokerlab.model.dispatch;

import brokerlab.dist.Distribution;
import brokerlab.model.arrivals.ArrivalProcess;
import brokerlab.model.arrivals.Renewal;
import brokerlab.util.Check;

/**
 * A farm of c identical servers, each with its own FCFS queue, fed by one arrival stream whose requests are
 * dispatched by a {@link PrimaryRouting}: the setting of hedging ({@link HedgingSimulation}) and work stealing
 * ({@link StealingSimulation}). The base utilisation rho = lambda E[S] / c must be below one; hedging without
 * cancellation adds work on top (at d = 0 it doubles), which the simulation measures rather than forbids.
 *
 * @param servers  c >= 1
 * @param arrivals the external arrival process (mean rate lambda)
 * @param service  service time of one copy of a request, drawn afresh for every copy
 * @param primary  where the first copy goes
 */
public record Farm(int servers, ArrivalProcess arrivals, Distribution service, PrimaryRouting primary) {
    public Farm {
        Check.atLeast("servers", servers, 1);
        Check.notNull("arrivals", arrivals);
        Check.notNull("service", service);
        Check.notNull("primary", primary);
        Check.stable("farm utilisation lambda E[S] / c", arrivals.rate() * service.mean() / servers);
    }

    /** Poisson arrivals at {@code lambda}. */
    public static Farm poisson(int servers, double lambda, Distribution service, PrimaryRouting primary) {
        return new Farm(servers, Renewal.poisson(lambda), service, primary);
    }

    /** Base utilisation rho = lambda E[S] / c (no duplicates). */
    public double utilisation() {
        return arrivals.rate() * service.mean() / servers;
    }
}
