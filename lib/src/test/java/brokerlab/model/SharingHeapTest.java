package brokerlab.model;

import org.junit.jupiter.api.Test;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class SharingHeapTest {
    @Test
    void alwaysExposesTheSmallestTagWithItsOwnJob() {
        SharingHeap heap = new SharingHeap();
        PriorityQueue<double[]> reference = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        SplittableRandom rng = new SplittableRandom(2);
        for (int step = 0; step < 20_000; step++) {
            if (reference.isEmpty() || rng.nextDouble() < 0.6) {
                double tag = rng.nextDouble() * 1000;
                heap.add(tag, tag + 1, tag + 2, (long) step);
                reference.add(new double[]{tag, step});
            } else {
                double[] min = reference.poll();
                assertEquals(min[0], heap.minTag());
                assertEquals(min[0] + 1, heap.minArrival());
                assertEquals(min[0] + 2, heap.minDemand());
                assertEquals((long) min[1], heap.minIndex());
                heap.removeMin();
            }
            assertEquals(reference.size(), heap.size());
        }
    }
}
