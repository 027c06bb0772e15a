package brokerlab.model.closed;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Replications;
import brokerlab.experiment.RunLength;
import brokerlab.random.RandomStream;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.model.StationMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.*;

class ClosedEventsTest {
    private static Distribution constant(double value) {
        return new Deterministic(value);
    }

    /**
     * Exact MVA for single-server FCFS stations with demands D_i plus a delay (think) station Z
     * (Reiser &amp; Lavenberg 1980; Lazowska et al. 1984, 6.3): for n = 1..N, R_i = D_i (1 + Q_i(n-1)),
     * X = n / (Z + sum R_i), Q_i = X R_i. Returns {X, R, Q_1, ..., Q_m}.
     */
    static double[] mva(int clients, double think, double... demands) {
        double[] q = new double[demands.length];
        double x = 0, r = 0;
        for (int n = 1; n <= clients; n++) {
            r = 0;
            double[] ri = new double[demands.length];
            for (int i = 0; i < demands.length; i++) r += ri[i] = demands[i] * (1 + q[i]);
            x = n / (think + r);
            for (int i = 0; i < demands.length; i++) q[i] = x * ri[i];
        }
        double[] out = new double[2 + demands.length];
        out[0] = x;
        out[1] = r;
        System.arraycopy(q, 0, out, 2, demands.length);
        return out;
    }

    private static void inside(double exact, List<ClosedRun> runs, ToDoubleFunction<ClosedRun> metric, double level, String what) {
        ConfidenceInterval ci = Replications.ci(runs, metric, level);
        assertTrue(ci.contains(exact), () -> what + ": exact " + exact + " outside " + ci);
    }

    // Z = 5; two single-server application nodes, mean 0.8, random balancing (visit ratio 1/2: D = 0.4 each);
    // backend mean 0.5 (D = 0.5, the bottleneck: X <= 2)
    private static final ClosedSystem PRODUCT_FORM = ClosedSystem.of(Exponential.ofMean(5), 2, 1, Exponential.ofMean(0.8),
            1, Exponential.ofMean(0.5)).withBalancer(LoadBalancer.RANDOM);

    @Test
    void throughputResponseAndQueuesMatchExactMva() {
        int[] populations = {3, 10};
        double level = 1 - 0.05 / 8;   // 8 comparisons, Bonferroni
        for (int n : populations) {
            double[] exact = mva(n, 5, 0.4, 0.4, 0.5);
            List<ClosedRun> runs = PRODUCT_FORM.withClients(n).simulate().time(100, 4000).replications(12).seed(3).run().runs();
            inside(exact[0], runs, ClosedRun::throughput, level, "X at N=" + n);
            inside(exact[1], runs, ClosedRun::meanResponse, level, "R at N=" + n);
            inside(exact[4], runs, x -> x.backend().get(Metric.MEAN_NUMBER_IN_SYSTEM), level, "Q backend at N=" + n);
            inside(exact[0] * 0.5, runs, x -> x.backend().get(Metric.UTILIZATION), level, "U backend at N=" + n);
        }
    }

    @Test
    void interactiveResponseTimeLawHolds() {
        // R = N / X - Z (Lazowska et al. 1984, 3.3.3) is a sample-path identity up to edge effects; a constant think
        // time makes the realised Z exactly 2. Two 2-server nodes with constant service, JSQ, exponential backend.
        ClosedSystem sys = ClosedSystem.of(constant(2), 2, 2, constant(1), 1, Exponential.ofMean(0.2))
                .withBalancer(LoadBalancer.JOIN_SHORTEST_QUEUE);
        ClosedRun r = sys.withClients(12).run(RunLength.time(50, 20_000), 5, 0);
        double law = r.meanClients() / r.throughput() - 2;
        assertEquals(12, r.meanClients(), 1e-9);
        assertEquals(r.meanResponse(), law, 0.01 * r.meanResponse());
    }

