package brokerlab.model.network;

import brokerlab.sim.Slots;

import java.util.Arrays;

/** The jobs in the network as parallel arrays indexed by a recycled int slot: no object per job. */
final class Jobs {
    double[] born = new double[64];      // external arrival time
    double[] entered = new double[64];   // arrival time at the current station
    double[] remaining = new double[64]; // service still owed at the current server (preemptive-resume)
    int[] step = new int[64];            // schedule step of the external arrival
    private final Slots slots = new Slots();

    int create(double now, int arrivalStep) {
        int j = slots.take();
        if (j == born.length) grow();
        born[j] = now;
        step[j] = arrivalStep;
        return j;
    }

    void free(int j) {
        slots.give(j);
    }

    private void grow() {
        int size = born.length * 2;
        born = Arrays.copyOf(born, size);
        entered = Arrays.copyOf(entered, size);
        remaining = Arrays.copyOf(remaining, size);
        step = Arrays.copyOf(step, size);
    }
}
