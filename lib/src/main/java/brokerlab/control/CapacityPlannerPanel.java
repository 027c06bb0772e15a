package brokerlab.control;

import brokerlab.analytic.capacity.CapacityPlanner;
import brokerlab.analytic.capacity.Evaluation;
import brokerlab.analytic.capacity.Plan;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distribution;
import brokerlab.plot.Figure;
import brokerlab.plot.XyFigure;
import brokerlab.util.Check;
import brokerlab.widget.CancelToken;
import brokerlab.widget.Dropdown;
import brokerlab.widget.FloatSlider;
import brokerlab.widget.HBox;
import brokerlab.widget.HtmlWidget;
import brokerlab.widget.Label;
import brokerlab.widget.RunOutcome;
import brokerlab.widget.Output;
import brokerlab.widget.Scheduler;
import brokerlab.widget.ToggleButtons;
import brokerlab.widget.VBox;
import brokerlab.widget.Widget;
import brokerlab.widget.WidgetSession;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The capacity planner as a live tool: arrival rate, service law and a latency target (a percentile or the mean)
 * in; the fewest servers out, with what they achieve, what one server fewer gives (the certificate of
 * minimality), and the headroom: how far the arrival rate can grow at that server count before the target breaks.
 *
 * <p>Where a formula exists ({@link CapacityPlanner}: the mean of any finite-SCV service, the percentiles of
 * exponential service) the answer is instant. Otherwise (M/G/c percentiles, infinite-variance means) the plan is
 * simulated in the background, server count by server count, judged by each interval's upper end.
 */
public final class CapacityPlannerPanel implements AutoCloseable {
    public static final String FALLBACK = "[Capacity planner: live controls need the Jupyter widget front end.\n"
            + "The static figure below shows the default plan.]";
    static final List<String> PERCENTILES = List.of("mean", "p95", "p99", "p99.9");
    private static final double[] QUANTILE = {Double.NaN, 0.95, 0.99, 0.999};

    private final double meanService;
    private final FloatSlider arrivalRate = new FloatSlider("arrival rate λ (msg/s)", 1, 400, 1, 40);
    private final Dropdown law = new Dropdown("service law", ServiceLaw.labels(), ServiceLaw.EXPONENTIAL.label());
    private final FloatSlider shape = new FloatSlider("shape", 0.5, 10, 0.05, 2.5);
    private final FloatSlider targetMs = new FloatSlider("target (ms)", 10, 2000, 10, 500);
    private final ToggleButtons percentile = new ToggleButtons("of the", PERCENTILES, "p99");
    private final Output figure = new Output();
    private final HtmlWidget readout = new HtmlWidget("");
    private final Label status = new Label("");
    private final VBox panel;
    private final SimulationAdapter adapter;
    private final BackgroundWork work;
    private Object current;   // guarded by this: the request whose result may still be shown

    public CapacityPlannerPanel(double meanService, SimulationAdapter adapter, Scheduler scheduler, Duration quiet) {
        this.meanService = Check.positive("meanService", meanService);
        this.adapter = Check.notNull("adapter", adapter);
        this.work = new BackgroundWork("capacity-planner-simulation", scheduler, quiet);
        for (var s : List.of(arrivalRate, shape, targetMs)) {
            s.style().set("description_width", "150px");
            s.layout().set("width", "420px");
            s.observe("value", c -> changed());
        }
        law.observe("index", c -> changed());
        percentile.observe("index", c -> changed());
        figure.layout().set("width", "560px");
        readout.layout().set("width", "420px");
        panel = new VBox(new HBox(new VBox(arrivalRate, law, shape), new VBox(targetMs, percentile)),
                new HBox(figure, readout), status);
        changed();
    }

    public static CapacityPlannerPanel create(double meanService, RunBudget budget) {
        return new CapacityPlannerPanel(meanService, new SimulationAdapter(budget),
                Scheduler.daemon("capacity-planner-debounce"), ControlCenter.QUIET);
    }

    public VBox panel() { return panel; }

    public void show(WidgetSession session) {
        session.show(panel, FALLBACK);
    }