    @Test
    void throughputAndResponseRespectTheAsymptoticBounds() {
        // D = 0.8 + 0.5 = 1.3, Dmax = 0.5, Z = 5: X <= min(N / (D + Z), 1 / Dmax), R >= max(D, N Dmax - Z)
        // (Lazowska et al. 1984, 5.2). Checked as: the bound does not lie below (above) the whole interval.
        int[] populations = {1, 4, 12, 30};
        double level = 1 - 0.05 / 8;
        for (int n : populations) {
            List<ClosedRun> runs = PRODUCT_FORM.withClients(n).simulate().time(100, 2000).replications(8).seed(9).run().runs();
            double xMax = Math.min(n / (1.3 + 5), 1 / 0.5), rMin = Math.max(1.3, n * 0.5 - 5);
            ConfidenceInterval x = Replications.ci(runs, ClosedRun::throughput, level);
            ConfidenceInterval rt = Replications.ci(runs, ClosedRun::meanResponse, level);
            assertTrue(x.lower() <= xMax, () -> "N=" + n + " X " + x + " above bound " + xMax);
            assertTrue(rt.upper() >= rMin, () -> "N=" + n + " R " + rt + " below bound " + rMin);
        }
    }

    @Test
    void circuitBreakerMatchesTheFiniteSourceBirthDeathChain() {
        // One single-server app node (mean 1), negligible backend (mean 1e-9), N = 8 clients, Z = 4, at most 2 waiting:
        // n = 0..3 at the app node; thinking clients N - n request at rate (N - n)/Z, refused when n = 3.
        // pi_n ~ prod_{i<n} (N - i)/Z / mu; rejected fraction = pi_3 (N-3) / sum pi_n (N-n); X = mu (1 - pi_0); R = L / X.
        int clients = 8;
        double z = 4, mu = 1;
        double[] pi = new double[4];
        pi[0] = 1;
        for (int n = 1; n < 4; n++) pi[n] = pi[n - 1] * (clients - n + 1) / z / mu;
        double sum = pi[0] + pi[1] + pi[2] + pi[3];
        double requestRate = 0, l = 0;
        for (int n = 0; n < 4; n++) {
            pi[n] /= sum;
            requestRate += pi[n] * (clients - n) / z;
            l += n * pi[n];
        }
        double rejectedFraction = pi[3] * (clients - 3) / z / requestRate, x = mu * (1 - pi[0]), resp = l / x;
        ClosedSystem sys = ClosedSystem.of(Exponential.ofMean(z), 1, 1, Exponential.ofMean(1), 1, Exponential.ofMean(1e-9))
                .withCircuitBreaker(2);
        List<ClosedRun> runs = sys.withClients(clients).simulate().time(100, 4000).replications(12).seed(13).run().runs();
        double level = 1 - 0.05 / 3;
        inside(rejectedFraction, runs, ClosedRun::rejectedFraction, level, "rejected fraction");
        inside(x, runs, ClosedRun::throughput, level, "X");
        inside(resp, runs, ClosedRun::meanResponse, level, "R");
        for (ClosedRun r : runs) assertTrue(r.nodes().get(0).get(StationMonitor.MAX_QUEUE_LENGTH) <= 2, "the breaker caps the queue");
        ClosedRun open = sys.withCircuitBreaker(ClosedSystem.NO_BREAKER).withClients(clients).run(RunLength.time(100, 4000), 13, 0);
        assertEquals(0, open.rejected());
        assertTrue(open.nodes().get(0).get(StationMonitor.MAX_QUEUE_LENGTH) > 2);
    }

    @Test
    void pollingClientsSeeTheResultAtTheFirstPollAfterCompletion() {
        // one client, think 10, app 1.0, backend 0.1: done 1.1 after the request; polls every 0.25 find it at 1.25
        ClosedSystem sys = ClosedSystem.of(constant(10), 1, 1, constant(1.0), 1, constant(0.1)).withPolling(0.25, 10);
        ClosedRun r = sys.withClients(1).run(RunLength.time(0, 1000), 1, 0);
        assertEquals(1.25, r.meanResponse(), 1e-9);
        assertEquals(1.1, r.meanServerResponse(), 1e-9);
        assertEquals(0, r.abandoned());
        // think 10 then 1.25 to the response: responses at 11.25 m <= 1000, so m = 1..88
        assertEquals(88, r.completed());
    }

