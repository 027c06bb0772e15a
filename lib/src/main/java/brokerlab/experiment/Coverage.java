package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;
import org.apache.commons.math3.distribution.BetaDistribution;

import java.util.List;
import java.util.Locale;

/**
 * Are the intervals honest? Runs a model's experiment many times with independent seeds and counts how often the
 * interval of a metric contains its exact value. A 95% interval should cover about 95% of the time; coverage well
 * below means the intervals are too narrow (too short a run, a biased estimator, correlated replications).
 * <pre>{@code
 * Coverage c = Coverage.of("M/M/4, rho = 0.9", Station.mmc(3.6, 1, 4), Metric.MEAN_WAIT, new MMc(3.6, 1, 4).meanWait(),
 *         RunPlan.defaults().length(RunLength.customers(100_000)), 200);
 * c.fraction();   // about 0.95; c.interval() is its Clopper–Pearson 95% interval
 * }</pre>
 *
 * @param label       what was tested, for tables
 * @param metric      the metric whose intervals were checked
 * @param exact       its exact value
 * @param experiments independent experiments run
 * @param covered     how many of their intervals contained {@code exact}
 * @param missedLow   how many intervals lay entirely below {@code exact} (a low bias shows here)
 */
public record Coverage(String label, Metric metric, double exact, int experiments, int covered, int missedLow) {
    public Coverage {
        Check.notNull("label", label);
        Check.notNull("metric", metric);
        Check.atLeast("experiments", experiments, 1);
        if (covered < 0 || covered > experiments || missedLow < 0 || missedLow > experiments - covered) {
            throw Check.fail("covered", covered, "it must lie in [0, experiments] with missedLow <= experiments - covered", null);
        }
    }

    /**
     * Runs {@code experiments} independent experiments of {@code model} with {@code plan}, experiment k with seed
     * {@code plan.seed() + k}, and counts the intervals of {@code metric} that contain {@code exact}. Every
     * (experiment, replication) is one task of one parallel pool.
     */
    public static <R extends Outcome> Coverage of(String label, Model<R> model, Metric metric, double exact,
                                                  RunPlan plan, int experiments) {
        Check.notNull("model", model);
        Check.finite("exact", exact);
        Check.atLeast("experiments", experiments, 1);
        if (plan.replications() < 2) throw Check.fail("replications", plan.replications(), "coverage needs intervals", "use at least 2");
        int reps = plan.replications();
        RunLength length = plan.lengthFor(model);
        List<R> flat = Replications.run(experiments * reps,
                task -> model.run(length, plan.seed() + task / reps, task % reps), plan.threads(), Progress.NONE);
        int covered = 0, low = 0;
        for (int k = 0; k < experiments; k++) {
            ConfidenceInterval ci = new Estimates<>(model.describe(), length, plan.seed() + k, plan.level(),
                    flat.subList(k * reps, (k + 1) * reps), List.of(), List.of()).get(metric);
            if (ci.contains(exact)) covered++;
            else if (ci.upper() < exact) low++;
        }
        return new Coverage(label, metric, exact, experiments, covered, low);
    }

    public double fraction() {
        return (double) covered / experiments;
    }

    /** The Clopper–Pearson 95% interval of the true coverage, from the binomial count. */
    public ConfidenceInterval interval() {
        double lo = covered == 0 ? 0 : new BetaDistribution(null, covered, experiments - covered + 1).inverseCumulativeProbability(0.025);
        double hi = covered == experiments ? 1 : new BetaDistribution(null, covered + 1, experiments - covered).inverseCumulativeProbability(0.975);
        return new ConfidenceInterval(fraction(), lo, hi, 0.95, experiments, "Clopper-Pearson");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, %s: %d of %d intervals cover %.6g (%.1f%%, %d missed low)",
                label, metric.name(), covered, experiments, exact, 100 * fraction(), missedLow);
    }
}
