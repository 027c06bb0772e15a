package brokerlab.control;

import brokerlab.analytic.MMc;
import brokerlab.analytic.MMcK;
import brokerlab.plot.Figure;
import brokerlab.plot.XyFigure;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * The Control Center's figure: mean and p99 response against utilisation (the "hockey stick") at the current
 * servers, speeds and service law, with the textbook M/M/c curves, the best theory where it differs, and the
 * current point marked (theory, and simulation with its 95% interval once it has run). Milliseconds.
 */
public final class HockeyStick {
    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    private static final double[] GRID = grid();

    private HockeyStick() {}

    private static double[] grid() {
        double[] g = new double[47];
        for (int i = 0; i < g.length; i++) g[i] = 0.05 + 0.02 * i;   // 0.05 .. 0.97
        return g;
    }

    public static BufferedImage draw(OperatingPoint p, Theory.Readout theory, Optional<PointEstimate> simulated) {
        double rho = p.utilisation();
        XyFigure fig = Figure.xy("Response vs utilisation, c = " + p.servers() + ", " + p.law().label()
                        + (p.law().hasShape() ? " " + (p.law() == ServiceLaw.LOGNORMAL ? "SCV " : "α = ") + p.shape() : ""),
                "utilisation ρ (of the total server speed)", "response time (ms)")
                .size(WIDTH, HEIGHT).xRange(0, Math.max(1, rho + 0.05));
        double mu = 1 / p.meanService();
        int c = p.servers();
        // the textbook ignores speeds: its curves are drawn at the arrival rates of the real utilisation grid
        fig.line("M/M/c mean (textbook)", GRID, curve(p, lambda -> p.unlimitedBuffer() ? new MMc(lambda, mu, c).meanResponse()
                : new MMcK(lambda, mu, c, p.capacity()).meanResponse()));
        if (p.unlimitedBuffer()) fig.dashed("M/M/c p99 (textbook)", GRID, curve(p, lambda -> new MMc(lambda, mu, c).responsePercentile(0.99)));
        addTheory(fig, p, theory.mean(), "mean", Theory::mean, theory.mmcMean());
        addTheory(fig, p, theory.p99(), "p99", Theory::p99, theory.mmcP99());
        double top = 3000 * p.meanService();
        for (Theory.Answer a : List.of(theory.mean(), theory.p99(), theory.mmcMean(), theory.mmcP99())) {
            if (a.isFinite()) top = Math.max(top, 1000 * a.seconds());
        }
        if (theory.mean().isFinite()) fig.points("here: theory mean", new double[]{rho}, new double[]{1000 * theory.mean().seconds()});
        if (simulated.isPresent()) {
            var s = simulated.get();
            fig.points("here: simulated mean, 95% CI", new double[]{rho}, new double[]{1000 * s.meanResponse().estimate()},
                    new double[]{1000 * s.meanResponse().halfWidth()});
            fig.points("here: simulated p99, 95% CI", new double[]{rho}, new double[]{1000 * s.p99Response().estimate()},
                    new double[]{1000 * s.p99Response().halfWidth()});
            top = Math.max(top, 1000 * s.p99Response().upper());
        }
        return fig.yRange(0, 1.25 * top).image();
    }

    /** The best theory along the grid, when it exists here and is not just the textbook curve again. */
    private static void addTheory(XyFigure fig, OperatingPoint p, Theory.Answer here, String what,
                                  Function<OperatingPoint, Theory.Answer> at, Theory.Answer textbook) {
        if (!here.isFinite() || (textbook.isFinite() && here.method().equals(textbook.method())
                && Math.abs(here.seconds() - textbook.seconds()) <= 1e-9 * textbook.seconds())) return;
        List<double[]> xy = new ArrayList<>();
        for (double r : GRID) {
            try {
                Theory.Answer a = at.apply(p.withArrivalRate(p.arrivalRateAt(r)));
                if (a.isFinite()) xy.add(new double[]{r, 1000 * a.seconds()});
            } catch (IllegalArgumentException unstableHere) {
                // e.g. a blind split that overloads a legacy server at this load: no point on the curve
            }
        }
        if (xy.size() < 2) return;
        fig.dashed("theory " + what + ": " + here.method(), xy.stream().mapToDouble(v -> v[0]).toArray(),
                xy.stream().mapToDouble(v -> v[1]).toArray());
    }

    /** Milliseconds along the utilisation grid, from a function of the arrival rate giving seconds. */
    private static double[] curve(OperatingPoint p, DoubleUnaryOperator secondsAtRate) {
        double[] y = new double[GRID.length];
        for (int i = 0; i < GRID.length; i++) y[i] = 1000 * secondsAtRate.applyAsDouble(p.arrivalRateAt(GRID[i]));
        return y;
    }
}
