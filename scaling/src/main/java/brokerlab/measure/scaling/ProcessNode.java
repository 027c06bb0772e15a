package brokerlab.measure.scaling;

import brokerlab.measure.LoopbackPort;
import brokerlab.measure.ValkeyEndpoint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A node in a child JVM of its own ({@link NodeMain}), started with {@link ProcessBuilder} on the scaling module's
 * class path: its own heap, garbage collector, JIT compiler and CPU clock, as on a separate server (the cores are
 * still this machine's). The harness talks to it through its standard input and output: it waits at most
 * {@link #START_TIMEOUT_MS} for {@code READY}, asks for the child's CPU clocks with a bounded wait, and stops it
 * with {@code STOP}, then by force. The child also exits when its input closes, so it never outlives the harness.
 */
final class ProcessNode implements AppNode {
    /** Longest wait for a child JVM to start and bind its port, ms (a JVM start on a loaded machine takes seconds). */
    static final long START_TIMEOUT_MS = 30_000;
    /** Longest wait for an answer to a CPU query, ms. */
    static final long QUERY_TIMEOUT_MS = 5_000;
    private static final String EOF = "\u0000EOF";

    private final Protocol protocol;
    private final int port;
    private final Process process;
    private final OutputStream stdin;
    private final BlockingQueue<String> lines;
    private volatile boolean killed;
    private long[] last = {0, 0, 0};

    private ProcessNode(Protocol protocol, int port, Process process, BlockingQueue<String> lines) {
        this.protocol = protocol;
        this.port = port;
        this.process = process;
        this.stdin = process.getOutputStream();
        this.lines = lines;
    }

    /** Starts a child JVM serving {@code protocol} on {@code requestedPort} (0 = a free one); one line on failure. */
    static ProcessNode start(Protocol protocol, int requestedPort, ValkeyEndpoint valkey, String room, int threads) {
        int port = NodeThreads.choose(requestedPort);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", classpath(), NodeMain.class.getName(),
                protocol.name(), Integer.toString(port), valkey.url(), room, Integer.toString(threads)));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a node process (" + e.getMessage() + "); check that "
                    + command.get(0) + " runs", e);
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(process, lines), "brokerlab-child-" + port);
        reader.setDaemon(true);
        reader.start();
        ProcessNode node = new ProcessNode(protocol, port, process, lines);
        String first = node.next(START_TIMEOUT_MS);
        if (first != null && first.startsWith("READY ")) return node;
        node.kill();
        throw new IllegalStateException(first == null ? protocol + " node process for port " + port + " did not start within "
                + START_TIMEOUT_MS + " ms; it was stopped (a machine this busy needs fewer nodes)"
                : first.equals(EOF) ? protocol + " node process for port " + port + " exited before it was ready (status "
                + exitStatus(process) + ")" : first.startsWith("FAILED ") ? first.substring(7) : "unexpected line from the node process: " + first);
    }

    /**
     * The folder of jars the module was loaded from ({@code scaling/target/classpath/*}, which holds the engine and
     * every dependency) when it runs from a jar, as in a notebook; else this JVM's class path (tests, the IDE).
     */
    static String classpath() {
        try {
            Path here = Path.of(NodeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (here.getFileName().toString().endsWith(".jar")) return here.getParent().resolve("*").toString();
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (an unusual class loader): the class path of this JVM is the best guess
        }
        return System.getProperty("java.class.path");
    }

    private static void read(Process process, BlockingQueue<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) lines.add(line);
        } catch (IOException e) {
            // the stream closed under us: the child is gone, which EOF says
        } finally {
            lines.add(EOF);
        }
    }

    /** The next line within {@code timeoutMs}, {@link #EOF} at the end of the child's output, null on a timeout. */
    private String next(long timeoutMs) {
        try {
            String line = lines.poll(timeoutMs, TimeUnit.MILLISECONDS);
            if (EOF.equals(line)) lines.add(EOF);   // later readers see the end too
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String exitStatus(Process p) {
        try {
            return p.waitFor(1, TimeUnit.SECONDS) ? Integer.toString(p.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** {process CPU, compiler CPU, Valkey wait} in ns, asked of the child; the last answer once it stopped answering. */
    private synchronized long[] clocks() {
        if (!isAlive()) return last;
        try {
            stdin.write("CPU\n".getBytes(StandardCharsets.US_ASCII));
            stdin.flush();
        } catch (IOException e) {
            return last;
        }
        String line = next(QUERY_TIMEOUT_MS);
        if (line == null || !line.startsWith("CPU ")) return last;
        String[] f = line.split(" ");
        last = new long[]{Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])};
        return last;
    }

    /** The child's process id. */
    long pid() {
        return process.pid();
    }

    @Override public Protocol protocol() { return protocol; }
    @Override public int port() { return port; }
    @Override public long valkeyNanos() { return clocks()[2]; }
    @Override public long processCpuNanos() { return clocks()[0]; }
    @Override public long compilerCpuNanos() { return clocks()[1]; }
    @Override public boolean isAlive() { return !killed && process.isAlive(); }

    /** A crash: the child is killed at once (SIGKILL), its port and its requests in flight die with it. */
    @Override public void kill() {
        killed = true;
        process.destroyForcibly();
        await(process);
    }

    /** Asks the child to stop, and kills it if it has not within a few seconds. */
    @Override public void close() {
        if (process.isAlive()) {
            try {
                stdin.write("STOP\n".getBytes(StandardCharsets.US_ASCII));
                stdin.close();
            } catch (IOException e) {
                // its input is already closed: it is stopping, or gone
            }
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        killed = true;
        await(process);
    }

    /** Waits (bounded) until the process is gone and its port released, so a check right after sees it closed. */
    private void await(Process p) {
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (LoopbackPort.isOpen(port) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override public String toString() {
        return protocol + " node process " + process.pid() + " on " + LoopbackPort.HOST + ":" + port;
    }
}
