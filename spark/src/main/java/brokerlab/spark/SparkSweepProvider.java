package brokerlab.spark;

import brokerlab.experiment.SweepRunner;

/** Registers {@link SparkSweep} as the engine's cluster runner ({@link SweepRunner#forMaster}). */
public final class SparkSweepProvider implements SweepRunner.Provider {
    @Override
    public SweepRunner open(String master) {
        return SparkSweep.connect(master);
    }
}
