package brokerlab.model.network;

import java.util.Arrays;

/** The jobs in the network as parallel arrays indexed by a recycled int slot: no object per job. */
final class Jobs {
    double[] born = new double[64];      // external arrival time
    double[] entered = new double[64];   // arrival time at the current station
    double[] remaining = new double[64]; // service still owed at the current server (preemptive-resume)
    int[] step = new int[64];            // schedule step of the external arrival
    private int[] free = new int[64];
    private int freeCount, used;

    int create(double now, int arrivalStep) {
        int j;
        if (freeCount > 0) {
            j = free[--freeCount];
        } else {
            if (used == born.length) grow();
            j = used++;
        }
        born[j] = now;
        step[j] = arrivalStep;
        return j;
    }

    void free(int j) {
        free[freeCount++] = j;
    }

    private void grow() {
        int size = born.length * 2;
        born = Arrays.copyOf(born, size);
        entered = Arrays.copyOf(entered, size);
        remaining = Arrays.copyOf(remaining, size);
        step = Arrays.copyOf(step, size);
        free = Arrays.copyOf(free, size);
    }
}
