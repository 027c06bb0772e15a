package brokerlab.control;

import brokerlab.analytic.MMc;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.widget.CancelToken;
import brokerlab.widget.FakeTransport;
import brokerlab.widget.ManualScheduler;
import brokerlab.widget.Widget;
import brokerlab.widget.WidgetSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Control Center at the message level: a fake front end moves the controls, a manual clock stands in for the
 * debounce timer, and a fake simulator records which points it was asked to run.
 */
class ControlCenterTest {
    private final FakeTransport fake = new FakeTransport();
    private final ManualScheduler clock = new ManualScheduler();
    private final List<OperatingPoint> asked = new CopyOnWriteArrayList<>();
    private volatile PointSimulator behaviour = ControlCenterTest::twiceTheTextbook;
    private ControlCenter center;

    /** A stand-in simulation: mean and p99 twice M/M/c's, with a 5% half-width. */
    private static PointEstimate twiceTheTextbook(OperatingPoint p, CancelToken token) {
        var mmc = new MMc(p.arrivalRate(), 1 / p.meanService(), p.servers());
        return new PointEstimate(ci(2 * mmc.meanResponse()), ci(2 * mmc.responsePercentile(0.99)), ci(0),
                Optional.empty(), Optional.empty(), "fake simulation");
    }

    private static ConfidenceInterval ci(double x) {
        return new ConfidenceInterval(x, 0.05 * x, 0.95, 10);
    }

    @BeforeEach
    void open() {
        center = new ControlCenter(OperatingPoint.defaults(), (p, t) -> {
            asked.add(p);
            return behaviour.simulate(p, t);
        }, clock, Duration.ofMillis(300));
        center.show(new WidgetSession(fake));
    }

    @AfterEach
    void close() {
        center.close();
    }

    private void move(Widget control, String key, Object value) {
        fake.frontend(control.modelId(), FakeTransport.update(Map.of(key, value)));
    }

