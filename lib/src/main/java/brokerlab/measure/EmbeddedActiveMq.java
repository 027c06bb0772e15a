package brokerlab.measure;

import brokerlab.util.Check;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.Destination;
import org.apache.activemq.command.ActiveMQQueue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An ActiveMQ Classic broker inside this JVM, with a TCP connector on 127.0.0.1 (clients talk to it over the loopback
 * interface, as to a broker on another host, so the round trip is a real network one), persistence off, no JMX, no
 * advisory topics, and its scratch files in a private temporary directory. It has semantics Valkey lists lack:
 * acknowledgements, redelivery of unacknowledged messages, and a prefetch window (see {@link ActiveMqQueue}).
 * <pre>{@code
 * try (EmbeddedActiveMq amq = EmbeddedActiveMq.start()) {
 *     Measurement.on(amq).arrival("exp(mean=2)").service("exp(mean=5)").workers(3).runOnce();
 * }
 * }</pre>
 */
public final class EmbeddedActiveMq implements RunningBroker {
    /** The broker's version, from its jar's manifest. */
    public static final String VERSION = String.valueOf(BrokerService.class.getPackage().getImplementationVersion());
    private final BrokerService broker;
    private final int port;
    private final Path directory;
    private final int prefetch;
    private boolean closed;

    private EmbeddedActiveMq(BrokerService broker, int port, Path directory, int prefetch) {
        this.broker = broker;
        this.port = port;
        this.directory = directory;
        this.prefetch = prefetch;
    }

    /** Starts a broker on a free loopback port whose consumers pull (prefetch 0, see {@link ActiveMqQueue}). */
    public static EmbeddedActiveMq start() {
        return start(0, ActiveMqQueue.PULL);
    }

    /** Starts a broker on {@code port} (0 = a free one) with pulling consumers; a port in use fails naming the fix. */
    public static EmbeddedActiveMq start(int port) {
        return start(port, ActiveMqQueue.PULL);
    }

    /**
     * Starts a broker on {@code port} (0 = a free one) whose queues give each consumer a prefetch window of
     * {@code prefetch} messages (0: pull one at a time; see {@link ActiveMqQueue} for what the window changes).
     */
    public static EmbeddedActiveMq start(int port, int prefetch) {
        Check.atLeast("port", port, 0);
        Check.atLeast("prefetch", prefetch, 0);
        int p = port == 0 ? LoopbackPort.free() : LoopbackPort.requireFree(port);
        Path dir;
        try {
            dir = Files.createTempDirectory("brokerlab-activemq-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for ActiveMQ: " + e.getMessage(), e);
        }
        BrokerService b = new BrokerService();
        b.setBrokerName("brokerlab-" + p);
        b.setPersistent(false);
        b.setUseJmx(false);
        b.setAdvisorySupport(false);
        b.setUseShutdownHook(false);   // ShutdownGuard stops it, in order with everything else
        b.setDataDirectoryFile(dir.toFile());
        b.setTmpDataDirectory(dir.resolve("tmp").toFile());
        EmbeddedActiveMq amq = new EmbeddedActiveMq(b, p, dir, prefetch);
        ShutdownGuard.register(amq);
        try {
            b.addConnector("tcp://" + LoopbackPort.HOST + ":" + p + "?transport.tcpNoDelay=true");
            b.start();
            if (!b.waitUntilStarted(10_000)) throw new IllegalStateException("ActiveMQ did not start within 10 s");
        } catch (Exception e) {
            amq.close();
            throw new IllegalStateException("cannot start the embedded ActiveMQ broker on port " + p + ": " + e.getMessage(), e);
        }
        return amq;
    }

    /** The client URL, {@code tcp://127.0.0.1:PORT}. */
    @Override public String address() { return "tcp://" + LoopbackPort.HOST + ":" + port; }

    @Override public int port() { return port; }

    @Override public String describe() {
        return "ActiveMQ Classic " + VERSION + " (embedded, TCP connector " + address() + ", persistence off, prefetch " + prefetch + ")";
    }

    @Override public synchronized boolean isAlive() {
        return !closed && broker.isStarted();
    }

    @Override public MessageQueue queue(String name, QueueLayout layout, int workers) {
        return new ActiveMqQueue(this, name, layout, workers, prefetch);
    }

    /** The consumers' prefetch window. */
    public int prefetch() { return prefetch; }

    /** Messages waiting in queue {@code name} (0 when it does not exist). */
    long depth(String name) {
        try {
            Destination d = broker.getDestination(new ActiveMQQueue(name));
            return d == null ? 0 : d.getDestinationStatistics().getMessages().getCount();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the depth of queue " + name + ": " + e.getMessage(), e);
        }
    }

    /** Deletes queue {@code name} and its messages. */
    void remove(String name) {
        try {
            broker.removeDestination(new ActiveMQQueue(name));
        } catch (Exception ignored) {
            // the queue never existed or the broker is stopping
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        try {
            broker.stop();
            broker.waitUntilStopped();
        } catch (Exception ignored) {
            // stopping a broker that failed to start
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory left behind is harmless
            }
            ShutdownGuard.unregister(this);
        }
    }

    @Override public String toString() { return "EmbeddedActiveMq(" + address() + ")"; }
}
