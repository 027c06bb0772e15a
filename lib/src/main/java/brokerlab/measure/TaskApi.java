package brokerlab.measure;

import brokerlab.util.Check;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The seed system's front door, rebuilt: an HTTP API (the JDK's {@link HttpServer}, on 127.0.0.1 only) in front of a
 * Valkey list.
 * <ul>
 *   <li>{@code POST /tasks?service_ms=12.5} enqueues a task ({@code LPUSH}) and answers {@code 202} with its id; when
 *       the queue already holds more than {@code queueLimit} tasks it answers {@code 503} instead (the circuit
 *       breaker). Length check and push are one Lua script, so two requests cannot both slip past the limit.</li>
 *   <li>{@code GET /tasks/ID} answers {@code 200} once a worker has stored the task's result, {@code 202} while it is
 *       pending.</li>
 * </ul>
 * The breaker refuses when the list is longer than the limit: with limit L the queue never holds more than L + 1
 * waiting tasks, which is the closed-network model's {@code maxAppQueue = L + 1} ({@code ClosedSystem}).
 */
public final class TaskApi implements AutoCloseable {
    /** The seed system's breaker threshold. */
    public static final int DEFAULT_QUEUE_LIMIT = 20;
    private static final String PUSH_UNLESS_FULL = "if redis.call('LLEN', KEYS[1]) > tonumber(ARGV[2]) then return -1 end "
            + "local id = redis.call('INCR', KEYS[2]) redis.call('LPUSH', KEYS[1], id .. ':' .. ARGV[1]) return id";

    static {
        // The JDK server leaves Nagle's algorithm on by default: a small reply then waits for the client's delayed ACK
        // (about 40 ms on Linux loopback), which measured every poll at 40 ms instead of 0.1 ms. It is read once, when
        // the JDK's server configuration loads, so it must be set before the first server starts; a value the user set
        // is kept.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final JedisPool valkey;
    private final TaskKeys keys;
    private final int queueLimit;
    private final AtomicInteger accepted = new AtomicInteger(), refused = new AtomicInteger();

    private TaskApi(HttpServer server, ExecutorService handlers, JedisPool valkey, TaskKeys keys, int queueLimit) {
        this.server = server;
        this.handlers = handlers;
        this.valkey = valkey;
        this.keys = keys;
        this.queueLimit = queueLimit;
    }

    /** Starts the API on a free loopback port with {@code handlerThreads} request threads. */
    public static TaskApi start(ValkeyEndpoint endpoint, TaskKeys keys, int queueLimit, int handlerThreads) {
        Check.notNull("endpoint", endpoint);
        Check.notNull("keys", keys);
        Check.atLeast("queueLimit", queueLimit, 0);
        Check.atLeast("handlerThreads", handlerThreads, 1);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LoopbackPort.HOST), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the task API on " + LoopbackPort.HOST + ": " + e.getMessage(), e);
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService handlers = Executors.newFixedThreadPool(handlerThreads, r -> {
            Thread t = new Thread(r, "brokerlab-task-api-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        GenericObjectPoolConfig<Jedis> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(handlerThreads);   // one connection per request thread, never more
        pool.setJmxEnabled(false);
        JedisPool valkey = new JedisPool(pool, endpoint.host(), endpoint.port(), ValkeyEndpoint.TIMEOUT_MS);
        TaskApi api = new TaskApi(server, handlers, valkey, keys, queueLimit);
        server.createContext("/tasks", api::handle);
        server.setExecutor(handlers);
        server.start();
        return api;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI uri() {
        return URI.create("http://" + LoopbackPort.HOST + ":" + server.getAddress().getPort());
    }

    public int port() { return server.getAddress().getPort(); }

    public int queueLimit() { return queueLimit; }

    /** Tasks accepted with 202 so far. */
    public int accepted() { return accepted.get(); }

    /** Requests refused with 503 so far. */
    public int refused() { return refused.get(); }

    private void handle(HttpExchange ex) {
        try (ex) {
            respond(ex);
        }
    }

    /** Answers one request; the exchange stays open until the reply is written, whatever goes wrong. */
    private void respond(HttpExchange ex) {
        try (Jedis valkey = this.valkey.getResource()) {
            String path = ex.getRequestURI().getPath();
            if (ex.getRequestMethod().equals("POST") && path.equals("/tasks")) {
                long nanos = Math.round(serviceMillis(ex.getRequestURI().getQuery()) * 1e6);
                Object id = valkey.eval(PUSH_UNLESS_FULL, List.of(keys.queue(), keys.counter()),
                        List.of(String.valueOf(nanos), String.valueOf(queueLimit)));
                if (((Number) id).longValue() < 0) {
                    refused.incrementAndGet();
                    reply(ex, 503, "{\"error\":\"queue longer than " + queueLimit + "\"}");
                } else {
                    accepted.incrementAndGet();
                    reply(ex, 202, "{\"id\":" + id + "}");
                }
            } else if (ex.getRequestMethod().equals("GET") && path.startsWith("/tasks/")) {
                long id = Long.parseLong(path.substring("/tasks/".length()));
                boolean done = valkey.exists(keys.result(id));
                reply(ex, done ? 200 : 202, "{\"id\":" + id + ",\"status\":\"" + (done ? "done" : "pending") + "\"}");
            } else {
                reply(ex, 404, "{\"error\":\"use POST /tasks or GET /tasks/ID\"}");
            }
        } catch (NumberFormatException e) {
            reply(ex, 400, "{\"error\":\"bad number: " + String.valueOf(e.getMessage()).replace('"', '\'') + "\"}");
        } catch (RuntimeException e) {
            reply(ex, 500, "{\"error\":\"" + String.valueOf(e.getMessage()).replace('"', '\'') + "\"}");
        }
    }

    private static double serviceMillis(String query) {
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("service_ms=")) {
                    double v = Double.parseDouble(part.substring("service_ms=".length()));
                    if (v >= 0 && v < 3_600_000) return v;
                }
            }
        }
        throw new NumberFormatException("POST /tasks needs service_ms=MILLISECONDS in [0, 3600000)");
    }

    private static void reply(HttpExchange ex, int status, String json) {
        try {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
        } catch (IOException ignored) {
            // the client hung up (it gave up): nothing to tell it
        }
    }

    /** Stops accepting requests, waits up to 1 s for those in flight, and releases the port and the connections. */
    @Override
    public void close() {
        server.stop(1);
        handlers.shutdownNow();
        valkey.close();
    }
}
