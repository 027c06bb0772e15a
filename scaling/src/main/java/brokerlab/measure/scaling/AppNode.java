package brokerlab.measure.scaling;

/**
 * One application node of the jukebox: its own server socket on 127.0.0.1, its own worker threads and its own
 * Valkey connection pool ({@link Jukebox}), as a separate server would have. Started by {@link Cluster}, either in
 * this JVM or as a child JVM of its own ({@link ProcessNode}), which then reports its CPU itself.
 */
public interface AppNode extends AutoCloseable {
    /** The protocol it serves. */
    Protocol protocol();

    /** Its loopback port. */
    int port();

    /** Wall time the node's threads spent waiting for Valkey so far, ns. */
    long valkeyNanos();

    /** CPU time of the node's own process so far, ns; 0 for a node inside this JVM (whose clock counts it). */
    default long processCpuNanos() {
        return 0;
    }

    /** CPU time of the node's own process's JIT compiler so far, ns; 0 for a node inside this JVM. */
    default long compilerCpuNanos() {
        return 0;
    }

    /** False once the node was killed or closed. */
    boolean isAlive();

    /** A crash: stops listening at once and drops the requests in flight (the failure experiments' dying node). */
    void kill();

    /** Stops the node and releases its port and its Valkey connections. */
    @Override void close();
}
