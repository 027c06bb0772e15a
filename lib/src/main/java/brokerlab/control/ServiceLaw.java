package brokerlab.control;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.dist.Lognormal;
import brokerlab.dist.Lomax;
import brokerlab.dist.Pareto;

import java.util.List;

/**
 * The service-time laws of the Control Center, each fixed by its mean and at most one shape number: the SCV for
 * the lognormal, the tail index alpha for Lomax (Pareto type II, on [0, inf)) and classic Pareto (type I, on
 * [x_m, inf)); the two Paretos differ wildly in SCV at the same alpha (see {@code brokerlab.dist}).
 */
public enum ServiceLaw implements Labelled {
    EXPONENTIAL("exponential", null),
    DETERMINISTIC("deterministic", null),
    LOGNORMAL("lognormal", "SCV"),
    LOMAX("Lomax", "tail index α"),
    PARETO("Pareto", "tail index α");

    private final String label;
    private final String shapeName;

    ServiceLaw(String label, String shapeName) {
        this.label = label;
        this.shapeName = shapeName;
    }

    @Override
    public String label() { return label; }

    /** What the shape number means for this law, or null when the law has none. */
    public String shapeName() { return shapeName; }

    public boolean hasShape() { return shapeName != null; }

    public boolean heavyTailed() { return this == LOMAX || this == PARETO; }

    /** The distribution with this mean; {@code shape} is ignored by laws without one. Bad values throw Check messages. */
    public Distribution distribution(double mean, double shape) {
        return switch (this) {
            case EXPONENTIAL -> Exponential.ofMean(mean);
            case DETERMINISTIC -> new Deterministic(mean);
            case LOGNORMAL -> new Lognormal(mean, shape);
            case LOMAX -> new Lomax(shape, mean);
            case PARETO -> new Pareto(shape, mean);
        };
    }

    public static List<String> labels() {
        return Labelled.labels(values());
    }

    public static ServiceLaw ofLabel(String label) {
        return Labelled.ofLabel(values(), label, "service law");
    }
}
