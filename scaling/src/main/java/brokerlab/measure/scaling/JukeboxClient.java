package brokerlab.measure.scaling;

import java.util.List;

/**
 * A client of the jukebox cluster: each call goes to the next node of a {@link RoundRobin} balancer. Thread-safe:
 * every virtual user of a load test calls the same client. A call fails with {@link RequestFailed} naming the node.
 */
public interface JukeboxClient extends AutoCloseable {
    /** Adds a track; returns its id. */
    long enqueue(String title);

    /** The best {@code limit} tracks. */
    List<Track> list(int limit);

    /** Votes for a track; returns its total. */
    long vote(long id);

    @Override void close();

    /** A request that got no valid answer: the node's port, and why. */
    final class RequestFailed extends RuntimeException {
        private final int port;

        public RequestFailed(int port, String reason, Throwable cause) {
            super("request to node 127.0.0.1:" + port + " failed: " + reason, cause);
            this.port = port;
        }

        /** The port of the node that did not answer. */
        public int port() { return port; }
    }
}
