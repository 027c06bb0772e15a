package brokerlab.measure.scaling;

import brokerlab.util.Check;

import java.util.List;
import java.util.Locale;

/** The two transports of the same jukebox API: HTTP/1.1 with JSON bodies, and gRPC (HTTP/2 with protobuf). */
public enum Protocol {
    /** JDK {@code HttpServer} + Jackson on the node, {@code java.net.http.HttpClient} on the client. */
    REST,
    /** grpc-java (shaded Netty) with the stubs generated from {@code jukebox.proto}. */
    GRPC;

    /** Starts a node on {@code port} (0 = a free one) serving {@code jukebox} with {@code threads} worker threads. */
    public AppNode start(int port, Jukebox jukebox, int threads) {
        return this == REST ? RestNode.start(port, jukebox, threads) : GrpcNode.start(port, jukebox, threads);
    }

    /** A round-robin client over the nodes listening on {@code ports}. */
    public JukeboxClient connect(List<Integer> ports) {
        Check.notNull("ports", ports);
        if (ports.isEmpty()) throw Check.fail("ports", "[]", "a client needs at least one node", "start the cluster first");
        return this == REST ? new RestClient(ports) : new GrpcClient(ports);
    }

    /** Parses {@code rest} or {@code grpc}, any case. */
    public static Protocol parse(String name) {
        Check.notNull("protocol", name);
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Check.fail("protocol", "\"" + name + "\"", "it is not a protocol", "use rest or grpc");
        }
    }
}
