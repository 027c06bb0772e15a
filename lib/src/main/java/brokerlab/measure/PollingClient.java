package brokerlab.measure;

import brokerlab.dist.Distribution;
import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed system's client as a {@link ClosedLoopLoad.Request}: it submits a task ({@code POST /tasks}, with a service
 * time drawn from {@code service}), and on 202 asks {@code GET /tasks/ID} every {@code intervalMs} until the answer is
 * 200 (completed) or {@code maxPolls} polls went unanswered (abandoned: the task stays queued and is still served,
 * wasted work). A 503 is a rejection. As {@code model.closed.Polling}: the response is rounded up to the poll that
 * saw the result, and the timeout is interval x maxPolls.
 */
public final class PollingClient implements ClosedLoopLoad.Request {
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final URI api;
    private final Distribution service;
    private final double intervalMs;
    private final int maxPolls;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public PollingClient(URI api, Distribution service, double intervalMs, int maxPolls) {
        this.api = Check.notNull("api", api);
        this.service = Check.notNull("service", service);
        this.intervalMs = Check.positive("intervalMs", intervalMs);
        this.maxPolls = Check.atLeast("maxPolls", maxPolls, 1);
    }

    @Override
    public ClosedLoopLoad.Outcome call(int user, RandomStream rng) {
        try {
            String ms = String.format(Locale.ROOT, "%.6f", service.sample(rng));
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(api.resolve("/tasks?service_ms=" + ms))
                    .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (posted.statusCode() == 503) return ClosedLoopLoad.Outcome.REJECTED;
            Matcher m = ID.matcher(posted.body());
            if (posted.statusCode() != 202 || !m.find()) return ClosedLoopLoad.Outcome.FAILED;
            HttpRequest poll = HttpRequest.newBuilder(api.resolve("/tasks/" + m.group(1))).timeout(Duration.ofSeconds(5)).GET().build();
            long accepted = System.nanoTime();
            for (int i = 1; i <= maxPolls; i++) {
                Pacer.sleepUntil(accepted + Math.round(i * intervalMs * 1e6));
                if (Thread.currentThread().isInterrupted()) return ClosedLoopLoad.Outcome.ABANDONED;
                int status = http.send(poll, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) return ClosedLoopLoad.Outcome.COMPLETED;
                if (status != 202) return ClosedLoopLoad.Outcome.FAILED;
            }
            return ClosedLoopLoad.Outcome.ABANDONED;
        } catch (IOException e) {
            return ClosedLoopLoad.Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ClosedLoopLoad.Outcome.ABANDONED;
        }
    }
}
