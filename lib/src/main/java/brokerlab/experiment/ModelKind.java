package brokerlab.experiment;

import brokerlab.util.Check;

import java.util.List;
import java.util.Map;

/**
 * A kind of model a {@link SweepSpec} can describe: how its base description (a JSON object) is read, which grid
 * parameters it takes, and how one grid point's values are applied to build the {@link Model}. The kinds a sweep
 * file may name are registered in {@link ModelKinds} ({@code station} and {@code network} out of the box).
 * Implementations are stateless and thread-safe: executors of a cluster call them on their own copies of the
 * description.
 */
public interface ModelKind {

    /** The word a sweep file uses in {@code "model": {"kind": ...}}, e.g. {@code station}. */
    String name();

    /**
     * The grid parameters {@code base} takes, in documentation order. Reading {@code base} validates it: a bad
     * description fails here, with a message naming the problem.
     */
    List<String> parameters(Map<String, Object> base);

    /**
     * The model at one grid point: a copy of {@code base} with the point's values applied. Fails with an
     * IllegalArgumentException naming the parameter when a value is invalid or the point is unstable.
     */
    Model<? extends Outcome> model(Map<String, Object> base, Point point);

    /** The metric names every run of {@code base} measures, when known before running; empty when not. */
    default List<String> metrics(Map<String, Object> base) {
        return List.of();
    }

    /**
     * Rejects a grid this kind cannot apply: by default every name must be one of {@link #parameters}. Kinds with
     * derived parameters add their conflicts (a station's {@code rho} sets the arrival rate, so it cannot be swept
     * together with {@code arrival.rate}).
     */
    default void checkGrid(Map<String, Object> base, List<String> names) {
        List<String> valid = parameters(base);
        for (String name : names) {
            if (!valid.contains(name)) {
                throw Check.fail("grid parameter", "'" + name + "'", "it is not a parameter of this " + name() + " model",
                        "use one of " + String.join(", ", valid));
            }
        }
    }
}
