package brokerlab.measure;

/**
 * A broker the engine started (or was pointed at) and must stop: a {@link ValkeyServer} child process, an
 * {@link ExternalValkey} at a URL, an {@link EmbeddedActiveMq} inside this JVM. Every implementation listens on a
 * loopback address only, registers itself with {@link ShutdownGuard} when it starts (so a notebook kernel or CLI
 * that exits without closing it still stops it), and is stopped by {@link #close()}, which is idempotent and never
 * throws. Use it in try-with-resources:
 * <pre>{@code
 * try (ValkeyServer valkey = ValkeyServer.start()) {           // free loopback port, persistence off
 *     Measurement.on(valkey).arrival("exp(mean=2)").service("exp(mean=5)").workers(3).runOnce();
 * }                                                            // stopped here; the port is closed afterwards
 * }</pre>
 */
public interface RunningBroker extends AutoCloseable {

    /** What it is, e.g. {@code valkey-server 8.1.8 (child process, pid 4242)}. */
    String describe();

    /** Where clients connect, e.g. {@code redis://127.0.0.1:40123} or {@code tcp://127.0.0.1:40124}. */
    String address();

    /** The loopback TCP port it listens on. */
    int port();

    /** True while it accepts work: the process is running, the broker is started. */
    boolean isAlive();

    /** A fresh queue on this broker for a measurement (see {@link QueueLayout}); the caller closes it. */
    MessageQueue queue(String name, QueueLayout layout, int workers);

    /** Stops the broker and releases its port; idempotent, never throws. */
    @Override
    void close();
}
