package brokerlab.measure;

import brokerlab.util.Check;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A Valkey or Redis server that already runs on this machine ({@code --url redis://127.0.0.1:PORT}): BrokerLab
 * neither starts nor stops it. {@link #connect(String)} fails at once, with the URL and the fix, when nothing
 * answers there. {@link #close()} only forgets it; the queues a measurement creates delete their own keys.
 */
public final class ExternalValkey implements RunningBroker {
    private final ValkeyEndpoint endpoint;
    private final String version;

    private ExternalValkey(ValkeyEndpoint endpoint, String version) {
        this.endpoint = endpoint;
        this.version = version;
    }

    /** Connects to the server at {@code url} (loopback only) and checks that it answers PING. */
    public static ExternalValkey connect(String url) {
        ValkeyEndpoint e = ValkeyEndpoint.parse(url);
        try (Jedis j = e.connect()) {
            j.ping();
            String info = j.info("server");
            String v = info.lines().filter(l -> l.startsWith("valkey_version:") || l.startsWith("redis_version:"))
                    .findFirst().orElse("version unknown").replace(':', ' ');
            return new ExternalValkey(e, v);
        } catch (JedisException ex) {
            throw Check.fail("url", url, "no Valkey/Redis server answers there (" + ex.getMessage() + ")",
                    "start one, fix the port, or leave out --url so BrokerLab starts valkey-server itself");
        }
    }

    public ValkeyEndpoint endpoint() { return endpoint; }

    @Override public String describe() { return version + " at " + endpoint + " (external, not managed)"; }

    @Override public String address() { return endpoint.url(); }

    @Override public int port() { return endpoint.port(); }

    @Override public boolean isAlive() { return endpoint.ping(); }

    @Override public MessageQueue queue(String name, QueueLayout layout, int workers) {
        return new ValkeyQueue(endpoint, name, layout, workers);
    }

    @Override public void close() {
        // not ours to stop
    }

    @Override public String toString() { return "ExternalValkey(" + endpoint + ")"; }
}
