package brokerlab.control;

import brokerlab.analytic.MMc;
import brokerlab.analytic.capacity.CapacityPlanner;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Exponential;
import brokerlab.widget.FakeTransport;
import brokerlab.widget.ManualScheduler;
import brokerlab.widget.Widget;
import brokerlab.widget.WidgetSession;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The capacity planner and the blast radius as live tools, at the message level with the real engine. */
class PanelsTest {
    private final FakeTransport fake = new FakeTransport();
    private final ManualScheduler clock = new ManualScheduler();
    private final SimulationAdapter adapter = new SimulationAdapter(new RunBudget(20_000, 4, 2_000, 500, 42));

    private void move(Widget control, String key, Object value) {
        fake.frontend(control.modelId(), FakeTransport.update(Map.of(key, value)));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> outputs(Widget output) {
        var updates = fake.sent(s -> s.type().equals("comm_msg") && output.modelId().equals(s.commId())
                && s.state() != null && s.state().containsKey("outputs"));
        return (List<Map<String, Object>>) updates.get(updates.size() - 1).state().get("outputs");
    }

    @Test
    void thePlannerAnswersAtOnceWithTheServersTheOneFewerAndTheHeadroom() {
        try (var planner = new CapacityPlannerPanel(0.1, adapter, clock, Duration.ofMillis(300))) {
            planner.show(new WidgetSession(fake));
            // lambda 40/s, exponential 100 ms, p99 <= 500 ms: the exact plan, independently
            var exact = CapacityPlanner.of(40, Exponential.ofMean(0.1)).plan(new Target.ResponsePercentileAtMost(0.99, 0.5));
            assertTrue(planner.readout().startsWith("<b>c = " + exact.servers() + " servers</b> meet p99 ≤ 500 ms"), planner.readout());
            assertTrue(planner.readout().contains("c − 1 = " + (exact.servers() - 1) + " gives"), planner.readout());
            assertTrue(planner.readout().contains("headroom at c = " + exact.servers()), planner.readout());
            move(planner.percentile(), "index", CapacityPlannerPanel.PERCENTILES.indexOf("mean"));
            var mean = CapacityPlanner.of(40, Exponential.ofMean(0.1)).plan(new Target.MeanResponseAtMost(0.5));
            assertTrue(mean.servers() < exact.servers(), "a mean target of 500 ms needs fewer servers than the p99");
            assertTrue(planner.readout().startsWith("<b>c = " + mean.servers() + " servers</b> meet mean ≤ 500 ms"), planner.readout());
        }
    }

    @Test
    void thePlannerSimulatesWhereNoFormulaExistsAndSaysWhenATargetIsImpossible() throws InterruptedException {
        try (var planner = new CapacityPlannerPanel(0.1, adapter, clock, Duration.ofMillis(300))) {
            planner.show(new WidgetSession(fake));
            // lognormal, mean 100 ms, SCV 2.5: sigma^2 = ln 3.5, its own p99 is exp(ln 0.1 - sigma^2/2 + 2.326 sigma) = 0.72 s,
            // so a 1 s target is feasible, and no formula gives M/G/c percentiles
            move(planner.targetMs(), "value", 1000);
            move(planner.law(), "index", ServiceLaw.labels().indexOf("lognormal"));
            assertTrue(planner.status().startsWith("simulation queued"), "status: " + planner.status());
            clock.advance(300);
            assertTrue(planner.awaitIdle(Duration.ofSeconds(60)));
            assertTrue(planner.readout().startsWith("<b>c = "), planner.status() + " / " + planner.readout());
            assertTrue(planner.status().startsWith("planned by simulation"), planner.status());

            move(planner.law(), "index", ServiceLaw.labels().indexOf("exponential"));
            move(planner.targetMs(), "value", 10);   // p99 <= 10 ms with 100 ms exponential service: impossible
            var out = outputs(planner.figure());
            assertEquals("stderr", out.get(0).get("name"));
            assertTrue(((String) out.get(0).get("text")).startsWith("seconds = 0.01 is invalid: no server count meets it"), out.toString());
        }
    }

    @Test
    void theHeadroomIsTheArrivalRateAtWhichTheTargetBreaks() {
        var target = new Target.MeanResponseAtMost(0.12);
        var h = Headroom.of(20, Exponential.ofMean(0.1), target, 4);
        assertEquals(0.12, new MMc(h.arrivalRate(), 10, 4).meanResponse(), 1e-6, "at the headroom the target is just met");
    }

    @Test
    void theBlastRadiusRedrawsTheoryAtOnceAndAddsTheSimulationWhenTheControlsRest() throws InterruptedException {
        try (var blast = new BlastRadiusPanel(adapter, clock, Duration.ofMillis(300))) {
            blast.show(new WidgetSession(fake));
            double[] qna = new TandemPoint(0, 0.8, 4, 2, 0.8).qnaScv();
            // QNA eq. 39 by hand: c_d^2 = 1 + (1 - 0.64)(0 - 1) + 0.64 (4 - 1) / 1 = 2.56
            assertEquals(2.56, qna[1], 1e-12);
            assertTrue(blast.readout().startsWith("departure SCV after stage 1: <b>2.56</b> by QNA;"), blast.readout());
            move(blast.serviceScv1(), "value", 1);
            // exponential service pulls the flow towards SCV 1 by (1 - rho^2): 1 + 0.36 (0 - 1) = 0.64
            assertTrue(blast.readout().startsWith("departure SCV after stage 1: <b>0.64</b>"), blast.readout());
            clock.advance(300);
            assertTrue(blast.awaitIdle(Duration.ofSeconds(60)));
            assertTrue(blast.readout().contains("simulated"), blast.status() + " / " + blast.readout());
            assertTrue(blast.readout().contains("assuming Poisson input at stage 2 is"), blast.readout());
            move(blast.rho2(), "value", 1.05);
            var out = outputs(blast.scvFigure());
            assertTrue(((String) out.get(0).get("text")).startsWith("stage-2 utilisation 1.050 >= 1"), out.toString());
        }
    }
}
