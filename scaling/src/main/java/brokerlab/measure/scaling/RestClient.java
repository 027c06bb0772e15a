package brokerlab.measure.scaling;

import brokerlab.measure.LoopbackPort;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP/JSON client: one JDK {@code HttpClient} (HTTP/1.1, kept-alive connections per node) and a
 * {@link RoundRobin} over the nodes' base URIs. A status other than 200, or no answer within 5 s, is a
 * {@link JukeboxClient.RequestFailed}.
 */
final class RestClient implements JukeboxClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http;
    private final List<Integer> ports;
    private final List<URI> bases = new ArrayList<>();
    private final RoundRobin balancer;
    private final ExecutorService internals = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "brokerlab-rest-client");
        t.setDaemon(true);
        return t;
    });

    RestClient(List<Integer> ports) {
        this.ports = List.copyOf(ports);
        for (int p : ports) bases.add(URI.create("http://" + LoopbackPort.HOST + ":" + p));
        this.balancer = new RoundRobin(ports.size());
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).executor(internals).build();
    }

    @Override public long enqueue(String title) {
        return call("POST", "/tracks", RestNode.JSON.createObjectNode().put("title", title)).path("id").asLong();
    }

    @Override public List<Track> list(int limit) {
        List<Track> out = new ArrayList<>();
        for (JsonNode t : call("GET", "/queue?limit=" + limit, null).path("tracks")) {
            out.add(new Track(t.path("id").asLong(), t.path("title").asText(), t.path("votes").asLong()));
        }
        return out;
    }

    @Override public long vote(long id) {
        return call("POST", "/votes", RestNode.JSON.createObjectNode().put("id", id)).path("votes").asLong();
    }

    private JsonNode call(String method, String path, JsonNode body) {
        int node = balancer.next();
        HttpRequest.Builder b = HttpRequest.newBuilder(bases.get(node).resolve(path)).timeout(TIMEOUT);
        try {
            b = body == null ? b.GET() : b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(RestNode.JSON.writeValueAsBytes(body)));
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = RestNode.JSON.readTree(r.body());
            if (r.statusCode() != 200) throw new RequestFailed(ports.get(node), "HTTP " + r.statusCode() + " " + answer.path("error").asText(), null);
            return answer;
        } catch (IOException e) {
            throw new RequestFailed(ports.get(node), e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestFailed(ports.get(node), "interrupted", e);
        }
    }

    @Override public void close() {
        // Java 17's HttpClient has no close(): its selector thread (a daemon) ends once the client is unreachable, and
        // the nodes close their ends of the kept-alive connections when they stop
        internals.shutdownNow();
    }
}
