package brokerlab.protocol;

import brokerlab.random.RandomStream;

import java.util.Arrays;

/**
 * The operations of one run's client, numbered 0, 1, 2, ... as they arrive: for each, read or write and which
 * key, drawn from the MISC stream by the {@link ClientWorkload}. Writes-only single-key workloads store nothing
 * and draw nothing; so does an operation a scripted scenario injects without an arrival (it is a write to key 0).
 */
final class ClientOps {
    private final ClientWorkload workload;
    private final RandomStream mix;
    private final boolean trivial;
    private boolean[] read = new boolean[0];
    private int[] key = new int[0];
    private int size;

    ClientOps(ClientWorkload workload, RandomStream mix) {
        this.workload = workload;
        this.mix = mix;
        trivial = !workload.hasReads() && workload.keys() == 1;
    }

    /** Operation {@code op} arrives: draws its kind and key (operations arrive in number order). */
    void arrive(long op) {
        if (trivial) return;
        if (op != size) throw new IllegalStateException("operation " + op + " arrived out of order (expected " + size + ")");
        if (size == read.length) {
            int grown = Math.max(64, 2 * size);
            read = Arrays.copyOf(read, grown);
            key = Arrays.copyOf(key, grown);
        }
        read[size] = workload.hasReads() && mix.nextDouble() < workload.readFraction();
        key[size] = workload.keys() == 1 ? 0 : mix.nextInt(workload.keys());
        size++;
    }

    boolean isRead(long op) { return op >= 0 && op < size && read[(int) op]; }

    int key(long op) { return op >= 0 && op < size ? key[(int) op] : 0; }
}
