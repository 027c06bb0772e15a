package brokerlab.measure.scaling;

import brokerlab.measure.LoopbackPort;
import brokerlab.util.Check;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** What both node kinds share: a fixed pool of named daemon worker threads, and the port check with its message. */
final class NodeThreads {
    private NodeThreads() {}

    /** {@code threads} workers named {@code brokerlab-PREFIX-PORT-i}; daemon, so a forgotten node never holds the JVM. */
    static ExecutorService pool(String prefix, int port, int threads) {
        Check.atLeast("threads", threads, 1);
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "brokerlab-" + prefix + "-" + port + "-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
    }

    /** The port to bind: a free one for 0, else {@code port} after checking nothing listens there. */
    static int choose(int port) {
        Check.atLeast("port", port, 0);
        return port == 0 ? LoopbackPort.free() : LoopbackPort.requireFree(port);
    }

    /** The one-line message for a node whose socket could not be bound. */
    static IllegalStateException cannotBind(Protocol protocol, int port, Exception e) {
        return new IllegalStateException(protocol + " node cannot listen on " + LoopbackPort.HOST + ":" + port + " ("
                + e.getMessage() + "); stop what holds the port, or pass port 0 to let BrokerLab pick free ones", e);
    }
}
