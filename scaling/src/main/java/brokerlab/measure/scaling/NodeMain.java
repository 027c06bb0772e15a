package brokerlab.measure.scaling;

import brokerlab.measure.ValkeyEndpoint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of a node that runs as a process of its own ({@link ProcessNode} starts it): arguments
 * {@code PROTOCOL PORT VALKEY_URL ROOM THREADS}. It starts the node and prints {@code READY PORT PID}, or one line
 * {@code FAILED reason} and exits with status 2; then it answers each {@code CPU} line on its standard input with
 * {@code CPU PROCESS_NS COMPILER_NS VALKEY_NS} (its own CPU clock, its JIT compiler's share, its threads' wait for
 * Valkey) and stops at {@code STOP} or at the end of its input. The end of input is what ties it to the harness:
 * if the harness dies, however abruptly, the pipe closes and the node exits with it.
 */
public final class NodeMain {
    private NodeMain() {}

    /** Runs one node; see the class comment for the arguments and the line protocol. */
    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.out.println("FAILED usage: NodeMain PROTOCOL PORT VALKEY_URL ROOM THREADS, got " + args.length + " arguments");
            System.exit(2);
        }
        AppNode node;
        try {
            int threads = Integer.parseInt(args[4]);
            Jukebox jukebox = new Jukebox(ValkeyEndpoint.parse(args[2]), args[3], threads);
            try {
                node = Protocol.parse(args[0]).start(Integer.parseInt(args[1]), jukebox, threads);
            } catch (RuntimeException e) {
                jukebox.close();
                throw e;
            }
        } catch (RuntimeException e) {
            System.out.println("FAILED " + String.valueOf(e.getMessage()).replace('\n', ' '));
            System.out.flush();
            System.exit(2);
            return;
        }
        System.out.println("READY " + node.port() + " " + ProcessHandle.current().pid());
        System.out.flush();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null && !line.equals("STOP"); ) {
                if (line.equals("CPU")) {
                    CpuCounters now = CpuCounters.now(0);
                    System.out.println("CPU " + now.processNanos() + " " + now.compilerNanos() + " " + node.valkeyNanos());
                    System.out.flush();
                }
            }
        } finally {
            node.close();
        }
        System.exit(0);
    }
}
