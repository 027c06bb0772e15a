package brokerlab.measure.scaling;

/**
 * One application node of the jukebox: its own server socket on 127.0.0.1, its own worker threads and its own
 * Valkey connection pool ({@link Jukebox}), as a separate server would have. Started by {@link Cluster}.
 */
public interface AppNode extends AutoCloseable {
    /** The protocol it serves. */
    Protocol protocol();

    /** Its loopback port. */
    int port();

    /** The node's Valkey client, with the time its threads spent waiting for Valkey. */
    Jukebox jukebox();

    /** False once the node was killed or closed. */
    boolean isAlive();

    /** A crash: stops listening at once and drops the requests in flight (the failure experiments' dying node). */
    void kill();

    /** Stops the node and releases its port and its Valkey connections. */
    @Override void close();
}
