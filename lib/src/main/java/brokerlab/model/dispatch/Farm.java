package brokerlab.model.dispatch;

import brokerlab.dist.Distribution;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.model.arrivals.ArrivalProcess;
import brokerlab.model.arrivals.Renewal;
import brokerlab.util.Check;

/**
 * A farm of c identical servers fed by one arrival stream, ready to simulate: requests are placed by a
 * {@link PrimaryRouting} and served under a {@link FarmPolicy}, either a {@link Dispatch} rule (separate queues,
 * work stealing, one shared queue) or {@link Hedging}. The base utilization rho = lambda E[S] / c must be below
 * one; hedging without cancellation adds work on top (at d = 0 it doubles), which the simulation measures rather
 * than forbids.
 * <pre>{@code
 * Farm farm = Farm.poisson(4, 2.0, Distributions.hyperexponential(1, 10), PrimaryRouting.RANDOM);   // rho 0.5
 * DispatchRun plain = farm.run(RunLength.time(200, 5000), 42, 0);
 * DispatchRun hedged = farm.withPolicy(Hedging.after(2)).run(RunLength.time(200, 5000), 42, 0);
 * hedged.p99() < plain.p99();      // about 4 against about 60 time units
 * }</pre>
 * Run length: the farm runs on its clock, so {@link RunLength.Time} is native (the requests arriving in the window
 * after the warm-up are measured, then the farm drains); a customer length is converted at the arrival rate.
 *
 * @param servers  c >= 1 (at least 2 to hedge)
 * @param arrivals the external arrival process (mean rate lambda)
 * @param service  service time of one copy of a request, drawn afresh for every copy
 * @param primary  where the first copy goes
 * @param policy   separate queues, stealing, a shared queue, or hedging
 */
public record Farm(int servers, ArrivalProcess arrivals, Distribution service, PrimaryRouting primary, FarmPolicy policy)
        implements Model<DispatchRun> {
    public Farm {
        Check.atLeast("servers", servers, 1);
        Check.notNull("arrivals", arrivals);
        Check.notNull("service", service);
        Check.notNull("primary", primary);
        Check.notNull("policy", policy);
        Check.stable("farm utilisation lambda E[S] / c", arrivals.rate() * service.mean() / servers);
        if (policy instanceof Hedging h && h.hedges() && servers < 2) {
            throw Check.fail("servers", servers, "hedging needs a second server for the duplicate",
                    "use at least 2 servers or Hedging.none()");
        }
    }

    /** Poisson arrivals at {@code lambda}, separate queues ({@link Dispatch#PER_SERVER}). */
    public static Farm poisson(int servers, double lambda, Distribution service, PrimaryRouting primary) {
        return new Farm(servers, Renewal.poisson(lambda), service, primary, Dispatch.PER_SERVER);
    }

    /** The arrival process, separate queues ({@link Dispatch#PER_SERVER}). */
    public static Farm of(int servers, ArrivalProcess arrivals, Distribution service, PrimaryRouting primary) {
        return new Farm(servers, arrivals, service, primary, Dispatch.PER_SERVER);
    }

    /** The same farm under another policy. */
    public Farm withPolicy(FarmPolicy p) {
        return new Farm(servers, arrivals, service, primary, p);
    }

    /** Base utilization rho = lambda E[S] / c (no duplicates). */
    public double utilization() {
        return arrivals.rate() * service.mean() / servers;
    }

    /** An experiment on this farm with the default plan; chain its setters, then {@code run()}. */
    public Experiment<DispatchRun> simulate() {
        return Experiment.of(this);
    }

    /** One replication: warm up, measure the requests arriving in the window, drain. */
    @Override
    public DispatchRun run(RunLength length, long seed, int replication) {
        Check.notNull("length", length);
        Check.atLeast("replication", replication, 0);
        return FarmEvents.run(this, length.inTime(arrivals.rate()), seed, replication);
    }
}