    private Target target() {
        int i = percentile.index();
        double seconds = targetMs.value() / 1000;
        return i == 0 ? new Target.MeanResponseAtMost(seconds) : new Target.ResponsePercentileAtMost(QUANTILE[i], seconds);
    }

    /** Formulas cover means of finite-SCV services and percentiles of exponential service. */
    static boolean hasFormula(Distribution service, Target target) {
        return target instanceof Target.MeanResponseAtMost ? Double.isFinite(service.scv()) : service.scv() == 1;
    }

    private void changed() {
        ServiceLaw l = ServiceLaw.ofLabel(law.value());
        shape.description(l.hasShape() ? l.shapeName() : "shape (not used)");
        shape.disabled(!l.hasShape());
        double lambda = arrivalRate.value();
        Distribution service;
        Target target;
        try {
            service = l.distribution(meanService, shape.value());
            target = target();
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return;
        }
        Object request = new Object();
        synchronized (this) {
            current = request;
        }
        if (hasFormula(service, target)) {
            work.cancel();
            try {
                Plan plan = CapacityPlanner.of(lambda, service).plan(target);
                show(request, lambda, service, target, plan, true);
                status.value("planned by formula: " + plan.achieved().method());
            } catch (IllegalArgumentException e) {
                problem(e.getMessage());
            }
            return;
        }
        synchronized (this) {
            figure.showText("no formula for this target with " + l.label() + " service: planning by simulation …");
            readout.value("");
            status.value("simulation queued: starts when the controls rest");
        }
        work.request(() -> status.value("simulating server counts …"),
                token -> adapter.plan(lambda, service, target, token),
                outcome -> finished(request, lambda, service, target, outcome));
    }

    private synchronized void finished(Object request, double lambda, Distribution service, Target target, RunOutcome<Plan> outcome) {
        if (current != request) return;
        if (outcome instanceof RunOutcome.Completed<Plan> done) {
            show(request, lambda, service, target, done.value(), false);
            status.value("planned by " + done.value().achieved().method());
        } else if (outcome instanceof RunOutcome.Failed<Plan> failed) {
            figure.showError(failed.message());
            readout.value("");
            status.value("simulation found no plan (the controls stay live)");
        }
    }

    private synchronized void show(Object request, double lambda, Distribution service, Target target, Plan plan, boolean analytic) {
        if (current != request) return;
        Optional<Headroom> headroom = analytic ? Optional.of(Headroom.of(lambda, service, target, plan.servers())) : Optional.empty();
        try {
            figure.showImage(figure(lambda, service, target, plan, analytic), "plan: c = " + plan.servers());
        } catch (RuntimeException e) {
            figure.showError("figure failed: " + e.getMessage());
        }
        readout.value(describe(lambda, target, plan, headroom));
    }

    private void problem(String message) {
        work.cancel();
        synchronized (this) {
            current = null;
            figure.showError(message.lines().findFirst().orElse(message));
            readout.value("");
            status.value("");
        }
    }

