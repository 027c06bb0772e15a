package brokerlab.bench;

import brokerlab.dist.Exponential;
import brokerlab.experiment.RunLength;
import brokerlab.model.ServerFarm;
import brokerlab.stats.ConfidenceInterval;

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
        return BrokerLabStationMm4.meanWait(farm(), customers, replication);
    }

    @Override
    public double singleRun(long customers) {
        return farm().simulate().length(RunLength.customers(0, customers)).seed(Harness.SEED).runOnce().meanWait();
    }
}
