package brokerlab.bench;

import brokerlab.model.Engine;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.model.StationRun;
import brokerlab.model.Station;
import brokerlab.stats.ConfidenceInterval;

import java.util.ArrayList;
import java.util.List;

/**
 * M/M/4 through BrokerLab's public model API, the way a notebook user runs it:
 * {@code Station.mmc(3.6, 1, 4).simulate()...} with the engine forced to {@link Engine#EVENTS} (the event
 * engine on {@code brokerlab.sim.SlotEventList}) or {@link Engine#RECURSION} (the event-free Kiefer–Wolfowitz fast
 * path). Everything the library does per customer is included: its tally of means, HdrHistogram percentiles of
 * waits and responses, and the time integrals behind utilisation and queue length.
 *
 * <p>The customers are split into {@value WaitRecorder#BATCHES} independent replications run one after the
 * other on this thread via {@link Experiment#runReplication(int)}, and the interval is the library's own
 * {@link Estimates#get(Metric)} of the mean wait (independent replications, Law §9.4). {@code Experiment.run()} would run
 * them in parallel; the benchmark keeps every engine on one core. No warm-up is discarded, as for the peers.
 */
public final class BrokerLabStationMm4 implements Mm4Engine {
    private final Engine engine;

    public BrokerLabStationMm4(Engine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return engine == Engine.RECURSION ? "BrokerLab fast path (Kiefer-Wolfowitz)" : "BrokerLab event engine";
    }

    @Override
    public ConfidenceInterval run(long customers, int replication) {
        return meanWait(Station.mmc(Mm4.ARRIVAL_RATE, Mm4.SERVICE_RATE, Mm4.SERVERS).engine(engine), customers, replication);
    }

    /**
     * The mean wait of {@code customers} split into {@value WaitRecorder#BATCHES} replications of {@code model}, run
     * one after the other on this thread, with the library's own interval over them.
     */
    static ConfidenceInterval meanWait(Model<StationRun> model, long customers, int replication) {
        if (customers % WaitRecorder.BATCHES != 0) {
            throw new IllegalArgumentException("customers = " + customers + " is invalid: it must be a multiple of "
                    + WaitRecorder.BATCHES + "; round it");
        }
        Experiment<StationRun> plan = Experiment.of(model).length(RunLength.customers(0, customers / WaitRecorder.BATCHES))
                .replications(WaitRecorder.BATCHES).seed(Harness.SEED);
        List<StationRun> runs = new ArrayList<>(WaitRecorder.BATCHES);
        for (int r = 0; r < WaitRecorder.BATCHES; r++) runs.add(plan.runReplication(replication * WaitRecorder.BATCHES + r));
        return Estimates.of(runs).get(Metric.MEAN_WAIT);
    }

    /** One replication of all {@code customers}: the memory check needs one long run, not twenty short ones. */
    @Override
    public double singleRun(long customers) {
        return Station.mmc(Mm4.ARRIVAL_RATE, Mm4.SERVICE_RATE, Mm4.SERVERS).engine(engine).simulate()
                .length(RunLength.customers(0, customers)).seed(Harness.SEED).runOnce().meanWait();
    }
}
