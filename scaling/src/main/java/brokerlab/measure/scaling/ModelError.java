package brokerlab.measure.scaling;

import brokerlab.util.Check;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How far one model's throughput is from the measurement over a set of points: the median and the largest
 * |measured - model| / model, and the point where it is largest (the first such point in the list's order on a tie).
 * The notebook's model table and its Findings read the same summary, so the two cannot drift apart.
 *
 * @param median the median relative error, a fraction (0.1 = 10%)
 * @param max    the largest relative error, a fraction
 * @param worst  the point with the largest relative error
 */
public record ModelError(double median, double max, ScalingPoint worst) {
    public ModelError {
        Check.notNull("worst", worst);
    }

    /** (measured - model) / model throughput of a point, given the model's throughput there. */
    public static double relative(ScalingPoint point, double model) {
        return (point.throughput().estimate() - model) / model;
    }

    /** The summary of {@code model}'s error over {@code points}, which must not be empty. */
    public static ModelError of(List<ScalingPoint> points, ToDoubleFunction<ScalingPoint> model) {
        Check.notNull("points", points);
        if (points.isEmpty()) {
            throw Check.fail("points", 0, "no point to compare the model with", "pass the study's complete points");
        }
        ToDoubleFunction<ScalingPoint> abs = q -> Math.abs(relative(q, model.applyAsDouble(q)));
        double[] a = points.stream().mapToDouble(abs).sorted().toArray();
        double median = a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
        // Stream.max keeps the first of equal maxima, so the worst point does not depend on sorting
        ScalingPoint worst = points.stream().max(Comparator.comparingDouble(abs)).orElseThrow();
        return new ModelError(median, a[a.length - 1], worst);
    }

    /** The worst point as the notebooks name it: protocol, k and N. */
    public String worstPoint() {
        return worst.protocol() + " k=" + worst.nodes() + " N=" + worst.users();
    }

    @Override public String toString() {
        return String.format(java.util.Locale.ROOT, "median %.0f%%, max %.0f%% (%s)", 100 * median, 100 * max, worstPoint());
    }
}
