package brokerlab.measure;

import brokerlab.random.RandomStream;

/**
 * How messages reach the c workers: one shared queue that every worker takes from (the M/G/c station), or one queue
 * per worker with the producer choosing the partition (c separate M/G/1 queues, as with partitioned lists or a
 * partitioned log). The gap between the two is the pooling gain.
 */
public enum QueueLayout {
    /** One queue; a free worker takes the oldest message. */
    SHARED,
    /** One queue per worker; each message goes to a uniformly random one (a Poisson split: c x M/G/1 exactly). */
    RANDOM_PARTITIONS,
    /** One queue per worker; message k goes to partition hash(k) mod c (a key-hash router such as a partitioned log). */
    HASH_PARTITIONS;

    /** True when every worker has its own queue. */
    public boolean partitioned() {
        return this != SHARED;
    }

    /**
     * The queue message {@code id} goes to: 0 for the shared queue; otherwise one of {@code workers} partitions.
     * The random layout draws from {@code routing} (the ROUTING stream of the replication), so a simulation with the
     * same seed routes the same messages to the same partitions.
     */
    public int partition(long id, int workers, RandomStream routing) {
        return switch (this) {
            case SHARED -> 0;
            case RANDOM_PARTITIONS -> routing.nextInt(workers);
            case HASH_PARTITIONS -> Math.floorMod(Long.hashCode(id * 0x9E3779B97F4A7C15L), workers);
        };
    }
}
