package brokerlab.measure;

import brokerlab.util.Check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Loopback ports: a free one for a broker to listen on, and whether anything still listens on one (the check the
 * tests use to prove a stopped broker released its port). Only 127.0.0.1 is ever used: measurements never open a
 * port another machine could reach.
 */
public final class LoopbackPort {
    /** The loopback address every broker binds to. */
    public static final String HOST = "127.0.0.1";

    private LoopbackPort() {}

    /** A port that was free a moment ago (the OS picks it; a race with another process is possible but rare). */
    public static int free() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port: " + e.getMessage(), e);
        }
    }

    /** True when a TCP connection to 127.0.0.1:port is accepted within 200 ms. */
    public static boolean isOpen(int port) {
        Check.atLeast("port", port, 1);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message naming the fix when something already listens on {@code port}. */
    public static int requireFree(int port) {
        Check.atLeast("port", port, 1);
        if (port > 65_535) throw Check.fail("port", port, "it must be at most 65535", "pick a port in 1024..65535 or 0 for a free one");
        if (isOpen(port)) {
            throw Check.fail("port", port, "something already listens on " + HOST + ":" + port,
                    "stop that process, choose another port, or pass 0 to let BrokerLab pick a free one");
        }
        return port;
    }
}
