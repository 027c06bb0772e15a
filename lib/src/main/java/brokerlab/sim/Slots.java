package brokerlab.sim;

import java.util.Arrays;

/**
 * Recycled int slots for entities kept in parallel primitive arrays (jobs, requests, copies): a freed slot is handed
 * out again (last freed, first reused), so nothing is allocated per entity and the arrays grow only to the most
 * entities alive at once.
 * <pre>{@code
 * int j = slots.take();
 * if (j == arrival.length) grow();      // a new slot just past the arrays' end: double them
 * arrival[j] = now;
 * ...
 * slots.give(j);                        // the job left
 * }</pre>
 */
public final class Slots {
    private int[] free = new int[16];
    private int freeCount, used;

    /** A free slot: the last one given back, else the next index never used. */
    public int take() {
        return freeCount > 0 ? free[--freeCount] : used++;
    }

    /** Gives back slot {@code i}, which was taken and is not in use any more. */
    public void give(int i) {
        if (freeCount == free.length) free = Arrays.copyOf(free, 2 * free.length);
        free[freeCount++] = i;
    }
}
