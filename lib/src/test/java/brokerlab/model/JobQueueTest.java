package brokerlab.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class JobQueueTest {
    @Test
    void behavesLikeAFifoThroughWrapAroundAndGrowth() {
        JobQueue q = new JobQueue();
        ArrayDeque<Long> reference = new ArrayDeque<>();
        SplittableRandom rng = new SplittableRandom(1);
        long next = 0;
        for (int step = 0; step < 20_000; step++) {
            if (reference.isEmpty() || rng.nextDouble() < 0.55) {
                q.add(next * 0.5, next * 2.0, next);
                reference.add(next++);
            } else {
                long k = reference.poll();
                assertEquals(k, q.headIndex());
                assertEquals(k * 0.5, q.headArrival());
                assertEquals(k * 2.0, q.headDemand());
                q.removeHead();
            }
            assertEquals(reference.size(), q.size());
        }
    }
}
