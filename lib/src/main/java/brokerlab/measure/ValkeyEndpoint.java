package brokerlab.measure;

import brokerlab.util.Check;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * A Valkey (or Redis) server address on the loopback interface, and a way to open a connection to it.
 * {@link #parse(String)} reads {@code redis://127.0.0.1:6379} (also {@code localhost} and {@code [::1]}); any other
 * host is refused, because a measurement puts load on the server and must stay on this machine.
 *
 * @param host a loopback host
 * @param port its TCP port
 */
public record ValkeyEndpoint(String host, int port) {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
    /** Connection and socket timeout of every client, ms: long enough for a loaded machine, short enough to fail fast. */
    static final int TIMEOUT_MS = 5_000;

    public ValkeyEndpoint {
        Check.notNull("host", host);
        if (!LOOPBACK.contains(host)) {
            throw Check.fail("host", host, "measurements only use loopback addresses (127.0.0.1, localhost, ::1)",
                    "run the server on this machine, or let BrokerLab start one (no --url)");
        }
        Check.atLeast("port", port, 1);
        if (port > 65_535) throw Check.fail("port", port, "it must be at most 65535", "use the server's real port");
    }

    /** Parses {@code redis://HOST:PORT}; a missing port means 6379. */
    public static ValkeyEndpoint parse(String url) {
        Check.notNull("url", url);
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw Check.fail("url", "\"" + url + "\"", "it is not a URL (" + e.getReason() + ")", "write it as redis://127.0.0.1:6379");
        }
        if (!"redis".equals(uri.getScheme()) || uri.getHost() == null) {
            throw Check.fail("url", "\"" + url + "\"", "it must look like redis://HOST:PORT", "e.g. redis://127.0.0.1:6379");
        }
        return new ValkeyEndpoint(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
    }

    /** A new connection; the caller closes it. Each thread needs its own (a Jedis connection is not thread-safe). */
    public Jedis connect() {
        return new Jedis(host, port, TIMEOUT_MS);
    }

    /** A connection whose reads may block up to {@code readTimeoutMs} (a blocking pop waits longer than a PING). */
    public Jedis connect(int readTimeoutMs) {
        return new Jedis(host, port, TIMEOUT_MS, readTimeoutMs);
    }

    /** True when the server answers PING. */
    public boolean ping() {
        try (Jedis j = new Jedis(host, port, 1_000)) {
            return "PONG".equals(j.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    /** {@code redis://host:port}. */
    public String url() {
        return "redis://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override public String toString() { return url(); }
}
