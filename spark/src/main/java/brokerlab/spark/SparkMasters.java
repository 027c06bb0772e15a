package brokerlab.spark;

import brokerlab.util.Check;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Master URLs, checked before Spark starts. Spark itself would wait a minute or more on an unreachable standalone
 * master (three registration attempts of 20 s) before giving up, so {@code spark://HOST:PORT} is probed with a
 * plain TCP connection and a {@value #CONNECT_TIMEOUT_MS} ms timeout first. A local master without a failure count
 * gets {@value #ATTEMPTS} attempts per task ({@code local[N]} becomes {@code local[N,4]}), as a cluster's default
 * {@code spark.task.maxFailures} gives, because Spark's plain local mode never retries a task.
 */
final class SparkMasters {
    /** Attempts per task in local mode, Spark's cluster default for spark.task.maxFailures. */
    static final int ATTEMPTS = 4;
    /** How long the probe of a standalone master waits for a TCP connection. */
    static final int CONNECT_TIMEOUT_MS = 3_000;

    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|[1-9][0-9]*)(?:,([1-9][0-9]*))?\\])?");
    private static final Pattern STANDALONE = Pattern.compile("spark://(.+)");

    private SparkMasters() {}

    /** The URL to give Spark: local masters with retries, standalone masters probed; others passed through. */
    static String check(String master) {
        Check.notNull("--master", master);
        String m = master.strip();
        Matcher local = LOCAL.matcher(m);
        if (local.matches()) {
            String cores = local.group(1) == null ? "1" : local.group(1);
            return "local[" + cores + "," + (local.group(2) == null ? ATTEMPTS : local.group(2)) + "]";
        }
        Matcher standalone = STANDALONE.matcher(m);
        if (standalone.matches()) {
            for (String hostPort : standalone.group(1).split(",")) probe(master, hostPort.strip());
            return m;
        }
        if (m.equals("yarn") || m.startsWith("k8s://") || m.startsWith("local-cluster[")) return m;
        throw Check.fail("--master", master, "it is not a Spark master URL",
                "use local[*], local[N], local[N,ATTEMPTS], spark://HOST:PORT, yarn or k8s://https://HOST:PORT");
    }

    /** The driver's address: loopback for local mode (nothing leaves the machine); Spark's own choice otherwise. */
    static String driverHost(String url) {
        return url.startsWith("local") ? "127.0.0.1" : null;
    }

    private static void probe(String master, String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        int port;
        try {
            port = colon < 0 ? -1 : Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65_535) {
            throw Check.fail("--master", master, "'" + hostPort + "' has no valid port", "write spark://HOST:PORT, e.g. spark://node1:7077");
        }
        String host = hostPort.substring(0, colon);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
        } catch (IOException | IllegalArgumentException e) {
            throw Check.fail("--master", master, "no Spark master answered at " + hostPort + " within "
                    + CONNECT_TIMEOUT_MS / 1000 + " s (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    "start it (sbin/start-master.sh) or check the host and port; use local[*] to run in this JVM");
        }
    }
}
