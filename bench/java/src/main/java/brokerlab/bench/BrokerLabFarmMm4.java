package brokerlab.bench;

import brokerlab.dist.Exponential;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.model.ServerFarm;
import brokerlab.model.StationRun;
import brokerlab.stats.ConfidenceInterval;

import java.util.ArrayList;
import java.util.List;

/**
 * M/M/4 through the server-farm path, the model {@code brokerlab simulate --speeds 1,1,1,1} runs: four servers of
 * speed 1 behind one shared queue, each job to the fastest free server. With equal speeds that is M/M/4, so the
 * mean wait is checked against the same Erlang C as the station engines; the cost measured is the farm's own event
 * loop (per-server state, a routing decision per job), which heterogeneous farms pay too.
 *
 * <p>Replications as in {@link BrokerLabStationMm4}: {@value WaitRecorder#BATCHES} of them on this thread.
 */
public final class BrokerLabFarmMm4 implements Mm4Engine {
    private static ServerFarm farm() {
        return ServerFarm.of(Exponential.withRate(Mm4.ARRIVAL_RATE), Exponential.withRate(Mm4.SERVICE_RATE), 1, 1, 1, 1);
    }

    @Override
    public String name() {
        return "BrokerLab farm path (--speeds 1,1,1,1)";
    }

    @Override
    public ConfidenceInterval run(long customers, int replication) {
        if (customers % WaitRecorder.BATCHES != 0) {
            throw new IllegalArgumentException("customers = " + customers + " is invalid: it must be a multiple of "
                    + WaitRecorder.BATCHES + "; round it");
        }
        Experiment<StationRun> plan = farm().simulate().length(RunLength.customers(0, customers / WaitRecorder.BATCHES))
                .replications(WaitRecorder.BATCHES).seed(Harness.SEED);
        List<StationRun> runs = new ArrayList<>(WaitRecorder.BATCHES);
        for (int r = 0; r < WaitRecorder.BATCHES; r++) runs.add(plan.runReplication(replication * WaitRecorder.BATCHES + r));
        return Estimates.of(runs).get(Metric.MEAN_WAIT);
    }

    @Override
    public double singleRun(long customers) {
        return farm().simulate().length(RunLength.customers(0, customers)).seed(Harness.SEED).runOnce().meanWait();
    }
}
