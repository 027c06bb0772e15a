package brokerlab.measure.scaling;

import brokerlab.measure.LoopbackPort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import redis.clients.jedis.exceptions.JedisException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;

/**
 * The jukebox over HTTP/1.1 and JSON on the JDK's {@code HttpServer}: {@code POST /tracks} with
 * {@code {"title": "..."}} answers {@code {"id": 7}}; {@code GET /queue?limit=10} answers
 * {@code {"tracks": [{"id": 7, "title": "...", "votes": 3}]}}; {@code POST /votes} with {@code {"id": 7}} answers
 * {@code {"votes": 4}}. Bad input is 400, an unreachable Valkey 503, each with {@code {"error": "..."}}.
 */
final class RestNode implements AppNode {
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The JDK server writes headers and body in two segments; with Nagle's algorithm on, the body waits for the
        // client's delayed ACK (40 ms on Linux) and every response takes 40 ms more. Read once, when the first
        // HttpServer of the JVM starts: a JVM that started one before without it keeps the delay (see the notebook).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final Jukebox jukebox;
    private final int port;
    private volatile boolean alive = true;

    private RestNode(HttpServer server, ExecutorService workers, Jukebox jukebox, int port) {
        this.server = server;
        this.workers = workers;
        this.jukebox = jukebox;
        this.port = port;
    }

    static RestNode start(int requestedPort, Jukebox jukebox, int threads) {
        int port = NodeThreads.choose(requestedPort);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(LoopbackPort.HOST, port), 256);
        } catch (IOException e) {
            throw NodeThreads.cannotBind(Protocol.REST, port, e);
        }
        ExecutorService workers = NodeThreads.pool("rest", port, threads);
        RestNode node = new RestNode(server, workers, jukebox, port);
        server.setExecutor(workers);
        server.createContext("/tracks", node::enqueue);
        server.createContext("/queue", node::list);
        server.createContext("/votes", node::vote);
        server.start();
        return node;
    }

    private void enqueue(HttpExchange x) throws IOException {
        handle(x, "POST", () -> {
            JsonNode body = JSON.readTree(x.getRequestBody());
            String title = body.path("title").asText(null);
            if (title == null) throw new BadRequest("the body needs a \"title\" string");
            return JSON.createObjectNode().put("id", jukebox.enqueue(title));
        });
    }

    private void list(HttpExchange x) throws IOException {
        handle(x, "GET", () -> {
            String q = x.getRequestURI().getRawQuery();
            int limit = 10;
            if (q != null && q.startsWith("limit=")) {
                try {
                    limit = Integer.parseInt(q.substring(6));
                } catch (NumberFormatException e) {
                    throw new BadRequest("limit must be an integer");
                }
            }
            if (limit < 1) throw new BadRequest("limit must be at least 1");
            ObjectNode out = JSON.createObjectNode();
            ArrayNode tracks = out.putArray("tracks");
            for (Track t : jukebox.list(limit)) tracks.addObject().put("id", t.id()).put("title", t.title()).put("votes", t.votes());
            return out;
        });
    }

    private void vote(HttpExchange x) throws IOException {
        handle(x, "POST", () -> {
            long id = JSON.readTree(x.getRequestBody()).path("id").asLong(0);
            if (id < 1) throw new BadRequest("the body needs an \"id\" of at least 1");
            return JSON.createObjectNode().put("votes", jukebox.vote(id));
        });
    }

    private interface Answer {
        JsonNode get() throws IOException;
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) { super(message); }
    }

    private static void handle(HttpExchange x, String method, Answer answer) throws IOException {
        int status = 200;
        JsonNode body;
        try {
            if (!method.equals(x.getRequestMethod())) throw new BadRequest("use " + method);
            body = answer.get();
        } catch (BadRequest | IOException e) {
            status = 400;
            body = JSON.createObjectNode().put("error", e.getMessage());
        } catch (JedisException e) {
            status = 503;
            body = JSON.createObjectNode().put("error", "valkey unreachable: " + e.getMessage());
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override public Protocol protocol() { return Protocol.REST; }
    @Override public int port() { return port; }
    @Override public long valkeyNanos() { return jukebox.valkeyNanos(); }
    @Override public boolean isAlive() { return alive; }

    @Override public synchronized void kill() {
        if (!alive) return;
        alive = false;
        server.stop(0);   // no grace period: a crash, and at close loopback requests are long finished
        workers.shutdownNow();
    }

    @Override public void close() {
        kill();
        jukebox.close();
    }
}
