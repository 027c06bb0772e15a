package brokerlab.model.priority;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;

/** One traffic class: a name, its inter-arrival time distribution and its service time distribution. */
public record PriorityClass(String name, Distribution interArrival, Distribution service) {
    public PriorityClass {
        Check.notNull("name", name);
        Check.notNull("interArrival", interArrival);
        Check.notNull("service", service);
    }

    public double arrivalRate() {
        return 1.0 / interArrival.mean();
    }

    /** This class's offered load lambda E[S] in server units. */
    public double offeredLoad() {
        return service.mean() / interArrival.mean();
    }
}
