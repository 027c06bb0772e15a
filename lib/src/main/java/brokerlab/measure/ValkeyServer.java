package brokerlab.measure;

import brokerlab.util.Check;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@code valkey-server} child process started by BrokerLab: on 127.0.0.1 only, on a free port (or a given one),
 * in a private temporary directory ({@code brokerlab-valkey-*}), with the {@link Persistence} asked for (off by
 * default), and always stopped: by {@link #close()} (try-with-resources), or by {@link ShutdownGuard} when the JVM
 * exits. Closing asks the server to {@code SHUTDOWN NOSAVE}, waits for the process to end, kills it if it will not,
 * and deletes its directory; afterwards the port is closed and no child is left (tested).
 * <pre>{@code
 * try (ValkeyServer valkey = ValkeyServer.start()) {
 *     try (Jedis j = valkey.endpoint().connect()) { j.lpush("q", "task-1"); }
 * }
 * }</pre>
 * For fault experiments {@link #kill()} ends the process with SIGKILL (a crash: nothing is flushed) and
 * {@link #restart()} starts it again on the same port and directory, so an append-only file is replayed.
 */
public final class ValkeyServer implements RunningBroker {
    private static final long READY_TIMEOUT_MS = 10_000;

    private final ValkeyBinary binary;
    private final Persistence persistence;
    private final int port;
    private final Path directory;
    private final String version;
    private Process process;
    private boolean closed;

    private ValkeyServer(ValkeyBinary binary, Persistence persistence, int port) {
        this.binary = binary;
        this.persistence = persistence;
        this.port = port;
        try {
            this.directory = Files.createTempDirectory("brokerlab-valkey-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for valkey-server: " + e.getMessage(), e);
        }
        this.version = binary.version();
    }

    /** Starts the binary found by {@link ValkeyBinary#locate()} on a free port with persistence off. */
    public static ValkeyServer start() {
        return start(ValkeyBinary.locate(), Persistence.OFF, 0);
    }

    /** Starts the located binary with the given persistence on a free port. */
    public static ValkeyServer start(Persistence persistence) {
        return start(ValkeyBinary.locate(), persistence, 0);
    }

    /**
     * Starts {@code binary} on {@code port} (0 = a free one) and waits until it answers PING.
     * A port already in use fails at once with a message naming the fix.
     */
    public static ValkeyServer start(ValkeyBinary binary, Persistence persistence, int port) {
        Check.notNull("binary", binary);
        Check.notNull("persistence", persistence);
        Check.atLeast("port", port, 0);
        int p = port == 0 ? LoopbackPort.free() : LoopbackPort.requireFree(port);
        ValkeyServer server = new ValkeyServer(binary, persistence, p);
        ShutdownGuard.register(server);
        try {
            server.launch();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private synchronized void launch() {
        List<String> cmd = new ArrayList<>(List.of(binary.path().toString(),
                "--bind", LoopbackPort.HOST, "--port", String.valueOf(port), "--protected-mode", "yes",
                "--daemonize", "no", "--dir", directory.toString(), "--loglevel", "warning",
                "--databases", "1"));
        cmd.addAll(persistence.serverArguments());
        try {
            process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("valkey.log").toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + binary.path() + ": " + e.getMessage()
                    + "; check that it is an executable valkey-server, or pass --url redis://127.0.0.1:PORT", e);
        }
        ValkeyEndpoint endpoint = endpoint();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_TIMEOUT_MS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("valkey-server exited at start (status " + process.exitValue() + "): " + logTail());
            }
            if (endpoint.ping()) return;
            sleep(20);
        }
        throw new IllegalStateException("valkey-server did not answer PING on " + endpoint + " within "
                + READY_TIMEOUT_MS + " ms: " + logTail());
    }

    public ValkeyEndpoint endpoint() {
        return new ValkeyEndpoint(LoopbackPort.HOST, port);
    }

    public Persistence persistence() { return persistence; }

    public ValkeyBinary binary() { return binary; }

    /** The server process id, or -1 when it is not running. */
    public synchronized long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    /** The private data directory (deleted by {@link #close()}). */
    public Path directory() { return directory; }

    @Override public String describe() {
        return version.replaceFirst(" sha=.*", "") + " (" + binary.source() + ", child pid " + pid() + ", persistence "
                + persistence + ")";
    }

    @Override public String address() { return endpoint().url(); }

    @Override public int port() { return port; }

    @Override public synchronized boolean isAlive() {
        return !closed && process != null && process.isAlive();
    }

    @Override public MessageQueue queue(String name, QueueLayout layout, int workers) {
        return new ValkeyQueue(endpoint(), name, layout, workers);
    }

    /** Crashes the server: SIGKILL, nothing flushed; the directory (and any append-only file) stays for {@link #restart()}. */
    public synchronized void kill() {
        if (process == null) return;
        process.destroyForcibly();
        waitFor(process, 5_000);
    }

    /** Starts the server again on the same port and directory (after {@link #kill()}); waits until it answers. */
    public synchronized void restart() {
        if (closed) throw new IllegalStateException("this valkey-server was closed; start a new one");
        if (process != null && process.isAlive()) kill();
        launch();
    }

    @Override
    public void close() {
        Process p;
        synchronized (this) {
            if (closed) return;
            closed = true;
            p = process;
        }
        try {
            if (p != null && p.isAlive()) {
                try (Jedis j = endpoint().connect()) {
                    j.shutdown();   // SHUTDOWN NOSAVE when persistence is off: nothing to write
                } catch (JedisException expected) {
                    // the server closes the connection as it exits
                }
                if (!waitFor(p, 3_000)) {
                    p.destroy();
                    if (!waitFor(p, 2_000)) {
                        p.destroyForcibly();
                        waitFor(p, 5_000);
                    }
                }
            }
            deleteDirectory();
        } finally {
            ShutdownGuard.unregister(this);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("valkey.log"), StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 4), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private void deleteDirectory() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless; the process and the port are what must not leak
        }
    }

    private static boolean waitFor(Process p, long millis) {
        try {
            return p.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for valkey-server", e);
        }
    }

    @Override public String toString() { return "ValkeyServer(" + address() + ")"; }
}
