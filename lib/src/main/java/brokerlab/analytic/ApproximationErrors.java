package brokerlab.analytic;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The reality-gap map: how far analytic mean-wait formulas lie from simulation over a grid of loads and service
 * SCVs. Notebook 11 builds it and writes {@code data/reality-gap.csv}; the default M/G/c rule of
 * {@link Approximations#best} ({@link Approximations#KIMURA_MAX_SCV}) is read from it, and a test keeps the two
 * consistent.
 *
 * <p>One {@link Gap} per (grid point, formula). The simulated mean wait is uncertain, so the relative error
 * approx / simulated − 1 is an interval: approx / upper − 1 to approx / lower − 1, from the simulated confidence
 * interval. Its verdict against a band (10% by default): {@link Verdict#EXCEEDS} only when that whole interval lies
 * outside ±band, {@link Verdict#WITHIN} when it lies inside, {@link Verdict#UNDECIDED} when it straddles an edge
 * (more simulation would settle it).
 * <pre>{@code
 * var g = ApproximationErrors.gap(0.8, 8, "hyperexp", AnalyticMethod.KIMURA, 70.0, simulatedCi, 0.10);
 * g.relError();  // approx / simulated - 1, e.g. -0.092
 * ApproximationErrors.read(Path.of("../data/reality-gap.csv")).knownError(AnalyticMethod.ALLEN_CUNNEEN, 5, 0.8);
 * }</pre>
 */
public final class ApproximationErrors {
    /** The default band: a formula is "good enough" within ±10% of the simulated mean wait. */
    public static final double DEFAULT_BAND = 0.10;

    /** Where a formula's relative-error interval lies against the band. */
    public enum Verdict {
        EXCEEDS, WITHIN, UNDECIDED;

        /** "exceeds 10%", "within 10%" or "undecided", as the map's CSV writes it. */
        public String label(double band) {
            String pct = String.format(Locale.ROOT, "%.0f%%", 100 * band);
            return this == EXCEEDS ? "exceeds " + pct : this == WITHIN ? "within " + pct : "undecided";
        }

        static Verdict parse(String label) {
            return label.startsWith("exceeds") ? EXCEEDS : label.startsWith("within") ? WITHIN : UNDECIDED;
        }
    }

    /**
     * One formula at one grid point.
     *
     * @param rho          utilisation of the station
     * @param scv          service SCV
     * @param family       the service family simulated, e.g. "hyperexp", "lognormal"
     * @param method       the formula's {@link AnalyticMethod#id()}, e.g. "kimura"
     * @param approx       the formula's mean wait
     * @param simulated    the simulated mean wait (same unit)
     * @param simulatedLow lower end of its confidence interval
     * @param simulatedHigh upper end
     * @param relError     approx / simulated − 1
     * @param relErrorLow  approx / simulatedHigh − 1
     * @param relErrorHigh approx / simulatedLow − 1 (+infinity when simulatedLow &lt;= 0)
     * @param verdict      against the band
     */
    public record Gap(double rho, double scv, String family, String method, double approx, double simulated,
                      double simulatedLow, double simulatedHigh, double relError, double relErrorLow,
                      double relErrorHigh, Verdict verdict) {
        public Gap {
            Check.notNull("family", family);
            Check.notNull("method", method);
            Check.notNull("verdict", verdict);
        }

        /** True when the formula predicts a shorter wait than simulated by more than the band, beyond noise. */
        public boolean underEstimates() {
            return verdict == Verdict.EXCEEDS && relError < 0;
        }
    }

    /**
     * What the map says about a formula near one (SCV, rho): the lowest and highest relative error over the mapped
     * points that bracket it (the nearest grid SCV and rho at or below and at or above; the point itself when it
     * is on the grid), every family included.
     */
    public record KnownError(String method, double lowest, double highest, List<Double> scvs, List<Double> rhos, int points) {
        /** E.g. "kimura: -28.7% to -9.2% at SCV 8-16, ρ 0.7-0.8 (8 mapped points)". */
        public String describe() {
            return String.format(Locale.ROOT, "%s: %+.1f%% to %+.1f%% at SCV %s, ρ %s (%d mapped points)", method,
                    100 * lowest, 100 * highest, range(scvs), range(rhos), points);
        }

        private static String range(List<Double> v) {
            String a = trim(v.get(0)), b = trim(v.get(v.size() - 1));
            return a.equals(b) ? a : a + "–" + b;
        }

        private static String trim(double x) {
            return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
        }
    }

    private final List<Gap> gaps;

    private ApproximationErrors(List<Gap> gaps) {
        this.gaps = List.copyOf(gaps);
    }

    public static ApproximationErrors of(List<Gap> gaps) {
        return new ApproximationErrors(Check.notNull("gaps", gaps));
    }

    /** The relative error of {@code approx} against a simulated interval, and its verdict against {@code band}. */
    public static Gap gap(double rho, double scv, String family, AnalyticMethod method, double approx,
                          ConfidenceInterval simulated, double band) {
        Check.notNull("method", method);
        Check.notNull("simulated", simulated);
        Check.openUnit("band", band);
        if (!simulated.hasInterval()) {
            throw Check.fail("simulated", simulated, "a gap needs a simulated interval", "run at least 2 replications");
        }
        double lo = approx / simulated.upper() - 1;
        double hi = simulated.lower() > 0 ? approx / simulated.lower() - 1 : Double.POSITIVE_INFINITY;
        Verdict v = lo > band || hi < -band ? Verdict.EXCEEDS : lo >= -band && hi <= band ? Verdict.WITHIN : Verdict.UNDECIDED;
        return new Gap(rho, scv, family, method.id(), approx, simulated.estimate(), simulated.lower(), simulated.upper(),
                approx / simulated.estimate() - 1, lo, hi, v);
    }

    /** A map written by {@link #table(double)} (e.g. {@code data/reality-gap.csv}). */
    public static ApproximationErrors read(Path csv) {
        Check.notNull("csv", csv);
        if (!Files.isRegularFile(csv)) {
            throw Check.fail("csv", csv, "no such file", "run notebook 11 (make data) to write the reality-gap map");
        }
        Table t;
        try {
            t = Table.read().usingOptions(CsvReadOptions.builder(csv.toFile()).columnTypesPartial(
                    name -> Optional.of(name.equals("family") || name.equals("method") || name.equals("verdict")
                            ? ColumnType.STRING : ColumnType.DOUBLE)));
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot read " + csv + ": " + e.getMessage(), e));
        }
        List<Gap> gaps = new ArrayList<>(t.rowCount());
        for (int i = 0; i < t.rowCount(); i++) {
            gaps.add(new Gap(d(t, "rho", i), d(t, "scv", i), t.stringColumn("family").get(i), t.stringColumn("method").get(i),
                    d(t, "approx_wait", i), d(t, "sim_wait", i), d(t, "sim_wait_lo", i), d(t, "sim_wait_hi", i),
                    d(t, "rel_error", i), d(t, "rel_error_lo", i), d(t, "rel_error_hi", i),
                    Verdict.parse(t.stringColumn("verdict").get(i))));
        }
        return new ApproximationErrors(gaps);
    }

    private static double d(Table t, String column, int row) {
        DoubleColumn c = t.doubleColumn(column);
        return c.isMissing(row) ? Double.POSITIVE_INFINITY : c.get(row);
    }

    public List<Gap> gaps() { return gaps; }

    /** The gaps of one formula (by {@link AnalyticMethod#id()}). */
    public List<Gap> of(AnalyticMethod method) {
        Check.notNull("method", method);
        return gaps.stream().filter(g -> g.method().equals(method.id())).toList();
    }

    /**
     * The map's known error of {@code method} near (scv, rho); empty when the point lies outside the mapped SCVs or
     * loads of that method.
     */
    public Optional<KnownError> knownError(AnalyticMethod method, double scv, double rho) {
        List<Gap> mine = of(method);
        List<Double> s = bracket(mine.stream().map(Gap::scv).toList(), scv);
        List<Double> r = bracket(mine.stream().map(Gap::rho).toList(), rho);
        if (s.isEmpty() || r.isEmpty()) return Optional.empty();
        List<Gap> near = mine.stream().filter(g -> s.contains(g.scv()) && r.contains(g.rho())).toList();
        double lo = near.stream().mapToDouble(Gap::relError).min().orElseThrow();
        double hi = near.stream().mapToDouble(Gap::relError).max().orElseThrow();
        return Optional.of(new KnownError(method.id(), lo, hi, s, r, near.size()));
    }

    /** The grid values at or just below and at or just above x (one value when x is on the grid); empty outside. */
    private static List<Double> bracket(List<Double> values, double x) {
        TreeSet<Double> grid = new TreeSet<>(values);
        Double below = grid.floor(x), above = grid.ceiling(x);
        if (below == null || above == null) return List.of();
        return below.equals(above) ? List.of(below) : List.of(below, above);
    }

    /** One row per gap: rho, scv, family, method, approx_wait, sim_wait (with _lo, _hi), rel_error (with _lo, _hi), verdict. */
    public Table table(double band) {
        Table t = Table.create("reality-gap");
        t.addColumns(DoubleColumn.create("rho", gaps.stream().mapToDouble(Gap::rho)),
                DoubleColumn.create("scv", gaps.stream().mapToDouble(Gap::scv)),
                StringColumn.create("family", gaps.stream().map(Gap::family)),
                StringColumn.create("method", gaps.stream().map(Gap::method)),
                DoubleColumn.create("approx_wait", gaps.stream().mapToDouble(Gap::approx)),
                DoubleColumn.create("sim_wait", gaps.stream().mapToDouble(Gap::simulated)),
                DoubleColumn.create("sim_wait_lo", gaps.stream().mapToDouble(Gap::simulatedLow)),
                DoubleColumn.create("sim_wait_hi", gaps.stream().mapToDouble(Gap::simulatedHigh)),
                DoubleColumn.create("rel_error", gaps.stream().mapToDouble(Gap::relError)),
                DoubleColumn.create("rel_error_lo", gaps.stream().mapToDouble(Gap::relErrorLow)),
                DoubleColumn.create("rel_error_hi", gaps.stream().mapToDouble(Gap::relErrorHigh)),
                StringColumn.create("verdict", gaps.stream().map(g -> g.verdict().label(band))));
        return t;
    }
}
