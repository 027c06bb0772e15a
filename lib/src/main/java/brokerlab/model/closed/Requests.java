package brokerlab.model.closed;

import brokerlab.sim.Slots;

import java.util.Arrays;

/** Requests in the system as parallel arrays indexed by a recycled int slot: no object per request. */
final class Requests {
    int[] client = new int[64];
    double[] issued = new double[64];   // when the client sent it
    double[] entered = new double[64];  // arrival at the current station
    double[] work = new double[64];     // service received so far (application + backend)
    boolean[] done = new boolean[64];   // finished, waiting for the client's next poll
    boolean[] dropped = new boolean[64];// the client gave up on it
    private final Slots slots = new Slots();

    int create(int c, double now) {
        int j = slots.take();
        if (j == issued.length) grow();
        client[j] = c;
        issued[j] = now;
        work[j] = 0;
        done[j] = false;
        dropped[j] = false;
        return j;
    }

    void free(int j) {
        slots.give(j);
    }

    private void grow() {
        int n = issued.length * 2;
        client = Arrays.copyOf(client, n);
        issued = Arrays.copyOf(issued, n);
        entered = Arrays.copyOf(entered, n);
        work = Arrays.copyOf(work, n);
        done = Arrays.copyOf(done, n);
        dropped = Arrays.copyOf(dropped, n);
    }
}
