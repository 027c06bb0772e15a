package brokerlab.control;

import brokerlab.util.Check;
import brokerlab.widget.CancelToken;
import brokerlab.widget.Checkbox;
import brokerlab.widget.Dropdown;
import brokerlab.widget.FloatSlider;
import brokerlab.widget.HBox;
import brokerlab.widget.HtmlWidget;
import brokerlab.widget.IntSlider;
import brokerlab.widget.Label;
import brokerlab.widget.RunOutcome;
import brokerlab.widget.Output;
import brokerlab.widget.RunnerStats;
import brokerlab.widget.Scheduler;
import brokerlab.widget.ToggleButtons;
import brokerlab.widget.VBox;
import brokerlab.widget.Widget;
import brokerlab.widget.WidgetSession;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Control Center: controls for one broker station (arrival rate, servers, service law and its SCV or tail
 * index, legacy servers and their speed, routing, buffer, replication protocol and deployment) and outputs that
 * redraw in place (the hockey-stick figure with the current point, a table of theory, textbook and simulation,
 * and a one-line verdict on the textbook).
 *
 * <p>Theory redraws at once on every change, on the kernel's comm thread. Simulation waits until the controls
 * rest for {@link #QUIET}, then runs in the background (one run at a time; a newer point cancels a stale run
 * between replications) and redraws when done. A combination with no steady state shows its one-line reason in
 * place of the figure; a simulation that throws shows its message in the status line; the controls stay live.
 */
public final class ControlCenter implements AutoCloseable {
    /** How long the controls must rest before a simulation starts. */
    public static final Duration QUIET = Duration.ofMillis(300);
    /** What readers without the widget front end see in place of the panel. */
    public static final String FALLBACK = "[Control Center: live controls need a Jupyter front end with the widget "
            + "extension\n(JupyterLab + jupyterlab-widgets, ipywidgets 8). The static figure below shows the default point.]";

    private final FloatSlider arrivalRate, shape, legacyFraction, legacySpeed;
    private final IntSlider servers, buffer;
    private final Dropdown law, balancer, replication;
    private final ToggleButtons deployment;
    private final Checkbox simulate = new Checkbox("simulate in the background", true);
    private final Output figure = new Output();
    private final HtmlWidget readout = new HtmlWidget("");
    private final Label verdict = new Label("");
    private final Label status = new Label("");
    private final VBox panel;
    private final OperatingPoint start;
    private final PointSimulator simulator;
    private final BackgroundWork work;
    private OperatingPoint current;                  // guarded by this; null when there is no steady state
    private Theory.Readout theory;
    private Optional<PointEstimate> simulated = Optional.empty();

    public ControlCenter(OperatingPoint start, PointSimulator simulator, Scheduler scheduler, Duration quiet) {
        this.start = Check.notNull("start", start);
        this.simulator = Check.notNull("simulator", simulator);
        this.work = new BackgroundWork("control-center-simulation", scheduler, quiet);
        arrivalRate = new FloatSlider("arrival rate λ (msg/s)", 1, 120, 0.5, start.arrivalRate());
        servers = new IntSlider("servers c", 1, 16, 1, start.servers());
        law = new Dropdown("service law", ServiceLaw.labels(), start.law().label());
        shape = new FloatSlider("shape", 0.5, 10, 0.05, start.shape());
        buffer = new IntSlider("buffer K (0 = unlimited)", 0, 64, 1, start.capacity());
        legacyFraction = new FloatSlider("legacy servers (fraction)", 0, 1, 0.05, start.legacyFraction());
        legacySpeed = new FloatSlider("legacy speed", 0.1, 1, 0.05, start.legacySpeed());
        balancer = new Dropdown("routing", Balancer.labels(), start.balancer().label());
        replication = new Dropdown("replication", Replication.labels(), start.replication().label());
        deployment = new ToggleButtons("replicas in", Deployment.labels(), start.deployment().label());
        for (Widget control : List.of(arrivalRate, servers, shape, buffer, legacyFraction, legacySpeed, simulate)) {
            control.observe("value", c -> changed());
        }
        for (Widget control : List.of(law, balancer, replication, deployment)) control.observe("index", c -> changed());
        panel = layout();
        changed();
    }

    /** A Control Center on the real engine, starting at {@link OperatingPoint#defaults()}. */
    public static ControlCenter create(RunBudget budget) {
        return new ControlCenter(OperatingPoint.defaults(), new SimulationAdapter(budget),
                Scheduler.daemon("control-center-debounce"), QUIET);
    }

    private VBox layout() {
        for (var s : List.of(arrivalRate, servers, shape, buffer, legacyFraction, legacySpeed)) {
            s.style().set("description_width", "170px");
            s.layout().set("width", "420px");
        }
        for (var d : List.of(law, balancer, replication)) d.style().set("description_width", "110px");
        figure.layout().set("width", "660px");
        readout.layout().set("width", "460px");
        var controls = new HBox(new VBox(arrivalRate, servers, law, shape, buffer, simulate),
                new VBox(legacyFraction, legacySpeed, balancer, replication, deployment));
        return new VBox(controls, verdict, new HBox(figure, readout), status);
    }

    /** The whole panel, for a {@link WidgetSession} to show. */
    public VBox panel() {
        return panel;
    }