    private String describe(double lambda, Target target, Plan plan, Optional<Headroom> headroom) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<b>c = %d servers</b> meet %s: %s", plan.servers(), HtmlWidget.escape(label(target)),
                HtmlWidget.escape(value(plan.achieved()))));
        plan.oneFewer().ifPresentOrElse(
                e -> b.append(String.format(Locale.ROOT, "<br>c − 1 = %d gives %s: misses", plan.servers() - 1, HtmlWidget.escape(value(e)))),
                () -> b.append("<br>c − 1 cannot carry the load (utilisation ≥ 1)"));
        headroom.ifPresent(h -> b.append(String.format(Locale.ROOT, "<br>headroom at c = %d: λ can grow by %.0f%% (to %.4g/s, "
                + "ρ = %.2f) before the target breaks", plan.servers(), 100 * (h.arrivalRate() / lambda - 1), h.arrivalRate(),
                h.arrivalRate() * meanService / plan.servers())));
        if (headroom.isEmpty()) b.append("<br><small>headroom needs a formula; the simulated plan shows c and c − 1</small>");
        return b.append(String.format(Locale.ROOT, "<br><small>λ = %.4g/s, E[S] = %.4g ms, offered load %.3g erlangs</small>",
                lambda, 1000 * meanService, lambda * meanService)).toString();
    }

    static String label(Target target) {
        return target instanceof Target.ResponsePercentileAtMost p
                ? String.format(Locale.ROOT, "p%s ≤ %s", new java.math.BigDecimal(Double.toString(100 * p.q())).stripTrailingZeros().toPlainString(), Units.ms(p.seconds()))
                : "mean ≤ " + Units.ms(target.threshold());
    }

    private static String value(Evaluation e) {
        if (!e.estimate().isFinite()) return "unstable";
        return e.confidenceInterval().map(Units::ms).orElse(Units.ms(e.estimate().value())) + " (" + e.method() + ")";
    }

    private BufferedImage figure(double lambda, Distribution service, Target target, Plan plan, boolean analytic) {
        XyFigure fig = Figure.xy("Fewest servers for " + label(target) + ", " + service.spec(), "servers c", "response (ms)")
                .size(560, 360);
        int c = plan.servers();
        if (analytic) {
            var evaluator = CapacityPlanner.of(lambda, service).evaluator(target);
            List<double[]> xy = new ArrayList<>();
            for (int k = (int) Math.floor(lambda * service.mean()) + 1; k <= c + 3; k++) {
                Evaluation e = evaluator.evaluate(k);
                if (e.estimate().isFinite()) xy.add(new double[]{k, 1000 * e.estimate().value()});
            }
            fig.line(plan.achieved().method(), xy.stream().mapToDouble(v -> v[0]).toArray(), xy.stream().mapToDouble(v -> v[1]).toArray());
            fig.points("the plan", new double[]{c}, new double[]{1000 * plan.achieved().estimate().value()});
        } else {
            List<double[]> pts = new ArrayList<>();
            for (var e : plan.oneFewer().filter(x -> x.estimate().isFinite()).map(List::of).orElse(List.of())) pts.add(point(c - 1, e));
            pts.add(point(c, plan.achieved()));
            fig.points("simulation, 95% CI", pts.stream().mapToDouble(v -> v[0]).toArray(), pts.stream().mapToDouble(v -> v[1]).toArray(),
                    pts.stream().mapToDouble(v -> v[2]).toArray());
        }
        double lo = Math.max(1, Math.floor(lambda * service.mean())), hi = c + 3;
        return fig.dashed("target " + label(target), new double[]{lo, hi}, new double[]{targetMs.value(), targetMs.value()}).image();
    }

    private static double[] point(int servers, Evaluation e) {
        double hw = e.confidenceInterval().map(ci -> ci.halfWidth()).orElse(0.0);
        return new double[]{servers, 1000 * e.estimate().value(), 1000 * hw};
    }

    /** The default plan's figure, for readers without widgets (a simulated plan runs on the calling thread). */
    public BufferedImage staticFigure() {
        double lambda = arrivalRate.value();
        Distribution service = ServiceLaw.ofLabel(law.value()).distribution(meanService, shape.value());
        Target target = target();
        boolean analytic = hasFormula(service, target);
        Plan plan = analytic ? CapacityPlanner.of(lambda, service).plan(target) : adapter.plan(lambda, service, target, CancelToken.NEVER);
        return figure(lambda, service, target, plan, analytic);
    }

    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return work.awaitIdle(timeout);
    }

    public FloatSlider arrivalRate() { return arrivalRate; }
    public Dropdown law() { return law; }
    public FloatSlider shape() { return shape; }
    public FloatSlider targetMs() { return targetMs; }
    public ToggleButtons percentile() { return percentile; }
    public Output figure() { return figure; }

    /** The readout as shown (HTML). */
    public String readout() { return readout.value(); }

    public String status() { return status.value(); }

    List<Widget> controls() { return List.of(arrivalRate, law, shape, targetMs, percentile); }

    @Override
    public void close() {
        work.close();
    }
}