    @Test
    void clientsGiveUpAfterTheirLastPollAndTheWorkIsWasted() {
        // timeout 4 x 0.25 = 1.0 < 1.1: every request is abandoned, yet the system still serves each one
        ClosedSystem sys = ClosedSystem.of(constant(10), 1, 1, constant(1.0), 1, constant(0.1)).withPolling(0.25, 4);
        ClosedRun r = sys.withClients(1).run(RunLength.time(0, 1000), 1, 0);
        assertEquals(0, r.completed());
        assertEquals(1.0, r.abandonedFraction(), 1.0 / r.requests() + 1e-12);
        assertTrue(r.abandonedServed() >= r.abandoned() - 1);
        assertEquals(1.0, r.wastedWorkFraction(), 1e-12);
    }

    @Test
    void aClientStaircaseChangesThePopulationOnSchedule() {
        // growing staircase 3, 6, 12 clients: new clients join at once, so the time-average population equals the
        // step's count; throughput follows MVA's X(N) (within 5%: the transient after each step is included)
        ClientSchedule stairs = ClientSchedule.staircase(1000, 3, 6, 12);
        List<ClosedRun> runs = PRODUCT_FORM.withSchedule(stairs).simulate().replications(8).seed(17).run().runs();
        for (int k = 0; k < 3; k++) {
            int n = stairs.step(k).clients();
            double exact = mva(n, 5, 0.4, 0.4, 0.5)[0];
            final int step = k;
            for (ClosedRun r : runs) assertEquals(n, r.steps().get(step).get(ClosedRun.MEAN_CLIENTS), 1e-9);
            double mean = runs.stream().mapToDouble(r -> r.steps().get(step).get(Metric.THROUGHPUT)).average().orElseThrow();
            assertEquals(exact, mean, 0.05 * exact, "step " + k);
        }
        // shrinking: surplus clients leave after their current think, so the average lies between the two counts
        ClosedRun down = PRODUCT_FORM.withSchedule(ClientSchedule.staircase(200, 6, 2)).run(RunLength.time(0, 400), 17, 0);
        double avg = down.steps().get(1).get(ClosedRun.MEAN_CLIENTS);
        assertTrue(avg > 2 && avg < 6, () -> "mean clients " + avg);
    }

    @Test
    void sameSeedGivesTheSameNumbers() {
        ClosedSystem sys = PRODUCT_FORM.withCircuitBreaker(1).withPolling(0.5, 6);
        ClosedRun a = sys.withClients(20).run(RunLength.time(10, 300), 4, 2);
        ClosedRun b = sys.withClients(20).run(RunLength.time(10, 300), 4, 2);
        assertEquals(a.meanResponse(), b.meanResponse());
        assertEquals(a.nodes(), b.nodes());
        assertEquals(a.rejected(), b.rejected());
        assertNotEquals(a.meanResponse(), sys.withClients(20).run(RunLength.time(10, 300), 4, 3).meanResponse());
    }

    @Test
    void aCustomerLengthRunsForTheTimeThatManyRequestsNeedAtTheThroughputBound() {
        // N = 10, D = 0.4 + 0.4 + 0.5 with random balancing (app demand 0.8 per request), Z = 5: X+ = min(10 / 6.3, 1 / 0.5)
        ClosedSystem sys = PRODUCT_FORM.withClients(10);
        double bound = 10 / 6.3;
        assertEquals(bound, sys.throughputBound(), 1e-12);
        assertEquals(sys.run(RunLength.time(100 / bound, 1_000 / bound), 2, 0).measurements(),
                sys.run(RunLength.customers(100, 1_000), 2, 0).measurements());
    }

    @Test
    void rejectsAnEmptyPopulation() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> PRODUCT_FORM.withClients(0).run(RunLength.time(0, 10), 1, 0)).getMessage().startsWith("clients = 0"));
    }
}