    /** Shows the panel in the running cell, with {@link #FALLBACK} for readers without widgets. */
    public void show(WidgetSession session) {
        session.show(panel, FALLBACK);
    }

    private OperatingPoint read() {
        ServiceLaw l = ServiceLaw.ofLabel(law.value());
        return new OperatingPoint(arrivalRate.value(), start.meanService(), servers.value(), l, shape.value(),
                legacyFraction.value(), legacySpeed.value(), Balancer.ofLabel(balancer.value()), buffer.value(),
                Replication.ofLabel(replication.value()), Deployment.ofLabel(deployment.value()));
    }

    private void changed() {
        ServiceLaw l = ServiceLaw.ofLabel(law.value());
        shape.description(l.hasShape() ? l.shapeName() : "shape (not used)");
        shape.disabled(!l.hasShape());
        legacySpeed.disabled(legacyFraction.value() == 0);
        deployment.disabled(Replication.ofLabel(replication.value()) == Replication.NONE);
        OperatingPoint p;
        Theory.Readout t;
        try {
            p = read();
            t = Theory.of(p);
        } catch (IllegalArgumentException e) {
            noSteadyState(e.getMessage());
            return;
        }
        boolean run = simulate.value();
        synchronized (this) {
            current = p;
            theory = t;
            simulated = Optional.empty();
            redraw(p, t, Optional.empty(), run ? "queued: starts when the controls rest" : "off");
            status.value(run ? "theory updated; simulation queued" : "theory updated; simulation off");
        }
        if (!run) {
            work.cancel();
            return;
        }
        work.request(() -> status.value("simulating " + p.describe() + " …"),
                token -> simulator.simulate(p, token), outcome -> finished(p, t, outcome));
    }

    private synchronized void finished(OperatingPoint p, Theory.Readout t, RunOutcome<PointEstimate> outcome) {
        if (current != p) return;   // the controls moved on; a newer request is queued
        if (outcome instanceof RunOutcome.Completed<PointEstimate> done) {
            simulated = Optional.of(done.value());
            redraw(p, t, simulated, "");
            status.value("simulation done: " + done.value().method());
        } else if (outcome instanceof RunOutcome.Failed<PointEstimate> failed) {
            status.value("simulation failed: " + failed.message() + " (the theory above still holds; move a control to retry)");
        }
    }

    private void redraw(OperatingPoint p, Theory.Readout t, Optional<PointEstimate> sim, String simulationStatus) {
        try {
            figure.showImage(HockeyStick.draw(p, t, sim), "hockey stick at " + p.describe());
        } catch (RuntimeException e) {
            figure.showError("figure failed: " + e.getMessage());
        }
        readout.value(ReadoutTable.html(p, t, sim, simulationStatus));
        verdict.value(GapVerdict.of(t, sim));
    }

    private void noSteadyState(String message) {
        work.cancel();
        synchronized (this) {
            current = null;
            theory = null;
            simulated = Optional.empty();
            figure.showError(message.lines().findFirst().orElse(message));
            readout.value("");
            verdict.value("no verdict: these controls describe no steady state");
            status.value("");
        }
    }

    /**
     * The figure of the starting point with a simulation run to completion, for readers without widgets
     * (it runs on the calling thread).
     */
    public BufferedImage staticFigure() {
        Theory.Readout t = Theory.of(start);
        return HockeyStick.draw(start, t, Optional.of(simulator.simulate(start, CancelToken.NEVER)));
    }

    /** Waits until no simulation is queued or running; true when idle within the timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return work.awaitIdle(timeout);
    }

    public FloatSlider arrivalRate() { return arrivalRate; }
    public IntSlider servers() { return servers; }
    public Dropdown law() { return law; }
    public FloatSlider shape() { return shape; }
    public IntSlider buffer() { return buffer; }
    public FloatSlider legacyFraction() { return legacyFraction; }
    public FloatSlider legacySpeed() { return legacySpeed; }
    public Dropdown balancer() { return balancer; }
    public Dropdown replication() { return replication; }
    public ToggleButtons deployment() { return deployment; }
    public Checkbox simulate() { return simulate; }
    public Output figure() { return figure; }

    /** The verdict line as shown. */
    public String verdict() { return verdict.value(); }

    /** The status line as shown. */
    public String status() { return status.value(); }

    /** The point the controls describe, empty when they describe no steady state. */
    public synchronized Optional<OperatingPoint> point() { return Optional.ofNullable(current); }

    /** The simulation of the current point, once it has finished. */
    public synchronized Optional<PointEstimate> simulated() { return simulated; }

    /** The theory of the current point, empty when there is no steady state. */
    public synchronized Optional<Theory.Readout> theory() { return Optional.ofNullable(theory); }

    /** Counters of the background simulations (submitted, started, cancelled, ...). */
    public RunnerStats runs() { return work.stats(); }

    /** One line for the notebook: the point and the verdict. */
    @Override
    public synchronized String toString() {
        return String.format(Locale.ROOT, "ControlCenter(%s; %s)", current == null ? "no steady state" : current.describe(), verdict.value());
    }

    /** Stops the background thread; the panel stays on the page but no longer simulates. */
    @Override
    public void close() {
        work.close();
    }
}
