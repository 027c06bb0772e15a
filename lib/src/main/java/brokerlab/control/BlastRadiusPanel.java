package brokerlab.control;

import brokerlab.plot.Figure;
import brokerlab.plot.XyFigure;
import brokerlab.util.Check;
import brokerlab.widget.CancelToken;
import brokerlab.widget.FloatSlider;
import brokerlab.widget.HBox;
import brokerlab.widget.HtmlWidget;
import brokerlab.widget.IntSlider;
import brokerlab.widget.Label;
import brokerlab.widget.RunOutcome;
import brokerlab.widget.Output;
import brokerlab.widget.Scheduler;
import brokerlab.widget.VBox;
import brokerlab.widget.WidgetSession;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The blast radius as a live tool: a two-stage line ({@link TandemPoint}) whose stage parameters move, with the
 * departure SCV along the line (Whitt's QNA, and simulation) and stage 2's mean wait three ways (M/M/c assuming
 * Poisson input, QNA with the propagated arrival SCV, simulation) redrawn in place. Theory is instant; the
 * simulation runs in the background once the controls rest.
 */
public final class BlastRadiusPanel implements AutoCloseable {
    public static final String FALLBACK = "[Blast radius: live controls need the Jupyter widget front end.\n"
            + "The static figure below shows the default line.]";
    private static final double[] RHO2_GRID = java.util.stream.IntStream.rangeClosed(0, 45)
            .mapToDouble(i -> 0.05 + 0.02 * i).toArray();

    private final FloatSlider arrivalScv = new FloatSlider("arrival SCV", 0, 8, 0.25, 0);
    private final FloatSlider rho1 = new FloatSlider("stage-1 utilisation", 0.05, 1.1, 0.01, 0.8);
    private final FloatSlider serviceScv1 = new FloatSlider("stage-1 service SCV", 0, 8, 0.25, 4);
    private final IntSlider servers2 = new IntSlider("stage-2 servers", 1, 8, 1, 2);
    private final FloatSlider rho2 = new FloatSlider("stage-2 utilisation", 0.05, 1.1, 0.01, 0.8);
    private final Output scvFigure = new Output();
    private final Output waitFigure = new Output();
    private final HtmlWidget readout = new HtmlWidget("");
    private final Label status = new Label("");
    private final VBox panel;
    private final SimulationAdapter adapter;
    private final BackgroundWork work;
    private TandemPoint current;   // guarded by this

    public BlastRadiusPanel(SimulationAdapter adapter, Scheduler scheduler, Duration quiet) {
        this.adapter = Check.notNull("adapter", adapter);
        this.work = new BackgroundWork("blast-radius-simulation", scheduler, quiet);
        for (var s : List.of(arrivalScv, rho1, serviceScv1, rho2)) {
            s.style().set("description_width", "150px");
            s.layout().set("width", "400px");
        }
        servers2.style().set("description_width", "150px");
        servers2.layout().set("width", "400px");
        for (var s : List.of(arrivalScv, rho1, serviceScv1, servers2, rho2)) s.observe("value", c -> changed());
        panel = new VBox(new HBox(new VBox(arrivalScv, rho1, serviceScv1), new VBox(servers2, rho2)),
                new HBox(scvFigure, waitFigure), readout, status);
        changed();
    }

    public static BlastRadiusPanel create(RunBudget budget) {
        return new BlastRadiusPanel(new SimulationAdapter(budget), Scheduler.daemon("blast-radius-debounce"), ControlCenter.QUIET);
    }

    public VBox panel() { return panel; }

    public void show(WidgetSession session) {
        session.show(panel, FALLBACK);
    }

    private void changed() {
        TandemPoint q;
        try {
            q = new TandemPoint(arrivalScv.value(), rho1.value(), serviceScv1.value(), servers2.value(), rho2.value());
        } catch (IllegalArgumentException e) {
            work.cancel();
            synchronized (this) {
                current = null;
                String line = e.getMessage().lines().findFirst().orElse("");
                scvFigure.showError(line);
                waitFigure.clear();
                readout.value("");
                status.value("");
            }
            return;
        }
        synchronized (this) {
            current = q;
            redraw(q, Optional.empty());
            status.value("theory updated; simulation queued");
        }
        work.request(() -> status.value("simulating the line …"), token -> adapter.tandem(q, token), outcome -> finished(q, outcome));
    }

    private synchronized void finished(TandemPoint q, RunOutcome<TandemEstimate> outcome) {
        if (current != q) return;
        if (outcome instanceof RunOutcome.Completed<TandemEstimate> done) {
            redraw(q, Optional.of(done.value()));
            status.value("simulation done: " + done.value().method());
        } else if (outcome instanceof RunOutcome.Failed<TandemEstimate> failed) {
            status.value("simulation failed: " + failed.message() + " (theory above still holds)");
        }
    }

    private void redraw(TandemPoint q, Optional<TandemEstimate> sim) {
        try {
            scvFigure.showImage(scvFigure(q, sim), "departure SCV along the line");
            waitFigure.showImage(waitFigure(q, sim), "stage-2 mean wait");
        } catch (RuntimeException e) {
            scvFigure.showError("figure failed: " + e.getMessage());
        }
        readout.value(describe(q, sim));
    }

    static String describe(TandemPoint q, Optional<TandemEstimate> sim) {
        double[] scv = q.qnaScv();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "departure SCV after stage 1: <b>%.2f</b> by QNA%s; after stage 2: %.2f%s", scv[1],
                sim.map(s -> String.format(Locale.ROOT, " (simulated %.2f ± %.2f)", s.departureScv1().estimate(), s.departureScv1().halfWidth())).orElse(""),
                scv[2], sim.map(s -> String.format(Locale.ROOT, " (simulated %.2f ± %.2f)", s.departureScv2().estimate(), s.departureScv2().halfWidth())).orElse("")));
        b.append(String.format(Locale.ROOT, "<br>stage-2 mean wait: M/M/%d (Poisson input) %.3g s, QNA %.3g s", q.servers2(),
                q.poissonWait2(), q.qnaWait2()));
        sim.ifPresent(s -> {
            double w = s.meanWait2().estimate();
            b.append(String.format(Locale.ROOT, ", simulated %.3g ± %.2g s", w, s.meanWait2().halfWidth()));
            if (!s.meanWait2().contains(q.poissonWait2())) {
                double r = w / q.poissonWait2();
                b.append(String.format(Locale.ROOT, "<br><b>assuming Poisson input at stage 2 is off by %s (%s)</b>",
                        Units.times(r >= 1 ? r : 1 / r), r >= 1 ? "too optimistic" : "too pessimistic"));
            } else {
                b.append("<br><b>assuming Poisson input at stage 2 is right here (inside the simulated 95% CI)</b>");
            }
        });
        return b.toString();
    }

    private static BufferedImage scvFigure(TandemPoint q, Optional<TandemEstimate> sim) {
        double[] stages = {0, 1, 2};
        XyFigure fig = Figure.xy("Variability along the line", "stage (0 = arrivals)", "SCV of inter-departure times")
                .size(480, 340).line("QNA (Whitt 1983)", stages, q.qnaScv());
        sim.ifPresent(s -> fig.points("simulation, 95% CI", new double[]{1, 2},
                new double[]{s.departureScv1().estimate(), s.departureScv2().estimate()},
                new double[]{s.departureScv1().halfWidth(), s.departureScv2().halfWidth()}));
        return fig.image();
    }

    private static BufferedImage waitFigure(TandemPoint q, Optional<TandemEstimate> sim) {
        double[] poisson = new double[RHO2_GRID.length], qna = new double[RHO2_GRID.length];
        for (int i = 0; i < RHO2_GRID.length; i++) {
            TandemPoint at = q.withRho2(RHO2_GRID[i]);
            poisson[i] = at.poissonWait2();
            qna[i] = at.qnaWait2();
        }
        XyFigure fig = Figure.xy("Stage-2 mean wait, c = " + q.servers2(), "stage-2 utilisation ρ₂", "mean wait (s)")
                .size(480, 340).xRange(0, 1).line("M/M/c (assumes Poisson input)", RHO2_GRID, poisson)
                .dashed("QNA (propagated arrival SCV)", RHO2_GRID, qna)
                .points("here: QNA", new double[]{q.rho2()}, new double[]{q.qnaWait2()});
        sim.ifPresent(s -> fig.points("here: simulated, 95% CI", new double[]{q.rho2()},
                new double[]{s.meanWait2().estimate()}, new double[]{s.meanWait2().halfWidth()}));
        double top = Math.max(q.qnaWait2(), q.poissonWait2()) * 3;
        if (sim.isPresent()) top = Math.max(top, 1.3 * sim.get().meanWait2().upper());
        return fig.yRange(0, top).image();
    }

    /** The default line's two figures side by side with a simulation run to completion (on the calling thread). */
    public BufferedImage staticFigure() {
        TandemPoint q = new TandemPoint(arrivalScv.value(), rho1.value(), serviceScv1.value(), servers2.value(), rho2.value());
        Optional<TandemEstimate> sim = Optional.of(adapter.tandem(q, CancelToken.NEVER));
        BufferedImage a = scvFigure(q, sim), b = waitFigure(q, sim);
        BufferedImage both = new BufferedImage(a.getWidth() + b.getWidth(), Math.max(a.getHeight(), b.getHeight()), BufferedImage.TYPE_INT_RGB);
        var g = both.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(a, 0, 0, null);
        g.drawImage(b, a.getWidth(), 0, null);
        g.dispose();
        return both;
    }

    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return work.awaitIdle(timeout);
    }

    public FloatSlider arrivalScv() { return arrivalScv; }
    public FloatSlider rho1() { return rho1; }
    public FloatSlider serviceScv1() { return serviceScv1; }
    public IntSlider servers2() { return servers2; }
    public FloatSlider rho2() { return rho2; }
    public Output scvFigure() { return scvFigure; }

    /** The readout as shown (HTML). */
    public String readout() { return readout.value(); }

    public String status() { return status.value(); }

    @Override
    public void close() {
        work.close();
    }
}