    private void rest() throws InterruptedException {
        clock.advance(300);
        assertTrue(center.awaitIdle(Duration.ofSeconds(10)), "background run did not finish");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> figureOutputs() {
        var updates = fake.sent(s -> s.type().equals("comm_msg") && center.figure().modelId().equals(s.commId())
                && s.state() != null && s.state().containsKey("outputs"));
        return (List<Map<String, Object>>) updates.get(updates.size() - 1).state().get("outputs");
    }

    @Test
    void theoryRedrawsAtOnceWhileTheSimulationWaitsForTheControlsToRest() throws InterruptedException {
        fake.clear();
        move(center.arrivalRate(), "value", 36);
        assertEquals("display_data", figureOutputs().get(0).get("output_type"), "the figure was redrawn in place");
        double mmcP99 = new MMc(36, 10, 4).responsePercentile(0.99);   // rho = 0.9
        assertTrue(center.verdict().startsWith("verdict after the simulation; M/M/c says p99 = " + Units.ms(mmcP99)), center.verdict());
        assertEquals(List.of(), asked, "no simulation before the quiet period");
        rest();
        assertEquals(1, asked.size());
        assertEquals(36.0, asked.get(0).arrivalRate());
        assertEquals("M/M/c is off by 2.0x at p99 here: it says " + Units.ms(mmcP99) + ", simulation "
                + Units.ms(ci(2 * mmcP99)), center.verdict());
    }

    @Test
    void fiftyQuickMovesOfASliderStartExactlyOneSimulationForTheValueItStopsAt() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            move(center.arrivalRate(), "value", 20 + 0.3 * i);   // 20 .. 34.7 msg/s, one move every 10 ms
            clock.advance(10);
        }
        rest();
        assertEquals(1, asked.size(), "one simulation, not fifty: " + asked);
        assertEquals(34.7, asked.get(0).arrivalRate(), 1e-12);
        var runs = center.runs();
        assertEquals(1, runs.submitted());
        assertEquals(1, runs.started());
        assertEquals(1, runs.completed());
        assertEquals(1, runs.maxConcurrent());
    }

    @Test
    void aNewerPointCancelsTheStaleSimulationThatIsStillRunning() throws InterruptedException {
        var running = new CountDownLatch(1);
        behaviour = (p, token) -> {
            if (p.arrivalRate() == 30) {
                running.countDown();
                while (true) token.throwIfCancelled();   // a long run that only stops when cancelled
            }
            return twiceTheTextbook(p, token);
        };
        move(center.arrivalRate(), "value", 30);
        clock.advance(300);
        assertTrue(running.await(10, TimeUnit.SECONDS));
        move(center.arrivalRate(), "value", 25);
        rest();
        var runs = center.runs();
        assertEquals(1, runs.cancelled(), runs.toString());
        assertEquals(1, runs.completed(), runs.toString());
        assertEquals(1, runs.maxConcurrent());
        assertEquals(2 * new MMc(25, 10, 4).meanResponse(), center.simulated().orElseThrow().meanResponse().estimate(),
                1e-12, "the result shown is the newer point's");
        assertTrue(center.verdict().startsWith("M/M/c is off by 2.0x"), center.verdict());
    }

    private void assertOneLineInPlaceOfTheFigure(String mustContain) {
        var outputs = figureOutputs();
        assertEquals(1, outputs.size());
        assertEquals("stderr", outputs.get(0).get("name"), "an error line, not a figure: " + outputs);
        String text = (String) outputs.get(0).get("text");
        assertTrue(text.contains(mustContain), text);
        assertEquals(1, text.strip().lines().count(), "one line: " + text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), "no stack trace: " + text);
        assertTrue(center.point().isEmpty());
    }

    @Test
    void utilisationAtOrAboveOneShowsOneLineInsteadOfTheFigureAndTheControlsStayLive() throws InterruptedException {
        move(center.arrivalRate(), "value", 45);    // rho = 45 * 0.1 / 4 = 1.125
        assertOneLineInPlaceOfTheFigure("1.125 >= 1: the queue is unstable");
        assertTrue(center.verdict().startsWith("no verdict"), center.verdict());
        rest();
        assertEquals(List.of(), asked, "nothing to simulate");
        move(center.arrivalRate(), "value", 30);
        assertEquals("display_data", figureOutputs().get(0).get("output_type"));
        rest();
        assertEquals(1, asked.size());
    }

    @Test
    void aBufferBelowTheServersIsRefusedInOneLine() {
        move(center.buffer(), "value", 2);
        assertOneLineInPlaceOfTheFigure("buffer capacity = 2 is invalid");
    }

    @Test
    void aTailIndexAtOrBelowOneIsRefusedInOneLineBecauseTheMeanIsInfinite() {
        move(center.shape(), "value", 0.9);
        assertOneLineInPlaceOfTheFigure("alpha = 0.9 is invalid: it must be > 1");
    }

    @Test
    void aSimulationThatThrowsShowsItsMessageAndTheNextMoveSimulatesAgain() throws InterruptedException {
        behaviour = (p, token) -> {
            if (p.servers() == 5) throw new IllegalStateException("engine exploded at c = 5");
            return twiceTheTextbook(p, token);
        };
        move(center.servers(), "value", 5);
        rest();
        assertTrue(center.status().startsWith("simulation failed: engine exploded at c = 5"), center.status());
        assertEquals("display_data", figureOutputs().get(0).get("output_type"), "the theory figure stays");
        move(center.servers(), "value", 6);
        rest();
        assertTrue(center.status().startsWith("simulation done"), center.status());
        assertTrue(center.verdict().startsWith("M/M/c is off by 2.0x"), center.verdict());
    }

    @Test
    void turningSimulationOffStopsBackgroundRuns() throws InterruptedException {
        move(center.simulate(), "value", false);
        move(center.arrivalRate(), "value", 28);
        rest();
        assertEquals(List.of(), asked);
        assertTrue(center.status().contains("simulation off"), center.status());
    }

    @Test
    void theShapeControlFollowsTheServiceLaw() {
        move(center.law(), "index", ServiceLaw.labels().indexOf("exponential"));
        assertTrue(center.shape().isDisabled());
        assertEquals("shape (not used)", center.shape().description());
        move(center.law(), "index", ServiceLaw.labels().indexOf("lognormal"));
        assertFalse(center.shape().isDisabled());
        assertEquals("SCV", center.shape().description());
    }

    @Test
    void theStaticFigureShowsTheStartingPointWithItsSimulation() {
        var image = center.staticFigure();
        assertEquals(HockeyStick.WIDTH, image.getWidth());
        assertEquals(OperatingPoint.defaults(), asked.get(asked.size() - 1));
    }
}
